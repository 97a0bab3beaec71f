"""A weekday followed by the week it falls in ("Friday next week", "Monday of last week") is that weekday of
that week, counted from the day of writing (models/en/temporal_rules.tsv, pipeline/stages/dates/relative.py)."""
from __future__ import annotations

import datetime as dt

import pytest


TUE = dt.date(2025, 5, 20)  # a Tuesday


@pytest.mark.parametrize("text, span, value", [
    ("The Orvane ministers will meet in Lisbon on Friday next week.", "Friday next week", "2025-05-30"),
    ("Talks with Kelvaria resume on Sunday next week.", "Sunday next week", "2025-06-01"),
    ("The Tarsk envoys met on Friday last week.", "Friday last week", "2025-05-16"),
    ("Brelin's cabinet met on Monday of last week.", "Monday of last week", "2025-05-12"),
    ("The Orvane council voted on Monday this week.", "Monday this week", "2025-05-19"),
    # a week named in a possessive starts a phrase of its own
    ("Mara Ilves said on Friday last week's vote was void.", "Friday", "2025-05-16"),
])
def test_weekday_of_named_week(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]
