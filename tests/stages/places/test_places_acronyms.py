"""Places stage: a word of two or three capitals the gazetteer has only as another name of a village abroad ("AI"
for a Jordanian village) or as a town's own name written otherwise ("NIS" for Nis) is an acronym, not a place; a big
city's initials ("LA", "HK") still name it."""
from __future__ import annotations

import pytest

from pipeline.stages.places.names import _town_acronym
from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc


@pytest.mark.parametrize("word, acronym", [
    ("AI", True),
    ("AM", True),
    ("LA", False),  # Los Angeles
    ("HK", False),  # Hong Kong
    ("UK", False),  # a country's own abbreviation
    ("Ai", False),  # not written in capitals
    ("NIS", True),  # Nis, Serbia, is written so only as a body's acronym
    ("XQJ", False),  # no place at all: other rules decide
])
def test_places_town_acronym(gaz, word, acronym):
    assert _town_acronym(word, gaz) is acronym


@pytest.mark.parametrize("word, found", [
    ("AI", []),
    ("NIS", []),
    ("LA", ["LA"]),
])
def test_places_acronym_tagged_as_place(blank_nlp, gaz, word, found):
    tokens = [("Advances", "NNS", "NOUN", "O"), ("in", "IN", "ADP", "O"), (word, "NNP", "PROPN", "B-GPE"),
              ("impressed", "VBD", "VERB", "O"), ("investors", "NNS", "NOUN", "O")]
    doc = make_doc(blank_nlp.vocab, tokens)
    assert [t.text for t in find_toponyms(doc, gaz)] == found
