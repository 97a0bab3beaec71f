"""Subjects and objects read from the parse, and its repairs (pipeline.stages.events.syntax)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a verb joined after a comma to a complement clause goes on with the governing clause and its subject
    ("Canada concluded on Friday that Venezuelan officials had rigged the vote, and imposed sanctions on Caracas.",
     ("SANCTION", {"CAN"}, {"VEN"})),
    ("The Dutch Foreign Ministry said the talks had stalled, and later accused Serbia of bad faith.",
     ("ACCUSE", {"NLD"}, {"SRB"})),
    # ... without the comma it is the complement's own second verb
    ("Russia said Ukrainian troops had shelled the town and killed ten civilians.", ("ASSAULT", {"UKR"}, set())),
    # "they" for a subject the parse hung on the dateline
    ("Quito (AFP) - Peru and Ecuador said on Monday they had agreed on a new border crossing.",
     ("AGREE", {"PER", "ECU"}, set())),
])
def test_events_subject_shared_across_clauses(code, text, expected):
    last = code(text)._.events[-1]
    assert (last.type, set(last.source_countries), set(last.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # an active verb joined to a passive one goes on with who underwent the first, not with its agent
    ("The Chilean minister was criticised by Peru and has resigned.", ("RETREAT", {"CHL"}, set())),
    ("Bolivia's ambassador was summoned by Argentina and rejected the protest.", ("REJECT", {"BOL"}, set())),
    # ... but a bare participle shares the passive ("was detained and charged"): the agent stays the source
    ("The Kenyan envoy was detained by Ugandan police and charged with spying.", ("ACCUSE", {"UGA"}, set())),
])
def test_events_subject_of_a_verb_joined_to_a_passive(code, text, expected):
    last = code(text)._.events[-1]
    assert (last.type, set(last.source_countries), set(last.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # the parse may make the preposition's object the subject of the participle after it
    ("Ecuador has granted political asylum to four Colombian police officers hiding in a consulate since last "
     "year's coup, the Ecuadorean embassy said.", ("AID", {"ECU"}, {"COL"})),
])
def test_events_target_behind_a_misleading_object_or_parse(code, text, expected):
    event = next(e for e in code(text)._.events if e.type == expected[0])
    assert (event.type, set(event.source_countries), set(event.target_countries)) == expected
