"""Names NER gives a person's or body's label that name no actor: a treaty or declaration ("the Ottawa
Convention"), a scraped page's label for its list of other stories ("Related Articles"), and a place named after
"the village of" or "the town of".
"""
from __future__ import annotations

from spacy.tokens import Span

from pipeline.resources import read_words
from pipeline.stages.actors.doc_view import _view

AGREEMENT_HEADS_FILE = "place_agreement_heads.txt"  # "accord", "convention", "treaty": shared with the places stage
RELATED_LABELS_FILE = "related_story_labels.txt"  # "related", "read more": shared with the events stage
SETTLEMENT_NOUNS_FILE = "actor_settlement_nouns.txt"


def names_document(ent: Span) -> bool:
    """Whether a name of several words ends with a capitalised word for an agreement ("the Ottawa Convention",
    "the Minsk Accords", "the Kyoto Protocol"): a document, which signs, says or does nothing."""
    last = ent.doc[ent.end - 1]
    return len(ent) > 1 and last.text[:1].isupper() and _view(ent.doc).lower[ent.end - 1] in read_words(
        AGREEMENT_HEADS_FILE)


def names_related_label(ent: Span) -> bool:
    """Whether a name is a scraped page's label for its links to other stories ("Related Articles", "Read More",
    ``related_story_labels.txt``), which NER may take for a name when it stands capitalised on a line."""
    words = " ".join(_view(ent.doc).lower[ent.start:ent.end]).rstrip(" :")
    return words in read_words(RELATED_LABELS_FILE)


def names_settlement(ent: Span) -> bool:
    """Whether a name follows a lower-case noun for a settlement or division and "of" ("near the village of
    Khnatsakh", "the town of Ortigueira"): the name is that place's."""
    start = ent.start + (_view(ent.doc).lower[ent.start] == "the")
    if start < 2:
        return False
    lower = _view(ent.doc).lower
    noun = ent.doc[start - 2]
    return lower[start - 1] == "of" and noun.text.islower() and lower[start - 2] in read_words(SETTLEMENT_NOUNS_FILE)
