"""A pronoun may stand for a passive subject above it ("Chile was to withdraw its troops, but it did not"), before
the subject of the sentence before (phrases.pronoun_antecedent)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Rebels blocked the road, the Xinhua news agency reported. Under the deal, Chad was required to pull its "
     "troops out of Niger by May, but it did not withdraw.", ("RETREAT", {"TCD"})),
    ("The talks stalled, Anadolu Agency reported. Bolivia was asked to withdraw its forces from the border, but it "
     "refused.", ("REJECT", {"BOL"})),
])
def test_events_pronoun_for_a_passive_subject(run_stage, text, expected):
    events = [(e.type, set(e.source_countries)) for e in run_stage(text)._.events if e.type == expected[0]]
    assert events and all(sources == expected[1] for _, sources in events)
