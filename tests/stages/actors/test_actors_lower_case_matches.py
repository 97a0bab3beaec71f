"""Lower-case words that match a known body's name but modify a noun after them name no body ("the two sides held
foreign office consultations"); the capitalised name still does (``pipeline.stages.actors.dictionary_names``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("During the visit, the two sides held foreign office consultations in Dhaka.", []),
        ("Both delegations agreed to hold regular foreign office talks from next year.", []),
        ("The Foreign Office said on Monday that the ambassador had been summoned.", ["Foreign Office"]),
    ],
)
def test_actors_lower_case_modifier_is_no_body(run_actors, text, expected):
    doc = run_actors(text, published=PUBLISHED)
    assert [a.name for a in doc._.actors if a.named] == expected
