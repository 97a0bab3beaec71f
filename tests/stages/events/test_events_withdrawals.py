"""What a withdrawal is, by what is withdrawn (models/en/event_triggers.tsv): forces pulled back are a RETREAT;
diplomats, observers, peacekeepers or aid withdrawn, and a party leaving a deal or talks, are a SANCTION (PLOVER's
SANCTION 'withdraw': one's non-military resources or oneself withdrawn from a group, mediation or country)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Estonia withdrew its ambassador from Belarus.", ("SANCTION", {"EST"})),
    ("The Swedish government withdrew its observers from Armenia.", ("SANCTION", {"SWE"})),
    ("Chile has withdrawn from the fisheries agreement.", ("SANCTION", {"CHL"})),
    ("Morocco pulled out of the talks on Tuesday.", ("SANCTION", {"MAR"})),
    ("Finland reduced its aid to Tanzania.", ("SANCTION", {"FIN"})),
    # forces pulled back stay a retreat, whatever deal they are pulled back under
    ("Armenia withdrew its troops from the border villages.", ("RETREAT", {"ARM"})),
    ("Armenia withdrew its troops from the border villages under the ceasefire deal.", ("RETREAT", {"ARM"})),
    ("Chad withdrew its forces from the Niger border.", ("RETREAT", {"TCD"})),
])
def test_events_withdrawal_type_follows_what_is_withdrawn(code, text, expected):
    assert [(e.type, set(e.source_countries)) for e in code(text)._.events][:1] == [expected]


def test_events_reducing_tensions_is_no_sanction(code):
    assert code("Peru reduced tensions with Bolivia.")._.events == []
