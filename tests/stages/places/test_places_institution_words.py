"""The Commonwealth is a body of states, not the Manila district that bears its name: like "council" or
"parliament", the word alone names no place (models/en/place_stopwords.txt)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Commonwealth leaders met in Apia, Samoa, on Friday.",
    "Kenya urged the Commonwealth to act on climate finance, officials in Nairobi said.",
])
def test_places_commonwealth_is_no_place(run_stage, text):
    places = run_stage(text)._.places
    assert places and not any(p.name == "Commonwealth" for p in places)
