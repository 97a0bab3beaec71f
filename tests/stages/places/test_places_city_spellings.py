"""Places stage: another spelling of a big city's name that the news uses ("Togliatti" for Tolyatti, "Kharkov"
for Kharkiv) is a known name like its main one, even where the model tagged it as a body; alternate names that
are codes, foreign-language forms or "X City" are not."""
from __future__ import annotations

import pytest

from pipeline.stages.places.names import _known
from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc


@pytest.mark.parametrize("name, known", [
    ("Togliatti", True),
    ("Kharkov", True),
    ("Odessa", True),
    ("Dublin City", False),  # a town's council more often than Dublin, Ireland
    ("Rest", False),  # another language's name of Rasht: not a spelling of it
    ("AI", False),
])
def test_places_spelling_of_big_city_is_known(gaz, name, known):
    assert _known(name, gaz, strong_only=True) is known


def test_places_spelling_of_big_city_tagged_as_a_body(blank_nlp, gaz):
    tokens = [("Exports", "NNS", "NOUN", "O"), ("from", "IN", "ADP", "O"), ("Togliatti", "NNP", "PROPN", "B-ORG"),
              ("fell", "VBD", "VERB", "O"), ("sharply", "RB", "ADV", "O")]
    doc = make_doc(blank_nlp.vocab, tokens)
    assert [(t.text, t.source) for t in find_toponyms(doc, gaz)] == [("Togliatti", "known")]
