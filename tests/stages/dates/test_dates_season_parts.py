"""A season placed early, late or in the middle of itself ("the early summer", "late autumn", "mid-winter 2019"):
one DATE at season granularity, determiner and modifier inside (the fixture's day is Tuesday 2022-03-29)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Orders at the Tolk mill recovered from the lows of the early summer.", [("the early summer", "2021-SU", "DATE")]),
    ("The Varno ferry stopped running in late autumn.", [("late autumn", "2021-FA", "DATE")]),
    ("The bridge was finished in mid-winter 2019.", [("mid-winter 2019", "2019-WI", "DATE")]),
    ("The bridge was finished in the late fall of 2019.", [("the late fall of 2019", "2019-FA", "DATE")]),
    # a late drop is no season
    ("Orvane shares suffered a late fall in heavy trading.", []),
])
def test_season_with_a_position_modifier(dated, text, expected):
    assert [(d.text, d.value, d.type) for d in dated(text)] == expected
