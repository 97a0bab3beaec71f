"""A ship's name is no actor (``models/en/actor_ship_prefixes.txt``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 8, 19)


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("The coast guard said the BRP Cabra and BRP Bagacay were on a resupply mission.", "Bagacay"),
        ("The USS Tarrant shot down three drones over the Red Sea, officials said.", "Tarrant"),
        ("Rebels seized the MV Solveig Dahl off the coast on Friday.", "Solveig Dahl"),
    ],
)
def test_actors_ship_is_no_actor(run_actors, text, ship):
    doc = run_actors(text, published=PUBLISHED)
    assert not [a.name for a in doc._.actors if ship in a.name]
