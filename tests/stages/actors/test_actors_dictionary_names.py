"""Dictionary actors found in the text (``pipeline.stages.actors.dictionary_names``): any spelling, surnames."""
from __future__ import annotations

import datetime as dt

import pytest
from actors_helpers import _actors_at

from pipeline.knowledge.countries import is_igo


@pytest.mark.parametrize(
    ("text", "span", "name", "country", "sector"),
    [
        ("Turkish Foreign Minister Hakan Fidan arrived in Baghdad.", "Hakan Fidan", "Hakan Fidan", "TUR", "GOV"),
        ("Kremlin spokesman Dmitry Peskov declined to comment.", "Dmitry Peskov", "Dmitry Peskov", "RUS", "GOV"),
        ("Hamas rejected the proposal on Sunday.", "Hamas", "Hamas", "PSE", "REB"),
        ("The Houthis claimed the attack.", "Houthis", "Houthis", "YEM", "REB"),
        ("NATO will hold a summit in July.", "NATO", "North Atlantic Treaty Organization", "NATO", "IGO"),
        ("Reuters could not verify the footage.", "Reuters", "Reuters", "GBR", "MED"),
        ("The Pentagon announced new aid.", "Pentagon", "Pentagon", "USA", "MIL"),
    ],
)
def test_actors_dictionary_actors_are_found(run_actors, text, span, name, country, sector):
    found = _actors_at(run_actors(text, published=dt.date(2025, 6, 1)), span)
    country, igo = (None, country) if is_igo(country) else (country, None)
    assert [(a.name, a.country, a.igo, a.sector, a.known) for a in found] == [(name, country, igo, sector, True)]


def test_actors_surname_alias_does_not_claim_another_person(run_actors):
    doc = run_actors("Chelsea Clinton met Francis Ngannou in Paris.", published=dt.date(2016, 5, 1))
    assert sorted((a.name, a.known) for a in doc._.actors if a.type == "person") == [
        ("Chelsea Clinton", False), ("Francis Ngannou", False)]


@pytest.mark.parametrize(
    ("text", "when", "names"),
    [
        # two dictionary people share the surname: the lone surname is the one named in full
        ("Bill Clinton spoke in Dublin. Clinton said the talks would go on.", dt.date(1998, 4, 1),
         [("Bill Clinton", 2)]),
        ("Hillary Clinton arrived in Kabul. Clinton met officials there.", dt.date(2010, 7, 20),
         [("Hillary Clinton", 2)]),
    ],
)
def test_actors_shared_surname_goes_to_the_person_named_in_full(run_actors, text, when, names):
    doc = run_actors(text, published=when)
    counts = [(a.name, sum(m.entity_id == a.actor_id for m in doc._.actor_mentions))
              for a in doc._.actors if a.type == "person"]
    assert counts == names


@pytest.mark.parametrize(
    ("text", "when", "name", "country"),
    [
        ("President Hosni Mubarak met the envoy in Cairo.", dt.date(2005, 6, 1), "Hosni Mubarak", "EGY"),
        ("Foreign Minister Qin Gang received the delegation.", dt.date(2023, 3, 1), "Qin Gang", "CHN"),
        ("Kofi Annan urged restraint.", dt.date(2003, 3, 1), "Kofi Annan", None),
        ("Turkish President Recep Tayyip Erdoğan spoke.", dt.date(2023, 3, 1), "Recep Tayyip Erdogan", "TUR"),
        ("Vladimir Zelensky's spokesman denied it.", dt.date(2023, 7, 17), "Volodymyr Zelensky", "UKR"),
        ("Mevlüt Çavuşoğlu flew to Moscow.", dt.date(2020, 3, 5), "Mevlut Cavusoglu", "TUR"),
    ],
)
def test_actors_dictionary_people_found_in_any_spelling(run_actors, text, when, name, country):
    found = [a for a in run_actors(text, published=when)._.actors if a.type == "person" and a.named]
    assert [(a.name, a.country, a.known) for a in found] == [(name, country, True)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Rockets hit Hamid Karzai International Airport at midday.", "Hamid Karzai"),
        ("The Kofi Annan Foundation said so.", "Kofi Annan"),
    ],
)
def test_actors_person_inside_another_name_is_not_the_person(run_actors, text, person):
    doc = run_actors(text, published=dt.date(2010, 3, 1))
    assert person not in [a.name for a in doc._.actors]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Museveni", "Yoweri Museveni", "UGA"),
        ("Kagame", "Paul Kagame", "RWA"),
    ],
)
def test_actors_surname_alone_is_the_dictionary_person(run_actors, text, name, country):
    assert [(actor.name, actor.country) for actor in run_actors(text)._.actors] == [(name, country)]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        # the agency a wire dateline credits is an actor, slashes and all ("/TASS/." is one token)
        ("MOSCOW, March 3. /TASS/. The talks will go on, an official said.", "TASS"),
        ("BEIJING, May 3 (Xinhua) -- The talks will go on, an official said.", "Xinhua"),
        ("SEOUL, June 9 (Yonhap) -- The talks will go on, an official said.", "Yonhap"),
    ],
)
def test_actors_dateline_agency_is_an_actor(run_actors, text, agency):
    doc = run_actors(text)
    assert agency in {a.name for a in doc._.actors if a.sector == "MED"}


def test_actors_dateline_agency_unknown_is_no_actor(run_actors):
    doc = run_actors("LAGOS, May 3 (Zorblat) -- The talks will go on, an official said.")
    assert "Zorblat" not in {a.name for a in doc._.actors}


@pytest.mark.parametrize(
    ("text", "name", "igo"),
    [
        # a longer body named after a dictionary body is an actor of its own, with the parent's IGO
        ("The talks were handed to the OSCE Vienna Group on Monday.", "OSCE Vienna Group", "OSCE"),
    ],
)
def test_actors_body_named_after_a_dictionary_body_is_its_own(base_nlp, text, name, igo):
    from spacy.tokens import Span

    from pipeline.stages.actors import ActorStage

    doc = base_nlp(text)
    start = text.index(name)
    ent = doc.char_span(start, start + len(name))
    doc.ents = [Span(doc, ent.start - 1, ent.end, label="ORG")]  # "the OSCE Vienna Group"
    doc._.published = dt.date(2024, 5, 1)
    doc = ActorStage(base_nlp)(doc)
    assert [(a.name, a.igo) for a in doc._.actors if a.named] == [(name, igo)]


def test_actors_dictionary_body_before_a_title_stays(base_nlp):
    from spacy.tokens import Span

    from pipeline.stages.actors import ActorStage

    doc = base_nlp("The NATO Secretary General arrived on Monday.")
    doc.ents = [Span(doc, 0, 4, label="ORG")]  # NER took the title into the body's name
    doc._.published = dt.date(2024, 5, 1)
    doc = ActorStage(base_nlp)(doc)
    assert "North Atlantic Treaty Organization" in {a.name for a in doc._.actors}
