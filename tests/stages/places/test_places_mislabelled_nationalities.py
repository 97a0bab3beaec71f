"""Places stage, nationality words the model took for a person or a language: a nationality when the word
qualifies the word after it ("a Slovak architect"), not when it names a person or a tongue."""
from __future__ import annotations

import pytest

from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc


@pytest.mark.parametrize("tokens, expected", [
    ([("a", "DT", "DET", "O"), ("Slovak", "JJ", "ADJ", "B-PERSON"), ("architect", "NN", "NOUN", "O"),
      ("designed", "VBD", "VERB", "O"), ("it", "PRP", "PRON", "O")], [("Slovak", "Slovakia")]),
    ([("on", "IN", "ADP", "O"), ("Sri", "NNP", "PROPN", "B-PERSON"), ("Lankan", "NNP", "PROPN", "I-PERSON"),
      ("political", "JJ", "ADJ", "O"), ("life", "NN", "NOUN", "O")], [("Sri Lankan", "Sri Lanka")]),
    # a person or a language: nothing qualified after it
    ([("the", "DT", "DET", "O"), ("Slovak", "NNP", "PROPN", "B-PERSON"), ("said", "VBD", "VERB", "O"),
      ("no", "UH", "INTJ", "O")], []),
    ([("he", "PRP", "PRON", "O"), ("speaks", "VBZ", "VERB", "O"), ("in", "IN", "ADP", "O"),
      ("Slovak", "NNP", "PROPN", "B-LANGUAGE"), (".", ".", "PUNCT", "O")], []),
])
def test_places_nationality_word_with_another_label(blank_nlp, gaz, tokens, expected):
    doc = make_doc(blank_nlp.vocab, tokens)
    assert [(t.text, t.lookup) for t in find_toponyms(doc, gaz) if t.source == "nationality"] == expected
