"""The singular of an agent word agents.tsv lists in the plural alone ("smugglers", "peacekeepers") is an agent
word of the same sector; a word that opens a longer title stays a modifier."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at


@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        ("A Kenyan smuggler was arrested at the border.", "Kenyan smuggler", "KEN", "CRM"),
        ("An Indian peacekeeper was killed near Goma.", "Indian peacekeeper", "IND", "MIL"),
        ("A Peruvian villager told the court what he saw.", "Peruvian villager", "PER", "CVL"),
        ("An Iraqi border guard fired warning shots.", "Iraqi border guard", "IRQ", "MIL"),
    ],
)
def test_actors_singular_of_a_plural_agent_word(run_actors, text, span, country, sector):
    found = _actors_at(run_actors(text), span)
    assert any(a.country == country and a.sector == sector for a in found), found


def test_actors_singular_opening_a_title_stays_a_modifier(run_actors):
    found = _actors_at(run_actors("The Iranian deputy foreign minister met Syrian officials."), "deputy")
    assert [(a.country, a.role) for a in found] == [("IRN", "deputy foreign minister")]


@pytest.mark.parametrize(
    "text",
    [
        "Talks on a prisoner exchange stalled in Doha.",
        "The hostage talks resumed in Cairo.",
    ],
)
def test_actors_singular_modifying_a_noun_is_no_actor(run_actors, text):
    assert not [a for a in run_actors(text)._.actors if "prisoner" in a.name or "hostage" in a.name]
