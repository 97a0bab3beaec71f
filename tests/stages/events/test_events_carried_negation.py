"""A verb that sets the modality of the event it governs (event_modality.tsv: cancel, postpone, call off, consider,
propose, plan) sets it for the event noun it carries as its object too ("cancelled its visit", "is considering
sanctions"); a plain carrier ("held talks") does not."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Chilean truck drivers called off a four-day strike.", ("PROTEST", "negated")),
    ("Chile cancelled its visit to Peru.", ("CONSULT", "negated")),
    ("The Chilean president postponed his visit to Peru.", ("CONSULT", "negated")),
    ("Chile held talks with Peru.", ("CONSULT", "asserted")),
    ("Chile is considering sanctions against Peru.", ("SANCTION", "possible")),
    ("Chile proposed talks with Peru.", ("CONSULT", "planned")),
])
def test_events_negating_verb_negates_the_event_noun_it_carries(code, text, expected):
    assert [(e.type, e.modality) for e in code(text)._.events][:1] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Talks between Chile and Peru are scheduled for next week.", ("CONSULT", "planned")),
    ("Talks between Chile and Peru are due on Friday.", ("CONSULT", "planned")),
    ("The visit by the Chilean president to Peru was cancelled.", ("CONSULT", "negated")),
    ("Talks between Chile and Peru ended on Friday.", ("CONSULT", "asserted")),
])
def test_events_governing_word_said_of_an_event_noun_sets_its_modality(code, text, expected):
    assert [(e.type, e.modality) for e in code(text)._.events][:1] == [expected]
