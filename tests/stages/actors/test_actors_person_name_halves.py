"""A person's name NER cuts in two over proper nouns it left untagged is one name ("Al-Harith Idriss al-Harith
Mohamed"), not two people (``name_spans._joined_person``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 10, 31)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sudan's U.N. envoy, Al-Harith Idriss al-Harith Mohamed, told the council the attacks must stop.",
         "Al-Harith Idriss al-Harith Mohamed"),
        ("Jordan's envoy, Al-Mahdi Idriss al-Mahdi Osman, rejected the report on Tuesday.",
         "Al-Mahdi Idriss al-Mahdi Osman"),
    ],
)
def test_actors_person_cut_in_two_is_one_person(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    people = [a.name for a in doc._.actors if a.type == "person" and a.named]
    assert people == [name]


def test_actors_two_people_apart_stay_two(run_actors):
    doc = run_actors("Omar Haddad, Layla Nasser and Sami Aziz signed the letter.", published=PUBLISHED)
    assert len([a for a in doc._.actors if a.type == "person" and a.named]) == 3
