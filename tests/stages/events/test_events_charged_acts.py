"""Acts joined in what one is accused or blamed of share the accusation (selection.COMPLEMENT_DEPS): "accused X of
attacking its posts and killing two soldiers" is one ACCUSE, not an accusation and an asserted attack."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Chile accused Peru of attacking its border posts and killing two soldiers.", [("ACCUSE", {"CHL"}, {"PER"})]),
    ("Chile accused Peru of violating the treaty and threatening its neighbours.", [("ACCUSE", {"CHL"}, {"PER"})]),
    ("Chile condemned Peru for arresting the journalists and expelling the diplomats.",
     [("ACCUSE", {"CHL"}, {"PER"})]),
])
def test_events_acts_joined_in_a_charge_share_it(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events] == expected
