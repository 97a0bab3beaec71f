""""a spokesperson said" speaks for the nearest body named before, of any kind but a news medium, not for a person
named before (pipeline/stages/quotes/speakers.py, resolve_speaker). Sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    ("The Southern Command said the drills were routine. “Our partnership is strong, and these drills are about "
     "readiness,” a spokesperson said.", "Southern Command"),
    ("Acting President Lena Varga met the envoy. The Norland Coast Guard said the vessel had left. “We are watching "
     "every ship in the area closely,” a spokesman said.", "Norland Coast Guard"),
])
def test_quotes_bare_spokesperson_speaks_for_the_body(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert direct and {q.speaker for q in direct} == {speaker}


def test_quotes_spokesperson_for_a_named_body_keeps_it(quotes_of):
    doc, quotes = quotes_of("The army said the drills were routine. “We are watching every ship in the area "
                            "closely,” a spokesman for the Norland Navy said.")
    assert {q.speaker for q in quotes if q.direct} == {"Norland Navy"}
