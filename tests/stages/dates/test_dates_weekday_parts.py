"""A weekday with its part of the day is dated to that day, as TimeBank annotates it
(pipeline/stages/dates/relative.py, ``_weekday``)."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.dates.context import Context
from pipeline.stages.dates.normalise import normalise
from pipeline.stages.dates.spans import find_candidates


WED = dt.date(2022, 3, 30)  # a Wednesday


def resolved(text: str, tense: str | None) -> list[tuple[str, str, str]]:
    return [(c.text, *normalise(c, Context(WED, tense))) for c in find_candidates(text)]


@pytest.mark.parametrize("text, tense, expected", [
    ("Gunmen stormed the depot in Orlan on Monday night.", "past",
     [("Monday night", "2022-03-28", "DATE")]),
    ("The envoy left Tesmar early Tuesday morning.", "past",
     [("early Tuesday morning", "2022-03-29", "DATE")]),
    ("The council will vote Friday evening.", "future",
     [("Friday evening", "2022-04-01", "DATE")]),
    ("Talks resumed Sunday afternoon in the capital.", "past",
     [("Sunday afternoon", "2022-03-27", "DATE")]),
    # in the plural it still recurs, with its part of the day
    ("Ferries to Orlan sail on Friday nights.", "present",
     [("Friday nights", "XXXX-WXX-5TNI", "SET")]),
    # a part of the day without a weekday keeps its part ("overnight" told in the past is last night)
    ("Shelling resumed overnight, officials said.", "past",
     [("overnight", "2022-03-29TNI", "TIME")]),
])
def test_weekday_part_of_day_is_the_day(text, tense, expected):
    assert resolved(text, tense) == expected
