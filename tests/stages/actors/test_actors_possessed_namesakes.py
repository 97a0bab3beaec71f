"""A state body's generic dictionary name after another country's possessor is that country's namesake
(``pipeline.stages.actors.candidates._other_owner``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 9, 3)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Pakistan's Foreign Office said the visit was a success.", "Foreign Office", "PAK"),
        ("Islamabad's Foreign Office said in a statement that the talks went well.", "Foreign Office", "PAK"),
        ("Britain's Foreign Office said it was concerned.", "Foreign Office", "GBR"),  # the dictionary's own
        ("Iran's Hezbollah allies fired rockets overnight.", "Hezbollah", "LBN"),  # a name of its own: an ally's
    ],
)
def test_actors_possessor_of_generic_state_body(run_actors, text, name, country):
    doc = run_actors(text, published=PUBLISHED)
    assert [a.country for a in doc._.actors if a.name == name] == [country]
