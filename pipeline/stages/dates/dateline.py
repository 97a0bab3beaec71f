"""The dateline of a wire story ("ISTANBUL, May 16 (Reuters) -"): the day the article was written.

An article often reaches us with a publication date a day or more after the day its
dateline names (time zones, late feeds, a crawler's date). Its "today", "on Friday" and
"last week" are counted from the dateline's day, so the dates stage resolves them
against that day when the article opens with one (:func:`dateline_day`).
"""
from __future__ import annotations

import datetime as dt
import re

from pipeline.stages.dates.arithmetic import parse_day

# where the dateline's date may start: a place in capitals or title case, optionally with its region or
# country, then a comma ("WASHINGTON, ", "BUDAPEST, Hungary, ", "Kyiv, "), at the very start of the text
DATELINE_PLACE = re.compile(r"\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?,\s*")
# what closes a dateline after its date: an agency in brackets or slashes ("(Reuters)", "/TASS/"), a dash
# (hyphens, en or em dash, an underscore as old wires wrote it) or a colon
DATELINE_END = re.compile(r"(?:,?\s*\d{4})?\.?\s*(?:(?:\([^()\n]{1,40}\)|/[^/\n]{1,20}/)\.?\s*(?:-{1,2}|[–—_:])?"
                          r"|(?:-{1,2}|[–—_:])(?=\s))")
# a dateline names the day of writing: on or shortly before publication (a late feed, a crawler's date), or
# the day after it across time zones; a date further off is no dateline of this article
DAYS_BEFORE_PUBLICATION = 31
DAYS_AFTER_PUBLICATION = 1


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is the dateline: a place and a comma before it at the start of the
    text, an agency or a dash right after it."""
    return bool(DATELINE_PLACE.fullmatch(text, 0, start)) and bool(DATELINE_END.match(text, end))


def dateline_day(value: str | None, published: dt.date | None) -> dt.date | None:
    """The day a dateline's value names, if it is a day near the publication date (or there is none)."""
    day = parse_day(value)
    if day is None or published is None:
        return day
    return day if -DAYS_BEFORE_PUBLICATION <= (day - published).days <= DAYS_AFTER_PUBLICATION else None
