"""A name set off by commas that NER cut before its last word, which the parse makes the name's head, is the whole
name ("India's foreign secretary, Vikram Misri, ...": NER found "Vikram" alone, as a body)
(``pipeline.stages.actors.known_names.widened_name``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 2)


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("On Tuesday, India's foreign secretary, Vikram Misri, met the envoy in Kathmandu.", "Vikram Misri", "person"),
        ("When the top diplomat, Vikram Misri, landed in Colombo, talks resumed.", "Vikram Misri", "person"),
        # a name NER found whole stays as it is
        ("Sri Lanka's foreign minister, Vijitha Herath, met his counterpart on Friday.", "Vijitha Herath", "person"),
    ],
)
def test_actors_name_cut_short_is_whole(run_actors, text, name, type_):
    doc = run_actors(text, published=PUBLISHED)
    assert [(a.name, a.type) for a in doc._.actors if a.named] == [(name, type_)]
