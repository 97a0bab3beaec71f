"""The cue lexicons of reported speech, and the tokens of a parsed Doc that are cue words.

Cue verbs and phrases (``models/en/cues.txt``), verbs whose object is the content
(``cue_objects.txt``) and reporting nouns (``cue_nouns.txt``); :func:`lemma_tokens`
and :func:`word_tokens` find the tokens of a Doc with a given lemma or text
without building a string per token.
"""
from __future__ import annotations

import functools
import re

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from pipeline.resources import read_words
from pipeline.stages.extensions import doc_text, doc_tokens


@functools.lru_cache(maxsize=None)
def cue_verbs() -> frozenset[str]:
    return frozenset(entry for entry in read_words("cues.txt") if " " not in entry)


@functools.lru_cache(maxsize=None)
def object_cues() -> frozenset[tuple[str, str | None]]:
    """(verb lemma, preposition or None) pairs whose object is reported content."""
    return frozenset((entry.split()[0], entry.split()[1] if " " in entry else None)
                     for entry in read_words("cue_objects.txt"))


@functools.lru_cache(maxsize=None)
def cue_nouns() -> frozenset[str]:
    return read_words("cue_nouns.txt")


@functools.lru_cache(maxsize=None)
def cue_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(entry.split()) for entry in read_words("cues.txt") if " " in entry)


# the per-Doc list of lower-cased lemmas behind ``lemma_tokens``; the quotes stage drops it when done
LEMMAS_KEY = ("parley", "quote_lemmas")
# string key -> that string lower-cased; the keys are hashes of the strings, the same in every Doc
_LOWERED_STRINGS: dict[int, str] = {}
MAX_LOWERED_STRINGS = 100_000  # a long run starts the table afresh rather than grow it without end


def lemma_tokens(doc: Doc, words: frozenset[str] | set[str]) -> list[Token]:
    """The tokens whose lower-cased lemma is one of ``words``, in text order.

    The lemmas are read once per Doc as one array of string keys, and each key is looked up and
    lower-cased once per process, so that scanning a Doc builds no string per token.
    """
    lemmas = doc.user_data.get(LEMMAS_KEY)
    if lemmas is None or len(lemmas) != len(doc):
        lemmas = doc.user_data[LEMMAS_KEY] = [_LOWERED_STRINGS.get(key) or _lower_and_remember(doc, key)
                                              for key in doc.to_array(LEMMA).tolist()]
    tokens = doc_tokens(doc)
    return [tokens[i] for i, lemma in enumerate(lemmas) if lemma in words]


def _lower_and_remember(doc: Doc, key: int) -> str:
    if len(_LOWERED_STRINGS) >= MAX_LOWERED_STRINGS:
        _LOWERED_STRINGS.clear()
    lowered = _LOWERED_STRINGS[key] = doc.vocab.strings[key].lower()
    return lowered


def word_tokens(doc: Doc, word: str) -> list[Token]:
    """The tokens whose lower-cased text is ``word``, in text order, found by searching the text for it."""
    tokens = doc_tokens(doc)
    found = []
    for match in re.finditer(re.escape(word), doc_text(doc), re.IGNORECASE):
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 1 and span[0].lower_ == word:
            found.append(tokens[span.start])
    return found


def is_cue_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in cue_verbs()
