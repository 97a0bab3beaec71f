"""Agent phrases of the CAMEO agents dictionary (``lexicon.cameo_agents``): new noun phrases get their sector; the
stage's own agent words keep theirs."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at

from pipeline.stages.actors.lexicon import agents


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("civil servant", "GOV"),
        ("news outlet", "MED"),
        ("combat helicopter", "MIL"),
        ("resistance movement", "OPP"),
    ],
)
def test_actors_cameo_agents_phrases_have_their_sector(phrase, sector):
    assert agents()[phrase].sector == sector


@pytest.mark.parametrize(
    "phrase",
    [
        "prisoner of war",  # a linking word: the stage builds phrases leftwards from their head
        "vice foreign minister",  # ends in the stage's own title, which carries the role
        "student demonstrator",  # ends in the stage's own word (as its plural "demonstrators")
    ],
)
def test_actors_cameo_agents_leave_out_phrases_the_stage_reads_otherwise(phrase):
    assert phrase not in agents()


@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        ("A Bolivian civil servant lost his job.", "Bolivian civil servant", "BOL", "GOV"),
        ("A Peruvian news outlet published the letter.", "Peruvian news outlet", "PER", "MED"),
        ("Ukrainian combat helicopters struck the bridge.", "Ukrainian combat helicopters", "UKR", "MIL"),
        ("Police detained two student demonstrators in Lima.", "student demonstrators", None, "CVL"),
    ],
)
def test_actors_cameo_agent_phrases_give_the_sector(run_actors, text, span, country, sector):
    found = _actors_at(run_actors(text), span)
    assert any(a.country == country and a.sector == sector for a in found), found


def test_actors_cameo_agents_keep_the_title_of_an_own_word(run_actors):
    found = _actors_at(run_actors("Vice Foreign Minister Arvo Kask met the envoy."), "Arvo Kask")
    assert [(a.sector, a.role) for a in found] == [("GOV", "foreign minister")]


@pytest.mark.parametrize(
    "text",
    [
        "Civil servant pay rose by a tenth in Bolivia.",
        "News outlet revenue fell in Peru.",
        "Resistance movement funds were frozen.",
    ],
)
def test_actors_cameo_agent_phrase_modifying_a_noun_is_no_actor(run_actors, text):
    assert run_actors(text)._.actors == []


def test_actors_cameo_agent_phrases_are_groups():
    assert agents()["military base"].type == "group"


@pytest.mark.parametrize(
    "text",
    [
        "Blinken said the secretary of state would travel to Doha next week.",
        "Two US secretaries of state met in Lima.",
    ],
)
def test_actors_agent_phrase_over_a_linking_word_is_not_cut_at_its_last_word(run_actors, text):
    assert "state" not in {a.name for a in run_actors(text)._.actors}
