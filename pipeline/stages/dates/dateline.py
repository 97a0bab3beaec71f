"""The dateline of a wire story ("ISTANBUL, May 16 (Reuters) -"): the day the article was written.

An article often reaches us with a publication date a day or more after the day its
dateline names (time zones, late feeds, a crawler's date). Its "today", "on Friday" and
"last week" are counted from the dateline's day, so the dates stage resolves them
against that day when the article opens with one (:func:`dateline_day`). The dateline itself is found by
``pipeline.stages.datelines``, as for every stage.
"""
from __future__ import annotations

import datetime as dt

from pipeline.stages.dates.arithmetic import parse_day
from pipeline.stages.datelines import find_dateline

# a dateline names the day of writing: on or shortly before publication (a late feed, a crawler's date), or
# the day after it across time zones; a date further off is no dateline of this article
DAYS_BEFORE_PUBLICATION = 31
DAYS_AFTER_PUBLICATION = 1


def dateline_date_start(text: str) -> int | None:
    """Where the date of the article's dateline starts, if it has one with a date (``pipeline.stages.datelines``,
    the one dateline parser every stage reads)."""
    dateline = find_dateline(text)
    return dateline.date_start if dateline is not None else None


def dateline_day(value: str | None, published: dt.date | None) -> dt.date | None:
    """The day a dateline's value names, if it is a day near the publication date (or there is none)."""
    day = parse_day(value)
    if day is None or published is None:
        return day
    return day if -DAYS_BEFORE_PUBLICATION <= (day - published).days <= DAYS_AFTER_PUBLICATION else None
