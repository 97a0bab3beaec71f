"""A wire story's credit line ("X contributed to this report", "X contributed reporting") is no aid
(triggers.gives_no_goods, models/en/event_non_gifts.txt); a contribution of money to a party still is."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "AP writer Lena Ortiz in Madrid contributed to this report.",
    "Reuters correspondent Omar Haddad in Amman contributed reporting.",
    "Staff writer Ana Lima in Brasilia contributed to this story.",
])
def test_events_credit_line_is_no_aid(run_stage, text):
    assert [e.type for e in run_stage(text)._.events] == []


def test_events_contribution_to_a_party_is_aid(run_stage):
    events = run_stage("Norway contributed $20 million to the African Union mission.")._.events
    assert [(e.type, set(e.source_countries)) for e in events] == [("AID", {"NOR"})]
