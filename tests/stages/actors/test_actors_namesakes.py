"""A person the knowledge base knows only in roles that ended a lifetime (30 years) before the story is a namesake:
those roles give no country (``pipeline.stages.actors.known_names``)."""
from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        # Pakistan's prime minister of 1971 is not a farmer fleeing Myanmar in 2025
        ("On the morning the shelling began, Nurul Amin, a rice farmer, loaded his cart and walked west.",
         dt.date(2025, 1, 21), None),
        # ... while a story of his own years still reads the base
        ("Nurul Amin met the delegation in Islamabad on Tuesday.", dt.date(1972, 3, 1), "PAK"),
    ],
)
def test_actors_long_past_roles_name_a_namesake(run_actors, text, published, country):
    doc = run_actors(text, published=published)
    assert [a.country for a in doc._.actors if a.name == "Nurul Amin"] == [country]
