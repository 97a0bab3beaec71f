"""Places stage: a place name joined by a lower-case particle ("Dar es Salaam") is one capitalised name."""
from __future__ import annotations

import pytest

from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc

W = ("NNP", "PROPN")


@pytest.mark.parametrize("tokens, expected", [
    ([("envoys", "NNS", "NOUN", "O"), ("gathered", "VBD", "VERB", "O"), ("in", "IN", "ADP", "O"),
      ("Dar", *W, "B-GPE"), ("es", *W, "I-GPE"), ("Salaam", *W, "I-GPE")], [("Dar es Salaam", "TZA")]),
    ([("flights", "NNS", "NOUN", "O"), ("from", "IN", "ADP", "O"), ("Dar", *W, "B-GPE"), ("es", "FW", "X", "I-GPE"),
      ("Salaam", *W, "I-GPE"), ("resumed", "VBD", "VERB", "O")], [("Dar es Salaam", "TZA")]),
    # a lower-case word that joins no name still keeps the span out
    ([("in", "IN", "ADP", "O"), ("Dar", *W, "B-GPE"), ("was", "VBD", "AUX", "I-GPE"), ("Salaam", *W, "I-GPE")], []),
])
def test_places_name_particles_join_a_name(blank_nlp, gaz, tokens, expected):
    doc = make_doc(blank_nlp.vocab, tokens)
    resolved = resolve_toponyms(doc.text, list(find_toponyms(doc, gaz)), gaz)
    assert [(r.toponym.text, r.entry.country if r.entry else None) for r in resolved] == expected
