"""Ranges of days written with a dash ("May 15-16"): each day a date of its own (pipeline/stages/dates/spans.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.dates.context import Context
from pipeline.stages.dates.normalise import normalise
from pipeline.stages.dates.spans import find_candidates


TUE = dt.date(2022, 3, 29)  # a Tuesday


def dates(text: str, tense: str | None = None) -> list[tuple[str, str | None]]:
    return [(c.text, r.value) for c, r in ((c, normalise(c, Context(TUE, tense=tense))) for c in find_candidates(text))
            if r.type == "DATE"]


@pytest.mark.parametrize("text, tense, expected", [
    ("Talks will be held in Orlan on May 15-16.", "future", [("May 15", "2022-05-15"), ("16", "2022-05-16")]),
    ("The summit met in Varnok on Sept. 3–5, 2020.", "past", [("Sept. 3", "2020-09-03"), ("5, 2020", "2020-09-05")]),
    ("The fair ran from March 5-7 in Tallor.", "past", [("March 5", "2022-03-05"), ("7", "2022-03-07")]),
    # the day before the month
    ("Talks will be held in Orlan on 15-16 May.", "future", [("15", "2022-05-15"), ("16 May", "2022-05-16")]),
    ("The summit met in Varnok on 3–5 September 2020.", "past", [("3", "2020-09-03"), ("5 September 2020", "2020-09-05")]),
])
def test_day_range_with_a_dash_is_two_dates(text, tense, expected):
    assert dates(text, tense) == expected


@pytest.mark.parametrize("text", [
    "The vote may 3-5 percent of the seats.",    # "may" the modal
    "Call 555-1990 for tickets.",                 # no month
    "Read chapter May 12-3 of the report.",       # the second number is no later day
    "The 12-3 May ruling stands.",                 # nor here
    "The index fell 4.3% on a 2-1 vote.",          # no month
])
def test_day_range_needs_a_month_and_a_later_day(text):
    assert [span for span, _ in dates(text) if "-" in span or span.isdigit()] == []
    assert not [span for span, _ in dates(text) if span.lower().startswith("may")]
