"""The actors stage's lexicons (``pipeline.stages.actors.lexicon``): dictionary rows, dated roles, office holders."""
from __future__ import annotations

import datetime as dt

import pytest
from actors_helpers import _actors_at

from pipeline.stages.actors.lexicon import agents, dictionary, dictionary_aliases, entry_for


def test_actors_dictionary_rows_are_well_formed():
    types = {"person", "organization", "government", "group"}
    for name, rows in dictionary().items():
        for row in rows:
            assert row.type in types, name
            assert row.sector is None or row.sector.isupper(), name
            assert row.valid_from is None or row.valid_to is None or row.valid_from <= row.valid_to, name


def test_actors_dictionary_is_large_enough():
    assert len(dictionary()) >= 300


def test_actors_agents_have_a_known_type():
    assert {agent.type for agent in agents().values()} <= {"person", "organization", "government", "group"}


@pytest.mark.parametrize(
    ("name", "when", "sector", "role"),
    [
        ("Angela Merkel", dt.date(2017, 4, 1), "GOV", "chancellor"),
        ("Angela Merkel", dt.date(2022, 1, 10), "ELI", "former chancellor"),
        ("Scott Morrison", dt.date(2022, 1, 1), "GOV", "prime minister"),
        ("Donald Trump", dt.date(2023, 5, 1), "PTY", "former president"),
        ("Marco Rubio", dt.date(2022, 3, 1), "LEG", "senator"),
        ("Marco Rubio", dt.date(2025, 6, 1), "GOV", "secretary of state"),
    ],
)
def test_actors_entry_for_picks_the_role_valid_on_the_date(name, when, sector, role):
    entry = entry_for(name, when)
    assert (entry.sector, entry.role) == (sector, role)


def test_actors_aliases_have_no_leading_article():
    assert not [alias for alias, _ in dictionary_aliases() if alias.lower().startswith("the ")]


@pytest.mark.parametrize(
    ("name", "when", "country", "sector", "role"),
    [
        ("Hosni Mubarak", dt.date(2005, 6, 1), "EGY", "GOV", "president"),
        ("Qin Gang", dt.date(2023, 3, 1), "CHN", "GOV", "foreign minister"),
        ("Benjamin Netanyahu", dt.date(2015, 1, 1), "ISR", "GOV", "prime minister"),
        ("Benjamin Netanyahu", dt.date(2022, 1, 1), "ISR", "OPP", "opposition leader"),
        ("Donald Tusk", dt.date(2016, 1, 1), "EU", "IGO", "president of the European Council"),
        ("Donald Tusk", dt.date(2010, 1, 1), "POL", "GOV", "prime minister"),
        ("Kofi Annan", dt.date(2003, 3, 1), "UN", "IGO", "secretary-general"),
        ("Anders Fogh Rasmussen", dt.date(2011, 1, 1), "NATO", "IGO", "secretary-general"),
        ("Anders Fogh Rasmussen", dt.date(2005, 1, 1), "DNK", "GOV", "prime minister"),
        ("Jean-Yves Le Drian", dt.date(2014, 1, 1), "FRA", "GOV", "defence minister"),
        ("Jean-Yves Le Drian", dt.date(2019, 1, 1), "FRA", "GOV", "foreign minister"),
        ("Osama bin Laden", dt.date(2001, 10, 1), None, "REB", "Al-Qaeda leader"),
    ],
)
def test_actors_dictionary_dates_roles_of_past_office_holders(name, when, country, sector, role):
    entry = entry_for(name, when)
    assert (entry.country, entry.sector, entry.role) == (country, sector, role)


def test_actors_office_holders_have_a_known_country():
    from pipeline.stages.actors.lexicon import ACTOR_FILES
    from pipeline.knowledge.countries import country_name
    from pipeline.resources import read_tsv

    rows = read_tsv(ACTOR_FILES[1])
    assert len(rows) >= 150
    assert not [row["name"] for row in rows if country_name(row["country"]) is None]


@pytest.mark.parametrize(
    ("text", "when", "span", "country", "role"),
    [
        ("Ollanta Humala inaugurated the new port.", dt.date(2013, 5, 1), "Ollanta Humala", "PER", "president"),
        ("Mohamed Muizzu flew to Delhi.", dt.date(2024, 6, 9), "Mohamed Muizzu", "MDV", "president"),
        ("Rumen Radev vetoed the budget.", dt.date(2023, 2, 1), "Rumen Radev", "BGR", "president"),
        ("Tabare Vazquez met farmers.", dt.date(2016, 3, 1), "Tabare Vazquez", "URY", "president"),
        ("Hakainde Hichilema spoke in Lusaka.", dt.date(2022, 1, 5), "Hakainde Hichilema", "ZMB", "president"),
        ("Carlos Holmes Trujillo met the envoy.", dt.date(2019, 3, 1), "Carlos Holmes Trujillo", "COL",
         "foreign minister"),
        ("Carlos Holmes Trujillo met the envoy.", dt.date(2020, 8, 1), "Carlos Holmes Trujillo", "COL",
         "defence minister"),
    ],
)
def test_actors_office_holders_resolve_with_their_dated_role(run_actors, text, when, span, country, role):
    found = _actors_at(run_actors(text, when), span)
    assert [(actor.country, actor.sector, actor.role) for actor in found] == [(country, "GOV", role)]
