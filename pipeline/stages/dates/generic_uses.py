"""Temporal words used generically, which TimeML leaves untagged: they name no time of their own.

"today's youth", "in today's world", "by today's standards": "today" means "in our time", and the TIMEX3
guidelines mark only expressions that point at a time. The nouns that make "today's" generic are
``models/en/generic_today_nouns.txt``.
"""
from __future__ import annotations

import re

from pipeline.resources import read_words

# "today's" and the word after it (an adjective may come between: "today's young people")
TODAY_POSSESSIVE = re.compile(r"['’]s\s+(?:[a-z]+\s+)?([a-z]+)\b")


def is_generic_today(text: str, start: int, end: int) -> bool:
    """Whether "today" at start..end is the possessive of a generic phrase ("today's world", "today's young
    voters"), not the day of writing."""
    if text[start:end].lower() != "today":
        return False
    following = TODAY_POSSESSIVE.match(text, end)
    if following is None:
        return False
    words = following.group(0).split()[1:]
    return any(word.lower() in read_words("generic_today_nouns.txt") for word in words)
