"""A page's time stamp, "8:40 AM GMT, September 29, 2024": the clock time, its day and the day's year are one
expression (TIMEX3 TIME), not a time on a day of this year and a year apart (``clock`` in
models/en/temporal_rules.tsv)."""
from __future__ import annotations

import datetime as dt

import pytest


MAR9 = dt.date(2024, 3, 9)  # a Saturday


@pytest.mark.parametrize("text, span, value", [
    ("Posted 7:15 AM GMT, October 2, 2024\n\nThe Orvane talks ended.", "7:15 AM GMT, October 2, 2024", "2024-10-02T07:15"),
    ("Updated 11:05 p.m. EDT, May 30, 2023\n\nTarsk voted.", "11:05 p.m. EDT, May 30, 2023", "2023-05-30T23:05"),
    ("Published 6 AM, Feb. 1, 2022\n\nBrelin said no.", "6 AM, Feb. 1, 2022", "2022-02-01T06:00"),
])
def test_clock_with_dated_day(dated, text, span, value):
    assert [(d.text, d.value) for d in dated(text, MAR9)][:1] == [(span, value)]
