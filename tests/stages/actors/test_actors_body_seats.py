"""A body named with "in <capital>" right after it sits in that capital's country, and a person whose role places
them at that body is of that country too ("a professor at the Centre for Policy Research in Dhaka")
(``pipeline.stages.actors.descriptions.seat_after``, ``workplace_seat``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 2)


def _countries(doc):
    return {a.name: a.country for a in doc._.actors if a.named}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ('"It is a present danger," said Dilnoza Karimova, a researcher at the Eurasian Institute for Water Studies '
         'in Tashkent.', "Eurasian Institute for Water Studies", "UZB"),
        ('"It is a present danger," said Dilnoza Karimova, a researcher at the Eurasian Institute for Water Studies '
         'in Tashkent.', "Dilnoza Karimova", "UZB"),
        ('"Trade will pull them back," said Farhana Alam, a professor at the Bengal Centre for Policy Research in '
         'Dhaka.', "Farhana Alam", "BGD"),
        ('"It is deterrence by presence," said Aino Virtanen, a senior fellow at the Nordic Maritime Institute in '
         'Helsinki.', "Aino Virtanen", "FIN"),
        ("Jonas Weber, who follows the region for the Institute for Security Affairs in Berlin, called the plan "
         "pragmatic.", "Institute for Security Affairs", "DEU"),
        # a mission abroad is of the state it represents, not of the capital it sits in
        ("Police scaled the walls of the Mexican Embassy in Quito on Friday.", "Mexican Embassy", "MEX"),
    ],
)
def test_actors_body_and_its_people_take_the_seat_country(run_actors, text, name, country):
    doc = run_actors(text, published=PUBLISHED)
    assert _countries(doc).get(name) == country


@pytest.mark.parametrize(
    "text",
    [
        "Leaders agreed to set up the Pacific Resilience Facility in Tonga next year.",
        "The Regional Water Coordination Centre in Uzbekistan will share data with both sides.",
    ],
)
def test_actors_body_in_a_country_takes_no_country_from_it(run_actors, text):
    doc = run_actors(text, published=PUBLISHED)
    assert not [a for a in doc._.actors if a.named and a.type != "person" and a.country]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Jonas Weber, who works for the Institute for Security Affairs in Berlin, called the plan pragmatic.",
         "Jonas Weber", "DEU"),
    ],
)
def test_actors_person_placed_at_a_body_by_a_relative_clause(run_actors, text, name, country):
    doc = run_actors(text, published=PUBLISHED)
    assert _countries(doc).get(name) == country
