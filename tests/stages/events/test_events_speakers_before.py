"""A reaction to a thing only said ("rejected the accusation", "dismissed the demand") that the story coded no event
for is aimed at whoever the sentence before reports as speaking (merging.speaker_before)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The Peruvian Foreign Ministry said in a statement that Santiago had \"sabotaged every arrangement\". "
     "Chile's foreign minister rejected the accusation.", ("REJECT", {"CHL"}, {"PER"})),
    ("Bolivia's foreign ministry said on Monday that Chilean warships had entered its waters. "
     "Chile dismissed the allegations as baseless.", ("REJECT", {"CHL"}, {"BOL"})),
])
def test_events_reaction_to_a_thing_said_targets_the_speaker_before(code, text, expected):
    events = [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events]
    assert expected in events


def test_events_reaction_to_an_act_takes_no_speaker_before(code):
    """"the decision" is an act, not a thing said: the speaker before did not take it."""
    text = "Bolivia's foreign ministry said Peru had decided to close the border. Chile rejected the decision."
    assert not any(e.type == "REJECT" and "BOL" in e.target_countries for e in code(text)._.events)
