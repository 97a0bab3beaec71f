"""Turning a candidate into its TIMEX3 value and type, given its anchor context (:func:`normalise`).

The normaliser of each kind of candidate lives in ``calendar_dates`` (calendar
periods), ``relative`` (relative to the publication date or an anchor) or
``durations`` (durations and sets).
"""
from __future__ import annotations

from typing import Iterator

from pipeline.stages.dates.calendar_dates import (_century, _date, _decade, _financial, _half, _holiday, _nth_week,
                                                  _quarter, _season, _week_of)
from pipeline.stages.dates.context import Context, Resolved
from pipeline.stages.dates.durations import _duration, _set
from pipeline.stages.dates.relative import (_clock, _day_part, _day_part_after, _deictic, _offset, _ordinal_day, _relative,
                                            _week_at_hand, _weekday, _weekend)
from pipeline.stages.dates.spans import Candidate, find_candidates


def normalise(candidate: Candidate, context: Context) -> Resolved:
    """The TIMEX3 value and type of a candidate; value None when it cannot be resolved."""
    handler = NORMALISERS[candidate.kind]
    return handler(candidate, context)


NORMALISERS = {
    "date": _date,
    "week_of": _week_of,
    "nth_week": _nth_week,
    "decade": _decade,
    "century": _century,
    "quarter": _quarter,
    "half": _half,
    "financial": _financial,
    "relative": _relative,
    "season": _season,
    "weekday": _weekday,
    "week_at_hand": _week_at_hand,
    "ordinal_day": _ordinal_day,
    "clock": _clock,
    "weekend": _weekend,
    "holiday": _holiday,
    "deictic": _deictic,
    "day_part": _day_part,
    "day_part_after": _day_part_after,
    "offset": _offset,
    "duration": _duration,
    "set": _set,
}


def timexes(text: str, context: Context) -> Iterator[tuple[Candidate, Resolved]]:
    """Candidates with values, resolved in a fixed context (the stage threads context through itself)."""
    for candidate in find_candidates(text):
        yield candidate, normalise(candidate, context)
