"""A person whose title names a body takes the body's country when nothing else gives one, and its sector when the
title gives none or only a weak default (``candidates._employed_by``)."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at


@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        ("Gazprom chief executive Alexei Miller met the minister.", "Alexei Miller", "RUS", "BUS"),
        ("Samsung chairman Kim Do-hyun was pardoned.", "Kim Do-hyun", "KOR", "BUS"),
        ("Hezbollah spokesman Ali Haidar Nour denied the report.", "Ali Haidar Nour", "LBN", "REB"),
        ("Reuters reporter Jana Kovac was detained.", "Jana Kovac", "GBR", "MED"),
    ],
)
def test_actors_person_takes_the_body_of_the_title(run_actors, text, span, country, sector):
    found = [a for a in _actors_at(run_actors(text), span) if a.type == "person"]
    assert [(a.country, a.sector) for a in found] == [(country, sector)]


def test_actors_text_country_wins_over_the_title_body(run_actors):
    found = [a for a in _actors_at(run_actors("Turkish Gazprom adviser Emre Kaya spoke."), "Emre Kaya")
             if a.type == "person"]
    assert [a.country for a in found] in ([], ["TUR"])
