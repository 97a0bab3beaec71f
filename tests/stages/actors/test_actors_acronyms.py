"""A body named by an acronym of the initials of a body named before it is that body (``merging._acronym_of``)."""
from __future__ import annotations

import pytest

from pipeline.stages.actors.merging import _initials


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("Kurdistan Regional Government", "KRG"),
        ("the Sahel Farmers Union", "SFU"),
        ("Council for the Defence of Democracy", "CDD"),
        ("Niger-Delta Authority", "NDA"),
        ("Ministry of foreign affairs", ""),  # a lower-case word that an acronym does not skip: no initials
    ],
)
def test_actors_initials_of_a_body_name(name, initials):
    assert _initials(name) == initials


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("The Sahel Farmers Union met the minister. The SFU said it would strike.", "SFU"),
        ("The Kurdistan Regional Government sent a delegation. The KRG said talks went well.", "KRG"),
    ],
)
def test_actors_acronym_joins_the_body_named_before(run_actors, text, acronym):
    doc = run_actors(text)
    ids = {m.entity_id for m in doc._.actor_mentions if m.text.endswith(acronym)}
    full = {m.entity_id for m in doc._.actor_mentions if not m.text.endswith(acronym)}
    assert len(ids) == 1 and ids <= full


def test_actors_acronym_of_two_bodies_stays_apart(run_actors):
    doc = run_actors("The Sahel Farmers Union met the Sahel Fishers Union. The SFU said it would strike.")
    ids = {m.entity_id for m in doc._.actor_mentions if m.text.endswith("SFU")}
    named_before = {m.entity_id for m in doc._.actor_mentions if "Union" in m.text}
    assert not ids & named_before
