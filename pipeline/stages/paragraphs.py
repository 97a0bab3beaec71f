"""Paragraph stage: a blank line ends a sentence, and so does a line break after a line that stands on its own, so
titles, bylines, datelines and paragraphs never run together.

It runs before the parser, which keeps sentence starts that are already set.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.stages.extensions import doc_text

# a line ending in one of these ends its sentence ("... said on Monday.\nThe talks ...")
LINE_END_MARKS = frozenset('.!?"”’)')
# a line shorter than this that ends in no punctuation is a title, byline or menu ("World | Politics", "By Ann
# Lee"), not a line of a paragraph wrapped to a fixed width, which runs to about the width (60-80 characters)
SHORT_LINE = 60
# what may open a line that starts a sentence: a capital, a digit or an opening quotation mark
OPENING_QUOTES = frozenset('"“‘\'')


@Language.component("parley_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    for start in paragraph_starts(doc):
        doc[start].is_sent_start = True
    return doc


def paragraph_starts(doc: Doc) -> list[int]:
    """Indices of the first token after every blank line (a whitespace token or trailing space with 2+ newlines),
    and after every single line break that ends a line standing on its own (``_line_ends``)."""
    if len(doc) < 2:
        return []
    # a token's trailing space (``whitespace_``) is one space or none; every other run of white space, line breaks
    # included, is a token of its own (``is_space``): only those can hold a line break
    orth, is_space, idx = doc.to_array(["ORTH", "IS_SPACE", "IDX"]).T.tolist()
    strings = doc.vocab.strings
    starts = []
    for i in range(len(doc) - 1):
        if not is_space[i]:
            continue
        breaks = strings[orth[i]].count("\n")
        if not breaks or is_space[i + 1]:
            continue
        if breaks == 1 and not _line_ends(doc_text(doc), idx[i], strings[orth[i + 1]]):
            continue
        starts.append(i + 1)
    return starts


def _line_ends(text: str, end: int, following: str) -> bool:
    """Whether a single line break at ``end`` ends a sentence: the next line opens with a capital, a digit or a
    quotation mark, and the line before ends in a full stop, question or exclamation mark (closing quotes or a
    bracket may follow), or is short and ends in a word or a number: a title, not a wrapped line. A line ending
    in a comma, colon or dash goes on ("He said:\\n'We ...'")."""
    if not (following[:1].isupper() or following[:1].isdigit() or following[:1] in OPENING_QUOTES):
        return False
    line = text[text.rfind("\n", 0, end) + 1:end].strip()
    if not line:
        return False
    if line[-1] in LINE_END_MARKS:
        return True
    return len(line) < SHORT_LINE and line[-1].isalnum()
