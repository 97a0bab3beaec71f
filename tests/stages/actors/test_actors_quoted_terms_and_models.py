"""A name alone inside quotation marks is a quoted term, title or nickname ("the 'Blue Pacific' plan"), and a model
designation that modifies a noun for a thing is a model ("KF-16 fighter jets"), a ship is known by its appositive
and an undertaking by "called"/"named": no actors (``pipeline.stages.actors.non_actor_names``); a body's name runs
over "of <country>" (``name_spans``), which gives its country (``descriptions``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leaders backed the 'Blue Pacific' plan on Friday.", []),
        ("Officials called the operation 'Sentinel' a success.", []),
        ("The deal, nicknamed 'Kumul' by officials, was signed on Monday.", []),
        ("Two South Korean air force KF-16 fighter jets dropped bombs on a village.", []),
        ("The blast came after two air force KF-16 fighter jets mistakenly dropped eight bombs on a village.", []),
        # a name qualifying a lower-case word for an agreement names the agreement
        ("The pact is known as the Kumul treaty, after the Tok Pisin word for a bird.", []),
        # a person named outside quotation marks is a person
        ("'We are ready,' said Mele Taufa, the minister.", ["Mele Taufa"]),
    ],
)
def test_actors_quoted_terms_and_models_are_no_actors(run_actors, text, expected):
    doc = run_actors(text, published=PUBLISHED)
    assert [a.name for a in doc._.actors if a.named] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ship by its appositive; an undertaking named after "called"/"named"; a region ending in an agent word
        ("Finnish authorities boarded and detained the Eagle S, a Cook Islands-flagged oil tanker, on Thursday.", []),
        ("NATO announced a mission called Baltic Sentry to protect undersea cables.",
         ["North Atlantic Treaty Organization"]),
        ("Israel launched an operation named Iron Wall in the West Bank.", []),
        # a body named after "called" is a body
        ("Rebels joined a coalition called the Alliance for Change last year.", ["Alliance for Change"]),
    ],
)
def test_actors_vessels_undertakings_and_regions_are_no_actors(run_actors, text, expected):
    doc = run_actors(text, published=PUBLISHED)
    assert [a.name for a in doc._.actors if a.named] == expected


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a body's name runs over "of <country>", which gives its country, over a namesake the dictionary knows
        ("The state-run Global New Light of Myanmar quoted a junta spokesman.", "Global New Light of Myanmar", "MMR"),
        ("Leaders of the Conservative Party of Canada met in Ottawa.", "Conservative Party of Canada", "CAN"),
    ],
)
def test_actors_body_of_a_country(run_actors, text, name, country):
    doc = run_actors(text, published=PUBLISHED)
    assert [(a.name, a.country) for a in doc._.actors if a.named] == [(name, country)]
