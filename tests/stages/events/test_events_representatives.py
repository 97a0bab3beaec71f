"""Those who act for a party name it with "for" ("negotiators for Chile and Peru"), but an envoy "for" a country
deals with it (phrases.phrase_tokens, models/en/event_representative_nouns.txt)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Negotiators for Bolivia and Paraguay met in Asuncion on Monday.", ("CONSULT", {"BOL", "PRY"})),
    ("A spokesman for Ghana rejected the claim on Monday.", ("REJECT", {"GHA"})),
    ("Lawyers for Ecuador accused Colombia of breaching the treaty.", ("ACCUSE", {"ECU"})),
])
def test_events_representative_for_party(run_stage, text, expected):
    events = [(e.type, set(e.source_countries)) for e in run_stage(text)._.events]
    assert expected in events


@pytest.mark.parametrize("text, wrong", [
    ("The UN envoy for Yemen met Saudi officials in Riyadh.", "YEM"),
])
def test_events_envoy_for_is_no_party(run_stage, text, wrong):
    assert all(wrong not in e.source_countries for e in run_stage(text)._.events)
