"""``Candidate``: a span that names an actor, as the finders yield it and ``merging`` merges it.
"""
from __future__ import annotations

from typing import NamedTuple


class Candidate(NamedTuple):
    """A span that names an actor, before mentions of the same actor are merged."""

    start: int  # token offsets into the Doc
    end: int
    name: str
    type: str
    country: str | None
    sector: str | None
    role: str | None
    known: bool
    key: str  # what merges mentions: the dictionary name, a person's name, or the generic phrase
    named: bool = True  # False for an unnamed actor built on an agent word ("Ukrainian forces", "a senator")
    name_start: int | None = None  # a person's: where the name begins after the title the span opens with
