"""Places stage, a local body or post named after its place ("the Fresno County Sheriff", "North Las Vegas
Police Department"): the place inside the name is the toponym, whatever label the model gave the whole name."""
from __future__ import annotations

import pytest

from pipeline.stages.places.place_records import place_records
from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc


def _entity(words: list[str], label: str) -> list[tuple]:
    return [(word, "NNP", "PROPN", ("B-" if i == 0 else "I-") + label) for i, word in enumerate(words)]


def _mentions(blank_nlp, gaz, words: list[str], label: str):
    tokens = [("Officers", "NNS", "NOUN", "O"), ("of", "IN", "ADP", "O"), ("the", "DT", "DET", "O"),
              *_entity(words, label), ("arrived", "VBD", "VERB", "O"), ("late", "RB", "ADV", "O")]
    doc = make_doc(blank_nlp.vocab, tokens)
    places, mentions = place_records(resolve_toponyms(doc.text, list(find_toponyms(doc, gaz)), gaz))
    return [(m.text, next(p.country for p in places if p.place_id == m.entity_id)) for m in mentions]


@pytest.mark.parametrize("words, label, expected", [
    (["Fresno", "County", "Sheriff"], "GPE", [("Fresno County", "USA")]),
    (["North", "Las", "Vegas", "Police", "Department"], "LOC", [("North Las Vegas", "USA")]),
    (["Sacramento", "City", "Council"], "FAC", [("Sacramento", "USA")]),
    (["Fresno", "County", "Sheriff", "’s", "Office"], "FAC", [("Fresno County", "USA")]),
    (["Fresno", "County", "Sheriff"], "PERSON", [("Fresno County", "USA")]),
    (["Winnipeg", "Police"], "PERSON", [("Winnipeg", "CAN")]),
])
def test_places_body_named_after_its_place_gives_the_place(blank_nlp, gaz, words, label, expected):
    assert _mentions(blank_nlp, gaz, words, label) == expected


@pytest.mark.parametrize("words, label, expected", [
    # a building named after its town stays a site of that town, named as a whole
    (["Sacramento", "Convention", "Center"], "FAC", [("Sacramento Convention Center", "USA")]),
    # a person whose name holds no body word is a person
    (["Sydney", "Carter"], "PERSON", []),
])
def test_places_other_names_are_not_bodies(blank_nlp, gaz, words, label, expected):
    assert _mentions(blank_nlp, gaz, words, label) == expected
