"""Finding the tokens that are cue words (pipeline/stages/quotes/cues.py)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.stages.quotes.cues import lemma_tokens, word_tokens


@pytest.mark.parametrize("lemmas, words, expected", [
    (["Peskov", "say", "talk", "will", "resume"], {"say"}, [1]),
    # the lemma is compared lower-cased, whatever case the lemmatizer gave it
    (["Peskov", "Say", "talk", "will", "resume"], {"say"}, [1]),
    (["Peskov", "say", "the", "claim", "say"], {"say", "claim"}, [1, 3, 4]),
    (["Peskov", "smile", "the", "talk", "resume"], {"say"}, []),
])
def test_quotes_lemma_tokens_finds_lexicon_words(blank_nlp, lemmas, words, expected):
    doc = Doc(blank_nlp.vocab, words=["w"] * len(lemmas), lemmas=lemmas)
    assert [token.i for token in lemma_tokens(doc, words)] == expected


@pytest.mark.parametrize("text, word, expected", [
    ("According to Kyiv, the talks will resume, according to Ankara.", "according", [0, 9]),
    # a longer word holding it, or a different word, is not it
    ("Accordingly, the talks resumed; the accord held.", "according", []),
    ("Marco Rubio: no comment. The time: 12:30.", ":", [2, 8]),
])
def test_quotes_word_tokens_finds_whole_tokens(blank_nlp, text, word, expected):
    doc = blank_nlp(text)
    assert [token.i for token in word_tokens(doc, word)] == expected
