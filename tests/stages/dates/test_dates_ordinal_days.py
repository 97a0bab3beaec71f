"""A day of the month named by its ordinal alone after a preposition ("on the 25th", "by the 3rd") is that day of the
month the story last named a day in, or else of the month of writing: a month back when a past clause puts it after
the day of writing, a month on when a future clause puts it before (models/en/temporal_rules.tsv,
pipeline/stages/dates/relative.py). An ordinal before a noun ("the 16th floor") is no date."""
from __future__ import annotations

import datetime as dt

import pytest


TUE = dt.date(2024, 3, 12)  # a Tuesday


@pytest.mark.parametrize("text, span, value", [
    ("Talks in Brelin began on March 5 and ended on the 8th.", "the 8th", "2024-03-08"),
    ('"We will know on the 25th whether they mean it," a Tarsk envoy said.', "the 25th", "2024-03-25"),
    ("The Orvane vote was held on the 20th.", "the 20th", "2024-02-20"),
    ("The Orvane vote will be held on the 5th.", "the 5th", "2024-04-05"),
    ("The Kelvar bill passed on the 11th, officials said.", "the 11th", "2024-03-11"),
    ("Payments to Tarsk farmers stop after the 3rd and resume later.", "the 3rd", "2024-03-03"),
])
def test_ordinal_day_of_month(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]


@pytest.mark.parametrize("text", [
    "Mara Ilves lives on the 16th floor.",
    "The Orvane league marked the 20th anniversary of its founding.",
    "The Kelvar team moved up to the 3rd place on the 2nd try.",
])
def test_ordinal_before_a_noun_is_no_date(dated, text):
    assert [d.text for d in dated(text, TUE)] == []
