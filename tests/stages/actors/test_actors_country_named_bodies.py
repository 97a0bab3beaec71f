"""Bodies whose own name says their country: a country's word before a body the dictionary knows of another
country makes a namesake of that country; an agency, commission or service named for a country is a state body,
a name ending in "Times" or "Airways" a medium or a company; title words NER took into a name are its title;
embassies and consulates are their country's government; role nouns of the CAMEO agents dictionary; a known person
the title places in a country or IGO takes the dictionary row of that country."""
from __future__ import annotations

import datetime as dt

import pytest

from actors_helpers import _actors_at

WHEN = dt.date(2024, 5, 2)


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        ("The Vietnamese Communist Party opened its congress in Hanoi on Monday.", "Vietnamese Communist Party",
         "VNM"),
        ("A statement from the Peruvian Foreign Office rejected the claim.", "Peruvian Foreign Office", "PER"),
        ("The Kenyan Democratic Party said it would boycott the vote.", "Kenyan Democratic Party", "KEN"),
        # the body's own country before its name changes nothing
        ("The Chinese Communist Party praised the plan.", "Chinese Communist Party", "CHN"),
        # a possessor is another country: the known body keeps its own
        ("Iran's Hezbollah allies fired rockets at the border.", "Hezbollah", "LBN"),
    ],
)
def test_actors_country_word_before_a_known_body_of_another_country(run_actors, text, body, country):
    doc = run_actors(text, published=WHEN)
    assert [a.country for a in _actors_at(doc, body)] == [country]


@pytest.mark.parametrize(
    ("text", "body", "sector"),
    [
        ("The Swedish Migration Agency rejected 300 applications.", "Swedish Migration Agency", "GOV"),
        ("The Zambian Electoral Commission announced the results.", "Zambian Electoral Commission", "GOV"),
        ("The Ghana Statistical Service published new figures.", "Ghana Statistical Service", "GOV"),
        ("Protesters gathered at the gates of the Algerian Embassy in Paris.", "Algerian Embassy", "GOV"),
        ("The Kenyan High Commission issued a travel advisory.", "Kenyan High Commission", "GOV"),
    ],
)
def test_actors_state_bodies_named_for_their_country(run_actors, text, body, sector):
    doc = run_actors(text, published=WHEN)
    assert [a.sector for a in _actors_at(doc, body)] == [sector]


@pytest.mark.parametrize(
    ("text", "body", "sector"),
    [
        ("The Karvona Times reported the arrests on its front page.", "Karvona Times", "MED"),
        ("Tarsia Airways suspended flights to the capital.", "Tarsia Airways", "BUS"),
        ("Officials of Molvane Holdings declined to comment.", "Molvane Holdings", "BUS"),
    ],
)
def test_actors_last_word_of_a_body_name_gives_its_sector(run_actors, text, body, sector):
    doc = run_actors(text, published=WHEN)
    assert [a.sector for a in _actors_at(doc, body)] == [sector]


def test_actors_agency_without_a_country_word_gets_no_sector(run_actors):
    doc = run_actors("The Harbour Logistics Agency hired 40 drivers.", published=WHEN)
    assert [a.sector for a in _actors_at(doc, "Harbour Logistics Agency")] in ([None], [])


@pytest.mark.parametrize(
    ("text", "phrase", "sector"),
    [
        ("Two Israeli settlers were detained near the village.", "Israeli settlers", "CVL"),
        ("Burmese monks marched through the city.", "Burmese monks", "REL"),
        ("A North Korean defector spoke to lawmakers.", "North Korean defector", "OPP"),
        ("Egyptian surgeons treated the wounded.", "Egyptian surgeons", "HLH"),
    ],
)
def test_actors_role_nouns_of_the_cameo_agents_dictionary(run_actors, text, phrase, sector):
    doc = run_actors(text, published=WHEN)
    assert [a.sector for a in _actors_at(doc, phrase)] == [sector]


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Bishop Anthony Obi said the church would shelter the displaced.", "Anthony Obi", "REL"),  # title in NER's name
        ("Gov. Arlen Moss signed the order on Friday.", "Arlen Moss", "GOV"),  # abbreviated titles
        ("Adm. Peter Lund said the fleet would stay in port.", "Peter Lund", "MIL"),
        # titles the tokenizer splits from their period ("Col", ".")
        ("Col. Ahmed Sarraj said the convoy would return.", "Ahmed Sarraj", "MIL"),
        ("Lt. Col. Ivan Petrenko said the bridge was repaired.", "Ivan Petrenko", "MIL"),
        ("Amb. Helen Carr presented her credentials.", "Helen Carr", "GOV"),
    ],
)
def test_actors_title_words_before_a_name_are_its_title(run_actors, text, name, sector):
    doc = run_actors(text, published=WHEN)
    assert [(a.name, a.sector) for a in _actors_at(doc, name)] == [(name, sector)]


@pytest.mark.parametrize(
    ("text", "published", "country", "igo"),
    [
        # undated: the latest dictionary row would be his later national office; the title names NATO
        ("NATO Secretary General Jens Stoltenberg warned of new threats.", None, None, "NATO"),
        ("Norwegian Finance Minister Jens Stoltenberg presented the budget.", dt.date(2025, 10, 6), "NOR", None),
        ("Jens Stoltenberg visited the troops.", dt.date(2019, 3, 1), None, "NATO"),  # no title: the date decides
    ],
)
def test_actors_known_person_takes_the_row_of_the_country_the_title_names(run_actors, text, published, country, igo):
    doc = run_actors(text, published=published)
    assert [(a.country, a.igo) for a in _actors_at(doc, "Jens Stoltenberg")] == [(country, igo)]
