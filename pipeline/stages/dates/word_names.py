"""Day words written as part of a name, which TimeML leaves untagged: they name no time.

"USA Today", "NBC's Today show", "The Tonight Show", "Apocalypse Now": inside a sentence a one-word deictic
("today", "tomorrow", "now", "tonight") is written in lower case; written with a capital there, after a word
or a comma rather than at a sentence's, quotation's or clause's opening, it is part of a title or name (the
TIDES guidelines' non-markable proper names). A headline, where every word is capitalised, keeps its dates.

Months are first names too ("June Carter", "April Ryan", "August Wilson"): a bare month right before a
capitalised word is a person's name unless a word that introduces a time ("in", "since", "by": the lexicon's
``month_triggers``) or a determiner ("the June Fed meeting": the meeting in June) comes before it.

A holiday or a capitalised time of day is the first word of a place's, an event's or a paper's name
("Christmas Island", "the Good Friday Agreement", "the Evening Standard", "Midnight Mass") when a capitalised
word follows it outside a headline (pipeline/stages/dates/spans.py, ``opens_a_name``).
"""
from __future__ import annotations

import re

from pipeline.stages.dates.rules import lexicon

# what may come right before a capitalised day word that still opens a sentence, a quotation or a clause:
# sentence ends, line ends (a title line above the text has no full stop), quotation marks (also the wire's ``),
# brackets, colons and dashes (also the wire's "_")
OPENING = re.compile(r"(?:^|\n|[.!?\"“”‘'`(\[:;—–_-]|--)\s*$")
WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _is_headline(line: str) -> bool:
    """A line whose words of four or more letters are all capitalised ("Talks Resume Today in Geneva")."""
    long_words = [word for word in WORD.findall(line) if len(word) >= 4]
    return len(long_words) >= 2 and all(word[0].isupper() for word in long_words)


def is_name_word(text: str, start: int, end: int) -> bool:
    """Whether the one-word day expression at start..end is written as part of a name ("USA [Today]")."""
    word = text[start:end]
    if not (word[:1].isupper() and word[1:].islower()) or not word.isalpha():
        return False
    before = text[max(0, start - 40):start]
    if OPENING.search(before):
        return False
    return not in_headline(text, start, end)


def in_headline(text: str, start: int, end: int) -> bool:
    """Whether start..end stands in a headline, a line whose every long word is capitalised."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _is_headline(text[line_start:line_end if line_end >= 0 else len(text)])


# the capitalised word after a month that may be a surname: not a day, month, time word or "I"
NEXT_NAME_WORD = re.compile(r"[ \t]+(?!I\b)([A-Z][a-z]+)\b")
DETERMINERS = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "s"}


def is_first_name_month(text: str, start: int, end: int) -> bool:
    """Whether the bare month at start..end is a first name ("met [June] Carter")."""
    following = NEXT_NAME_WORD.match(text, end)
    if following is None:
        return False
    lex = lexicon()
    word = following.group(1).lower()
    if word in lex["months"] or word in lex["weekdays"] or word in lex["parts_of_day"]:
        return False
    previous = re.search(r"([\w'’]+)\W*$", text[max(0, start - 30):start])
    previous_word = previous.group(1).lower().split("'")[-1].split("’")[-1] if previous else ""
    return previous_word not in lex["month_triggers"] and previous_word not in DETERMINERS
