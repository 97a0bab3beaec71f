"""Day words written as part of a name, which TimeML leaves untagged: they name no time.

"USA Today", "NBC's Today show", "The Tonight Show", "Apocalypse Now": inside a sentence a one-word deictic
("today", "tomorrow", "now", "tonight") is written in lower case; written with a capital there, after a word
or a comma rather than at a sentence's, quotation's or clause's opening, it is part of a title or name (the
TIDES guidelines' non-markable proper names). A headline, where every word is capitalised, keeps its dates.
"""
from __future__ import annotations

import re

# what may come right before a capitalised day word that still opens a sentence, a quotation or a clause:
# sentence ends, quotation marks (also the wire's ``), brackets, colons and dashes (also the wire's "_")
OPENING = re.compile(r"(?:^|[.!?\"“”‘'`(\[:;—–_-]|--)\s*$")
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
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not _is_headline(text[line_start:line_end if line_end >= 0 else len(text)])
