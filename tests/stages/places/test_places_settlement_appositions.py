"""Places stage: a lone name no gazetteer knows is a place when an apposition says what kind of place it is
("Tellavi, a farming town outside Aleppo")."""
from __future__ import annotations

import pytest

from pipeline.stages.places.place_records import place_records
from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc

W = ("NNP", "PROPN")
N = ("NN", "NOUN")
COMMA, A = (",", ",", "PUNCT", "O"), ("a", "DT", "DET", "O")


@pytest.mark.parametrize("tokens, expected", [
    ([("shells", "NNS", "NOUN", "O"), ("fell", "VBD", "VERB", "O"), ("on", "IN", "ADP", "O"), ("Tellavi", *W, "B-GPE"),
      COMMA, A, ("farming", *N, "O"), ("town", *N, "O"), ("outside", "IN", "ADP", "O"), ("Aleppo", *W, "B-GPE")],
     [("Tellavi", "SYR"), ("Aleppo", "SYR")]),
    ([("residents", "NNS", "NOUN", "O"), ("of", "IN", "ADP", "O"), ("Kambwesa", *W, "B-GPE"), COMMA, A,
      ("village", *N, "O"), ("of", "IN", "ADP", "O"), ("400", "CD", "NUM", "O"), ("people", "NNS", "NOUN", "O")],
     [("Kambwesa", None)]),
    # an apposition of another kind leaves a lone unknown word out
    ([("talks", "NNS", "NOUN", "O"), ("with", "IN", "ADP", "O"), ("Tellavi", *W, "B-GPE"), COMMA, A,
      ("former", "JJ", "ADJ", "O"), ("minister", *N, "O")], []),
])
def test_places_settlement_appositions_name_places(blank_nlp, gaz, tokens, expected):
    doc = make_doc(blank_nlp.vocab, tokens)
    places, _ = place_records(resolve_toponyms(doc.text, list(find_toponyms(doc, gaz)), gaz), doc.text)
    assert [(p.name, p.country) for p in places] == expected
