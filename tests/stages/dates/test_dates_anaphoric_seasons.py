""""that winter" is the season of the year the story last named (pipeline/stages/dates/calendar_dates.py)."""
from __future__ import annotations

import datetime as dt

import pytest


THU = dt.date(2013, 3, 14)  # a Thursday


@pytest.mark.parametrize("text, span, value", [
    ("Prices in Orlan peaked in the fall of 2008, then collapsed that winter.", "that winter", "2008-WI"),
    ("The siege of Tesmar began in 2011. That summer, the city fell.", "That summer", "2011-SU"),
    # with no year named before, it is read like "the spring"
    ("That spring was cold in Orlan, farmers said.", "That spring", "2013-SP"),
])
def test_that_season_takes_the_named_year(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, THU)]
