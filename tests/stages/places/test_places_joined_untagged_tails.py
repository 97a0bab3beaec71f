"""A country's name joined by "and" whose second half the model left untagged ("Sao Tome" tagged, "and Principe"
not) is one name when the gazetteer knows the whole (pipeline/stages/places/joined_names.py)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, country", [
    ("Navies from Ghana, Sao Tome and Principe and Equatorial Guinea joined the patrol.", "Sao Tome and Principe",
     "STP"),
    ("Diplomats from Sao Tome and Principe arrived in Luanda.", "Sao Tome and Principe", "STP"),
])
def test_places_joined_untagged_tail(run_stage, text, name, country):
    places = {p.name: p.country for p in run_stage(text)._.places}
    assert places.get(name) == country and "Príncipe" not in places


@pytest.mark.parametrize("text, names", [
    ("Lebanon and the Netherlands voted against the motion.", {"Lebanon", "Netherlands"}),
    ("Talks between Bosnia and Herzegovina and Serbia ended on Friday.", {"Bosnia and Herzegovina", "Serbia"}),
])
def test_places_separate_names_stay_separate(run_stage, text, names):
    assert {p.name for p in run_stage(text)._.places} == names
