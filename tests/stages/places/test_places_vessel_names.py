"""Places stage: a name right after a ship noun is the vessel's, not the town it is named after."""
from __future__ import annotations

import pytest

from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc

W = ("NNP", "PROPN")


@pytest.mark.parametrize("tokens, expected", [
    ([("the", "DT", "DET", "O"), ("destroyer", "NN", "NOUN", "O"), ("Hefei", *W, "B-GPE"), ("sailed", "VBD", "VERB", "O"),
      ("past", "IN", "ADP", "O"), ("Okinawa", *W, "B-GPE")], ["Okinawa"]),
    ([("a", "DT", "DET", "O"), ("Chinese", "JJ", "ADJ", "B-NORP"), ("frigate", "NN", "NOUN", "O"),
      ("Yancheng", *W, "B-GPE"), ("docked", "VBD", "VERB", "O")], ["Chinese"]),
    ([("the", "DT", "DET", "O"), ("tanker", "NN", "NOUN", "O"), ("Basra", *W, "B-ORG"), ("Star", *W, "I-ORG"),
      ("was", "VBD", "AUX", "O"), ("seized", "VBN", "VERB", "O")], []),
    # a ship noun before a preposition leaves the place after it alone
    ([("tankers", "NNS", "NOUN", "O"), ("off", "IN", "ADP", "O"), ("Fujairah", *W, "B-GPE")], ["Fujairah"]),
    ([("ships", "NNS", "NOUN", "O"), ("in", "IN", "ADP", "O"), ("Odesa", *W, "B-GPE")], ["Odesa"]),
])
def test_places_vessel_names_are_no_places(blank_nlp, gaz, tokens, expected):
    doc = make_doc(blank_nlp.vocab, tokens)
    assert [t.text for t in find_toponyms(doc, gaz)] == expected
