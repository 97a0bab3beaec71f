"""Places stage, streets the model took for a person, body or work ("Ann Road", "McEver Road"): a site of their
own, placed at the town named next to them, else at the story's town; never at a town named like the street."""
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


IN, ON, NEAR = ("in", "IN", "ADP", "O"), ("on", "IN", "ADP", "O"), ("near", "IN", "ADP", "O")
CRASH = [("A", "DT", "DET", "O"), ("crash", "NN", "NOUN", "O"), ("closed", "VBD", "VERB", "O")]


@pytest.mark.parametrize("street, label", [
    (["Kettle", "Road"], "PERSON"),
    (["Marlow", "Avenue"], "ORG"),
    (["Quince", "Street"], "FAC"),
    (["Hobart", "Road"], "WORK_OF_ART"),  # named after a town elsewhere: still the street
])
def test_places_street_is_placed_at_the_town_next_to_it(blank_nlp, gaz, street, label):
    places, mentions = _records(blank_nlp, gaz, [*CRASH, *_entity(street, label), IN,
                                                 *_entity(["Sacramento"], "GPE")])
    assert [m.text for m in mentions] == [" ".join(street), "Sacramento"]
    by_name = {p.name: p for p in places}
    street_place, town = by_name[" ".join(street)], by_name["Sacramento"]
    assert (street_place.kind, street_place.country, street_place.lat) == ("other", "USA", town.lat)


def test_places_street_far_from_any_town_lies_in_the_dateline_town(blank_nlp, gaz):
    tokens = [*_entity(["SACRAMENTO"], "GPE"), ("--", ":", "PUNCT", "O"),
              *[("and", "CC", "CCONJ", "O"), ("more", "JJR", "ADJ", "O")] * 60, *CRASH,
              *_entity(["Kettle", "Road"], "PERSON")]
    places, mentions = _records(blank_nlp, gaz, tokens)
    street = next(p for p in places if p.name == "Kettle Road")
    town = next(p for p in places if p.name == "Sacramento")
    assert (street.lat, street.lon) == (town.lat, town.lon)


@pytest.mark.parametrize("tokens", [
    [*CRASH, *_entity(["Downing", "Street"], "ORG")],  # a street standing for a government
    [*CRASH, ("the", "DT", "DET", "O"), ("street", "NN", "NOUN", "O")],
    [*CRASH, ("the", "DT", "DET", "O"), *_entity(["Turnpike"], "ORG")],  # a street word alone names no street
])
def test_places_no_street_site(blank_nlp, gaz, tokens):
    places, mentions = _records(blank_nlp, gaz, tokens)
    assert [p.kind for p in places if p.kind == "other"] == []
