"""Actors built on an agent word (``pipeline.stages.actors.agent_phrases``): country, sector, named or not."""
from __future__ import annotations

import datetime as dt

import pytest
from actors_helpers import _actors_at

from pipeline.knowledge.countries import is_igo


@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        ("Ukrainian soldiers crossed the river.", "Ukrainian soldiers", "UKR", "MIL"),
        ("A US destroyer entered the strait.", "US destroyer", "USA", "MIL"),
        ("The Russian Foreign Ministry issued a statement.", "Russian Foreign Ministry", "RUS", "GOV"),
        ("Brazil's Defence Ministry denied the report.", "Defence Ministry", "BRA", "GOV"),
        ("Russia's Foreign Ministry summoned the envoy.", "Foreign Ministry", "RUS", "GOV"),
        ("A Kremlin spokesman declined to comment.", "Kremlin spokesman", "RUS", "GOV"),
        ("NATO troops patrolled the area.", "NATO troops", "NATO", "MIL"),
        ("A senator asked for a vote.", "senator", None, "LEG"),
        ("Riot police fired tear gas at protesters.", "Riot police", None, "COP"),
        ("Protesters gathered outside the embassy.", "Protesters", None, "CVL"),
        ("Militants attacked a checkpoint near the border.", "Militants", None, "REB"),
        ("A Kenyan judge postponed the hearing.", "Kenyan judge", "KEN", "JUD"),
        ("Gunmen opened fire on a bus.", "Gunmen", None, "UAF"),
        ("Somali police arrested two suspects.", "Somali police", "SOM", "COP"),
        ("An Egyptian army officer was wounded.", "Egyptian army officer", "EGY", "MIL"),
        ("A retired general criticised the plan.", "retired general", None, "ELI"),
        ("Catholic leaders in Poland urged calm.", "Catholic leaders", "POL", "REL"),
        ("Indonesian coast guard personnel boarded the boat.", "coast guard personnel", "IDN", "MIL"),
        ("The Obama administration backed the deal.", "Obama administration", "USA", "GOV"),
        ("Senior Hezbollah official Karim Haddad Nour denied it.", "Karim Haddad Nour", "LBN", "REB"),
        ("U.S. House Speaker Daniel Whitcombe Frey arrived.", "Daniel Whitcombe Frey", "USA", "LEG"),
    ],
)
def test_actors_agent_phrases_get_country_and_sector(run_actors, text, span, country, sector):
    found = _actors_at(run_actors(text), span)
    # an organisation's acronym is its igo, and such an actor has no country
    expected = (None, country) if is_igo(country) else (country, None)
    assert any((a.country, a.igo) == expected and a.sector == sector for a in found), found


def test_actors_body_named_after_an_office_has_no_role(run_actors):
    doc = run_actors("The Greek Prime Minister's Office issued a statement.")
    found = _actors_at(doc, "Prime Minister's Office")
    assert [(a.type, a.country, a.sector, a.role) for a in found] == [("government", "GRC", "GOV", None)]


def test_actors_bare_definite_agent_is_not_an_actor(run_actors):
    doc = run_actors("The ministry said the leaders would meet again.")
    assert doc._.actors == []


def test_actors_unnamed_actors_are_flagged(run_actors):
    doc = run_actors("Ukrainian soldiers and the Russian Foreign Ministry were both mentioned by Hamas.")
    named = {a.name: a.named for a in doc._.actors}
    assert named["Ukrainian soldiers"] is False
    assert named["Russian Foreign Ministry"] is True
    assert named["Hamas"] is True


@pytest.mark.parametrize(
    ("text", "name", "named"),
    [
        ("The Afghan government rejected the report.", "Afghan government", False),
        ("Iranian state television showed the launch.", "Iranian state television", False),
        ("Prime Minister Fumio Kishida’s government approved the plan.",
         "Prime Minister Fumio Kishida’s government", False),
        ("The Russian Foreign Ministry summoned the envoy.", "Russian Foreign Ministry", True),
        ("The Indian Army said two soldiers died.", "Indian Army", True),
        ("It exposed the failure of the outgoing Biden administration.", "Biden administration", True),
    ],
)
def test_actors_described_bodies_are_not_named(run_actors, text, name, named):
    doc = run_actors(text, published=dt.date(2023, 3, 1))
    assert [a.named for a in doc._.actors if a.name == name] == [named]


@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        # state-owned media speak for the government (CAMEO's GOVMED: government first) ...
        ("Kenya's state news agency reported the arrests.", "state news agency", "KEN", "GOV"),
        ("Iranian state media said the talks had ended.", "Iranian state media", "IRN", "GOV"),
        ("Syrian state television showed the ceremony.", "Syrian state television", "SYR", "GOV"),
        ("Malian state radio announced the curfew.", "Malian state radio", "MLI", "GOV"),
        ("Chad's national news agency reported the vote.", "national news agency", "TCD", "GOV"),
        # ... other media do not
        ("A Kenyan news agency reported the arrests.", "Kenyan news agency", "KEN", "MED"),
        ("Turkish television showed the ceremony.", "Turkish television", "TUR", "MED"),
    ],
)
def test_actors_state_media_are_government(run_actors, text, span, country, sector):
    found = _actors_at(run_actors(text), span)
    assert any(a.country == country and a.sector == sector for a in found), found


@pytest.mark.parametrize(
    ("text", "span", "sector"),
    [
        # a medium the state owns or runs, in hyphenated words, is the government's ...
        ("Iranian state-run media reported the arrests.", "state-run media", "GOV"),
        ("Syria's state-owned news agency said the talks had ended.", "state-owned news agency", "GOV"),
        ("Belarusian state-controlled television showed the ceremony.", "state-controlled television", "GOV"),
        # ... one in private hands is not
        ("A privately-owned newspaper said the talks had ended.", "privately-owned newspaper", "MED"),
    ],
)
def test_actors_state_owned_media_are_government(run_actors, text, span, sector):
    found = _actors_at(run_actors(text), span)
    assert [a.sector for a in found] == [sector], found
