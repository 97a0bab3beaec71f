"""Places stage, small towns inside organisation names: a small town opening the name ("the Dahlonega Garden
Club") is a place when the article backs it (its state named, or a town nearby); a small town's name further in
is mostly a word of the organisation's name ("the Chamber of Commerce")."""
from __future__ import annotations

import pytest

from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc


def _org(words: list[str]) -> list[tuple]:
    return [(word, "NNP" if word[:1].isupper() else "IN", "PROPN" if word[:1].isupper() else "ADP",
             ("B-" if i == 0 else "I-") + "ORG") for i, word in enumerate(words)]


def _placed(blank_nlp, gaz, org: list[str], state: str | None) -> list[tuple[str, str | None]]:
    tokens = [("The", "DT", "DET", "O"), *_org(org), ("met", "VBD", "VERB", "O"), ("on", "IN", "ADP", "O"),
              ("Monday", "NNP", "PROPN", "O")]
    if state:
        tokens += [("in", "IN", "ADP", "O"), (state, "NNP", "PROPN", "B-GPE")]
    doc = make_doc(blank_nlp.vocab, tokens)
    resolved = resolve_toponyms(doc.text, list(find_toponyms(doc, gaz)), gaz)
    return [(r.toponym.text, r.entry.admin1 if r.entry else None) for r in resolved if r.toponym.text != state]


@pytest.mark.parametrize("org, state, expected", [
    # a small town opening the name, a town nearby named in the article: a place there
    (["Dahlonega", "Garden", "Club"], "Atlanta", [("Dahlonega", "GA")]),
    (["Torrington", "Rotary", "Club"], "Connecticut", [("Torrington", "CT")]),
    # nothing in the article backs it: no place
    (["Dahlonega", "Garden", "Club"], None, []),
    # further in the name, a small town's name is a word of the name
    (["Athens", "Chamber", "of", "Commerce"], "Atlanta", [("Athens", "GA")]),
    (["Dahlonega", "Chamber", "of", "Commerce"], "Atlanta", [("Dahlonega", "GA")]),
])
def test_places_small_town_opening_an_organisation_name(blank_nlp, gaz, org, state, expected):
    assert _placed(blank_nlp, gaz, org, state) == expected
