"""A reciprocal event lists its sides as sources; a target of a side's country again ("travel to Moscow for talks
with Putin") is that side, not another party, and is dropped."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The Chilean president flew to Lima for talks with the Peruvian president on Monday.",
     ("CONSULT", {"CHL", "PER"}, set())),
    ("The Bolivian envoy will travel to Santiago for talks with the Chilean foreign minister.",
     ("CONSULT", {"BOL", "CHL"}, set())),
    ("Chile's foreign minister visited Peru on Monday.", ("CONSULT", {"CHL"}, {"PER"})),
])
def test_events_reciprocal_event_has_no_side_as_target(code, text, expected):
    events = [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events]
    assert expected in events
