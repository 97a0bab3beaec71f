"""A description merged into a named person never becomes the person's name
(``pipeline.stages.actors.merging.merge_candidates``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 2, 1)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("President Nicolas Maduro met Richard Grenell, U.S. President Donald Trump's envoy for special missions, "
         "in Caracas. Grenell posted a photo of the men.", "Richard Grenell"),
        ("The minister met Tarek Aziz, Prime Minister Anwar Ibrahim's special adviser on trade, on Monday.",
         "Tarek Aziz"),
    ],
)
def test_actors_person_keeps_name_over_description(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    named = [a for a in doc._.actors if a.named and a.type == "person"]
    assert name in [a.name for a in named]
    assert not [a.name for a in named if "'s" in a.name]
    surname = name.split()[-1]
    assert [a.name for a in doc._.actors if a.name == surname] == []  # the later surname joins the person
