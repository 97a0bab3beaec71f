"""Who travels or gathers for an event takes part in it (syntax.JOURNEY_LEMMAS): "arrived in Lima for talks" is the
traveller's CONSULT."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Chile's foreign minister arrived in Lima on Monday for talks on the border dispute.", ("CONSULT", {"CHL"})),
    ("The Chilean president flew to Lima for a summit with his Peruvian counterpart.", ("CONSULT", {"CHL", "PER"})),
])
def test_events_traveller_takes_part_in_the_event_travelled_for(run_stage, text, expected):
    assert [(e.type, set(e.source_countries)) for e in run_stage(text)._.events][:1] == [expected]
