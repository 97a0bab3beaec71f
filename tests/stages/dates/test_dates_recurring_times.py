"""The time of a recurring event ("every morning at 8 a.m.", "daily at noon") is a set, on no one calendar day
(TimeML SET; pipeline/stages/dates/__init__.py, ``RECURRING_BEFORE``)."""
from __future__ import annotations

import datetime as dt

import pytest


TUE = dt.date(2022, 3, 29)  # a Tuesday


@pytest.mark.parametrize("text, span, value, type_", [
    ("Ferries to Tarsk leave every evening at 9 p.m.", "9 p.m.", "XXXX-XX-XXT21:00", "SET"),
    ("The crossing at Orvane opens daily at 7 a.m., officials said.", "7 a.m.", "XXXX-XX-XXT07:00", "SET"),
    ("Curfew starts each night at 10 p.m.", "10 p.m.", "XXXX-XX-XXT22:00", "SET"),
    # a time of one day stays on that day
    ("The convoy reached Tarsk at 9 p.m. on Monday.", "9 p.m.", "2022-03-28T21:00", "TIME"),
])
def test_dates_recurring_times_are_sets(dated, text, span, value, type_):
    assert (span, value, type_) in [(d.text, d.value, d.type) for d in dated(text, TUE)]
