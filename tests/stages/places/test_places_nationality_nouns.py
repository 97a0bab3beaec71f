"""Places stage, finding: a nationality word is place evidence as a modifier ("Irish troops", "Irish-born", "Irish
and British ships"); used as a noun it names people, a team or a language, not a place ("The Irish need a win",
"printed in Chinese, Tibetan and Uyghur")."""
from __future__ import annotations

import pytest

from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc

NAT = "B-NORP"


@pytest.mark.parametrize("tokens, expected", [
    ([("Irish", "JJ", "ADJ", NAT), ("troops", "NNS", "NOUN", "O"), ("left", "VBD", "VERB", "O")], ["Irish"]),
    ([("an", "DT", "DET", "O"), ("Irish", "JJ", "ADJ", NAT), ("-", "HYPH", "PUNCT", "O"),
      ("born", "VBN", "VERB", "O"), ("poet", "NN", "NOUN", "O")], ["Irish"]),
    ([("Irish", "JJ", "ADJ", NAT), ("and", "CC", "CCONJ", "O"), ("British", "JJ", "ADJ", NAT),
      ("ships", "NNS", "NOUN", "O")], ["Irish", "British"]),
    # a team or a people
    ([("The", "DT", "DET", "O"), ("Irish", "NNP", "PROPN", NAT), ("need", "VBP", "VERB", "O"),
      ("a", "DT", "DET", "O"), ("win", "NN", "NOUN", "O")], []),
    # a language
    ([("printed", "VBN", "VERB", "O"), ("in", "IN", "ADP", "O"), ("Chinese", "NNP", "PROPN", NAT),
      (",", ",", "PUNCT", "O"), ("Tibetan", "NNP", "PROPN", NAT), ("and", "CC", "CCONJ", "O"),
      ("Uyghur", "NNP", "PROPN", NAT)], ["Tibetan"]),
    ([("she", "PRP", "PRON", "O"), ("wants", "VBZ", "VERB", "O"), ("French", "NNP", "PROPN", NAT),
      ("to", "TO", "PART", "O"), ("spread", "VB", "VERB", "O")], []),
])
def test_places_nationality_as_noun(blank_nlp, gaz, tokens, expected):
    doc = make_doc(blank_nlp.vocab, tokens)
    assert [t.text for t in find_toponyms(doc, gaz)] == expected
