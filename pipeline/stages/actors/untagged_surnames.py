"""A person's surname that NER left untagged later in the article ("Kenyan Foreign Minister Ruto Kamau said ...
Kamau told reporters"): a mention of that person."""
from __future__ import annotations

from typing import Iterator

import numpy
from spacy.attrs import ENT_IOB, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc

from pipeline.stages.actors.candidate import Candidate
from pipeline.stages.actors.doc_view import _view
from pipeline.stages.actors.lexicon import text_country

OUTSIDE_ENTITY = 2  # ENT_IOB's value for a token outside every entity


def untagged_surnames(doc: Doc, people: list[Candidate], claimed: set[int]) -> Iterator[Candidate]:
    """A lone capitalised proper noun outside every entity that is the last word of the name of exactly one person
    named before it, in two words or more, is that person; not a word that names a country or a city, nor one
    standing next to another proper noun (part of another name)."""
    surnames: dict[str, set[str]] = {}  # surname -> keys of the people who bear it
    first: dict[str, int] = {}  # surname -> where its first bearer is named
    view = _view(doc)
    for person in people:
        words = view.orth[person.name_start if person.name_start is not None else person.start:person.end]
        if len(words) >= 2 and person.named and words[-1][:1].isupper():
            surnames.setdefault(words[-1], set()).add(person.key)
            first[words[-1]] = min(first.get(words[-1], person.start), person.start)
    if not surnames:
        return
    columns = doc.to_array([POS, ENT_IOB])
    by_key = {person.key: person for person in people}
    for i in numpy.flatnonzero((columns[:, 0] == PROPN) & (columns[:, 1] == OUTSIDE_ENTITY)).tolist():
        word = view.orth[i]
        keys = surnames.get(word)
        if not keys or len(keys) > 1 or i in claimed or i <= first[word] or text_country(word):
            continue
        if any(0 <= j < len(doc) and view.pos[j] == PROPN and j not in claimed for j in (i - 1, i + 1)):
            continue
        person = by_key[next(iter(keys))]
        yield person._replace(start=i, end=i + 1, name=word, name_start=i)
