"""The actors stage as a whole (``pipeline.stages.actors``): what it leaves on the Doc; mentions index the text."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


WORDS = ["Russian", "forces", "the", "Kremlin", "said", "Moscow", "Ukrainian", "minister", "Foreign", "Minister",
         "Hakan", "Fidan", "police", "U.S.", "’s", "'s", ",", ".", "-", "NATO", "troops", "a", "senator", "Kyiv",
         "rejected", "officials", "Hamas", "in", "and", "\n", "“", "”", "spokesman", "former", "President"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=25))
def test_actors_mentions_always_index_the_text_and_name_an_actor(run_actors, words):
    doc = run_actors(" ".join(words))
    ids = {actor.actor_id for actor in doc._.actors}
    assert len(ids) == len(doc._.actors)
    for mention in doc._.actor_mentions:
        assert doc.text[mention.start:mention.end] == mention.text
        assert mention.entity_id in ids


@pytest.mark.parametrize("text", ["Ollanta Humala, a former army officer, met Erdoğan’s envoy in Ankara."])
def test_actors_stage_leaves_nothing_on_the_doc_that_cannot_be_saved(run_actors, text):
    doc = run_actors(text)
    assert doc._.actors
    assert not [key for key in doc.user_data if key == ("parley", "actor_view")]
