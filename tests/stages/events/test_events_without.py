"""What happened "without" an event tells it did not happen (models/en/event_modality.tsv)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The summit ended without an agreement between Chile and Peru.", ("AGREE", "negated")),
    ("Bolivia acted without consulting Chile.", ("CONSULT", "negated")),
    # the event beside it is told as it is
    ("Chile and Peru signed an agreement on Monday.", ("AGREE", "asserted")),
])
def test_events_event_after_without_is_negated(code, text, expected):
    assert [(e.type, e.modality) for e in code(text)._.events][:1] == [expected]
