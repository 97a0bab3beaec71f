"""A description set right before a body's name is a mention of that body and gives it the description's sector
where it has none, also after "the" with no country ("the state news agency QNA"), and also when the parser reads
the description's last word as modifying the name (``agent_phrases._describes_body_after``)."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at


@pytest.mark.parametrize(
    ("text", "span", "name", "sector"),
    [
        ("The state news agency QNA said the talks went well.", "QNA", "QNA", "GOV"),
        ("The ruling party Unity Front won the vote.", "Unity Front", "Unity Front", "PTY"),
        ("The news agency Interfax reported the deal.", "Interfax", "Interfax", "MED"),
    ],
)
def test_actors_description_before_a_body_name(run_actors, text, span, name, sector):
    doc = run_actors(text)
    found = _actors_at(doc, span)
    assert [(a.name, a.sector) for a in found] == [(name, sector)]
    mentions = [m.text for m in doc._.actor_mentions if m.entity_id == found[0].actor_id]
    assert any(span not in mention for mention in mentions)  # the description is a mention of its own


def test_actors_description_cut_at_its_possessor_is_no_mention(run_actors):
    doc = run_actors("Aid was suspended, the UN children ’ s agency Unicef said on Thursday.")
    assert not [m for m in doc._.actor_mentions if m.text.startswith(("’", "s "))]
