"""All candidates of a Doc together (``pipeline.stages.actors.candidates``)."""
from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Talks were held in Moscow on Monday.", "Moscow"),
        ("Russian officials met in Geneva.", "Russian officials met"),  # no actor on "met"; see below
        ("Russia and Ukraine exchanged prisoners.", "Russia"),
        ("The Russian delegation arrived late.", "Russian delegation arrived"),
    ],
)
def test_actors_no_actor_for_places_countries_and_demonyms(run_actors, text, span):
    doc = run_actors(text)
    start = doc.text.index(span)
    token = span.split()[0]
    found = [m for m in doc._.actor_mentions if m.start == start and m.text == token]
    assert not found


@pytest.mark.parametrize(
    ("text", "when", "name", "mention"),
    [
        ("The President Omer al - Bashir on Monday declared a ceasefire.", dt.date(2015, 3, 1), "Omar al-Bashir",
         "President Omer al - Bashir"),
        ("Kyiv imposed sanctions on former President Viktor Yanukovich.", dt.date(2015, 3, 1), "Viktor Yanukovych",
         "former President Viktor Yanukovich"),
    ],
)
def test_actors_dictionary_person_mention_covers_the_whole_name(run_actors, text, when, name, mention):
    doc = run_actors(text, published=when)
    ids = [a.actor_id for a in doc._.actors if a.name == name]
    assert [m.text for m in doc._.actor_mentions if m.entity_id in ids] == [mention]


@pytest.mark.parametrize(
    ("text", "body", "actor"),
    [
        # a seat of government after a preposition of place is the building where something happens ...
        ("The senator told reporters at the White House that talks would resume.", "White House", False),
        ("Hundreds of protesters gathered outside the Kremlin on Sunday.", "Kremlin", False),
        # ... as the one who acts, or the one addressed, it is the government
        ("The White House said on Monday that talks would resume.", "White House", True),
        ("The senator sent a letter to the White House on Monday.", "White House", True),
    ],
)
def test_actors_seat_of_government_as_a_venue_is_no_actor(run_actors, text, body, actor):
    doc = run_actors(text)
    assert (body in {a.name for a in doc._.actors}) is actor
