"""Places stage: a country's name the model cut in two around "and the" ("St Vincent" and "Grenadines") is one
name when the gazetteer knows it whole."""
from __future__ import annotations

import pytest

from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc

W = ("NNP", "PROPN")
AND, THE = ("and", "CC", "CCONJ", "O"), ("the", "DT", "DET", "O")


@pytest.mark.parametrize("tokens, expected", [
    ([("envoys", "NNS", "NOUN", "O"), ("met", "VBD", "VERB", "O"), ("in", "IN", "ADP", "O"), ("Saint", *W, "B-GPE"),
      ("Vincent", *W, "I-GPE"), AND, THE, ("Grenadines", *W, "B-ORG")], ["Saint Vincent and the Grenadines"]),
    ([("St", *W, "B-GPE"), ("Vincent", *W, "I-GPE"), AND, THE, ("Grenadines", "NNPS", "PROPN", "B-GPE"),
      ("voted", "VBD", "VERB", "O")], ["St Vincent and the Grenadines"]),
    # two places around "and the" stay two
    ([("Lebanon", *W, "B-GPE"), AND, THE, ("Netherlands", "NNPS", "PROPN", "B-GPE"), ("voted", "VBD", "VERB", "O")],
     ["Lebanon", "Netherlands"]),
])
def test_places_split_country_names_are_one(blank_nlp, gaz, tokens, expected):
    doc = make_doc(blank_nlp.vocab, tokens)
    assert [t.text for t in find_toponyms(doc, gaz)] == expected
