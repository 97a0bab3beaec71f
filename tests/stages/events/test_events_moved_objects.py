"""An object that names no one's party is what the act moves (coding.MOVE_PREPS): whom the act bears on is the
party a "to"/"from"/"into" phrase names with its country ("sent aid workers to X", "expelled diplomats from X");
an object with a country stays the target."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Sweden sent aid workers to Mali.", ("AID", {"SWE"}, {"MLI"})),
    ("The Estonian government expelled two diplomats from Belarus.", ("SANCTION", {"EST"}, {"BLR"})),
    # an object with its own country stays whom the act bears on
    ("Sweden returned the Malian refugees to Chad.", ("CONCEDE", {"SWE"}, {"MLI"})),
    ("Latvia deported three Russian citizens to Belarus.", ("COERCE", {"LVA"}, {"RUS"})),
])
def test_events_moved_object_yields_to_where_it_goes(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events][:1] == [expected]
