"""A conference held for the press ("told a news conference") is one side speaking to reporters, no meeting between
parties: no CONSULT. A conference between parties still is one."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The Chilean foreign minister told a news conference in Santiago that talks would resume.", False),
    ("Peru's president said at a press conference on Monday that the border would stay closed.", False),
    ("The Bolivian minister told a media conference in La Paz that nothing had changed.", False),
    ("Chile and Peru held a conference on border security in Lima on Monday.", True),
])
def test_events_press_conference_is_no_meeting(code, text, expected):
    consults = [e for e in code(text)._.events if e.type == "CONSULT" and e.trigger == "conference"]
    assert bool(consults) is expected
