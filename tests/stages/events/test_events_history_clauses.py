"""A relative clause on a party dated to a year before the story tells its history, not news
(selection.is_history): "Chile and Peru, which fought a war in 1879, signed a deal" is one AGREE; a clause told
of the story's own days stays news told in passing."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru, which fought a war in 1879, signed a trade deal on Monday.", ["AGREE"]),
    ("Chile and Peru, which signed a trade deal on Monday, will meet again in March.", ["AGREE", "CONSULT"]),
])
def test_events_clause_dated_to_an_earlier_year_is_history(run_stage, text, expected):
    assert [e.type for e in run_stage(text)._.events] == expected
