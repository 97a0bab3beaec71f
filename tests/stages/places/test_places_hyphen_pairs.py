"""Two places joined by a hyphen before what links them ("the Iasi-Ungheni line", "the Sumy-Kharkiv road") are
both places, also when the model tags them as adjectives; nationality words so joined are not ("Franco-German")
(pipeline/stages/places/scan.py, ``_paired_place``)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Power flows to Moldova through the Iasi-Ungheni line, Romania said.", {"Iaşi"}),
    ("The Ungheni-Chisinau pipeline carries Romanian gas.", {"Ungheni", "Chisinau"}),
])
def test_places_hyphen_pair_places(run_stage, text, expected):
    assert expected <= {p.name for p in run_stage(text)._.places}


@pytest.mark.parametrize("text, absent", [
    ("Franco-German talks ended in Paris on Friday.", "Franco"),
    ("Anglo-Irish relations improved, Dublin said.", "Anglo"),
])
def test_places_hyphen_pair_not_nationalities(run_stage, text, absent):
    assert not any(absent in p.name for p in run_stage(text)._.places)
