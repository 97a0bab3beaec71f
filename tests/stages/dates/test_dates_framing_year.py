"""A year that opens its sentence as its frame ("In 2019, ...") is the year of the months that sentence names
after it; a year inside a sentence, or in the sentence before, frames nothing (pipeline/stages/dates/__init__.py)."""
from __future__ import annotations

import datetime as dt

import pytest


WED = dt.date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize("text, span, value", [
    ("In 2019, the Orvane ministers met in May and again in October.", "May", "2019-05"),
    ("In 2019, the Orvane ministers met in May and again in October.", "October", "2019-10"),
    ("Tarsk and Brelin talked often. During 2018, their envoys met in June.", "June", "2018-06"),
    ('"In 2019, we met in May," Mara Ilves said.', "May", "2019-05"),
    # the frame ends with its sentence
    ("In 2019, the Orvane ministers met in May. In October they met again.", "October", "2023-10"),
    # a year inside a sentence frames nothing after it
    ("Kelvar Odden was born in 1950 and died on March 3.", "March 3", "2024-03-03"),
    ("The 2019 Tarsk accord was signed in May.", "May", "2023-05"),
])
def test_framing_year(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, WED)]
