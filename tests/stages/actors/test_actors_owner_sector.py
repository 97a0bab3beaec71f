"""A weak head noun ("officials", "members", "leaders") after a body takes the body's sector, not its own default;
not a person's, an international body's, or once former."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at


@pytest.mark.parametrize(
    ("text", "span", "sector"),
    [
        ("Hamas officials met Egyptian mediators in Cairo.", "Hamas officials", "REB"),
        ("Gazprom officials signed the deal in Ankara.", "Gazprom officials", "BUS"),
        ("Hezbollah leaders vowed revenge on Sunday.", "Hezbollah leaders", "REB"),
        ("White House officials declined to comment.", "White House officials", "GOV"),
        ("EU leaders met in Brussels on Thursday.", "EU leaders", "GOV"),
        ("A former White House official wrote the memo.", "former White House official", "ELI"),
    ],
)
def test_actors_weak_head_takes_the_sector_of_its_body(run_actors, text, span, sector):
    found = [a for a in _actors_at(run_actors(text), span) if not a.named]
    assert [a.sector for a in found] == [sector]
