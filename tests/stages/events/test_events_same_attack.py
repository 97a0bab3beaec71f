"""The harm one attack did, told by more verbs joined to its own, is that attack (merging.same_attack): one ASSAULT
for "stormed X, killing ... and injuring ...", "attacked X and killed ..."; an attack by another party joined to it
is an event of its own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Chilean rebels stormed a police headquarters in northern Peru, killing five officers and injuring 22 people.",
     [("ASSAULT", {"CHL"}, {"PER"})]),
    ("Chilean rebels attacked a Peruvian army base and killed at least 26 soldiers.", [("ASSAULT", {"CHL"}, {"PER"})]),
    ("Chilean rebels killed six Peruvian soldiers and wounded four others.", [("ASSAULT", {"CHL"}, {"PER"})]),
    # the means of the attack
    ("Chilean forces pounded rebel hideouts in Peru with heavy artillery and airstrikes.",
     [("ASSAULT", {"CHL"}, {"PER"})]),
])
def test_events_harm_of_one_attack_is_that_attack(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events] == expected


def test_events_attack_by_another_party_is_its_own(code):
    events = code("Chilean troops shelled Peruvian towns on Monday, and on Tuesday Peruvian forces attacked "
                  "Chilean posts.")._.events
    assert len([e for e in events if e.type == "ASSAULT"]) == 2
