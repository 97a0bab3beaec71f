"""Which triggers are events of their own (pipeline.stages.events.selection)."""
from __future__ import annotations

import pytest


def test_events_nominal_event_inside_accusation_is_not_coded_twice(code):
    doc = code("The EU condemned Russia's attack on Ukraine.")
    assert [(e.type, e.source_countries, e.target_countries) for e in doc._.events] == [("ACCUSE", ["EU"], ["RUS"])]


@pytest.mark.parametrize("text", [
    # what a denial governs is the claim denied, not an event; the denial is a statement
    "Moscow denied supplying weapons to the rebels.",
    "Lithuania denied that its police had detained Polish fishermen.",
    # a report or the time to leave is no gift
    "The Egyptian government released a report on the floods.",
    "Kenya gave the Somali diplomats 48 hours to leave.",
])
def test_events_denials_and_non_gifts_are_no_events(code, text):
    assert code(text)._.events == []


@pytest.mark.parametrize("text, expected", [
    # what a named body did, told in a "which" clause, and what was done at a named place, told in a "where"
    # clause, is news told in passing
    ("Turkey, which condemned the Greek naval drills on Monday, called for calm.", ("ACCUSE", {"TUR"}, {"GRC"})),
    ("Ghana's president flew to Nairobi, where he met Kenyan President William Ruto on Friday.",
     ("CONSULT", {"GHA", "KEN"}, set())),
])
def test_events_news_told_in_a_relative_clause(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events][0] == expected


@pytest.mark.parametrize("text, expected", [
    # "sought to" + a verb is an attempt; what is sought is a request
    ("Seoul sought to ease tensions with Tokyo.", []),
    ("Syria sought help from Russia.", [("REQUEST", {"SYR"}, {"RUS"})]),
    # what a participle says someone is suspected or convicted of is background, not the story's event
    ("Police in Kenya are searching for three Somalis suspected of attacking a Kenyan army base.", []),
    ("The court in Paris heard from two Libyans convicted of bombing a French airliner.", []),
    # what can only happen once a demand is met is a prerequisite, not an event
    ("Japan said Russia must return the islands before Tokyo and Moscow can sign a peace treaty.",
     [("REQUEST", {"JPN"}, {"RUS"})]),
    # an event evaded or fled is not done by whoever evades or flees it
    ("North Korea keeps evading sanctions with the help of Russian tankers.", []),
    ("Thousands of Malians fled the fighting in Mopti.", []),
    # what reports say is what an investigation looks into, not an event of its own
    ("A UN panel began investigating reports that Iran was supplying drones to Russia.", [("ACCUSE", {"UN"}, set())]),
    # an event taken up as a topic is talked about, not done
    ("The Senate will debate the arms embargo on Turkey next week.", []),
    ("EU ministers will take up the aid package for Jordan again in March.", []),
])
def test_events_attempts_suspicions_and_prerequisites(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events] == expected
