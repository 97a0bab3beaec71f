"""A building named as the place where something happens is no actor
(``pipeline.stages.actors.place_names._named_venue``, ``models/en/actor_building_words.txt``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 7, 15)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("The two ministers signed the deal at State House on Monday.", "State House"),
        ("The ministers signed a memorandum on fisheries at Gedung Pancasila on Tuesday.", "Gedung Pancasila"),
        ("President Tarek Aziz received the envoy at Merdeka Palace in the morning.", "Merdeka Palace"),
        ("Protesters gathered outside Varna Hall on Friday night.", "Varna Hall"),
    ],
)
def test_actors_named_venue_is_no_actor(run_actors, text, venue):
    doc = run_actors(text, published=PUBLISHED)
    assert not [a for a in doc._.actors if a.name == venue]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Analysts at Chatham House said the deal would hold.", "Chatham House"),  # people's workplace
        ("A fellow at Chatham House said the deal would hold.", "Chatham House"),
        ("Chatham House said the deal would hold.", "Chatham House"),  # no preposition of venue
    ],
)
def test_actors_body_named_like_a_building_stays(run_actors, text, body):
    doc = run_actors(text, published=PUBLISHED)
    assert [a.name for a in doc._.actors if a.name == body] == [body]
