"""A call with people of several countries named as one group ("spoke with the Chilean and Peruvian foreign
ministers") is one call with each country (merging.split_calls); a meeting may be one for all."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The Brazilian president spoke with the Chilean and Peruvian foreign ministers on Friday.",
     [{"BRA", "CHL"}, {"BRA", "PER"}]),
    ("The Brazilian president met the Chilean and Peruvian foreign ministers on Friday.", [{"BRA", "CHL", "PER"}]),
])
def test_events_call_with_a_group_of_countries(run_stage, text, expected):
    consults = [set(e.source_countries) for e in run_stage(text)._.events if e.type == "CONSULT"]
    assert sorted(consults, key=sorted) == sorted(expected, key=sorted)
