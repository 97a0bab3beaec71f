"""Calendar arithmetic of the temporal values (pipeline/stages/dates/arithmetic.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.dates.arithmetic import holiday_date


@pytest.mark.parametrize("code, year, expected", [
    ("EASTER:0", 2000, dt.date(2000, 4, 23)),
    ("EASTER:0", 2024, dt.date(2024, 3, 31)),
    ("NTH:11:4:4", 1999, dt.date(1999, 11, 25)),
    ("ELECTION", 1998, dt.date(1998, 11, 3)),
    ("LAST:5:1", 2022, dt.date(2022, 5, 30)),
])
def test_timex_holiday_dates(code, year, expected):
    assert holiday_date(code, year) == expected
