"""A name before a lower-case noun for a site on the ground ("crossings", "border post", "district") is a place's
(``pipeline.stages.actors.place_names._before_site_noun``), not a person's or a body's."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 3)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police were sent to the Galkayo and Dhuusamareeb crossings on Monday.", "Dhuusamareeb"),
        ("Police were sent to the Galkayo and Dhuusamareeb crossings on Monday.", "Galkayo"),
        ("Traders queued for hours at the Tesfay border post.", "Tesfay"),
        ("Clashes broke out near the Vardani and Okribeli districts overnight.", "Okribeli"),
        ("The convoy was stopped at the Marwa Qasim checkpoint on Friday.", "Marwa Qasim"),
        ("He flew in to Abel Temesgen airport late on Tuesday.", "Abel Temesgen"),
        ("Farmers fled the Kassala border triangle last year.", "Kassala"),
        ("The ships were on a resupply mission to Flat and Nanshan islands when they were stopped.", "Flat"),
        ("Crews reached the Tovar and Escoda shoals on Monday.", "Tovar"),
        ("The two men were freed from Cap Vert prison in the capital on Thursday.", "Cap Vert"),
        ("Pilgrims sheltered in Dolna Banya monastery during the attack.", "Dolna Banya"),
    ],
)
def test_actors_name_before_site_noun_is_no_actor(run_actors, text, place):
    doc = run_actors(text, published=PUBLISHED)
    assert not [m for m in doc._.actor_mentions if place in m.text]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marwa Qasim crossed the border on Monday.", "Marwa Qasim"),  # no site noun after the name
        ("Abel Temesgen and Israeli checkpoints were mentioned.", "Abel Temesgen"),  # a demonym joins no name
        ("Officials of the Okribeli Agency met the district governor.", "Okribeli Agency"),
    ],
)
def test_actors_name_without_site_noun_stays(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    assert [a.name for a in doc._.actors if a.name == name] == [name]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The ministry will assist Kenyan nationals in Goma and Bukavu this week.", "Bukavu"),
        ("Aid convoys reached families near Mosul and Kirkuk on Friday.", "Kirkuk"),
        # a list after "through": towns of the story's country, the gazetteer's
        ("Haiti said 4,000 migrants had come home through Belladere, Ouanaminthe and Malpasse this month.",
         "Ouanaminthe"),
        ("The Dominican Republic repatriated 12,000 migrants through Jimani, Elias Pina and Dajabon in May.",
         "Jimani"),
    ],
)
def test_actors_name_joined_to_a_located_place_is_no_actor(run_actors, text, place):
    doc = run_actors(text, published=PUBLISHED)
    assert not [m for m in doc._.actor_mentions if place in m.text]


def test_actors_person_joined_to_a_person_stays(run_actors):
    doc = run_actors("Officials in Nairobi met Ana Ruiz and Marco Tellez on Friday.", published=PUBLISHED)
    assert "Marco Tellez" in [a.name for a in doc._.actors]
