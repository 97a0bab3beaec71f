"""An event noun for a kind of event is no event (pipeline.stages.events.selection.is_generic)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Any attack on Latvia would be an attack on NATO, Sweden said.",
    "Every visit by a Mongolian minister to Nepal is watched closely in Delhi.",
    "Such talks between Bhutan and Nepal are rare.",
])
def test_events_generic_event_nouns_are_no_events(code, text):
    assert code(text)._.events == []


@pytest.mark.parametrize("text, expected", [
    # "any" on what is refused or ruled out keeps the act, negated
    ("Norway ruled out any talks with the junta.", [("CONSULT", {"NOR"}, "negated")]),
    # a copula does not make a told event generic
    ("It was the first visit by a Mongolian leader to Nepal in 20 years.", [("CONSULT", {"MNG"}, "asserted")]),
])
def test_events_events_with_any_or_a_copula_are_still_told(code, text, expected):
    assert [(e.type, set(e.source_countries), e.modality) for e in code(text)._.events] == expected
