"""A weekday that opens a name is no date (pipeline/stages/dates/spans.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.dates.context import Context
from pipeline.stages.dates.normalise import normalise
from pipeline.stages.dates.spans import find_candidates


TUE = dt.date(2022, 3, 29)  # a Tuesday


def date_spans(text: str) -> list[str]:
    return [c.text for c in find_candidates(text) if normalise(c, Context(TUE)).type == "DATE"]


@pytest.mark.parametrize("text, dates", [
    # "the <weekday>" before a capitalised word opens a name
    ("The Sunday Chronicle reported that the talks in Orlan had failed.", []),
    ("He told the Sunday Herald about the ceasefire.", []),
    ("Worshippers gathered at the Friday Mosque in Tesmar.", []),
    # a date word after it, a preposition of time before it, or a lower-case noun keep it a day
    ("The Monday March 7 vote was delayed.", ["Monday March 7"]),
    ("On the Sunday President Varga arrived in Orlan.", ["Sunday"]),
    ("The Monday vote was delayed.", ["Monday"]),
])
def test_weekday_opening_a_name_is_no_date(text, dates):
    assert date_spans(text) == dates
