"""Places stage, a holiday named after a saint or a place that the model tagged as a place ("St. Patrick's Day",
"Australia Day"): a date, not a toponym."""
from __future__ import annotations

import pytest

from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc


def _gpe(words: list[str]) -> list[tuple]:
    return [(word, "POS" if word == "'s" else "NNP", "PART" if word == "'s" else "PROPN", ("B-" if i == 0 else "I-")
             + "GPE") for i, word in enumerate(words)]


@pytest.mark.parametrize("words, expected", [
    (["St.", "Patrick", "'s", "Day"], []),
    (["Australia", "Day"], []),
    (["Bastille", "Day"], []),
    (["Halloween", "Eve"], []),
    (["Sydney"], ["Sydney"]),  # a place name itself is kept
])
def test_places_holiday_is_no_toponym(blank_nlp, gaz, words, expected):
    tokens = [("Crowds", "NNS", "NOUN", "O"), ("gathered", "VBD", "VERB", "O"), ("on", "IN", "ADP", "O"),
              *_gpe(words), ("again", "RB", "ADV", "O")]
    doc = make_doc(blank_nlp.vocab, tokens)
    assert [t.text for t in find_toponyms(doc, gaz)] == expected
