"""A state's embassy or consulate is not of the country it stands in
(``pipeline.stages.actors.descriptions._prep_country``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 2, 21)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The United States was represented by the charge d'affaires of its embassy in Pretoria.", "ZAF"),
        ("Varnia sent a diplomat from its consulate in Mombasa to the hearing.", "KEN"),
    ],
)
def test_actors_mission_abroad_not_of_its_host(run_actors, text, wrong):
    doc = run_actors(text, published=PUBLISHED)
    assert not [a for a in doc._.actors if a.name.lower().endswith(("embassy", "consulate")) and a.country == wrong]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Protesters gathered outside the embassy of Russia in Kabul.", "RUS"),
        ("The Chinese embassy in Kabul said its staff were safe.", "CHN"),
    ],
)
def test_actors_mission_abroad_keeps_its_own_country(run_actors, text, country):
    doc = run_actors(text, published=PUBLISHED)
    assert country in [a.country for a in doc._.actors if "embassy" in a.name.lower()]
