"""A name the parse hangs on the place that opens the sentence ("In Kigali, Minister Ana Diallo told ...", Diallo an
apposition of Kigali, "told" left without a subject) is the cue's subject (pipeline/stages/quotes/speakers.py,
``fronted_place_name``). Docs built by hand with the parse the model gives such sentences in longer articles."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.stages.quotes.speakers import subject_of

VOCAB = spacy.blank("en").vocab


@pytest.mark.parametrize("words, heads, deps, pos, verb, expected", [
    (["In", "Kigali", ",", "Minister", "Ana", "Diallo", "told", "reporters", "that", "it", "was", "over", "."],
     [6, 0, 1, 5, 5, 1, 6, 6, 10, 10, 6, 10, 6],
     ["prep", "pobj", "punct", "compound", "compound", "appos", "ROOT", "dobj", "mark", "nsubj", "ccomp", "acomp",
      "punct"],
     ["ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB", "NOUN", "SCONJ", "PRON", "AUX", "ADJ", "PUNCT"],
     6, "Diallo"),
])
def test_quotes_fronted_place_name_is_the_subject(words, heads, deps, pos, verb, expected):
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)
    subject = subject_of(doc[verb])
    assert (subject.text if subject is not None else None) == expected
