"""Plural periods placed only vaguely before or after the day of writing ("coming quarters", "recent decades",
"past years", "a later date") are PAST_REF / FUTURE_REF dates, as "coming months" and "recent years" are."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.dates.context import Context
from pipeline.stages.dates.normalise import normalise
from pipeline.stages.dates.spans import find_candidates

TUE = dt.date(2022, 3, 29)


@pytest.mark.parametrize("text, expected", [
    ("Orvane expects weaker sales in coming quarters.", [("coming quarters", "FUTURE_REF", "DATE")]),
    ("Orvane expects weaker sales in the coming quarters.", [("the coming quarters", "FUTURE_REF", "DATE")]),
    ("Tolk's port will grow in the coming decades.", [("the coming decades", "FUTURE_REF", "DATE")]),
    ("Margins at Orvane narrowed in recent quarters.", [("recent quarters", "PAST_REF", "DATE")]),
    ("The Varno river has flooded often in recent decades.", [("recent decades", "PAST_REF", "DATE")]),
    ("There were such floods in past years, too.", [("past years", "PAST_REF", "DATE")]),
    # a date left for later is as vague
    ("Orvane will sell the shares at a later date.", [("a later date", "FUTURE_REF", "DATE")]),
    ("The Varno talks were put off to a future date.", [("a future date", "FUTURE_REF", "DATE")]),
])
def test_vague_plural_periods(text, expected):
    context = Context(TUE, None)
    assert [(c.text, *normalise(c, context)) for c in find_candidates(text)] == expected
