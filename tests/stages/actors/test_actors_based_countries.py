"""A body "Dubai-based" or "Cyprus-registered" is of that place's country, also when its name follows the noun the
word modifies ("two UAE-based brokers, A and B"); "a Lebanese national named X" is Lebanese
(``pipeline.stages.actors.based_countries``)."""
from __future__ import annotations

import datetime as dt

import pytest

from actors_helpers import _country_of

PUBLISHED = dt.date(2025, 5, 8)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Washington also blacklisted Hong Kong-based Sunrise Shipping Ltd and its owner.",
         "Sunrise Shipping Ltd", "HKG"),
        ("The tanker is managed by Cyprus-registered Aegean Crest Maritime Ltd, the filing shows.",
         "Aegean Crest Maritime Ltd", "CYP"),
        ("The department named three Turkey-based traders, Anka Petroleum Trading Ltd and Bosphorus Energy Ltd, "
         "on Monday.",
         "Bosphorus Energy Ltd", "TUR"),
        ("Officials froze the assets of two Singapore-registered firms, Lionport Holdings Pte Ltd and Kestrel "
         "Ventures Pte Ltd, on Tuesday.", "Lionport Holdings Pte Ltd", "SGP"),
    ],
)
def test_actors_body_takes_the_country_of_its_base(run_actors, text, name, country):
    assert _country_of(run_actors(text, published=PUBLISHED), name) == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Its owner, a Lebanese national named Karim Haddad, was also designated.", "Karim Haddad", "LBN"),
        ("The firm's director, a Pakistani citizen named Imran Qureshi, denied the charges.", "Imran Qureshi", "PAK"),
    ],
)
def test_actors_person_named_after_a_nationality_noun(run_actors, text, name, country):
    assert _country_of(run_actors(text, published=PUBLISHED), name) == country


def test_actors_dash_between_words_is_no_base(run_actors):
    doc = run_actors("Officials in Ankara - based on the report - named Bosphorus Energy Ltd.", published=PUBLISHED)
    assert _country_of(doc, "Bosphorus Energy Ltd") != "TUR"
