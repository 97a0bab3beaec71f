"""Four-digit numbers that name a thing, not a year: TIMEX annotation leaves them untagged.

"Resolution 1701", "Flight 1549", "Route 1700", "Room 1905": a number right after a capitalised noun that takes
a number as its name (``models/en/numbered_thing_nouns.txt``) is that thing's number (the TIDES guidelines'
non-markable proper names), however year-like it looks. So is a house number before a street's name
("1600 Pennsylvania Avenue", "1912 Elm St.").
"""
from __future__ import annotations

import re

from pipeline.resources import read_words

# the capitalised noun right before a number ("Resolution 1701", "No. 1905")
WORD_BEFORE = re.compile(r"(?<![\w.'’])(?P<word>[A-Z][A-Za-z]*)\.?\s+$")
# a street's name after a number: one to three capitalised words and the kind of street
STREET_AFTER = re.compile(r"\s+(?:[A-Z][A-Za-z]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|"
                          r"Drive|Lane|Place|Square|Parkway|Terrace)(?!\w)")


def names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the four-digit number at start..end is the number of a thing named before it ("Resolution
    1701", "Flight 1549")."""
    if STREET_AFTER.match(text, end):
        return True
    match = WORD_BEFORE.search(text, max(0, start - 40), start)
    return match is not None and match.group("word").lower() in read_words("numbered_thing_nouns.txt")
