"""Party phrase shapes: ethnic groups, borders, pair phrases (pipeline.stages.events.phrases)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # "the two delegations", "both sides": the two parties the story just paired
    ("Russia and Ukraine agreed to swap prisoners. The two delegations met for two hours.",
     ("CONSULT", {"RUS", "UKR"}, set())),
    ("Serbia and Kosovo held talks. The mediator urged both sides to show restraint.",
     ("REQUEST", set(), {"SRB", "XKX"})),
    # named parties keep their own countries
    ("Russia and Ukraine agreed to swap prisoners. Both Polish ministers met the Czech president.",
     ("CONSULT", {"POL", "CZE"}, set())),
])
def test_events_pair_phrase_names_the_two_sides(code, text, expected):
    last = code(text)._.events[-1]
    assert (last.type, set(last.source_countries), set(last.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # a people named by its origin is coded by where it lives ...
    ("Ethnic Uzbek militias in Kyrgyzstan attacked a police station on Friday.", ("ASSAULT", {"KGZ"}, set())),
    ("Some 200 ethnic Armenian fighters stationed in Georgia have been disarmed.", ("RETREAT", set(), {"GEO"})),
    ("A quarter of the ethnic Tajik militiamen living in Afghanistan were disarmed last month.",
     ("RETREAT", set(), {"AFG"})),
    # ... and by no state when the phrase does not say where
    ("Ethnic Hungarians protested against Romania's language law.", ("PROTEST", set(), {"ROU"})),
])
def test_events_ethnic_group_is_coded_by_residence(code, text, expected):
    event = next(e for e in code(text)._.events if e.type == expected[0])
    assert (event.type, set(event.source_countries), set(event.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # a border named after a country places no one in it: the positions lie on the other side
    ("Zairean troops shelled rebel positions near the Ugandan border.", ("ASSAULT", {"COD"}, set())),
    ("Turkish jets bombed Kurdish militants near the Iraqi border.", ("ASSAULT", {"TUR"}, set())),
    # whom an act bears on may hang on any of the things coordinated as its object
    ("Chadian rebels fired grenades, rockets and mortar rounds against Sudanese army bases.",
     ("ASSAULT", {"TCD"}, {"SDN"})),
])
def test_events_border_and_coordinated_objects(run_stage, text, expected):
    event = next(e for e in run_stage(text)._.events if e.type == expected[0])
    assert (event.type, set(event.source_countries), set(event.target_countries)) == expected


@pytest.mark.parametrize("text, head, expected", [
    # a party's phrase keeps its modifiers, possessor, "of" phrase and apposition ...
    ("Norway welcomed the Swedish government's decision.", "decision", "the Swedish government's decision"),
    ("Chile met President Ana Rojas of Peru, the new leader.", "Rojas",
     "President Ana Rojas of Peru, the new leader"),
    # ... but not a clause that only describes it
    ("Norway welcomed the Swedish government's decision to reopen the border.", "decision",
     "the Swedish government's decision"),
    ("Chile rejected a resolution drafted by Peru last year.", "resolution", "a resolution"),
    ("Chile rejected a resolution that Peru drafted.", "resolution", "a resolution"),
    # ... nor one that only describes a word inside it (an apposition's relative clause)
    ("Chile's envoy met Peru's foreign minister, a lawyer who studied in Lima.", "minister",
     "Peru's foreign minister, a lawyer"),
])
def test_events_party_phrase_span_leaves_out_describing_clauses(base_nlp, text, head, expected):
    from pipeline.stages.events.phrases import noun_phrase_span

    doc = base_nlp(text)
    token = next(t for t in doc if t.text == head)
    start, end = noun_phrase_span(token)
    assert text[start:end] == expected

