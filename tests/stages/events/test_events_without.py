"""What happened "without" an event, or "has yet to" do or "stopped short of" doing, did not happen
(models/en/event_modality.tsv, pipeline.stages.events.modality)."""
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


@pytest.mark.parametrize("text, expected", [
    # "has yet to" and "stopped short of": not done so far
    ("Chile has yet to sign the treaty.", ("AGREE", "negated")),
    ("Chile stopped short of imposing sanctions on Peru.", ("SANCTION", "negated")),
    ("Chile has signed the treaty.", ("AGREE", "asserted")),
])
def test_events_event_not_yet_done_is_negated(code, text, expected):
    assert [(e.type, e.modality) for e in code(text)._.events][:1] == [expected]
