"""Repeated, retold, split and referred-back events (pipeline.stages.events.merging)."""
from __future__ import annotations

import pytest

from events_stage_docs import _placed, _sited


def test_events_repeated_event_coded_once(code):
    doc = code("Russia attacked Ukraine. Russia attacked Ukraine again.")
    assert [e.type for e in doc._.events] == ["ASSAULT"]


@pytest.mark.parametrize("text, expected", [
    # a repeated event is coded once, with the place and date its later mention gives
    ("Russia attacked Ukraine. On Tuesday, Russia attacked Ukraine in Kharkiv again.",
     [("ASSAULT", "Kharkiv", "2025-01-14")]),
    # another target is another event
    ("Russia attacked Ukraine. On Tuesday, Russia attacked Georgia.",
     [("ASSAULT", None, None), ("ASSAULT", None, "2025-01-14")]),
])
def test_events_repeated_event_merged(base_nlp, text, expected):
    doc = _placed(base_nlp, text, {"Kharkiv": "Kharkiv"} if "Kharkiv" in text else {}, {"Tuesday": "2025-01-14"})
    names = {place.place_id: place.name for place in doc._.places}
    assert [(e.type, names.get(e.place_id), e.date) for e in doc._.events] == expected


@pytest.mark.parametrize("text, expected", [
    # a reaction to "the demand" / "the decision" targets whoever made it earlier in the story
    ("Russia demanded that Ukraine withdraw its troops. Kyiv rejected the demand.",
     ("REJECT", {"UKR"}, {"RUS"})),
    ("The United States imposed sanctions on Sudan. Sudan welcomed the decision.",
     ("SUPPORT", {"SDN"}, {"USA"})),
    ("China staged military drills near Taiwan. Taiwan condemned the drills.",
     ("ACCUSE", {"TWN"}, {"CHN"})),
    # a reaction with no earlier event of that kind has no target
    ("Kyiv rejected the demand.", ("REJECT", {"UKR"}, set())),
])
def test_events_reaction_targets_the_earlier_event(code, text, expected):
    last = code(text)._.events[-1]
    assert (last.type, set(last.source_countries), set(last.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # retaliation is aimed at whoever last attacked the one who retaliates
    ("Armenia shelled Azerbaijani positions on Sunday. Baku vowed to retaliate.", ("THREATEN", {"AZE"}, {"ARM"})),
    # "an act of war" refers back to the attack
    ("Armenia shelled Azerbaijani positions. Azerbaijan denounced the act of aggression.",
     ("ACCUSE", {"AZE"}, {"ARM"})),
    # with no earlier attack on it, a retaliation has no target
    ("Armenia shelled Azerbaijani positions. Georgia vowed to retaliate.", ("THREATEN", {"GEO"}, set())),
])
def test_events_retaliation_targets_the_attacker(code, text, expected):
    last = code(text)._.events[-1]
    assert (last.type, set(last.source_countries), set(last.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # an agreement after talks placed at a country, when the story has the parties meet in a town of it
    ("Ethiopia and Eritrea reached a deal on the border after talks in Saudi Arabia. Ethiopia's prime minister and "
     "Eritrea's president met in Jeddah on Sunday.", [("AGREE", "Jeddah"), ("CONSULT", "Jeddah")]),
    # an attack told later in other words is not taken for the first one's place ...
    ("Ethiopian jets shot down an Eritrean drone. Ethiopian artillery shelled Eritrean posts near Jeddah.",
     [("ASSAULT", None)]),
    # ... but one in the same sentence is
    ("Ethiopian artillery killed an Eritrean soldier and wounded two others near Assab.", [("ASSAULT", "Assab")]),
])
def test_events_place_across_sentences(base_nlp, text, expected):
    places = {"Ethiopia": ("Ethiopia", "country", "ETH"), "Eritrea": ("Eritrea", "country", "ERI"),
              "Saudi Arabia": ("Saudi Arabia", "country", "SAU"), "Jeddah": ("Jeddah", "city", "SAU"),
              "Assab": ("Assab", "city", "ERI")}
    assert _sited(base_nlp, text, {k: v for k, v in places.items() if k in text}) == expected


@pytest.mark.parametrize("text, expected", [
    # a call with people of two other countries is a call with each
    ("The Turkish president spoke by phone with the Russian president and the Ukrainian president.",
     [{"TUR", "RUS"}, {"TUR", "UKR"}]),
    # ... but a meeting with them may be one meeting
    ("The Turkish president met the Russian president and the Ukrainian president.", [{"TUR", "RUS", "UKR"}]),
    # ... and talks between the parties of one side stay one event
    ("Russia and Ukraine spoke by phone on Friday.", [{"RUS", "UKR"}]),
])
def test_events_call_with_several_sides(code, text, expected):
    assert [set(event.source_countries) for event in code(text)._.events if event.type == "CONSULT"] == expected


@pytest.mark.parametrize("text, expected", [
    # a later sentence retelling an event with fewer of its parties, or naming it with "the", is that event again
    ("Colombia and Venezuela agreed on Monday to reopen the border. Colombia's agreement came after months of "
     "pressure.", [("AGREE", {"COL", "VEN"}, set())]),
    ("India and Nepal held talks on Monday. The talks ended without a deal.", [("CONSULT", {"IND", "NPL"}, set())]),
    # ... but not when it names a party of its own
    ("Turkish jets struck Kurdish positions in Iraq on Monday. The attack on Syrian villages came a day later.",
     [("ASSAULT", {"TUR"}, {"IRQ"}), ("ASSAULT", set(), {"SYR"})]),
    # two events of one sentence stay two
    ("Chad rejected the Libyan plan and opposed the French proposal.",
     [("REJECT", {"TCD"}, {"LBY"}), ("REJECT", {"TCD"}, {"FRA"})]),
])
def test_events_retold_event_is_coded_once(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events] == expected
