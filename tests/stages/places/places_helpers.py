"""Helpers of the places stage's tests: a Doc from tagged tokens, and toponyms placed at names in a text."""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.stages.places.toponyms import Toponym


def make_doc(vocab, tokens):
    """tokens: (word, tag, pos, ent IOB) tuples; every word followed by a space."""
    words, tags, pos, ents = zip(*tokens)
    return Doc(vocab, words=list(words), tags=list(tags), pos=list(pos), ents=list(ents))


def toponyms_in(text: str, names: list[str]) -> list[Toponym]:
    """Toponyms at the first occurrence of each name, in order, looked up by their own text."""
    found, position = [], 0
    for name in names:
        start = text.index(name, position)
        found.append(Toponym(name, start, start + len(name), "ner", name))
        position = start + len(name)
    return found
