"""Places stage, landmarks named after their town ("Dover Castle", "Windsor Castle"): a landmark in that town
whatever label the model gave it, read where landmarks of its type stand (models/en/place_landmark_heads.tsv)
unless the story backs another reading of the town; with no reading there, no point rather than a namesake's."""
from __future__ import annotations

import pytest

from pipeline.knowledge.gazetteer import Candidate, Entry
from pipeline.stages.places.landmarks import landmark_areas, names_its_town, place_landmark
from pipeline.stages.places.place_records import place_records
from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc


def _entity(words: list[str], label: str) -> list[tuple]:
    return [(word, "NNP", "PROPN", ("B-" if i == 0 else "I-") + label) for i, word in enumerate(words)]


def _word(text: str, tag: str = "NN", pos: str = "NOUN") -> tuple:
    return (text, tag, pos, "O")


def _places(blank_nlp, gaz, tokens):
    doc = make_doc(blank_nlp.vocab, tokens)
    places, mentions = place_records(resolve_toponyms(doc.text, list(find_toponyms(doc, gaz)), gaz))
    by_id = {p.place_id: p for p in places}
    return {m.text: by_id[m.entity_id] for m in mentions}


VISITED = [_word("Tourists", "NNS"), _word("visited", "VBD", "VERB"), _word("the", "DT", "DET")]
AT = [_word("Guards", "NNS"), _word("stood", "VBD", "VERB"), _word("at", "IN", "ADP")]
DOT = _word(".", ".", "PUNCT")


@pytest.mark.parametrize("prefix, landmark, label, country", [
    # the town's only reading where castles stand, whatever the model called the landmark
    (VISITED, ["Dover", "Castle"], "FAC", "GBR"),
    (VISITED, ["Edinburgh", "Castle"], "PERSON", "GBR"),
    (VISITED, ["Windsor", "Castle"], "GPE", "GBR"),  # not Windsor, Ontario, the bigger town
    (AT, ["Windsor", "Castle"], "ORG", "GBR"),  # an "organisation" where something happens
    (VISITED, ["Durham", "Cathedral"], "PERSON", "GBR"),  # not Durham, North Carolina
])
def test_places_landmark_lies_where_its_type_stands(blank_nlp, gaz, prefix, landmark, label, country):
    found = _places(blank_nlp, gaz, [*prefix, *_entity(landmark, label), DOT])
    place = found[" ".join(landmark)]
    assert (place.kind, place.country, place.lat is not None) == ("other", country, True)


@pytest.mark.parametrize("tokens, name, country", [
    # the story backs the other reading (its country, state or a town near it named): it stays there
    ([_word("In", "IN", "ADP"), *_entity(["Ontario"], "GPE"), _word(",", ",", "PUNCT"), _word("diners", "NNS"),
      _word("met", "VBD", "VERB"), _word("at", "IN", "ADP"), *_entity(["Windsor", "Castle"], "FAC"), DOT],
     "Windsor Castle", "CAN"),
    ([*VISITED, *_entity(["Durham", "Cathedral"], "FAC"), _word("in", "IN", "ADP"),
      *_entity(["North", "Carolina"], "GPE"), DOT], "Durham Cathedral", "USA"),
])
def test_places_landmark_follows_the_story(blank_nlp, gaz, tokens, name, country):
    assert _places(blank_nlp, gaz, tokens)[name].country == country


def test_places_landmark_of_a_town_only_elsewhere_gets_no_point(blank_nlp, gaz):
    # Tuscaloosa is a town of Alabama only: a "Tuscaloosa Castle" is no castle of Europe, and nothing backs it
    place = _places(blank_nlp, gaz, [*VISITED, *_entity(["Tuscaloosa", "Castle"], "FAC"), DOT])["Tuscaloosa Castle"]
    assert (place.kind, place.lat, place.country) == ("other", None, None)


@pytest.mark.parametrize("tokens", [
    # a landmark the model calls an organisation, speaking: its staff, not a place
    [*_entity(["Dover", "Castle"], "ORG"), _word("said", "VBD", "VERB"), _word("it", "PRP", "PRON"),
     _word("would", "MD", "AUX"), _word("close", "VB", "VERB"), DOT],
    # a work named after a landmark (a series, a film): no place of that name
    [_word("Viewers", "NNS"), _word("watched", "VBD", "VERB"), *_entity(["Dover", "Castle"], "WORK_OF_ART"), DOT],
])
def test_places_speaking_landmark_is_no_place(blank_nlp, gaz, tokens):
    assert "Dover Castle" not in _places(blank_nlp, gaz, tokens)


@pytest.mark.parametrize("text, town, expected", [
    ("Windsor Castle", "Windsor", True),
    ("Dover castle", "Dover", True),
    ("Washington National Cathedral", "Washington", False),  # not named after its town alone
    ("Cairo Stadium", "Cairo", False),  # a stadium is no landmark type of the table
    ("Castle", "Castle", False),
])
def test_places_landmark_name_shape(text, town, expected):
    assert names_its_town(text, town) is expected


def _town(name, country, population, capital=False):
    return Entry(name, "city", country, 1.0, 1.0, 1, population, "01", capital)


@pytest.mark.parametrize("name, decided, others, backed, expected", [
    # decided reading outside the landmark's countries, unbacked: the one reading where such landmarks stand
    ("Marlow Castle", _town("Marlow", "USA", 5000), [_town("Marlow", "GBR", 14000)], False, "GBR"),
    # backed by the story, or a capital: kept
    ("Marlow Castle", _town("Marlow", "USA", 5000), [_town("Marlow", "GBR", 14000)], True, "USA"),
    ("Lima Cathedral", _town("Lima", "PER", 9000000, True), [_town("Lima", "SWE", 3000)], False, "PER"),
    # two readings of like size where castles stand: no point (None country)
    ("Marlow Castle", _town("Marlow", "USA", 5000), [_town("Marlow", "GBR", 14000), _town("Marlow", "DEU", 9000)],
     False, None),
    # a dominant one among them: that one
    ("Marlow Castle", _town("Marlow", "USA", 5000), [_town("Marlow", "GBR", 140000), _town("Marlow", "DEU", 900)],
     False, "GBR"),
    # a fort named after its town with the word last stands in South Asia; a kremlin in Russia
    ("Ketla Fort", _town("Ketla", "USA", 5000), [_town("Ketla", "IND", 50000)], False, "IND"),
    ("Ketla Kremlin", _town("Ketla", "USA", 5000), [_town("Ketla", "RUS", 50000)], False, "RUS"),
])
def test_places_place_landmark(name, decided, others, backed, expected):
    candidates = [Candidate(entry, False) for entry in [decided, *others]]
    assert place_landmark(name, decided, candidates, backed).country == expected


def test_places_landmark_table_rows_say_where():
    for head in ("castle", "abbey", "priory", "minster", "cathedral", "fort", "kremlin"):
        assert landmark_areas(f"Kettle {head.title()}")


@pytest.mark.parametrize("landmark", [
    ["Glenvarrow", "Abbey"],  # no town of that name anywhere: a site of its own, with no point
    ["Quenholt", "Castle"],
    ["the", "Castle", "of", "Quenholt"],
])
def test_places_landmark_with_no_known_town_is_a_site_without_point(blank_nlp, gaz, landmark):
    name = " ".join(w for w in landmark if w != "the")
    words = [(w, "DT", "DET", "B-FAC") if w == "the" else w for w in landmark]
    tokens = [w if isinstance(w, tuple) else (w, "NNP" if w[0].isupper() else "IN", "PROPN", "I-FAC")
              for w in words]
    if tokens[0][3] != "B-FAC":
        tokens[0] = (*tokens[0][:3], "B-FAC")
    place = _places(blank_nlp, gaz, [*VISITED[:2], *tokens, DOT])[name]
    assert (place.kind, place.lat) == ("other", None)


def test_places_landmark_not_at_a_namesake_county():
    county = Entry("Marlow", "region", "USA", 1.0, 1.0, 2, 40000, "01", False, "county")
    candidates = [Candidate(county, False), Candidate(_town("Marlow", "GBR", 14000), False)]
    assert place_landmark("Marlow Abbey", county, candidates, False).country == "GBR"
    assert place_landmark("Marlow Abbey", county, candidates, True).country == "USA"  # the story backs it
