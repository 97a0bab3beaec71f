"""Appealing a decision is a challenge in court, not a plea to a party (the "plea" flag of appeal: not with a direct
object); "appealed to X", "appealed for Y" stay a REQUEST."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The Chilean government will appeal the ruling by the Peruvian court.", []),
    ("Chile appealed the verdict in Peru's case.", []),
    ("Chile appealed to Peru to release the prisoners.", ["REQUEST"]),
    ("Chile appealed for calm in Peru.", ["REQUEST"]),
])
def test_events_appealing_a_ruling_is_no_request(code, text, expected):
    assert [e.type for e in code(text)._.events] == expected
