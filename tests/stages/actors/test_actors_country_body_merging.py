"""One country's named body merges however the text says the country
(``pipeline.stages.actors.body_keys.country_body_key``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 5, 14)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Georgia's parliament on Tuesday approved the bill. The Georgian parliament has 150 seats.", "GEO"),
        ("The Peruvian parliament met on Monday. Later, Peru's parliament voted on the budget.", "PER"),
    ],
)
def test_actors_country_body_said_two_ways_is_one(run_actors, text, country):
    doc = run_actors(text, published=PUBLISHED)
    assert len([a for a in doc._.actors if a.named and a.country == country and "parliament" in a.name]) == 1


def test_actors_two_bodies_of_one_country_stay_two(run_actors):
    doc = run_actors("The Georgian parliament and Georgia's Interior Ministry disagreed on Tuesday.",
                     published=PUBLISHED)
    assert len([a for a in doc._.actors if a.named and a.country == "GEO"]) == 2


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # "of <country>" after the body's name says its country as a nationality word before it would
        ("The Ministry of Foreign Affairs of Latvia protested on Monday. The Ministry of Foreign Affairs added that "
         "the note was delivered.", "LVA", "Ministry of Foreign Affairs"),
        ("The Ministry of Justice of Moldova opened an inquiry. The Ministry of Justice named a judge on Friday.",
         "MDA",
         "Ministry of Justice"),
    ],
)
def test_actors_body_with_of_country_and_bare_name_is_one(run_actors, text, country, name):
    doc = run_actors(text, published=PUBLISHED)
    assert len([a for a in doc._.actors if a.named and name in a.name]) == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the one body named before whose name ends with the bare name
        ("The nomination needs approval by the European Parliament. Its president warned that the Parliament "
         "would not be a rubber stamp.", 1),
        ("Ministers met the Andean Tribunal on Monday. The Tribunal ruled on Friday.", 1),
        # guard: two bodies end with it, which one is meant?
        ("The Andean Tribunal and the Caribbean Tribunal met. The Tribunal ruled on Friday.", 3),
    ],
)
def test_actors_bare_body_name_joins_the_one_body_it_ends(run_actors, text, count):
    doc = run_actors(text, published=PUBLISHED)
    assert len([a for a in doc._.actors if a.named and a.type in {"organization", "government"}]) == count


@pytest.mark.parametrize(
    ("name", "kind", "heads", "owner"),
    [
        # a one-word name in capitals NER took for a person is the one body whose name opens with it
        ("RENOVA", "person", {"RENOVA": {"a3"}}, "a3"),
        ("RENOVA", "person", {"RENOVA": {"a3", "a7"}}, None),  # two such bodies
        ("Renova", "person", {"Renova": {"a3"}}, None),  # not in capitals: a name
        ("RENOVA", "organization", {"RENOVA": {"a3"}}, None),  # already a body: merged by its name
    ],
)
def test_actors_acronym_tagged_as_person_joins_the_body_it_opens(name, kind, heads, owner):
    from pipeline.stages.actors.body_keys import acronym_tagged_as_person
    from pipeline.stages.actors.candidate import Candidate
    candidate = Candidate(0, 1, name, kind, None, None, None, False, f"person:{name}")
    assert acronym_tagged_as_person(candidate, heads) == owner
