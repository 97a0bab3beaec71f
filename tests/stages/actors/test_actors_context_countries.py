"""Countries from around an actor's mentions (``pipeline.stages.actors.context_countries``)."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.actors.context_countries import dateline_country


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Olena Marchenko, a spokeswoman for Volodymyr Zelensky, said the corridor stayed open.",
         "Olena Marchenko", "UKR"),
        ("Tomas Keller, an adviser to Emmanuel Macron, declined to comment.", "Tomas Keller", "FRA"),
        ("Rafael Ortiz, press secretary of Claudia Sheinbaum, denied the report.", "Rafael Ortiz", "MEX"),
        # no one served: no country is guessed
        ("Maria Lind, a researcher at the institute, said the report was wrong.", "Maria Lind", None),
    ],
)
def test_actors_person_takes_country_of_the_actor_they_serve(run_actors, text, person, country):
    found = [a for a in run_actors(text, published=dt.date(2023, 3, 1))._.actors if a.name == person]
    assert [a.country for a in found] == [country]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the clause happens in a capital: the official works there
        ("Foreign Secretary Arun Mehrotra told a briefing in New Delhi that the strikes were over.",
         "Arun Mehrotra", "IND"),
        ("Vice Foreign Minister Zhou Ming summoned the Dutch ambassador in Beijing on Friday.", "Zhou Ming", "CHN"),
        # a wire dateline says where the story was filed
        ("ISLAMABAD (AFP) - Military spokesman Major General Tariq Aslam said the border was calm.",
         "Tariq Aslam", "PAK"),
        ("TOKYO, May 2 (Kyodo) -- The Foreign Ministry said talks would resume.", "Foreign Ministry", "JPN"),
        ("Talks to resume\n\nTOKYO, May 2 (Kyodo) -- The Foreign Ministry said talks would resume.",
         "Foreign Ministry", "JPN"),
        ("Talks to resume\nMay 2, 2024\nTOKYO (Kyodo) -- The Foreign Ministry said talks would resume.",
         "Foreign Ministry", "JPN"),
        # a capital one travels to says nothing of where one works
        ("Foreign Minister Arun Mehrotra arrived in Beijing on Friday.", "Arun Mehrotra", None),
        # the one country the sentence is about, as the owner of something, is the official's ...
        ("General Ana Ruiz stepped down to let Bolivia's new government take office.", "Ana Ruiz", "BOL"),
        # ... but not a country one goes to, or acts near
        ("Foreign Minister Anna Lindqvist flew to Ukraine on Monday for talks.", "Anna Lindqvist", None),
        ("Prime Minister Ivo Karlsson arrived in Kenya for a three-day visit.", "Ivo Karlsson", None),
        ("Defence Minister Tomas Berg said on Friday that the drills near Russia would go ahead.", "Tomas Berg", None),
        # no title: a person a datelined story names with no office is of the dateline's country too
        # (``_untitled_person``; test_actors_untitled_people_dateline.py)
        ("ISLAMABAD (AFP) - Farida Aslam said the border was calm.", "Farida Aslam", "PAK"),
        # an article without dateline or capital gives no country
        ("Foreign Minister Arun Mehrotra said the strikes were over.", "Arun Mehrotra", None),
    ],
)
def test_actors_country_from_capital_of_clause_or_dateline(run_actors, text, name, country):
    found = [a for a in run_actors(text, published=dt.date(2024, 5, 2))._.actors if a.name == name and a.named]
    assert [a.country for a in found] == [country]


@pytest.mark.parametrize(
    ("text", "actual"),
    [
        ("ISTANBUL, May 16 (Reuters) - Russia and Ukraine agreed.", "TUR"),
        ("Baku (AFP) - Armenia said on Thursday.", "AZE"),
        ("TOKYO, Aug. 24 (Kyodo) -- Japan began.", "JPN"),
        ("KINSHASA/KIGALI, March 19 (Reuters) - The presidents met.", None),  # two places: no one country
        ("DOHA/KABUL, Feb 2 (Reuters) - Envoys met again.", None),
        # plain text often opens with the headline: the dateline follows it
        ("Oman hosts a new round\n\nMUSCAT, June 3 (Reuters) - Iran and the US met.", "OMN"),
        ("Quake shakes the coast\nLima (AFP) - Rescuers searched the rubble.", "PER"),
        # ... or with a date line and a byline under the headline
        ("Oman hosts a new round\nPublished 3 June 2025\nBy Sara Haddad\nMUSCAT, June 3 (Reuters) - Iran and the "
         "US met.", "OMN"),
        # a country after the place settles a city name several countries share
        ("HYDERABAD, Pakistan (AP) — Police said two men were held.", "PAK"),
        # a first line that ends like a sentence is no title, so the next line opens no dateline
        ("Envoys met in Oman on Monday.\nMUSCAT (Reuters) - Talks went on.", None),
        ("The Philippines on Wednesday - demanded the return.", None),
        ("Russia and Ukraine agreed on Friday to swap prisoners.", None),
    ],
)
def test_actors_dateline_country(text, actual):
    assert dateline_country(text) == actual


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a country that sends or deploys a body's members owns the body
        ("Chile will send 2,000 members of the National Guard to the border.", "National Guard", "CHL"),
        ("Colombia dispatched officers of the National Police to the coast.", "National Police", "COL"),
        # a country that warns or praises a body says nothing of the body's own
        ("Chile warned the National Guard about the border.", "National Guard", None),
    ],
)
def test_actors_deploying_country_owns_the_body(run_actors, text, name, country):
    found = [a for a in run_actors(text, published=dt.date(2023, 3, 1))._.actors if name in a.name]
    assert [a.country for a in found] == [country]
