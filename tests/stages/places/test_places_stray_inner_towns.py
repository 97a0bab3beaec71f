"""A site's name that opens with a name of its own and holds a small town's name further on ("the Vailima Bay
Resort", where some hamlet abroad is called "Bay Resort") is named for itself: it is a site, placed by the towns
named next to it, never at that namesake; a feature word or a direction before the town keeps the town's reading
("Lake Manassas") (pipeline/stages/places/inner_names.py)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, site, country", [
    ("The leaders met at the Taumeasina Island Resort on the edge of Apia on Friday.", "Taumeasina Island Resort",
     "WSM"),
    ("Delegates stayed at the Faleata Island Resort outside Apia.", "Faleata Island Resort", "WSM"),
])
def test_places_stray_inner_town_makes_a_site(run_stage, text, site, country):
    by_name = {p.name: p for p in run_stage(text)._.places}
    assert by_name[site].country == country and by_name[site].kind == "other"


@pytest.mark.parametrize("text, name, country", [
    ("Residents swam in Lake Manassas on Sunday.", "Lake Manassas", "USA"),
])
def test_places_feature_word_keeps_the_town(run_stage, text, name, country):
    by_name = {p.name: p for p in run_stage(text)._.places}
    assert by_name[name].country == country
