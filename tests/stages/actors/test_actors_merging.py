"""Mentions merged into one actor per person or body (``pipeline.stages.actors.merging``)."""
from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize(
    ("text", "person", "mentions"),
    [
        # spelling variants with and without diacritics are one person
        ("Recep Tayyip Erdoğan met the envoy. Erdogan later said the talks went well.", "Recep Tayyip Erdogan", 2),
        ("Zelenskiy spoke on Monday. Volodymyr Zelensky repeated the call on Tuesday.", "Volodymyr Zelensky", 2),
        # a lone family name after a full name of a family-name-first country
        ("Chinese Vice Premier Ding Xuexiang met the mayor. Ding said trade would grow.", "Ding Xuexiang", 2),
        ("Foreign Minister Qin Gang met the envoy. Qin said ties had improved.", "Qin Gang", 2),
        # a generational suffix does not stop the surname from joining the full name
        ("Senator Robert Castellano Jr. spoke on Monday. Castellano said the bill would pass.",
         "Robert Castellano Jr.", 2),
        # a surname NER took for an organisation still joins the person
        ("Lieutenant General Marcus Dellaway Jr. inspected the troops. Dellaway said they were ready.",
         "Marcus Dellaway Jr.", 2),
    ],
)
def test_actors_variants_of_one_name_merge(run_actors, text, person, mentions):
    doc = run_actors(text, published=dt.date(2023, 3, 1))
    people = [a for a in doc._.actors if a.type == "person" and a.named]
    assert [a.name for a in people] == [person]
    assert sum(m.entity_id == people[0].actor_id for m in doc._.actor_mentions) == mentions


def test_actors_mentions_of_one_person_merge(run_actors):
    doc = run_actors("Foreign Minister Hakan Fidan met the envoy in Ankara. Fidan later said talks would continue.")
    fidan = [a for a in doc._.actors if a.name == "Hakan Fidan"]
    assert len(fidan) == 1
    texts = [m.text for m in doc._.actor_mentions if m.entity_id == fidan[0].actor_id]
    assert texts == ["Foreign Minister Hakan Fidan", "Fidan"]


def test_actors_unknown_surname_merges_with_full_name(run_actors):
    doc = run_actors("Maria Vasquez Olmedo led the talks. Olmedo said the mood was good.")
    people = [a for a in doc._.actors if a.type == "person"]
    assert len(people) == 1
    assert len([m for m in doc._.actor_mentions if m.entity_id == people[0].actor_id]) == 2


def test_actors_title_anaphor_joins_its_single_holder(run_actors):
    doc = run_actors("Turkish Foreign Minister Hakan Fidan flew to Cairo. The minister met aid groups there.")
    fidan = next(a for a in doc._.actors if a.name == "Hakan Fidan")
    texts = [m.text for m in doc._.actor_mentions if m.entity_id == fidan.actor_id]
    assert "The minister" in texts
    assert len([a for a in doc._.actors if a.type == "person"]) == 1


def test_actors_title_anaphor_with_two_holders_stays_unresolved(run_actors):
    text = "Hakan Fidan met Sergei Lavrov in Ankara. The minister said little."
    doc = run_actors(text, published=dt.date(2025, 6, 1))
    assert not [m for m in doc._.actor_mentions if m.text == "The minister"]


def test_actors_mention_offsets_index_the_text(run_actors):
    doc = run_actors("Kremlin spokesman Dmitry Peskov said Ukrainian forces shelled the town, and Moscow responded.")
    assert doc._.actor_mentions
    for mention in doc._.actor_mentions:
        assert doc.text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "body", "mentions"),
    [
        ("Ghanaian Finance Ministry spokesman Kofi Mensah said the loan was signed. The Ghanaian Finance Ministry "
         "said talks would resume, and the ministry added that a second loan was possible.",
         "Ghanaian Finance Ministry", 2),
        ("Malaysian Home Ministry spokesperson Aziz Rahman spoke first. Later the Malaysian Home Ministry "
         "spokesperson Aziz Rahman spoke again.", "Malaysian Home Ministry", 2),
        ("Bolivian foreign ministry spokesman Diego Arce spoke on Friday. On Saturday the Bolivian foreign ministry "
         "issued a statement.", "Bolivian foreign ministry", 2),
    ],
)
def test_actors_body_named_in_a_title_and_again_is_one_actor(run_actors, text, body, mentions):
    doc = run_actors(text)
    found = [a for a in doc._.actors if a.name == body]
    assert len(found) == 1
    assert len([m for m in doc._.actor_mentions if m.entity_id == found[0].actor_id]) == mentions
