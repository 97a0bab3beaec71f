"""Ages are no temporal expressions, and a hyphenated length before a noun leaves the noun's determiner outside
(the ``duration`` rule of models/en/temporal_rules.tsv)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # an age, counted, is a property of a person or thing
    ("A 37-year-old farmer was wounded near the border.", []),
    ("The envoy, who is 81 years old, flew home.", []),
    ("Police detained a nine-year-old boy and his 40-year-old uncle.", []),
    ("The 30-year-old accord expired in May.", [("May", "DATE")]),
    # an uncounted one says how long something has lasted
    ("Both sides hope to settle a centuries-old quarrel.", [("centuries-old", "DURATION")]),
    # "a" counts one unit, never a plural
    ("It ended a months-old standoff.", [("months-old", "DURATION")]),
    # a hyphenated length before a noun: the determiner belongs to the noun
    ("Delegates left the three-day summit early.", [("three-day", "DURATION")]),
    ("The 12-hour ceasefire held.", [("12-hour", "DURATION")]),
    # a length that is the noun phrase itself keeps its determiner
    ("Talks dragged on for the next three days.", [("the next three days", "DURATION")]),
])
def test_ages_and_adjectival_lengths(dated, text, expected):
    assert [(d.text, d.type) for d in dated(text)] == expected
