"""A participle that describes a plan tells what was done to it, in the past (pipeline/stages/dates/tense.py)."""
from __future__ import annotations

import datetime as dt

import pytest


TUE = dt.date(2022, 3, 29)  # a Tuesday


@pytest.mark.parametrize("text, span, value", [
    # done to the plan: past
    ("The Orlan plan, announced on Monday, drew criticism.", "Monday", "2022-03-28"),
    ("The plans unveiled by Tesmar on Friday drew protests.", "Friday", "2022-03-25"),
    ("The plan drafted Thursday by the envoys was rejected.", "Thursday", "2022-03-24"),
    # the plan itself: ahead
    ("Plans to meet in Orlan on Friday were confirmed.", "Friday", "2022-04-01"),
    ("The offer is due to expire on Friday.", "Friday", "2022-04-01"),
])
def test_participle_of_a_plan_is_past(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]
