"""The shared country lexicon: names, aliases, demonyms, capitals, metonyms and international organisations."""
from __future__ import annotations

import pytest

from pipeline.knowledge.countries import (
    capital_code,
    country_code,
    country_name,
    country_name_code,
    fold,
    igo_code,
    is_demonym,
    metonym_code,
    normalize,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia", "RUS"),
        ("the Russian Federation", "RUS"),
        ("Russia's", "RUS"),
        ("Turkiye", "TUR"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Burma", "MMR"),
        ("Ivory Coast", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("the US", "USA"),
        ("U.S.", "USA"),
        ("United States", "USA"),
        ("America", "USA"),
        ("UK", "GBR"),
        ("Britain", "GBR"),
        ("DRC", "COD"),
        # the abbreviations news writers use for a country's long name
        ("PNG", "PNG"),
        ("NZ", "NZL"),
        ("BiH", "BIH"),
        ("South Korea", "KOR"),
        ("North Korea", "PRK"),
        ("  THE NETHERLANDS ", "NLD"),
        ("People's Republic of China", "CHN"),
        ("Kosovo", "XKX"),
        ("Russian", "RUS"),
        ("Ukrainians", "UKR"),
        ("Turkish", "TUR"),
        ("American", "USA"),
        ("British", "GBR"),
        ("Dominican", "DOM"),
    ],
)
def test_countries_country_code_resolves_names_aliases_and_demonyms(text, expected):
    assert country_code(text) == expected


@pytest.mark.parametrize("text", ["us", "", None, "Moscow", "Kremlin", "soldiers", "NATO", "and", "png", "CAR"])
def test_countries_country_code_is_none_for_non_countries(text):
    assert country_code(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Russian", True), ("Ukrainians", True), ("British", True), ("Russia", False), ("Moscow", False), ("us", False)],
)
def test_countries_is_demonym(text, expected):
    assert is_demonym(text) is expected


def test_countries_country_name_code_ignores_demonyms():
    assert country_name_code("Russia") == "RUS"
    assert country_name_code("Russian") is None


@pytest.mark.parametrize(
    ("iso3", "expected"),
    [("RUS", "Russia"), ("USA", "United States"), ("GBR", "United Kingdom"), ("XXX", None), (None, None)],
)
def test_countries_country_name(iso3, expected):
    assert country_name(iso3) == expected


@pytest.mark.parametrize(
    ("city", "expected"),
    [("Moscow", "RUS"), ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Washington", "USA"), ("TEHRAN", "IRN"),
     ("Canberra", "AUS"), ("Beijing", "CHN"), ("Ankara", "TUR"), ("Istanbul", None), ("Geneva", None)],
)
def test_countries_capital_code(city, expected):
    assert capital_code(city) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the Kremlin", "RUS"), ("Kremlin", "RUS"), ("White House", "USA"), ("Downing Street", "GBR"),
     ("the Elysee", "FRA"), ("Moscow", None)],
)
def test_countries_metonym_code(text, expected):
    assert metonym_code(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("NATO", "NATO"), ("Nato", "NATO"), ("The North Atlantic Treaty Organization", "NATO"), ("the U.N.", "UN"),
     ("United Nations", "UN"), ("EU", "EU"), ("the European Union", "EU"), ("African Union", "AU"),
     ("OSCE", "OSCE"), ("ASEAN", "ASEAN"), ("WHO", "WHO"), ("who", None), ("IAEA", "IAEA"),
     ("Collective Security Treaty Organization", "CSTO"), ("Russia", None)],
)
def test_countries_igo_code(text, expected):
    assert igo_code(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The U.S.", "us"), ("Russia’s", "russia"), ("Côte d'Ivoire", "cote divoire"), ("Guinea-Bissau", "guinea bissau")],
)
def test_countries_normalize(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Erdoğan", "Erdogan"),
        ("Çavuşoğlu", "Cavusoglu"),
        ("Łukasz", "Lukasz"),
        ("People’s", "People's"),
        ("Wörner", "Worner"),
        ("Kyiv", "Kyiv"),  # plain ASCII is unchanged, case kept
    ],
)
def test_countries_fold_makes_names_plain(text, folded):
    assert fold(text) == folded
