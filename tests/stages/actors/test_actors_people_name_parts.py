"""A word NER cuts from a people's name of several words ("Leonean" of "Sierra Leonean") is no person
(``non_actor_names.inside_people_name``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 12, 9)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The observer mission, headed by former Sierra Leonean vice president Samuel Sam-Sumana, praised the calm.",
         "Leonean"),
        ("The team, headed by former Sierra Leonean vice president Joe Blell, observed the count.", "Leonean"),
        ("The group, led by a former Sierra Leonean vice president, Victor Foh, observed the count.", "Leonean"),
    ],
)
def test_actors_part_of_a_people_name_is_no_actor(run_actors, text, word):
    doc = run_actors(text, published=PUBLISHED)
    assert not [a.name for a in doc._.actors if a.name.split()[0] == word]
