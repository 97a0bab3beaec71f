"""Places stage, names: the place a nationality word points to."""
from __future__ import annotations

import pytest

from pipeline.stages.places.names import demonym_place


@pytest.mark.parametrize("word, place", [
    ("Turkish", "Turkey"), ("Russian", "Russia"), ("European", "Europe"), ("Kurdish", "Kurdistan"),
    ("English", None), ("Catholic", None),
])
def test_places_demonym_place(word, place):
    assert demonym_place(word) == place
