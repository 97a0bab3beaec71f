"""A pair phrase whose apposition names the two ("the two leaders, Biden and Xi") is those two
(parties.PartyIndex.named_in_apposition)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The talks between the two leaders, Biden and Xi, ended on Monday.", ("CONSULT", {"USA", "CHN"})),
    ("Talks between the two delegations, Bolivia and Paraguay, ended on Monday.", ("CONSULT", {"BOL", "PRY"})),
])
def test_events_pair_phrase_named_in_apposition(run_stage, text, expected):
    events = [(e.type, set(e.source_countries)) for e in run_stage(text)._.events]
    assert expected in events
