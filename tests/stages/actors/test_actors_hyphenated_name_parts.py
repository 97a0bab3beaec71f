"""One part of a hyphenated name inside a longer name is no one's surname: "Yunus-Bek Yevkurov" does not name
Muhammad Yunus (``dictionary_names._hyphen_joined``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 6, 20)


@pytest.mark.parametrize(
    ("text", "stranger"),
    [
        ("In Bamako, officials welcomed the visit. Yunus-Bek Yevkurov, Russia's deputy defence minister, has been "
         "to Niamey twice this year, according to state television ORTM.", "Muhammad Yunus"),
        ("The juntas have turned to Moscow. Yunus-Bek Yevkurov, the Kremlin's point man for the region, has toured "
         "Bamako and Niamey since 2023, according to Malian state television ORTM.", "Muhammad Yunus"),
    ],
)
def test_actors_part_of_a_double_name_is_no_known_surname(run_actors, text, stranger):
    doc = run_actors(text, published=PUBLISHED)
    assert stranger not in [a.name for a in doc._.actors]


def test_actors_two_surnames_joined_stay_their_people(run_actors):
    doc = run_actors("Officials prepared for the Modi-Xi meeting in Kazan on Tuesday. Xi Jinping arrived on Monday.",
                     published=PUBLISHED)
    assert "Xi Jinping" in [a.name for a in doc._.actors]
