"""A past event placed at a month or day by its own verb ("met in May") lies before the day of writing, even when
that month is only a little ahead in the calendar; a month dating a noun keeps the old reading."""
from __future__ import annotations

import datetime as dt

import pytest


TUE = dt.date(2022, 3, 29)  # a Tuesday in March


@pytest.mark.parametrize("text, span, value", [
    # told in the past, placed by its verb: last year's May
    ("The Varno council met in May.", "May", "2021-05"),
    ("Mr. Tolk resigned in May after the audit.", "May", "2021-05"),
    ("Ms. Orvane was elected on May 3.", "May 3", "2021-05-03"),
    # a month further ahead was already read as past
    ("The Varno council met in June.", "June", "2021-06"),
    # a date of a noun, or of a limit, in a past sentence may still lie ahead
    ("Brindle announced a price rise in May for its customers.", "May", "2022-05"),
    ("The offer was extended to May 3.", "May 3", "2022-05-03"),
    # the present and future are unchanged
    ("The Varno council meets in May.", "May", "2022-05"),
    ("The Varno council will meet in May.", "May", "2022-05"),
])
def test_past_event_month_lies_behind(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]
