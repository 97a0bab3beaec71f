"""Generic "today's" ("today's youth") names no day (pipeline/stages/dates/generic_uses.py)."""
from __future__ import annotations

import pytest

from pipeline.stages.dates.spans import find_candidates


@pytest.mark.parametrize("text, spans", [
    # "today" meaning "in our time"
    ("In today's world, no port in Orlan stays closed for long.", []),
    ("By today's standards the Tesmar treaty was modest.", []),
    ("The ferry would cost $2 million in today's dollars.", []),
    ("Today's young voters in Orlan want jobs.", []),
    # the day of writing
    ("Today's vote in the Orlan assembly was delayed.", ["Today"]),
    ("The minister left for Tesmar today.", ["today"]),
    ("The plan was in today's editions of the Orlan Star.", ["today"]),
])
def test_generic_today_is_no_date(text, spans):
    assert [candidate.text for candidate in find_candidates(text)] == spans
