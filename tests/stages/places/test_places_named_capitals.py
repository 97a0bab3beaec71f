"""Places stage: a national capital whose country the story names is meant before a small town of its name,
even in a story set around that town ("Wellington" in a story about New South Wales that names New Zealand)."""
from __future__ import annotations

import pytest

from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc

W = ("NNP", "PROPN")
NSW = [("Sydney", *W, "B-GPE"), ("and", "CC", "CCONJ", "O"), ("Dubbo", *W, "B-GPE"), ("in", "IN", "ADP", "O"),
       ("New", *W, "B-GPE"), ("South", *W, "I-GPE"), ("Wales", *W, "I-GPE"), ("braced", "VBD", "VERB", "O"),
       (";", ":", "PUNCT", "O")]
TASMANIA = [("Hobart", *W, "B-GPE"), ("and", "CC", "CCONJ", "O"), ("Launceston", *W, "B-GPE"), ("in", "IN", "ADP", "O"),
            ("Tasmania", *W, "B-GPE"), ("braced", "VBD", "VERB", "O"), (";", ":", "PUNCT", "O")]


def _countries(tokens, gaz, blank_nlp, name):
    doc = make_doc(blank_nlp.vocab, tokens)
    resolved = resolve_toponyms(doc.text, list(find_toponyms(doc, gaz)), gaz)
    return [r.entry.country for r in resolved if r.toponym.text == name]


@pytest.mark.parametrize("tokens, name, country", [
    (NSW + [("New", *W, "B-GPE"), ("Zealand", *W, "I-GPE"), ("'s", "POS", "PART", "O"), ("leader", "NN", "NOUN", "O"),
            ("spoke", "VBD", "VERB", "O"), ("in", "IN", "ADP", "O"), ("Wellington", *W, "B-GPE")], "Wellington", "NZL"),
    (TASMANIA + [("Jamaica", *W, "B-GPE"), ("'s", "POS", "PART", "O"), ("envoy", "NN", "NOUN", "O"),
                 ("flew", "VBD", "VERB", "O"), ("home", "RB", "ADV", "O"), ("to", "IN", "ADP", "O"),
                 ("Kingston", *W, "B-GPE")], "Kingston", "JAM"),
    # the capital's country unnamed: the small town of the story's state
    (NSW + [("a", "DT", "DET", "O"), ("storm", "NN", "NOUN", "O"), ("hit", "VBD", "VERB", "O"),
            ("Wellington", *W, "B-GPE")], "Wellington", "AUS"),
])
def test_places_named_capitals_before_small_towns(blank_nlp, gaz, tokens, name, country):
    assert _countries(tokens, gaz, blank_nlp, name) == [country]
