"""What a relative temporal expression is resolved against, and what it resolves to.

:class:`Context` carries the publication date, the tense of the governing verb
(supplied by the dates stage) and the anchors the article set before the
expression; the tense gives the direction of a day or month named without a year
(:func:`direction_of`, :func:`year_for_month`).
"""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple


# a month named without a year is read as the coming one when it is at most this many months ahead
MONTHS_AHEAD_IN_PAST = 2
MONTHS_AHEAD_IN_PRESENT = 4


class Context(NamedTuple):
    """What a relative expression is resolved against."""

    published: dt.date | None
    tense: str | None = None  # past | completed (surely before: "since May") | present | future | None
    reference: str | None = None  # the last DATE value resolved before this one (for "a year earlier")
    reference_day: dt.date | None = None  # the last day-level date before this one (for "the next day")
    context_year: int | None = None  # a year the article itself set ("on Feb. 24, 2022, ...")
    report_quarter: str | None = None  # the last quarter named (for "the quarter", "the year-ago period")


class Resolved(NamedTuple):
    value: str | None
    type: str


def direction_of(tense: str | None) -> int:
    return {"past": -1, "completed": -1, "future": 1}.get(tense or "", 0)


def year_for_month(month: int, context: Context, day: int | None = None) -> int:
    """The year of a month (and day) given without one: the article's own year if it set one, else the
    nearest such month in the direction of the tense, else the publication year. A month named alone in the
    future tense may be the current one ("will expire at the end of May", written in May)."""
    published = context.published
    if context.context_year and context.context_year < published.year and context.tense != "future":
        return context.context_year
    direction = direction_of(context.tense)
    ahead = (month - published.month) % 12  # months from the publication month forward to this one
    if direction > 0:
        if day is None:
            return published.year if month >= published.month else published.year + 1
        if (month, day) >= (published.month, published.day):
            return published.year
        reference = context.reference_day
        if reference is not None and reference < published \
                and (published.year, month, day) >= (reference.year, reference.month, reference.day):
            # told from a day the story has gone back to ("Dec. 28 - Gazprom says it will stop supplies from
            # Jan. 1", "On Dec. 28 it said it would ... from Jan. 1", written Jan. 3): a day ahead of that narrated
            # day but before the writing is the one just past, not next year's
            return published.year
        return published.year + 1
    # past tense, or no tense: the latest such month, unless it is only a little ahead (a deadline,
    # a payment date: "payable Dec. 15", "extended to Nov. 20")
    tolerance = {"past": MONTHS_AHEAD_IN_PAST, "completed": -1}.get(context.tense or "", MONTHS_AHEAD_IN_PRESENT)
    if ahead <= tolerance:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1
