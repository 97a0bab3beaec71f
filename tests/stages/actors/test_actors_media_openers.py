"""A body's name that opens with a broadcaster's medium is a medium (MED) when nothing else gives it a sector
(``ner_names._name_head_sector``, ``actor_media_openers.txt``)."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at


@pytest.mark.parametrize(
    ("text", "span", "sector"),
    [
        ("Israel's Channel 12 reported the vote.", "Channel 12", "MED"),
        ("Radio Free Asia reported the arrests.", "Radio Free Asia", "MED"),
    ],
)
def test_actors_name_opening_with_a_medium(run_actors, text, span, sector):
    assert [a.sector for a in _actors_at(run_actors(text), span)] == [sector]
