""""insist" is a demand (CAMEO 100) only when what is insisted on is to be done: "insisted on X", "insisted that X be
lifted", "insists that X must go"; "insisted that it had done nothing wrong" is a claim (triggers.is_mandative)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, demand", [
    ("Moscow insisted that Western sanctions on its banks be lifted first.", True),
    ("Peru insists that Chile must withdraw its troops from the border.", True),
    ("Bolivia insisted on a ceasefire.", True),
    ("The Chilean minister insisted that Chile had done nothing wrong.", False),
    ("Chile insisted it would reopen the border next week.", False),
])
def test_events_insisting_is_a_demand_only_on_what_is_to_be_done(code, text, demand):
    requests = [e for e in code(text)._.events if e.type == "REQUEST" and e.trigger.startswith("insist")]
    assert bool(requests) is demand
