"""A chargé d'affaires (the diplomat who heads a mission without an ambassador, the one a ministry summons in many
protests) is a title like "ambassador" (``models/en/agents.tsv``): the person it names takes the country before it."""
from __future__ import annotations

import datetime as dt

import pytest

from actors_helpers import _actors_at

PUBLISHED = dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The ministry called in Norway's chargé d'affaires, Ola Brekke, on Tuesday.", "Ola Brekke", "NOR"),
        ("Chilean charge d'affaires Marta Rojas was handed a note of protest.", "Marta Rojas", "CHL"),
        ("Officials met the Danish chargé d'affaires, Mette Lund, twice.", "Mette Lund", "DNK"),
        # with a typographic apostrophe, the unnamed diplomat
        ("Officials met the Danish chargé d’affaires twice.", "chargé d’affaires", "DNK"),
    ],
)
def test_actors_charge_d_affaires_takes_country(run_actors, text, name, country):
    doc = run_actors(text, published=PUBLISHED)
    assert [(a.country, a.role) for a in _actors_at(doc, name)] == [(country, "chargé d'affaires")]
