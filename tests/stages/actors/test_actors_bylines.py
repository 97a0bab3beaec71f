"""Reporters credited with the place they filed from take its country (``pipeline.stages.actors.bylines``); an
editor or writer credited without a place keeps none."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.actors.bylines import credited_places

from actors_helpers import _country_of

PUBLISHED = dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The talks ended late.\n(Reporting by Hana Novak in Prague and Marek Zima in Warsaw; Editing by Paul Grey)",
         "Marek Zima", "POL"),
        ("The talks ended late.\n(Reporting by Hana Novak in Prague and Marek Zima in Warsaw; Editing by Paul Grey)",
         "Hana Novak", "CZE"),
        ("ACCRA, May 2 -\nBy Kofi Mensah in Lagos\nThe ministers met on Friday.", "Kofi Mensah", "NGA"),
        ("The vote passed.\n(Additional reporting by Rosa Vidal in Madrid; Writing by Tim Short)", "Rosa Vidal", "ESP"),
        # a town the gazetteer knows in one country only
        ("The border was quiet.\n\nBy Rosa Vidal in Ouanaminthe | 2 May 2025\n\nTrucks waited.", "Rosa Vidal", "HTI"),
    ],
)
def test_actors_reporter_takes_country_of_place_filed_from(run_actors, text, name, country):
    doc = run_actors(text, published=PUBLISHED)
    assert _country_of(doc, name) == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The talks ended late.\n(Reporting by Hana Novak in Prague; Editing by Paul Grey)", "Paul Grey"),
        ("The talks ended late.\n(Writing by Tim Short; Editing by Paul Grey)", "Tim Short"),
    ],
)
def test_actors_credit_without_place_gives_no_country(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    assert _country_of(doc, name) is None


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("(Reporting by A B in Paris and C D in Rome; Editing by E F)", [("A B ", "FRA"), (" and C D ", "ITA")]),
        ("x\nBy A B in Oslo\ny", [("A B ", "NOR")]),
        ("He met officials in Paris by Friday.", []),  # no credit
    ],
)
def test_credited_places_names_part_and_country(text, spans):
    assert [(text[start:end], code) for start, end, code in credited_places(text)] == spans
