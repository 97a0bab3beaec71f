"""A weekday hanging on a finite present verb is a timetable ("the talks, which open on Monday", "voters go to the
polls on Sunday"): a day earlier in the week of writing so told is the coming one, not this week's past one
(pipeline/stages/dates/tense.py, "timetable"; relative.py, ``_weekday``)."""
from __future__ import annotations

import datetime as dt

import pytest


WED = dt.date(2025, 3, 12)  # a Wednesday
SUN = dt.date(2025, 3, 16)  # a Sunday


@pytest.mark.parametrize("text, published, span, value", [
    ("The Orvane talks, which open on Monday in Geneva, are the first in a year.", WED, "Monday", "2025-03-17"),
    ("Tarsk's parliament sits on Tuesday to debate the budget.", WED, "Tuesday", "2025-03-18"),
    ("Voters in Brelin go to the polls on Monday.", SUN, "Monday", "2025-03-17"),
    # a day later in the week, or the day of writing, stays in the week
    ("The summit ends on Saturday.", WED, "Saturday", "2025-03-15"),
    ("The envoys meet on Wednesday.", WED, "Wednesday", "2025-03-12"),
    # the past tense is unaffected, and so is a day that hangs on a noun, not on the present verb
    ("The Orvane talks opened on Monday in Geneva.", WED, "Monday", "2025-03-10"),
    ("A statement from Orvane on Monday says the talks failed.", WED, "Monday", "2025-03-10"),
])
def test_timetable_present(dated, text, published, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, published)]
