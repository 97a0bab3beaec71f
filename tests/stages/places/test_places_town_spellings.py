"""Places stage: another spelling of a small town, which the model took for a person or a body, said to be where
something is ("near Nahariya"), is that town when the article names a town near it or its state."""
from __future__ import annotations

import pytest

from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc

W = ("NNP", "PROPN")
HAIFA = [("sirens", "NNS", "NOUN", "O"), ("sounded", "VBD", "VERB", "O"), ("in", "IN", "ADP", "O"),
         ("Haifa", *W, "B-GPE"), ("and", "CC", "CCONJ", "O")]
SUMY = [("Sumy", *W, "B-GPE"), ("officials", "NNS", "NOUN", "O"), ("said", "VBD", "VERB", "O"), ("that", "IN", "SCONJ", "O")]


@pytest.mark.parametrize("tokens, expected", [
    (HAIFA + [("a", "DT", "DET", "O"), ("rocket", "NN", "NOUN", "O"), ("fell", "VBD", "VERB", "O"),
              ("near", "IN", "ADP", "O"), ("Nahariya", *W, "B-ORG")],
     [("Haifa", "ISR"), ("Nahariya", "ISR")]),
    (SUMY + [("shells", "NNS", "NOUN", "O"), ("hit", "VBD", "VERB", "O"), ("the", "DT", "DET", "O"),
             ("town", "NN", "NOUN", "O"), ("of", "IN", "ADP", "O"), ("Krasnopillia", *W, "B-PERSON")],
     [("Sumy", "UKR"), ("Krasnopillia", "UKR")]),
    # no town near it and no state named: left out, as any small town met without a place label
    ([("a", "DT", "DET", "O"), ("rocket", "NN", "NOUN", "O"), ("fell", "VBD", "VERB", "O"), ("near", "IN", "ADP", "O"),
      ("Nahariya", *W, "B-ORG")], []),
    # not said to be where anything is: a name
    (HAIFA + [("Nahariya", *W, "B-ORG"), ("said", "VBD", "VERB", "O")], [("Haifa", "ISR")]),
])
def test_places_town_spellings_after_a_preposition(blank_nlp, gaz, tokens, expected):
    doc = make_doc(blank_nlp.vocab, tokens)
    resolved = resolve_toponyms(doc.text, list(find_toponyms(doc, gaz)), gaz)
    assert [(r.toponym.text, r.entry.country if r.entry else None) for r in resolved] == expected
