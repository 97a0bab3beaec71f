"""Durations and sets (pipeline/stages/dates/durations.py)."""
from __future__ import annotations

import pytest

from pipeline.stages.dates.durations import duration_value


@pytest.mark.parametrize("amount, unit, expected", [
    (3, "D", "P3D"), (2.5, "Y", "P2Y6M"), (None, "Y", "PXY"), (5, "H", "PT5H"), (2, "DE", "P20Y"), (1, "Q", "P1Q"),
])
def test_timex_duration_values(amount, unit, expected):
    assert duration_value(amount, unit) == expected
