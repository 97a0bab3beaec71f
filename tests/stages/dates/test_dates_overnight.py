""""overnight" told in the past is last night, the night before the day of writing; told in the present or the
future it is tonight (models/en/temporal_lexicon.json, pipeline/stages/dates/relative.py)."""
from __future__ import annotations

import datetime as dt

import pytest


FRI = dt.date(2024, 1, 5)  # a Friday


@pytest.mark.parametrize("text, value", [
    ("Drones struck the Orvane port overnight, officials said on Friday.", "2024-01-04TNI"),
    ("Overnight, Tarsk rebels withdrew from the town.", "2024-01-04TNI"),
    ("Kelvar's envoys have talked overnight.", "2024-01-04TNI"),
    ("The Brelin talks will run overnight.", "2024-01-05TNI"),
    ("Tarsk crews are working overnight to restore power.", "2024-01-05TNI"),
])
def test_overnight(dated, text, value):
    assert [d.value for d in dated(text, FRI) if d.text.lower() == "overnight"] == [value]
