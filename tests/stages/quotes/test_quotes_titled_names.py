"""A role noun's appositive name with nothing setting it off is part of the speaker phrase ("U.S. special envoy for
Sudan Tom Perriello told"), one set off by a comma is not (pipeline/stages/quotes/speakers.py, ``titled_name``).
Docs built by hand with the parse the model gives such sentences."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.stages.quotes.speakers import speaker_span

VOCAB = spacy.blank("en").vocab


def parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize("words, heads, deps, pos, subject, expected", [
    # the parse hangs the name on the role past "for <country>": the name is the speaker's
    (["U.S.", "special", "envoy", "for", "Sudan", "Lena", "Okafor", "told", "reporters", "."],
     [2, 2, 7, 2, 6, 6, 2, 7, 7, 7],
     ["nmod", "amod", "nsubj", "prep", "compound", "compound", "appos", "ROOT", "dobj", "punct"],
     ["PROPN", "ADJ", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"],
     2, "U.S. special envoy for Sudan Lena Okafor"),
    (["Chief", "negotiator", "Amara", "Diallo", "said", "."],
     [1, 4, 3, 1, 4, 4],
     ["amod", "nsubj", "compound", "appos", "ROOT", "punct"],
     ["ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
     1, "Chief negotiator Amara Diallo"),
    # set off by commas: the role alone, as before (the actors stage joins the two)
    (["The", "envoy", ",", "Lena", "Okafor", ",", "told", "reporters", "."],
     [1, 6, 1, 4, 1, 1, 6, 6, 6],
     ["det", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "dobj", "punct"],
     ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "NOUN", "PUNCT"],
     1, "The envoy"),
])
def test_quotes_titled_name_is_part_of_the_speaker(words, heads, deps, pos, subject, expected):
    doc = parsed(words, heads, deps, pos)
    assert speaker_span(doc[subject]).text == expected
