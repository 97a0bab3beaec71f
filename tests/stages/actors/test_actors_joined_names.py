"""A body's name NER cut at "and" runs to the word its last word modifies, and one whose first part NER left
untagged before "and" opens with it (``pipeline.stages.actors.name_spans.joined_name``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 1, 28)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Ministry of Foreign and Diaspora Affairs has activated its consular desk.",
         "Ministry of Foreign and Diaspora Affairs"),
        ("The Ministry of Foreign and European Affairs said the talks would resume.",
         "Ministry of Foreign and European Affairs"),
        # the first part before "and" left untagged
        ("Nets that Finland's Police and Border Guard Board had laid were cut.", "Police and Border Guard Board"),
        ("The crossing was shut, according to the Police and Border Guard Board.", "Police and Border Guard Board"),
    ],
)
def test_actors_name_cut_at_and_is_joined(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    named = [a.name for a in doc._.actors if a.named]
    assert name in named
    assert not [n for n in named if n != name and n in name]  # no piece of it an actor of its own


def test_actors_two_bodies_joined_by_and_stay_two(run_actors):
    doc = run_actors("NATO and European Union leaders met in Brussels.", published=PUBLISHED)
    igos = {a.igo for a in doc._.actors if a.named}
    assert {"NATO", "EU"} <= igos


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person's name NER cut at a surname's particles
        ("The talks ended.\n(Additional reporting by Greta ter Horst in Rotterdam)", "Greta ter Horst"),
    ],
)
def test_actors_person_cut_at_particles_is_one(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    assert [a.name for a in doc._.actors if a.type == "person"] == [name]
