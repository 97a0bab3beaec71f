"""Places stage, civil townships ("Tewksbury Twp.", "Washington Township"): a place whatever label the model gave
it, lying in the article's state (at its town there), never at a namesake town of another state or the capital."""
from __future__ import annotations

import pytest

from pipeline.stages.places.place_records import place_records
from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc


def _entity(words: list[str], label: str) -> list[tuple]:
    return [(word, "NNP", "PROPN", ("B-" if i == 0 else "I-") + label) for i, word in enumerate(words)]


def _records(blank_nlp, gaz, tokens):
    doc = make_doc(blank_nlp.vocab, tokens)
    return place_records(resolve_toponyms(doc.text, list(find_toponyms(doc, gaz)), gaz))


IN, AND, COMMA = ("in", "IN", "ADP", "O"), ("and", "CC", "CCONJ", "O"), (",", ",", "PUNCT", "O")
VOTERS = [("Voters", "NNS", "NOUN", "O"), ("met", "VBD", "VERB", "O")]


@pytest.mark.parametrize("township, label", [
    (["Washington", "Township"], "GPE"),  # not Washington, D.C.
    (["Kettle", "Twp"], "PERSON"),
    (["Marlow", "Township"], "ORG"),
    (["St.", "Quince", "Twp"], "FAC"),
])
def test_places_township_lies_at_the_article_town_of_its_state(blank_nlp, gaz, township, label):
    places, mentions = _records(blank_nlp, gaz, [*VOTERS, IN, *_entity(township, label), AND,
                                                 *_entity(["Paterson"], "GPE"), COMMA,
                                                 *_entity(["New", "Jersey"], "GPE")])
    name = " ".join(township)
    assert name in [m.text for m in mentions]
    by_name = {p.name: p for p in places}
    town = by_name["Paterson"]
    assert (by_name[name].country, by_name[name].lat, by_name[name].lon) == ("USA", town.lat, town.lon)


def test_places_township_with_no_state_in_the_article_has_no_point(blank_nlp, gaz):
    places, mentions = _records(blank_nlp, gaz, [*VOTERS, IN, *_entity(["Kettle", "Township"], "GPE")])
    assert [(p.name, p.lat) for p in places] == [("Kettle Township", None)]


@pytest.mark.parametrize("tokens, names", [
    ([*VOTERS, IN, *_entity(["Clinton", "Township"], "GPE")], ["Clinton Township"]),  # a town the gazetteer knows
    ([*VOTERS, IN, ("the", "DT", "DET", "O"), ("township", "NN", "NOUN", "O")], []),  # the word alone
])
def test_places_township_word_alone_or_known_town_is_not_a_township(blank_nlp, gaz, tokens, names):
    places, mentions = _records(blank_nlp, gaz, tokens)
    assert [p.name for p in places] == names
    assert all(p.lat is not None for p in places)
