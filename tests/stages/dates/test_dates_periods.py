"""TIMEX3 values of calendar periods named with a possessive year or a round number: halves, centuries, decades
(models/en/temporal_rules.tsv, pipeline/stages/dates/calendar_dates.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.dates.context import Context
from pipeline.stages.dates.normalise import normalise
from pipeline.stages.dates.spans import find_candidates


THU = dt.date(2013, 3, 14)  # a Thursday


def resolved(text: str, tense: str | None = "past") -> list[tuple[str, str]]:
    return [(c.text, normalise(c, Context(THU, tense)).value) for c in find_candidates(text)]


@pytest.mark.parametrize("text, expected", [
    # a half of a year named by its year in the possessive is one expression
    ("The Orlan fund grew 8 percent in 2012's first half.", [("2012's first half", "2012-H1")]),
    ("Tesmar Mills expects sales to rise in this year's second half.", [("this year's second half", "2013-H2")]),
    ("Orders at Varga Steel fell in last year's first half.", [("last year's first half", "2012-H1")]),
    ("Output will rise in the second half of next year.", [("the second half of next year", "2014-H2")]),
])
def test_half_of_a_named_year(text, expected):
    assert resolved(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a round hundred before 2000 names a century
    ("The Orlan mill was founded in the 1800s.", [("the 1800s", "18")]),
    ("Tesmar grew fast in the early 1900s.", [("the early 1900s", "19")]),
    # other decades, and the 2000s, stay decades
    ("The bridge was built in the 1950s.", [("the 1950s", "195")]),
    ("Trade with Orlan boomed in the 2000s.", [("the 2000s", "200")]),
])
def test_round_hundreds_are_centuries(text, expected):
    assert resolved(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a part of the current decade or century, like "the end of the year"
    ("By the end of the decade, Orlan could double its output.", [("the end of the decade", "201")]),
    ("The Tesmar plant will close by the end of the century.", [("the end of the century", "20")]),
    ("At the start of the decade, prices in Orlan fell.", [("the start of the decade", "201")]),
    # "the decade" alone names no time
    ("The decade ended badly for Tesmar.", []),
])
def test_part_of_the_current_decade(text, expected):
    assert resolved(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fraction of a year, decade or century ago is counted in the next smaller unit
    ("The Orlan mine closed a year and a half ago.", [("a year and a half ago", "2011-09")]),
    ("The siege of Tesmar began two and a half years ago.", [("two and a half years ago", "2010-09")]),
    ("The siege of Tesmar began 2 1/2 years ago.", [("2 1/2 years ago", "2010-09")]),
    ("The Varga firm was set up a decade and a half ago.", [("a decade and a half ago", "1998")]),
    # whole units as before
    ("The Orlan plant opened 18 months ago.", [("18 months ago", "2011-09")]),
    ("The accord was signed a decade ago.", [("a decade ago", "2003")]),
    # with a signal after it, it is a duration
    ("A year and a half later, the rebels returned to Orlan.", [("A year and a half", "P1Y6M")]),
])
def test_fractions_ago(text, expected):
    assert resolved(text) == expected
