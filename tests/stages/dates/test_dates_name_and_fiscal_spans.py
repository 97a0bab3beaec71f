"""Extents of two TIMEX3 conventions: "fiscal year 2013" is one expression, and a season opening a name is none."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.dates.context import Context
from pipeline.stages.dates.normalise import normalise
from pipeline.stages.dates.spans import find_candidates

TUE = dt.date(2022, 3, 29)


def spans_and_values(text: str) -> list[tuple[str, str]]:
    return [(c.text, normalise(c, Context(TUE, "past")).value) for c in find_candidates(text)]


@pytest.mark.parametrize("text, expected", [
    ("Brindle's sales fell in fiscal year 2019.", [("fiscal year 2019", "2019")]),
    ("Orvane expects a loss for the fiscal year 2021, its chief said.", [("the fiscal year 2021", "2021")]),
    ("Rents rose in calendar year 2018.", [("calendar year 2018", "2018")]),
    ("Tolk lost money in fiscal 2020.", [("fiscal 2020", "2020")]),
])
def test_fiscal_and_calendar_year_are_one_expression(text, expected):
    assert spans_and_values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Crowds visited the Summer Palace outside the city.", []),
    ("She skated at the Winter Olympics.", []),
    ("The Spring Carnival of Varno drew thousands.", []),
    # a season that names a time stays one
    ("The bridge reopened in the summer.", [("the summer", "2021-SU")]),
    ("In the spring, Varno's council voted.", [("the spring", "2022-SP")]),
    ("In the winter I stayed home.", [("the winter", "2021-WI")]),
    ("Last summer Varno's council voted.", [("Last summer", "2021-SU")]),
])
def test_season_opening_a_name_is_no_date(text, expected):
    assert spans_and_values(text) == expected
