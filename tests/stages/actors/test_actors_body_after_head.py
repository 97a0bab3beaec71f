"""A weak head noun ("head", "chairman", "spokesman", "members") followed by "of X" or "for X" takes the sector of
the body X, and the country of a body the knowledge base knows."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at


@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        ("The head of Gazprom flew to Ankara on Monday.", "head", "RUS", "BUS"),
        ("A director of Samsung resigned last week.", "director", "KOR", "BUS"),
        ("A spokesman for the army denied the report.", "spokesman", None, "MIL"),
        ("A spokesperson for the Kenyan police confirmed the arrests.", "spokesperson", None, "COP"),
        ("The chief of Hamas met the envoy in Doha.", "chief", "PSE", "REB"),
        ("Members of parliament voted against the bill.", "Members", None, "LEG"),
    ],
)
def test_actors_weak_head_takes_the_body_after_it(run_actors, text, span, country, sector):
    found = _actors_at(run_actors(text), span)
    assert any(a.country == country and a.sector == sector for a in found), found
