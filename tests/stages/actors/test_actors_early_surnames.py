"""A person's surname named before the full name (a headline or lead line) joins that person
(``pipeline.stages.actors.merging._fold_early_surnames``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 9, 12)


def _people(doc, surname):
    return sorted(a.name for a in doc._.actors if a.named and surname in a.name)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Honduran lawmakers reject Castro plan\n\nTEGUCIGALPA — Congress on Tuesday rejected a plan by President "
         "Xiomara Castro to reform the police.", "Xiomara Castro"),
        ("Spain's Congress rejects Sanchez budget\n\nMADRID — Spain's Congress on Thursday rejected the budget of "
         "Prime Minister Pedro Sanchez.", "Pedro Sanchez"),
        ("Guatemala's Congress blocks Arevalo bid\n\nGUATEMALA CITY — Lawmakers on Thursday turned down a bill "
         "sent by President Bernardo Arevalo. Arevalo said he would try again.", "Bernardo Arevalo"),
    ],
)
def test_actors_surname_before_full_name_is_one_person(run_actors, text, person):
    doc = run_actors(text, published=PUBLISHED)
    assert _people(doc, person.split()[-1]) == [person]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # two people share the surname: the early one is neither's
        ("Spain's Congress rejects Sanchez budget\n\nMADRID — Spain's Congress on Thursday rejected the budget of "
         "Prime Minister Pedro Sanchez and of Mexican senator Olga Sanchez.",
         ["Olga Sanchez", "Pedro Sanchez", "Sanchez"]),
    ],
)
def test_actors_early_surname_of_two_people_stays_apart(run_actors, text, names):
    doc = run_actors(text, published=PUBLISHED)
    assert _people(doc, "Sanchez") == names
