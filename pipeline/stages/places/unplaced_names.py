"""Stretches of an article whose capitalised words are never places, however much they look like one: the people a
byline or a wire's credit line names ("By Sydney Ember", "Editing by Lincoln Feast")."""
from __future__ import annotations

import re

# one name in a credit list: capitalised words, initials and particles ("Tim Cocks", "Ali Abdelaty", "Mark van
# der Berg"); names are joined by ",", "and" or "&"
_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:(?:van|von|der|de|da|del|al|el|bin)[ \t]+)*[A-Z][\w'’.-]*)*"
# "(Reporting by X and Y in Z; Additional reporting by W; Editing by V)": what the wires put under a story
CREDIT = re.compile(rf"\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten|[Ff]act-checking)[ \t]+by[ \t]+"
                    rf"(?P<names>{_NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*){_NAME})*)")
# "By Jon Gambrell", "By Bassem Mroue and Abby Sewell | Associated Press": a byline, the whole of its line (a
# paragraph opening "By Friday, Kyiv had ..." is none)
BYLINE = re.compile(rf"^[ \t]*By[ \t]+(?P<names>{_NAME}(?:(?:[ \t]+and[ \t]+|[ \t]*&[ \t]*){_NAME})*)"
                    rf"[ \t]*(?:\|[^\n]*)?$", re.MULTILINE)


def credited_people(text: str) -> list[tuple[int, int]]:
    """Character ranges of the names a byline or a credit line gives: writers and editors, not places ("Editing by
    Lincoln Feast"; the town after "in" in "Reporting by Tim Cocks in Johannesburg" stays outside)."""
    return [match.span("names") for pattern in (CREDIT, BYLINE) for match in pattern.finditer(text)]


def overlaps(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether start..end shares a character with one of the ranges ("Aurora's" with "Vela Aurora")."""
    return any(low < end and start < high for low, high in ranges)
