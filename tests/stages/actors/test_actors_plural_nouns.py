"""A one-word name NER took for a person, opening its sentence, line or quotation, that is the plural of a common
noun is no name ("'Hulls in the water are not.'"; one taken for a body is left alone: a body's plural may be its
members', "Democrats"), unless a person named in full in the story bears it
(``pipeline.stages.actors.non_actor_names.names_plural_noun``, WordNet's nouns as the model ships them)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 1, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'Announcements are cheap,' she said. 'Hulls in the water are not.'", []),
        ("Tom Banks, the envoy, arrived on Monday. Banks said the talks would resume.", ["Tom Banks"]),
        ("Hamas said it had accepted the proposal.", ["Hamas"]),
    ],
)
def test_actors_plural_common_noun_opening_a_sentence_is_no_name(run_actors, text, expected):
    doc = run_actors(text, published=PUBLISHED)
    assert [a.name for a in doc._.actors if a.named] == expected
