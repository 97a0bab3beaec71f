"""Places stage, finding: a lone word the model tags as a place but no gazetteer knows is mostly a name, a title or
a word ("Plenipotentiary", a child called "Kettlebrook"), and is left out, unless the text calls it a place: a kind
of place next to it ("the Kettlebrook area", "the village of Kettlebrook"), a place and a comma before it
("Lagos, Kettlebrook"), or such a mention of the same name elsewhere in the article."""
from __future__ import annotations

import pytest

from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc

W, GPE = "O", "B-GPE"


def tokens_of(words):
    """(word, IOB) pairs -> tagged tokens (capitalized words as proper nouns)."""
    return [(word, "NNP" if word[:1].isupper() else "NN", "PROPN" if word[:1].isupper() else "NOUN", iob)
            for word, iob in words]


@pytest.mark.parametrize("words, expected", [
    # an unknown lone word: a name or a word, not a place
    ([("her", W), ("son", W), ("Kettlebrook", GPE), ("smiled", W)], []),
    ([("Ambassador", W), ("and", W), ("Plenipotentiary", GPE), ("spoke", W)], []),
    # a kind of place after it or "<kind> of" before it
    ([("in", W), ("the", W), ("Kettlebrook", GPE), ("area", W)], ["Kettlebrook"]),
    ([("the", W), ("village", W), ("of", W), ("Kettlebrook", GPE), ("flooded", W)], ["Kettlebrook"]),
    # a place and a comma before it
    ([("in", W), ("Lagos", GPE), (",", W), ("Kettlebrook", GPE)], ["Lagos", "Kettlebrook"]),
    # called a place once, kept at every mention
    ([("the", W), ("Kettlebrook", GPE), ("area", W), ("and", W), ("Kettlebrook", GPE), ("itself", W)],
     ["Kettlebrook", "Kettlebrook"]),
    # a name the gazetteer knows stays without help
    ([("her", W), ("son", W), ("in", W), ("Lagos", GPE), ("smiled", W)], ["Lagos"]),
])
def test_places_unknown_lone_word(blank_nlp, gaz, words, expected):
    doc = make_doc(blank_nlp.vocab, tokens_of(words))
    assert [t.text for t in find_toponyms(doc, gaz)] == expected
