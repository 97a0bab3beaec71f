"""A body's full title in capitals over "of" is its name, not its head alone
(``pipeline.stages.actors.ner_names._titled_body_name``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 7, 15)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Ministry of Foreign Affairs also noted that the two countries would coordinate their positions.",
         "Ministry of Foreign Affairs"),
        ("The Ministry of Defence said on Friday that the drills had ended.", "Ministry of Defence"),
    ],
)
def test_actors_titled_body_keeps_its_full_name(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    named = [a.name for a in doc._.actors if a.named]
    assert name in named and "Ministry" not in named


def test_actors_riot_police_still_no_name(run_actors):
    doc = run_actors("Riot police fired tear gas at the crowd on Sunday.", published=PUBLISHED)
    assert not [a for a in doc._.actors if a.named]
