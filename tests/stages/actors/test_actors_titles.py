"""Titles, appositives and bodies in titles (``pipeline.stages.actors.titles``)."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at


def test_actors_unknown_person_takes_country_and_role_from_title(run_actors):
    doc = run_actors("Chilean Foreign Minister Carla Montero Ruiz met her counterpart.")
    found = _actors_at(doc, "Carla Montero Ruiz")
    assert [(a.type, a.country, a.sector, a.role) for a in found] == [("person", "CHL", "GOV", "foreign minister")]


def test_actors_unknown_person_takes_country_from_apposition(run_actors):
    doc = run_actors("Tomas Verhoeven Lindqvist, Sweden's deputy trade minister, signed the deal.")
    found = _actors_at(doc, "Tomas Verhoeven Lindqvist")
    assert found and found[0].country == "SWE" and found[0].sector == "GOV"


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a role phrase, then the name between commas: one person, with the role's country, sector and role ...
    ("Chile's foreign minister, Pablo Vera, spoke late on Monday.", "Pablo Vera",
     [("person", "CHL", "GOV", "foreign minister")]),
    ("The spokesman for the Peruvian Foreign Ministry, Jorge Quispe Mamani, declined to comment.",
     "Jorge Quispe Mamani", [("person", "PER", "GOV", "spokesman")]),
    ("The Principal Deputy Spokesman of the Chilean government, Pablo Vera, spoke late on Monday.", "Pablo Vera",
     [("person", "CHL", "GOV", "spokesman")]),
    # ... but a place after a comma is no one's name
    ("The foreign minister of Chile, Santiago, said nothing.", "Santiago", []),
])
def test_actors_name_set_after_its_role_between_commas(run_actors, text, name, expected):
    found = _actors_at(run_actors(text), name)
    assert [(a.type, a.country, a.sector, a.role) for a in found] == expected


def test_actors_two_titles_joined_by_and_belong_to_one_person(run_actors):
    doc = run_actors("Omani Prime Minister and Foreign Minister Said bin Nasser Harthy met the press.")
    assert [(a.type, a.country, a.named) for a in doc._.actors] == [("person", "OMN", True)]


# a body named inside a person's title is an actor of its own, besides the person
@pytest.mark.parametrize(
    ("text", "body", "kind", "country", "sector", "person", "person_country"),
    [
        ("Bolivian foreign ministry spokesman Diego Arce told reporters the border would reopen.",
         "Bolivian foreign ministry", "government", "BOL", "GOV", "Diego Arce", "BOL"),
        ("Peru's Defence Ministry spokesman Luis Quispe said the drills were routine.",
         "Peru's Defence Ministry", "government", "PER", "GOV", "Luis Quispe", "PER"),
        ("Armed Forces of Colombia chief Gen. Carlos Ruiz said rebels had attacked a base.",
         "Armed Forces of Colombia", "organization", "COL", "MIL", "Carlos Ruiz", "COL"),
        ("Two boats were damaged in the clash.\n\nArmed Forces of Guatemala chief Gen. Luis Ortega said the patrol "
         "had been attacked.", "Armed Forces of Guatemala", "organization", "GTM", "MIL", "Luis Ortega", "GTM"),
        ("The deal was welcomed by Brazilian Navy commander Admiral Marcos Olsen on Sunday.",
         "Brazilian Navy", "organization", "BRA", "MIL", "Marcos Olsen", "BRA"),
        ("She later met U.S. House Speaker Tom Hadley in Ohio.",
         "U.S. House", "organization", "USA", None, "Tom Hadley", "USA"),
        ("Pentagon press secretary Sabrina Lowell said the ships would stay.",
         "Pentagon", "government", "USA", "MIL", "Sabrina Lowell", "USA"),
    ],
)
def test_actors_body_in_a_title_is_an_actor_of_its_own(run_actors, text, body, kind, country, sector, person,
                                                       person_country):
    doc = run_actors(text)
    bodies = [a for a in doc._.actors if a.type != "person" and a.named]
    assert [(m.text, m.entity_id) for m in doc._.actor_mentions if m.text == body] == [
        (body, bodies[0].actor_id)]
    assert [(a.type, a.country, a.sector) for a in bodies] == [(kind, country, sector)]
    assert [(a.name, a.country) for a in doc._.actors if a.type == "person"] == [(person, person_country)]


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Olga Petrenko said the convoy had arrived.",
        "The convoy arrived, and spokesman Ivan Sokolov confirmed it.",
        "Russian army chief Oleg Volkov inspected the units on Monday.",  # a described army, not a named one
        "The plan was backed by ministry spokesman Carlos Vidal.",  # a lower-case body with no country
    ],
)
def test_actors_bare_title_names_no_body(run_actors, text):
    assert [a.type for a in run_actors(text)._.actors if a.named] == ["person"]


@pytest.mark.parametrize(
    ("text", "person", "mention"),
    [
        ("Armed Forces of Colombia chief Gen. Carlos Ruiz said rebels had attacked a base.", "Carlos Ruiz",
         "Armed Forces of Colombia chief Gen. Carlos Ruiz"),
        ("She later met U.S. House Speaker Tom Hadley in Ohio.", "Tom Hadley", "U.S. House Speaker Tom Hadley"),
    ],
)
def test_actors_person_mention_keeps_the_body_in_its_title(run_actors, text, person, mention):
    doc = run_actors(text)
    found = [a for a in doc._.actors if a.name == person]
    assert [m.text for m in doc._.actor_mentions if m.entity_id == found[0].actor_id] == [mention]
