"""Numeric dates in the other common orders: year first with slashes ("2025/05/16"), day first with slashes when
the first number cannot be a month ("16/05/2025"), and day first with dots ("16.05.2025"). Before, each gave the
year alone or nothing (models/en/temporal_rules.tsv)."""
from __future__ import annotations

import datetime as dt

import pytest


TUE = dt.date(2025, 5, 20)  # a Tuesday


@pytest.mark.parametrize("text, span, value", [
    ("The Orvane ministry published the figures on 2025/05/16.", "2025/05/16", "2025-05-16"),
    ("The Orvane ministry published the figures on 16/05/2025.", "16/05/2025", "2025-05-16"),
    ("The Tarsk court ruled on 16.05.2025 in Brelin.", "16.05.2025", "2025-05-16"),
    ("The Tarsk court ruled on 6.5.2025, its clerk said.", "6.5.2025", "2025-05-06"),
    # a first number that can be a month keeps the American reading
    ("The Orvane ministry published the figures on 05/06/2025.", "05/06/2025", "2025-05-06"),
])
def test_numeric_date_orders(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]


@pytest.mark.parametrize("text", [
    "Kelvar released version 2.16.2025 of its app.",
    "Kelvar released version 1.2.2025.4 of its app.",
    "The Tarsk side led 16/05 at half time.",
])
def test_version_numbers_and_scores_are_no_dates(dated, text):
    assert [d.text for d in dated(text, TUE) if d.type == "DATE"] == []
