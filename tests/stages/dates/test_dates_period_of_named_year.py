"""A quarter or season "of this / last / next year" is one expression with that year's value
(models/en/temporal_rules.tsv, rules "quarter" and "season"; pipeline/stages/dates/calendar_dates.py).

TIDES/TimeML take a part of a period named "of" a larger one as one expression ("the first half of next year",
"the summer of 1998"); the year named relative to the day of writing gives the part its year.
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.dates.context import Context
from pipeline.stages.dates.normalise import normalise
from pipeline.stages.dates.spans import find_candidates


TUE = dt.date(2022, 3, 29)  # a Tuesday


def dates(text: str) -> list[tuple[str, str | None]]:
    resolved = ((candidate, normalise(candidate, Context(TUE))) for candidate in find_candidates(text))
    return [(candidate.text, value.value) for candidate, value in resolved if value.type == "DATE"]


@pytest.mark.parametrize("text, expected", [
    # a quarter of the year named from the day of writing
    ("Output in Corvania will rise in the fourth quarter of this year.", [("the fourth quarter of this year", "2022-Q4")]),
    ("Exports fell in the second quarter of last year.", [("the second quarter of last year", "2021-Q2")]),
    ("The mill will report on the first quarter of next year.", [("the first quarter of next year", "2023-Q1")]),
    # a season of the year named so
    ("Talks in Orlan began in the spring of last year.", [("the spring of last year", "2021-SP")]),
    ("The envoys will meet again in the autumn of next year.", [("the autumn of next year", "2023-FA")]),
    ("Harvests failed in the summer of this year.", [("the summer of this year", "2022-SU")]),
    # the forms that were read already stay as they were
    ("Output fell in the second quarter of 1990.", [("the second quarter of 1990", "1990-Q2")]),
    ("Talks began in the spring of 2019.", [("the spring of 2019", "2019-SP")]),
    # "the last / final quarter of" a year is its fourth
    ("Output fell in the last quarter of 2021.", [("the last quarter of 2021", "2021-Q4")]),
    ("Output will rise in the final quarter of this year.", [("the final quarter of this year", "2022-Q4")]),
    # a season "of" something that is no year is no date
    ("The spring of hope gave way to the winter of despair.", []),
])
def test_period_of_a_named_year_is_one_expression(text, expected):
    assert dates(text) == expected
