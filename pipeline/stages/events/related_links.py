"""Lines of a scraped page that link to other stories ("Related: ...", "READ MORE: ...", or a "Related coverage"
line over a list of headlines): their headlines tell other news, so no event is read from them."""
from __future__ import annotations

import functools
import re

from pipeline.resources import read_words

RELATED_LABELS_FILE = "related_story_labels.txt"
LINE = re.compile(r"[^\n]*")
SENTENCE_END = re.compile(r"[.!?\"'”’)]\s*$")  # a headline ends with none of these; a paragraph does


@functools.lru_cache(maxsize=None)
def related_labels() -> tuple[str, ...]:
    """The labels, longest first, so "related coverage" is tried before "related"."""
    return tuple(sorted(read_words(RELATED_LABELS_FILE), key=len, reverse=True))


def related_link_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines that link to other stories: a line opening with a label and a colon ("Related:
    Ethiopia, Eritrea trade accusations"), and after a line holding only a label ("Related coverage"), each
    following line that does not end like a sentence (a headline), up to the first one that does."""
    spans = []
    listing = False
    for line in LINE.finditer(text):
        words = line.group().strip()
        if not words:
            continue
        label = label_of(words)
        if label is not None and words.lower().rstrip(":").strip() == label:
            spans.append(line.span())
            listing = True
        elif label is not None and words[len(label):].lstrip().startswith(":"):
            spans.append(line.span())
            listing = False
        elif listing and not SENTENCE_END.search(words):
            spans.append(line.span())
        else:
            listing = False
    return spans


def label_of(line: str) -> str | None:
    """The label a line opens with, as a whole word ("Related:", "READ MORE"), else None."""
    lowered = line.lower()
    return next((label for label in related_labels() if lowered.startswith(label)
                 and (len(lowered) == len(label) or not lowered[len(label)].isalnum())), None)


def in_related_links(spans: list[tuple[int, int]], char: int) -> bool:
    """Whether the character at ``char`` lies on a line linking to another story."""
    return any(start <= char < end for start, end in spans)
