"""Places stage, names: the place a nationality word points to."""
from __future__ import annotations

import pytest

from pipeline.stages.places.names import demonym_place


@pytest.mark.parametrize("word, place", [
    ("Turkish", "Turkey"), ("Russian", "Russia"), ("European", "Europe"), ("Kurdish", "Kurdistan"),
    ("English", None), ("Catholic", None),
    # the nationality of the Republic of Korea is "Korean": the bare word is South Korea's, the qualified ones
    # each country's
    ("Korean", "South Korea"), ("South Korean", "South Korea"), ("North Korean", "North Korea"),
])
def test_places_demonym_place(word, place):
    assert demonym_place(word) == place
