"""Places stage, a count or amount the model tagged together with a place's name ("706 Orange County residents",
"40 Kenyan shillings"): the stretch is scanned for known names like untagged text; a person's name is not."""
from __future__ import annotations

import pytest

from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc


@pytest.mark.parametrize("tokens, expected", [
    ([("A", "DT", "DET", "O"), ("poll", "NN", "NOUN", "O"), ("of", "IN", "ADP", "O"),
      ("706", "CD", "NUM", "B-PERCENT"), ("Orange", "NNP", "PROPN", "I-PERCENT"), ("County", "NNP", "PROPN", "I-PERCENT"),
      ("residents", "NNS", "NOUN", "O")], ["Orange County"]),
    ([("It", "PRP", "PRON", "O"), ("cost", "VBD", "VERB", "O"), ("40", "CD", "NUM", "B-MONEY"),
      ("Kenyan", "JJ", "ADJ", "I-MONEY"), ("shillings", "NNS", "NOUN", "I-MONEY")], ["Kenyan"]),
    ([("Some", "DT", "DET", "O"), ("300", "CD", "NUM", "B-CARDINAL"), ("Toronto", "NNP", "PROPN", "I-CARDINAL"),
      ("fans", "NNS", "NOUN", "O")], ["Toronto"]),
    # a person named like a town stays a person
    ([("Austin", "NNP", "PROPN", "B-PERSON"), ("Reeves", "NNP", "PROPN", "I-PERSON"), ("spoke", "VBD", "VERB", "O")],
     []),
])
def test_places_numeric_entity_is_scanned_for_names(blank_nlp, gaz, tokens, expected):
    doc = make_doc(blank_nlp.vocab, tokens)
    assert [t.text for t in find_toponyms(doc, gaz)] == expected
