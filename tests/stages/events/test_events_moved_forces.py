"""A force or mission moved, told in the passive, is its owner's: the owner is the source
(pipeline.stages.events.coding.code_event)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Gabonese troops were deployed to Chad on Monday.", ("MOBILIZE", {"GAB"}, {"TCD"})),
    ("Kenyan diplomats were withdrawn from Sudan.", ("SANCTION", {"KEN"}, {"SDN"})),
    # an agent stays the source, and the force is no target
    ("Troops were deployed by Gabon to Chad.", ("MOBILIZE", {"GAB"}, {"TCD"})),
])
def test_events_passive_force_owner_is_the_source(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events][:1] == [expected]
