"""The country lexicon every stage shares: names, aliases, demonyms, capitals and government metonyms -> ISO3,
plus international organisations -> their acronym.

Backed by ``models/en/countries.tsv`` and ``models/en/actor_igos.tsv``; loaded once, then plain dict lookups.
Lookups are case- and punctuation-tolerant ("U.S." = "US" = "us"), ignore a leading "the" and a possessive
"'s"; a two- or three-letter code ("US", "UK") only matches when it is not written in lower case, so the
pronoun "us" is not the United States.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

from pipeline.resources import read_tsv

COUNTRIES_FILE = "countries.tsv"
IGOS_FILE = "actor_igos.tsv"

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_NON_WORD = re.compile(r"[^\w\s-]")
_SPACES = re.compile(r"[\s-]+")


@functools.lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """The lookup key of a name: lower case, accents folded, punctuation dropped, 'the' and "'s" stripped."""
    text = _POSSESSIVE.sub("", text.strip())
    if not text.isascii():  # ASCII has no accents to fold
        text = unicodedata.normalize("NFKD", text)
        text = "".join(char for char in text if not unicodedata.combining(char))
    text = _NON_WORD.sub("", text.lower())
    text = _SPACES.sub(" ", text).strip()
    return text[4:] if text.startswith("the ") else text


# letters NFKD does not decompose, and typographic marks, with their plain forms
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                                "æ": "ae", "Æ": "AE", "œ": "oe", "’": "'", "‘": "'", "ʼ": "'", "`": "'",
                                "‐": "-", "‑": "-", "–": "-"})


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """``text`` with accents and special letters folded to ASCII and curly apostrophes made straight, case kept
    ("Erdoğan" -> "Erdogan", "People’s" -> "People's"); a text that would fold to nothing is kept as it is."""
    if text.isascii():
        return text
    plain = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    plain = "".join(char for char in plain if not unicodedata.combining(char))
    return plain or text


class Lexicon(NamedTuple):
    names: dict[str, str]  # canonical name or alias -> iso3
    demonyms: dict[str, str]
    capitals: dict[str, str]  # capital city (any spelling) -> iso3
    metonyms: dict[str, str]  # seat of government -> iso3
    canonical: dict[str, str]  # iso3 -> canonical name
    capital_of: dict[str, str]  # iso3 -> capital (first spelling)
    igos: dict[str, str]  # name or alias -> IGO code
    igo_names: dict[str, str]  # IGO code -> canonical name


def _split(field: str) -> list[str]:
    return [item for item in field.split("|") if item.strip()]


@functools.lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    metonyms: dict[str, str] = {}
    canonical: dict[str, str] = {}
    capital_of: dict[str, str] = {}
    for row in read_tsv(COUNTRIES_FILE):
        iso3 = row["iso3"]
        canonical[iso3] = row["name"]
        for alias in [row["name"], *_split(row["aliases"])]:
            names.setdefault(normalize(alias), iso3)  # the first country to claim an alias keeps it
        for demonym in _split(row["demonyms"]):
            demonyms.setdefault(normalize(demonym), iso3)
        spellings = _split(row["capital"])
        if spellings:
            capital_of[iso3] = spellings[0]
        for city in spellings:
            capitals.setdefault(normalize(city), iso3)
        for seat in _split(row["metonyms"]):
            metonyms.setdefault(normalize(seat), iso3)
    igos: dict[str, str] = {}
    igo_names: dict[str, str] = {}
    for row in read_tsv(IGOS_FILE):
        igo_names[row["code"]] = row["name"]
        for alias in [row["name"], *_split(row["aliases"])]:
            igos.setdefault(normalize(alias), row["code"])
    return Lexicon(names, demonyms, capitals, metonyms, canonical, capital_of, igos, igo_names)


@functools.lru_cache(maxsize=65536)
def _key(text: str | None) -> str | None:
    """The lookup key, or None for empty text and for short codes written in lower case ('us')."""
    if not text:
        return None
    key = normalize(text)
    if not key:
        return None
    compact = key.replace(" ", "")
    stripped = _POSSESSIVE.sub("", text.strip())
    if len(compact) <= 3 and stripped.lower() == stripped and stripped.isascii():
        return None
    return key


def _keyed(table: dict[str, str], text: str | None) -> str | None:
    """``table``'s value for the lookup key of ``text``; None for no text."""
    key = _key(text)
    return table.get(key) if key else None


def country_code(text: str | None) -> str | None:
    """ISO3 of a country named by its name, an alias, a code or a demonym ("Russia", "U.S.", "Turkish")."""
    key = _key(text)
    if key is None:
        return None
    lex = lexicon()
    return lex.names.get(key) or lex.demonyms.get(key)


def country_name_code(text: str | None) -> str | None:
    """Like ``country_code`` but for names and aliases only, not demonyms ("Russia" yes, "Russian" no)."""
    return _keyed(lexicon().names, text)


def is_demonym(text: str | None) -> bool:
    """True for a nationality adjective or noun ("Russian", "Ukrainians", "British")."""
    key = _key(text)
    return bool(key) and key in lexicon().demonyms


def demonym_code(text: str | None) -> str | None:
    return _keyed(lexicon().demonyms, text)


def country_name(iso3: str | None) -> str | None:
    """Canonical name of a country from its ISO3 code ("RUS" -> "Russia")."""
    return lexicon().canonical.get(iso3) if iso3 else None


def capital_code(city: str | None) -> str | None:
    """ISO3 of the country whose capital this city is ("Kyiv", "Kiev" -> "UKR")."""
    return _keyed(lexicon().capitals, city)


def capital_of(iso3: str | None) -> str | None:
    return lexicon().capital_of.get(iso3) if iso3 else None


def metonym_code(text: str | None) -> str | None:
    """ISO3 of the government a seat stands for ("the Kremlin" -> "RUS", "Downing Street" -> "GBR")."""
    return _keyed(lexicon().metonyms, text)


def igo_code(text: str | None) -> str | None:
    """Acronym of an international organisation ("the United Nations", "Nato" -> "UN", "NATO")."""
    return _keyed(lexicon().igos, text)


def igo_name(code: str | None) -> str | None:
    return lexicon().igo_names.get(code) if code else None


def is_igo(code: str | None) -> bool:
    return bool(code) and code in lexicon().igo_names


# prefixes that make a country's name a stance towards it ("an anti-American rally" is no American one)
STANCE_PREFIXES = frozenset({"anti"})


def is_stance(before: list[str]) -> bool:
    """The two words before a name, a prefix and a hyphen ("anti", "-"), make it a stance, not a nationality."""
    return len(before) == 2 and before[1] == "-" and before[0].lower() in STANCE_PREFIXES
