"""A hyphenated title the tokenizer splits ("Secretary-General" -> Secretary, -, General) is the table's hyphenated
word, not its last part: "General" alone is a soldier's title (``phrases._longest_agent``)."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at


@pytest.mark.parametrize(
    ("text", "span", "sector", "role"),
    [
        ("OPEC Secretary-General Haitham Nasser spoke on Monday.", "Haitham Nasser", "IGO", "secretary-general"),
        ("Vice-President Tomas Berg arrived on Monday.", "Tomas Berg", "GOV", "vice president"),
        # the unsplit title keeps reading as before
        ("General Karim Haddad arrived on Monday.", "Karim Haddad", "MIL", "general"),
    ],
)
def test_actors_hyphenated_title(run_actors, text, span, sector, role):
    found = [(a.sector, a.role) for a in _actors_at(run_actors(text), span) if a.type == "person"]
    assert found == [(sector, role)]


def test_actors_hyphenated_title_is_the_whole_mention(run_actors):
    doc = run_actors("OPEC Secretary-General Haitham Nasser spoke on Monday.")
    person = next(a for a in doc._.actors if a.name == "Haitham Nasser")
    assert [m.text for m in doc._.actor_mentions if m.entity_id == person.actor_id] == [
        "OPEC Secretary-General Haitham Nasser"]
