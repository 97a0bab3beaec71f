"""Names NER missed that the grammar says are people's: two to four capitalised proper nouns outside every entity
that a relative "who" describes ("Corneille Nangaa, who leads the alliance, tells reporters ..."), as only a person
(or a people) is described."""
from __future__ import annotations

import numpy
from spacy.attrs import POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from pipeline.stages.actors.lexicon import text_country

MIN_WORDS, MAX_WORDS = 2, 4


def who_names(doc: Doc, taken: set[int]) -> list[Span]:
    """The names of ``taken``-free proper nouns that a relative "who" describes; none that names a place."""
    names = []
    for i in numpy.flatnonzero(doc.to_array(POS) == PROPN).tolist():
        token = doc[i]
        if i in taken or token.dep_ in {"compound", "flat"} or not _described_by_who(token):
            continue
        start = i  # the proper nouns that build the name ("Corneille" of "Corneille Nangaa"), not a time before it
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ in {"compound", "flat"} \
                and start <= doc[start - 1].head.i <= i:
            start -= 1
        name = doc[start:i + 1]
        if not MIN_WORDS <= len(name) <= MAX_WORDS or any(
                t.pos_ != "PROPN" or not t.text[:1].isupper() or t.text.isupper() or t.i in taken
                or text_country(t.text) for t in name):
            continue
        names.append(Span(doc, name.start, name.end, label="PERSON"))
    return names


def _described_by_who(token: Token) -> bool:
    """Whether ", who ..." follows the name, as a relative clause on it."""
    return any(child.dep_ == "relcl" and any(t.lower_ == "who" for t in child.children) for child in token.rights)
