"""Dropping an objection, a case or charges (CAMEO "drop objection" 080, "drop case"/"drop charge" 081) is a
concession, not the objection itself (REJECT) nor an accusation."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Bolivia dropped its objections to the trade package on Wednesday.", ("CONCEDE", {"BOL"}, set())),
    ("Chile dropped the charges against the Peruvian fishermen.", ("CONCEDE", {"CHL"}, {"PER"})),
    ("Peru dropped its case against Chile at the International Court of Justice.", ("CONCEDE", {"PER"}, {"CHL"})),
])
def test_events_dropped_objection_is_a_concession(code, text, expected):
    events = [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events]
    assert events == [expected]


def test_events_dropping_other_things_is_no_concession(code):
    assert not code("Chile dropped leaflets over the Peruvian border town.")._.events
