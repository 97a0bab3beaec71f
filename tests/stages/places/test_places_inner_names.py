"""Places stage, place entities the gazetteer lacks as a whole, read through the known name inside them: a part
named with a capitalized direction ("West Wales"), a body or site named after its place ("Harris County Clerk")."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.stages.places.place_records import place_records
from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc


def _entity(words: list[str], label: str) -> list[tuple]:
    """Proper-noun tokens forming one entity of ``label``."""
    return [(word, "NNP", "PROPN", ("B-" if i == 0 else "I-") + label) for i, word in enumerate(words)]


def _places(blank_nlp, gaz, words: list[str], label: str):
    tokens = [("Storms", "NNS", "NOUN", "O"), ("hit", "VBD", "VERB", "O"), ("in", "IN", "ADP", "O"),
              *_entity(words, label), ("on", "IN", "ADP", "O"), ("Sunday", "NNP", "PROPN", "O")]
    doc = make_doc(blank_nlp.vocab, tokens)
    toponyms = list(find_toponyms(doc, gaz))
    places, mentions = place_records(resolve_toponyms(doc.text, toponyms, gaz))
    return toponyms, places, mentions


@pytest.mark.parametrize("words, label, name, kind, country", [
    # a capitalized direction before a known name: a part of that place, named as the text names it
    (["West", "Wales"], "GPE", "West Wales", "region", "GBR"),
    (["Northeast", "Ohio"], "LOC", "Northeast Ohio", "region", "USA"),
    (["Southern", "Ukraine"], "LOC", "Southern Ukraine", "region", "UKR"),
    # a county named without the word "County", as local news does
    (["North", "Fulton"], "LOC", "North Fulton", "region", "USA"),
    # a part of a town is the town
    (["East", "Leipzig"], "GPE", "Leipzig", "city", "DEU"),
])
def test_places_direction_inside_an_unknown_entity_makes_a_part(blank_nlp, gaz, words, label, name, kind, country):
    toponyms, places, mentions = _places(blank_nlp, gaz, words, label)
    assert [m.text for m in mentions] == [" ".join(words)]  # the mention is the whole name the model tagged
    assert [(p.name, p.kind, p.country) for p in places] == [(name, kind, country)]


@pytest.mark.parametrize("words, label, at, country", [
    # a body, site or water named after the place it lies in: at that place's point
    (["Lake", "Manassas"], "LOC", "Manassas", "USA"),
    (["Winnipeg", "Harbour", "Front"], "LOC", "Winnipeg", "CAN"),
])
def test_places_unknown_entity_lies_at_the_known_place_inside(blank_nlp, gaz, words, label, at, country):
    toponyms, places, mentions = _places(blank_nlp, gaz, words, label)
    assert [(t.text, t.lookup) for t in toponyms] == [(" ".join(words), at)]
    ((name, place_country, lat),) = [(p.name, p.country, p.lat) for p in places]
    assert (name, place_country) == (" ".join(words), country) and lat is not None


@pytest.mark.parametrize("words, label", [
    (["South", "Sudan"], "GPE"),  # whole names the gazetteer has are never split
    (["West", "Virginia"], "GPE"),
    (["Western", "Sahara"], "LOC"),
])
def test_places_known_whole_name_is_not_read_through_its_parts(blank_nlp, gaz, words, label):
    toponyms, places, mentions = _places(blank_nlp, gaz, words, label)
    assert [(t.lookup, t.direction, t.facility) for t in toponyms] == [(" ".join(words), None, False)]


def test_places_unknown_entity_with_no_known_name_inside_stays_unplaced(blank_nlp, gaz):
    toponyms, places, mentions = _places(blank_nlp, gaz, ["Zorbleton", "Quay"], "LOC")
    assert [(p.name, p.lat) for p in places] == [("Zorbleton Quay", None)]


def test_places_direction_before_a_small_town_is_no_part_of_it(blank_nlp, gaz):
    # "Street" is a small town in England; "West Street" is a street, not a part of it
    toponyms, places, mentions = _places(blank_nlp, gaz, ["West", "Street"], "LOC")
    assert [t.direction for t in toponyms] == [None]


@pytest.mark.parametrize("words", [["West", "Street"], ["Mayfield", "Road"], ["Denver", "Avenue"]])
def test_places_street_named_after_a_town_is_not_placed_there(blank_nlp, gaz, words):
    toponyms, places, mentions = _places(blank_nlp, gaz, words, "LOC")
    assert [(p.name, p.lat) for p in places] == [(" ".join(words), None)]


@pytest.mark.parametrize("words, label, expected", [
    # two known places joined by a hyphen are both named
    (["Asia", "-", "Pacific"], "LOC", ["Asia", "Pacific"]),
    (["Leipzig", "-", "Halle"], "GPE", ["Leipzig", "Halle"]),
    # a party letter before a town is no place
    (["D", "-", "Detroit"], "GPE", ["D-Detroit"]),
])
def test_places_hyphenated_pair_of_places(blank_nlp, gaz, words, label, expected):
    tokens = [("Storms", "NNS", "NOUN", "O"), ("hit", "VBD", "VERB", "O"), ("the", "DT", "DET", "O")]
    tokens += [(word, "HYPH" if word == "-" else "NNP", "PUNCT" if word == "-" else "PROPN",
                ("B-" if i == 0 else "I-") + label) for i, word in enumerate(words)]
    doc = Doc(blank_nlp.vocab, words=[t[0] for t in tokens], spaces=[True, True, True, False, False, True],
              tags=[t[1] for t in tokens], pos=[t[2] for t in tokens], ents=[t[3] for t in tokens])
    assert [t.text for t in find_toponyms(doc, gaz)] == expected


@pytest.mark.parametrize("words, label", [
    # a natural feature's kind ending its name is no town it lies in ("Valley" is also Anguilla's capital)
    (["Varnessa", "Valley"], "LOC"),
    (["Varnessa", "River"], "LOC"),
    (["Varnessa", "Lake"], "LOC"),
])
def test_places_feature_word_ending_a_name_places_nothing(blank_nlp, gaz, words, label):
    _, places, _ = _places(blank_nlp, gaz, words, label)
    assert [(p.name, p.country, p.lat) for p in places] == [(" ".join(words), None, None)]
