"""One word NER takes for a person that is a region's or large city's main name, borne by no person named in full,
is a place: a page's section line ("Analysis | Sahel"), a headline ("place_names._named_place")."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 6, 20)


def _person_names(doc):
    return [a.name for a in doc._.actors if a.named and a.type == "person"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Analysis | Sahel\n\nWhy Mali's junta is betting on the Africa Corps\n\nBy Ana Ruiz — June 20, 2025\n\n"
         "Text.", "Sahel"),
        ("Explainer | Sahel\n\nAfter Wagner, can Russia's Africa Corps hold on in Mali?\n\nBy Ana Ruiz\n\nText.",
         "Sahel"),
        ("After Tigray, can Ethiopia hold the line in Amhara?\n\nText.", "Tigray"),
    ],
)
def test_actors_place_in_a_section_line_or_headline_is_no_person(run_actors, text, place):
    doc = run_actors(text, published=PUBLISHED)
    assert place not in _person_names(doc)


def test_actors_surname_of_a_full_name_stays_a_person(run_actors):
    doc = run_actors("Jorge Santos, the chairman, said on Monday the vote was fair. Santos added that he was "
                     "satisfied.", published=PUBLISHED)
    assert any("Santos" in name for name in _person_names(doc))
