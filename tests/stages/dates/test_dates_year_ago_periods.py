""""the same period last year" is one expression: the year-ago quarter of the report (models/en/temporal_rules.tsv,
pipeline/stages/dates/calendar_dates.py)."""
from __future__ import annotations

import datetime as dt

import pytest


THU = dt.date(2013, 3, 14)  # a Thursday


@pytest.mark.parametrize("text, span, value", [
    ("Orlan Steel earned $2 million in the third quarter, against $1 million in the same period last year.",
     "the same period last year", "2011-Q3"),
    ("Tesmar Mills sales rose in the third quarter from the same quarter a year earlier.",
     "the same quarter a year earlier", "2011-Q3"),
    ("Varga Bank lost money in the third quarter after a profit in the comparable period of the prior year.",
     "the comparable period of the prior year", "2011-Q3"),
    ("Orlan Steel earned more in the third quarter than in the corresponding period last year.",
     "the corresponding period last year", "2011-Q3"),
])
def test_year_ago_period_is_one_expression(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, THU)]
