"""Places stage: a name followed by what kind of site it is ("the Torkham border crossing") is a site even with no
known town inside it, whether the model called it an organisation or a person."""
from __future__ import annotations

import pytest

from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc

W = ("NNP", "PROPN")
N = ("NN", "NOUN")


@pytest.mark.parametrize("tokens, expected", [
    ([("trade", *N, "O"), ("through", "IN", "ADP", "O"), ("the", "DT", "DET", "O"), ("Qolbar", *W, "B-ORG"),
      ("border", *N, "O"), ("crossing", *N, "O"), ("stopped", "VBD", "VERB", "O")], [("Qolbar", "site")]),
    ([("the", "DT", "DET", "O"), ("Vrelak", *W, "B-PERSON"), ("checkpoint", *N, "O"), ("was", "VBD", "AUX", "O"),
      ("closed", "VBN", "VERB", "O")], [("Vrelak", "site")]),
    # a person followed by a site word further on is still a person
    ([("Speaker", *W, "O"), ("Ilan", *W, "B-PERSON"), ("Vrelak", *W, "I-PERSON"), ("at", "IN", "ADP", "O"),
      ("his", "PRP$", "PRON", "O"), ("residence", *N, "O")], []),
])
def test_places_named_sites_without_a_town(blank_nlp, gaz, tokens, expected):
    doc = make_doc(blank_nlp.vocab, tokens)
    assert [(t.text, t.source) for t in find_toponyms(doc, gaz)] == expected


@pytest.mark.parametrize("tokens", [
    # a firm or an owner before a building, a shop or an office is no site of its own
    [("Norvex", *W, "B-ORG"), ("acquired", "VBD", "VERB", "O"), ("the", "DT", "DET", "O"), ("building", *N, "O")],
    [("the", "DT", "DET", "O"), ("Orlan", *W, "B-ORG"), ("gas", *N, "O"), ("station", *N, "O")],
])
def test_places_named_sites_not_of_owners(blank_nlp, gaz, tokens):
    doc = make_doc(blank_nlp.vocab, tokens)
    assert list(find_toponyms(doc, gaz)) == []
