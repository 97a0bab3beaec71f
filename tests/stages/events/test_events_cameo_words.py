"""Trigger rows from CAMEO dictionary entries the table lacked: "converse" (its noun "conversation" is coded CONSULT,
040) and "slap sanctions" (coded 163, a SANCTION with our impose row's objects)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The Chilean foreign minister held a phone conversation with his Peruvian counterpart on Friday.",
     ("CONSULT", {"CHL", "PER"}, set())),
    ("Washington slapped tariffs on Chinese steel on Monday.", ("SANCTION", {"USA"}, {"CHN"})),
    ("The EU slapped new sanctions on Belarus.", ("SANCTION", {"EU"}, {"BLR"})),
])
def test_events_cameo_words(code, text, expected):
    events = [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events]
    assert expected in events


def test_events_slap_without_a_measure_is_no_sanction(code):
    assert not code("The Chilean minister slapped a Peruvian journalist.")._.events
