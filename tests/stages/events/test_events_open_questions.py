"""What an open question asks about is not told (pipeline.stages.events.selection.in_open_question)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "It is unclear whether Austria will expel the Latvian envoy.",
    "The question is whether Brazil will sign the treaty.",
    "Slovakia will decide next week whether to expel the Latvian envoy.",
    # asking a question of no one in particular is no request
    "Reporters asked whether Poland would send tanks to Moldova.",
    "Journalists asked if Portugal would recognise Kosovo.",
])
def test_events_open_questions_are_no_events(code, text):
    assert code(text)._.events == []


@pytest.mark.parametrize("text, expected", [
    # asking a party whether it could do something asks it
    ("Moldova asked Romania whether it could send aid.", [("REQUEST", {"MDA"}, {"ROU"})]),
    # talks about whether to act are still talks
    ("Nordic ministers will discuss whether to impose sanctions on Belarus.", [("CONSULT", set(), {"BLR"})]),
    # a concessive "whether or not" leaves the main clause told
    ("Peru will impose sanctions whether or not Chile agrees.", [("SANCTION", {"PER"}, set())]),
])
def test_events_acts_around_a_question_are_told(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events] == expected
