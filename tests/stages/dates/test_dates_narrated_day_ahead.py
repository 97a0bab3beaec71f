"""A month and day told in the future from a day the story has gone back to (a timeline's entry, "On Dec. 29 the
firm said it would ... from Jan. 2") lies after that day; when that puts it just before the writing, it is the one
just past, not next year's (pipeline/stages/dates/context.py, ``year_for_month``)."""
from __future__ import annotations

import datetime as dt

import pytest


JAN6 = dt.date(2026, 1, 6)  # a Tuesday
MAR9 = dt.date(2024, 3, 9)  # a Saturday


@pytest.mark.parametrize("text, published, span, value", [
    ("Dec. 29 - Norvik Power says it will cut supplies to Tarsk from Jan. 2.", JAN6, "Jan. 2", "2026-01-02"),
    ("On Dec. 30, the Orvane ministry said the new tariff would apply from Jan. 3.", JAN6, "Jan. 3", "2026-01-03"),
    ("March 2 - The Brelin council says it will vote on the budget on March 5.", MAR9, "March 5", "2024-03-05"),
    # with no day narrated before it, a future day already past this year is next year's
    ("Norvik Power says it will cut supplies to Tarsk from Jan. 2.", JAN6, "Jan. 2", "2027-01-02"),
    # a future day after the writing is unaffected
    ("Dec. 29 - Norvik Power says it will cut supplies to Tarsk from Jan. 12.", JAN6, "Jan. 12", "2026-01-12"),
    # a day before the narrated one is still next year's
    ("On Jan. 4 the firm said it would resume deliveries on Jan. 2.", JAN6, "Jan. 2", "2027-01-02"),
])
def test_narrated_day_ahead(dated, text, published, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, published)]
