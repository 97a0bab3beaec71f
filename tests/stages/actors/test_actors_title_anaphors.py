"""A definite title of one word or several ("the minister", "the foreign minister", "the secretary general") after a
person who holds it is a mention of that person (``merging.anaphor_mentions``); a hyphen in the role counts as a
space."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "person", "anaphor"),
    [
        ("Kenyan Foreign Minister Tavi Mbeko met the envoy on Friday. The foreign minister said the deal would hold.",
         "Tavi Mbeko", "The foreign minister"),
        ("The bloc's secretary general, Vera Ndulu, opened the meeting. The secretary general said "
         "it would last a day.", "Vera Ndulu", "The secretary general"),
        ("Turkish Foreign Minister Emre Kaya flew to Cairo. The minister met aid groups there.",
         "Emre Kaya", "The minister"),
    ],
)
def test_actors_title_anaphor_of_several_words(run_actors, text, person, anaphor):
    doc = run_actors(text)
    holder = next(a for a in doc._.actors if a.name == person)
    assert anaphor in [m.text for m in doc._.actor_mentions if m.entity_id == holder.actor_id]


def test_actors_title_anaphor_of_several_words_with_two_holders_stays_open(run_actors):
    doc = run_actors("Foreign Minister Tavi Mbeko met Foreign Minister Ana Sousa. The foreign minister said little.")
    assert not [m for m in doc._.actor_mentions if m.text == "The foreign minister"]
