"""Places stage: a division or settlement the gazetteer lacks, which the text names as one ("the village of X",
"the X district", "X, a mining town"), lies in the country of the closest place named in its sentence."""
from __future__ import annotations

import pytest

from pipeline.stages.places.place_records import place_records
from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc

W = ("NNP", "PROPN")
N = ("NN", "NOUN")


@pytest.mark.parametrize("tokens, name, country", [
    ([("troops", "NNS", "NOUN", "O"), ("entered", "VBD", "VERB", "O"), ("the", "DT", "DET", "O"), ("village", *N, "O"),
      ("of", "IN", "ADP", "O"), ("Kelmarsk", *W, "B-GPE"), ("near", "IN", "ADP", "O"), ("Kharkiv", *W, "B-GPE")],
     "Kelmarsk", "UKR"),
    ([("a", "DT", "DET", "O"), ("raid", *N, "O"), ("in", "IN", "ADP", "O"), ("the", "DT", "DET", "O"),
      ("Varzabad", *W, "B-GPE"), ("district", *N, "O"), ("of", "IN", "ADP", "O"), ("Balochistan", *W, "B-GPE")],
     "Varzabad", "PAK"),
    ([("shells", "NNS", "NOUN", "O"), ("fell", "VBD", "VERB", "O"), ("on", "IN", "ADP", "O"), ("Aleppo", *W, "B-GPE"),
      ("and", "CC", "CCONJ", "O"), ("the", "DT", "DET", "O"), ("Tel", *W, "B-GPE"), ("Havrin", *W, "I-GPE"),
      ("region", *N, "O")], "Tel Havrin", "SYR"),
    # a nationality word says whose strike it is, not where the village lies
    ([("Syrian", "JJ", "ADJ", "B-NORP"), ("jets", "NNS", "NOUN", "O"), ("hit", "VBD", "VERB", "O"), ("the", "DT", "DET", "O"),
      ("village", *N, "O"), ("of", "IN", "ADP", "O"), ("Kelmarsk", *W, "B-GPE")], "Kelmarsk", None),
    # a place of another sentence is no neighbour (nor, with two countries named as often, the story's country)
    ([("the", "DT", "DET", "O"), ("village", *N, "O"), ("of", "IN", "ADP", "O"), ("Kelmarsk", *W, "B-GPE"),
      ("was", "VBD", "AUX", "O"), ("quiet", "JJ", "ADJ", "O"), (".", ".", "PUNCT", "O"), ("Kharkiv", *W, "B-GPE"),
      ("and", "CC", "CCONJ", "O"), ("Minsk", *W, "B-GPE"), ("were", "VBD", "AUX", "O"), ("named", "VBN", "VERB", "O")],
     "Kelmarsk", None),
])
def test_places_unknown_divisions_take_their_neighbours_country(blank_nlp, gaz, tokens, name, country):
    doc = make_doc(blank_nlp.vocab, tokens)
    places, _ = place_records(resolve_toponyms(doc.text, list(find_toponyms(doc, gaz)), gaz), doc.text)
    assert [(p.name, p.country) for p in places if p.name == name] == [(name, country)]


def test_places_unknown_settlement_lies_in_the_story_country(blank_nlp, gaz):
    """With no neighbour in its sentence, a settlement the text calls one lies in the country most of the story's
    places lie in."""
    tokens = [("Kharkiv", *W, "B-GPE"), ("and", "CC", "CCONJ", "O"), ("Poltava", *W, "B-GPE"), ("were", "VBD", "AUX", "O"),
              ("shelled", "VBN", "VERB", "O"), (".", ".", "PUNCT", "O"), ("Residents", "NNS", "NOUN", "O"),
              ("of", "IN", "ADP", "O"), ("Kelmarsk", *W, "B-GPE"), (",", ",", "PUNCT", "O"), ("a", "DT", "DET", "O"),
              ("village", *N, "O"), ("of", "IN", "ADP", "O"), ("300", "CD", "NUM", "O"), ("people", "NNS", "NOUN", "O"),
              ("fled", "VBD", "VERB", "O")]
    doc = make_doc(blank_nlp.vocab, tokens)
    places, _ = place_records(resolve_toponyms(doc.text, list(find_toponyms(doc, gaz)), gaz), doc.text)
    assert [(p.name, p.country) for p in places if p.name == "Kelmarsk"] == [("Kelmarsk", "UKR")]
