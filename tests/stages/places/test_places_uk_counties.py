"""Places stage, names: a UK county of one word is often a person's name too ("Devon", "Kent"), so it is taken
only where the model tags it a place; "-shire" names and names of several words are taken wherever they stand."""
from __future__ import annotations

import pytest

from pipeline.stages.places.names import _known


@pytest.mark.parametrize("name, strong", [
    ("Cambridgeshire", True),
    ("East Sussex", True),
    ("Devon", False),  # also a first name: the model must tag it
    ("Angus", False),
])
def test_places_uk_county_is_taken_without_a_tag(gaz, name, strong):
    assert _known(name, gaz, strong_only=True) is strong
