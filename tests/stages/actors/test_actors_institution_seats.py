"""A research or teaching institution with no country of its own named as "<name> in <city>" is of that city's
country (``descriptions.seat_after``), and so is the person an appositive places at it
(``descriptions.workplace_seat``); an aid group so named keeps none."""
from __future__ import annotations

import datetime as dt

import pytest

from actors_helpers import _country_of

PUBLISHED = dt.date(2025, 6, 20)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Lena Berg, an analyst at the Clingendael Institute in The Hague, said the juntas had few options.",
         "Clingendael Institute", "NLD"),
        ("Tom Hale, a fellow at the Royal United Services Institute in London, said the plan was weak.",
         "Royal United Services Institute", "GBR"),
        ("Ana Ruiz, who heads the Institute for Security Studies in Pretoria, said attacks would go on.",
         "Institute for Security Studies", "ZAF"),
    ],
)
def test_actors_institution_takes_its_city(run_actors, text, name, country):
    assert _country_of(run_actors(text, published=PUBLISHED), name) == country


def test_actors_aid_group_in_a_city_keeps_no_country(run_actors):
    doc = run_actors("Doctors Without Borders in Khartoum said its teams were overwhelmed.", published=PUBLISHED)
    assert _country_of(doc, "Doctors Without Borders") in (None, "missing")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Lena Berg, an analyst at the Clingendael Institute in The Hague, said the juntas had few options.",
         "Lena Berg", "NLD"),
        ("Tom Hale, a researcher with the Institute for Security Studies in Pretoria, said attacks would go on.",
         "Tom Hale", "ZAF"),
    ],
)
def test_actors_person_takes_the_country_of_the_body_they_work_at(run_actors, text, name, country):
    assert _country_of(run_actors(text, published=PUBLISHED), name) == country
