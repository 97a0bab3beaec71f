"""A stance told again in a participle of the same type names whom the stance is aimed at
(arguments.elaborating_targets): "condemned the vote, accusing Peru of bad faith" is one ACCUSE at Peru. A physical
act's participle tells what it did, not on whom, and a participle of another type is an event of its own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Chile condemned the vote, accusing Peru of bad faith.", [("ACCUSE", {"CHL"}, {"PER"})]),
    ("Chile criticised the decision, blaming the Bolivian government for the delay.",
     [("ACCUSE", {"CHL"}, {"BOL"})]),
    # another type: two events, the first with no target of the second's
    ("Chile condemned the vote, calling for talks with Peru.",
     [("ACCUSE", {"CHL"}, set()), ("REQUEST", {"CHL"}, {"PER"})]),
])
def test_events_participle_of_the_same_stance_names_its_target(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events] == expected
