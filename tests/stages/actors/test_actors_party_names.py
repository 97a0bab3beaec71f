"""A name NER took for a person before a lower-case word for a party is the party's name
(``pipeline.stages.actors.ner_names._names_party``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 5, 17)


def _named(doc):
    return sorted((a.name, a.type, a.sector) for a in doc._.actors if a.named)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Lawmakers from the conservative Vamos party voted against it.", ("Vamos", "organization", "PTY")),
        ("Lawmakers from the centrist Valiente party voted against it.", ("Valiente", "organization", "PTY")),
    ],
)
def test_actors_name_before_party_word_is_party(run_actors, text, actor):
    doc = run_actors(text, published=PUBLISHED)
    assert _named(doc) == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the party word modifies people: the name stays a person's
        ("Hugo Ramirez party officials said nothing.", ("Hugo Ramirez", "person", None)),
    ],
)
def test_actors_party_word_modifying_people_keeps_person(run_actors, text, actor):
    doc = run_actors(text, published=PUBLISHED)
    assert _named(doc) == [actor]
