"""Places stage, islands, island groups, lakes and bays that are no town or subdivision ("Oahu", "Sicily",
"Lake Erie"): the gazetteer holds them from Natural Earth (models/en/natural_features.tsv), and a town of the same
name is still meant when the text qualifies it ("Crete, Nebraska")."""
from __future__ import annotations

import pytest

from pipeline.stages.places.resolution import resolve_toponyms
from places_helpers import toponyms_in


@pytest.mark.parametrize("text, names, expected", [
    ("Surfers flocked to Oahu and Kauai over the holidays.", ["Oahu", "Kauai"],
     [("Oahu", "region", "USA"), ("Kauai", "region", "USA")]),
    ("Migrant boats reached Sicily and the Canary Islands this week.", ["Sicily", "Canary Islands"],
     [("Sicily", "region", "ITA"), ("Canary Islands", "region", "ESP")]),
    ("Ferries to Crete and Lesbos were cancelled.", ["Crete", "Lesbos"],
     [("Crete", "region", "GRC"), ("Lesbos", "region", "GRC")]),
    ("Ice covered Lake Erie and parts of Chesapeake Bay.", ["Lake Erie", "Chesapeake Bay"],
     [("Lake Erie", "other", None), ("Chesapeake Bay", "other", None)]),
    # a town named like an island, qualified by its state
    ("The plant in Crete, Nebraska, hired 40 workers.", ["Crete", "Nebraska"],
     [("Crete", "city", "USA"), ("Nebraska", "region", "USA")]),
])
def test_places_islands_and_lakes_are_known(gaz, text, names, expected):
    resolved = resolve_toponyms(text, toponyms_in(text, names), gaz)
    assert [(r.entry.name, r.entry.kind, r.entry.country) for r in resolved] == expected
    assert all(r.entry.lat is not None for r in resolved)
