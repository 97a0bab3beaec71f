"""Finding quoted passages by their quotation marks, paragraph by paragraph, in plain text.

A pure text scanner (no spaCy): it returns the outermost quoted segments with
their marks. Every paragraph starts afresh, so one stray or missing mark costs
at most the quote it belongs to, never the article's other quotes. A quote still
open at the end of a paragraph is kept only when the next paragraph opens with a
quotation mark (the newswire convention for quotes running over paragraphs).
English double marks (curly, straight, doubled apostrophes) pair with one another
by the side they stand on, not by their glyph, so that a quote opened with one
style and closed with another (``“We are ready," she said. "Now."``) still pairs.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

PARAGRAPH = re.compile(r"[^\n]+")

# opening mark -> the marks that close it
DOUBLE_PAIRS = {"“": "”", "„": "“”", "«": "»", "»": "«", '"': '"', "''": "''", "``": "''"}
SINGLE_PAIRS = {"‘": "’", "'": "'", "‹": "›"}
OPENING_MARKS = tuple(DOUBLE_PAIRS) + tuple(SINGLE_PAIRS)
# English double marks that pair with one another, whatever the style; and the side each leans to
# when its neighbours do not tell ("“" opens, "”" closes, a straight mark depends on what is open)
INTERCHANGEABLE = {"“": "open", "„": "open", "``": "open", "”": "close", '"': None, "''": None}
# what may stand right after a closing mark (or before an opening one) in place of a space
AFTER_CLOSING = ".,;:!?)]}—–-…"
BEFORE_OPENING = "([{—–-/:"
# longest first, so that '' is read as one mark and not two apostrophes
MARK = re.compile(r"``|''|[“”„«»\"‘’'‹›]")


class QuoteMarks(NamedTuple):
    """A quoted segment: ``start``..``end`` includes the marks; ``continued`` when it runs into the next paragraph."""

    start: int
    end: int
    continued: bool = False


def _is_letter(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalnum()


def _may_open(text: str, mark: str, start: int, end: int) -> bool:
    """Single marks and straight quotes open only before a word and after a space or bracket."""
    before_ok = start == 0 or text[start - 1].isspace() or text[start - 1] in "([{—–-/:"
    after = text[end] if end < len(text) else ""
    if mark in ("'", "‘"):
        return before_ok and (after.isalnum() or after in "$…")
    if mark == '"':
        return before_ok or not _is_letter(text, start - 1)
    return True


def _may_close(text: str, mark: str, start: int, end: int) -> bool:
    """A single mark closes only after a non-space and before a non-letter (so "don't" and "Clinton’s" stay words)."""
    if mark in ("'", "’"):
        return start > 0 and not text[start - 1].isspace() and not _is_letter(text, end)
    return True


def double_side(text: str, mark: str, start: int, end: int, open_double: bool) -> str:
    """Whether an English double mark opens or closes: space (or an opening bracket) before and a word
    after opens, a word before and space (or punctuation) after closes; when the neighbours do not tell,
    the glyph does, and a straight mark closes only while a double quote is open."""
    space_before = start == 0 or text[start - 1].isspace() or text[start - 1] in BEFORE_OPENING
    space_after = end == len(text) or text[end].isspace() or text[end] in AFTER_CLOSING
    if space_before != space_after:
        return "open" if space_before else "close"
    return INTERCHANGEABLE[mark] or ("close" if open_double else "open")


def _closers(opener: str) -> str:
    return DOUBLE_PAIRS.get(opener) or SINGLE_PAIRS.get(opener, "")


def paragraph_marks(paragraph: str) -> tuple[list[tuple[int, int]], int | None]:
    """Closed outermost segments of one paragraph, and where an unclosed outermost quote opened."""
    segments: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # (opening mark, offset), outermost first
    for match in MARK.finditer(paragraph):
        mark, start, end = match.group(), match.start(), match.end()
        if mark in INTERCHANGEABLE:
            doubles = [depth for depth, (opener, _) in enumerate(stack) if opener in INTERCHANGEABLE]
            side = double_side(paragraph, mark, start, end, bool(doubles))
            if side == "close" and doubles:
                # the innermost double quote open, and any single quote left open inside it
                outermost = stack[0][1]
                del stack[doubles[-1]:]
                if not stack:
                    segments.append((outermost, end))
            elif side == "open" and mark != "”":  # a closing curly mark never opens
                if len(stack) == 1 and mark == stack[0][0] and mark in ("“", "„"):
                    # the same curly opener again before any closer: the first one was stray
                    stack[0] = (mark, start)
                else:
                    stack.append((mark, start))
            continue
        closed = [depth for depth, (opener, _) in enumerate(stack) if mark in _closers(opener)]
        if closed and _may_close(paragraph, mark, start, end):
            # the innermost quote it closes; a double mark may also close a nested single quote left open
            depth = closed[-1]
            if depth == len(stack) - 1 or mark not in SINGLE_PAIRS and mark != "’":
                outermost = stack[0][1]
                del stack[depth:]
                if not stack:
                    segments.append((outermost, end))
                continue
        if mark not in OPENING_MARKS or not _may_open(paragraph, mark, start, end):
            continue
        if len(stack) == 1 and mark == stack[0][0] and mark == "«":
            stack[0] = (mark, start)  # the same opener again before any closer: the first one was stray
        else:
            stack.append((mark, start))
    return segments, (stack[0][1] if stack else None)


def find_quote_marks(text: str) -> Iterator[QuoteMarks]:
    """Outermost quoted segments of ``text``, in order, each inside one paragraph."""
    paragraphs = list(PARAGRAPH.finditer(text))
    for index, paragraph in enumerate(paragraphs):
        base = paragraph.start()
        segments, open_at = paragraph_marks(paragraph.group())
        for start, end in segments:
            yield QuoteMarks(base + start, base + end)
        if open_at is None:
            continue
        following = paragraphs[index + 1].group().lstrip() if index + 1 < len(paragraphs) else ""
        if following.startswith(OPENING_MARKS):
            yield QuoteMarks(base + open_at, base + len(paragraph.group().rstrip()), continued=True)
