"""A legislature named by its own name that NER left untagged ("The Polish Sejm passed the law", "the Estonian
Riigikogu voted"): a body the knowledge base knows as a country's legislature, with the nationality word before it.
"""
from __future__ import annotations

from typing import Iterator

import numpy
from spacy.attrs import ENT_IOB, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc

from pipeline.knowledge import countries
from pipeline.stages.actors.candidate import Candidate
from pipeline.stages.actors.doc_view import _view
from pipeline.stages.actors.known_names import known_facts, known_legislature_not_place

OUTSIDE_ENTITY = 2  # ENT_IOB's value for a token outside every entity


def untagged_legislatures(doc: Doc, claimed: set[int]) -> Iterator[Candidate]:
    """A capitalised proper noun outside every entity and every other actor's words that the base knows only as a
    legislature's name, and no place's ("Sejm", "Seimas", "Riigikogu", "Eduskunta"): that legislature, of the
    base's country; a nationality word or country name right before it of the same country belongs to its
    mention ("the Lithuanian Seimas")."""
    view = _view(doc)
    columns = doc.to_array([POS, ENT_IOB])
    for i in numpy.flatnonzero((columns[:, 0] == PROPN) & (columns[:, 1] == OUTSIDE_ENTITY)).tolist():
        word = view.orth[i]
        if i in claimed or not word[:1].isupper() or not known_legislature_not_place(doc, doc[i:i + 1]):
            continue
        country, sector, _ = known_facts(doc, word, "organization", None, None, None)
        if country is None:
            continue
        start = i - 1 if i > 0 and i - 1 not in claimed and countries.country_code(view.orth[i - 1]) == country else i
        yield Candidate(start, i + 1, word, "organization", country, sector or "LEG", None, False,
                        f"org:{countries.normalize(word)}")
