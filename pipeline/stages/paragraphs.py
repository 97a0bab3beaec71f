"""Paragraph stage: a blank line ends a sentence, so titles, datelines and paragraphs never run together.

It runs before the parser, which keeps sentence starts that are already set.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("parley_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    for start in paragraph_starts(doc):
        doc[start].is_sent_start = True
    return doc


def paragraph_starts(doc: Doc) -> list[int]:
    """Indices of the first token after every blank line (a whitespace token or trailing space with 2+ newlines)."""
    starts = []
    for token in doc[:-1]:
        gap = token.text if token.is_space else token.whitespace_
        if gap.count("\n") >= 2 and not doc[token.i + 1].is_space:
            starts.append(token.i + 1)
    return starts
