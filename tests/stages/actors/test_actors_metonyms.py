"""Capitals acting for their governments and nationality groups (``pipeline.stages.actors.metonyms``)."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at


@pytest.mark.parametrize(
    ("text", "span", "country"),
    [
        ("Moscow rejected the proposal on Monday.", "Moscow", "RUS"),
        ("Kyiv said the strike hit a power plant.", "Kyiv", "UKR"),
        ("The offer was rejected by Beijing.", "Beijing", "CHN"),
    ],
)
def test_actors_capital_acting_is_its_government(run_actors, text, span, country):
    found = _actors_at(run_actors(text), span)
    assert [(a.type, a.country, a.sector) for a in found] == [("government", country, "GOV")]


def test_actors_demonym_alone_is_not_an_actor(run_actors):
    doc = run_actors("The Russian said nothing about it.")
    assert not [m for m in doc._.actor_mentions if m.text in {"Russian", "The Russian"}]


@pytest.mark.parametrize(
    "text",
    [
        "Talks may resume\n\nWednesday, May 14, 2025\n\nMOSCOW — Russian and Ukrainian negotiators may meet in "
        "Istanbul on Tuesday, Kremlin spokesman Dmitry Peskov told reporters on Wednesday.",
        "MOSCOW — Negotiators may meet in Istanbul on Tuesday, Kremlin spokesman Dmitry Peskov told reporters.",
    ],
)
def test_actors_dateline_city_is_not_a_government(run_stage, text):
    assert not [a for a in run_stage(text)._.actors if a.name.startswith("Government of")]


@pytest.mark.parametrize(
    ("text", "governments"),
    [
        # the parse makes the dateline place the subject, yet it only says where the story was filed
        ("Moscow (AFP) - Russia said on Monday it would expel two diplomats.", []),
        ("Sanctions widen\nMoscow (AFP) - Russia said on Monday it would expel two diplomats.", []),
        # the same city acting in the story is the government
        ("Moscow said on Monday it would expel two diplomats.", ["Government of Russia"]),
    ],
)
def test_actors_place_inside_the_dateline_is_no_actor(run_actors, text, governments):
    assert [a.name for a in run_actors(text)._.actors if a.name.startswith("Government of")] == governments
