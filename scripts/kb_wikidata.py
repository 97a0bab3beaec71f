"""Wikidata exports, for the actor knowledge base (``scripts/build_actor_kb.py``): the parsers of world-leaders'
``wikidata.csv`` (heads of state and government, their countries and offices) and of CaptainFact's politicians CSV,
pure functions of the file's rows yielding typed records (``scripts/kb_records.py``); the check that a name is not
garbled by a broken re-encoding; and ISO 3166 alpha-2 to alpha-3 codes.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from pipeline.knowledge.actor_kb import normalize_name
from pipeline.knowledge.countries import country_name_code, lexicon
from scripts.kb_records import LeaderRecord, PoliticianRecord, Skipped


_OF_PREFIX = re.compile(r"^(?:the\s+)?(?:state|republic|kingdom|federation|commonwealth|union|principality|"
                        r"sultanate|emirate)\s+of\s+", re.I)


def leader_country(label: str) -> str | None:
    """ISO3 of a country as world-leaders names it (Parley's country lexicon, then a few longer forms)."""
    for candidate in (label, _OF_PREFIX.sub("", label), re.sub(r"^Republic of ", "", label)):
        code = country_name_code(candidate)
        if code:
            return code
    return None


def leader_role(position: str, iso3: str) -> str:
    """The office without its country, lower case: 'Prime Minister of Albania' -> 'prime minister', 'Emir of the
    State of Qatar' -> 'emir', 'President of the Executive Yuan' stays whole (the Yuan is no country)."""
    lower = position.strip()
    for match in re.finditer(r"\s+of\s+", lower):
        rest = lower[match.end():]
        if leader_country(rest) == iso3 or (rest.lower().startswith("the ") and _demonym_of(rest[4:]) == iso3):
            return lower[:match.start()].lower()
    return lower.lower()


def _demonym_of(text: str) -> str | None:
    return lexicon().demonyms.get(normalize_name(text))


def _year(text: str, end: bool) -> str | None:
    text = (text or "").strip()
    if not re.fullmatch(r"\d{4}", text):
        return None
    return f"{text}-12-31" if end else f"{text}-01-01"


def parse_world_leaders(rows: Iterable[dict[str, str]]) -> Iterator[LeaderRecord | Skipped]:
    """Heads of state and government from world-leaders' wikidata.csv (years only: a term runs from 1 January of its
    first year to 31 December of its last)."""
    for row in rows:
        qid = (row.get("officeholder") or "").strip()
        name = (row.get("officeholderLabel") or "").strip()
        if not re.fullmatch(r"Q\d+", qid) or not name or name == qid:
            yield Skipped("no office holder", f"{row.get('country')}: {row.get('positionLabel')}")
            continue
        iso3 = leader_country(row.get("country") or "")
        if iso3 is None:
            yield Skipped("country not in Parley's lexicon", row.get("country") or "")
            continue
        start = _year(row.get("start_year"), end=False)
        end = _year(row.get("end_year"), end=True)
        if start and end and start > end:
            yield Skipped("term ends before it starts", f"{name}: {start} {end}")
            continue
        yield LeaderRecord(qid, name, iso3, leader_role(row.get("positionLabel") or "", iso3), start, end)


_WIKIDATA_ENTITY = re.compile(r"^https?://www\.wikidata\.org/entity/(Q\d+)$")
_BIRTH = re.compile(r"^(\d{4}-\d\d-\d\d)T")
_ALPHA2 = re.compile(r"^[A-Z]{2}$")
# letters that only the broken re-encoding of this file produces (Esperanto letters, Maltese's ċ ġ ħ outside Malta)
_GARBLED = frozenset("ĉĈĝĜĥĤĵĴŝŜŭŬċĊġĠħĦµ")
_MALTESE = frozenset("ċĊġĠħĦżŻ")


def plausible_name(name: str, country: str | None = None) -> bool:
    """False for a name garbled by a broken re-encoding in the source: control or private-use characters,
    symbols, digits, or letters that only the garbling produces."""
    letters = 0
    for char in name:
        if char.isascii():
            if char.isalpha():
                letters += 1
            elif char not in " .-'":
                return False
            continue
        if char in _GARBLED and not (country == "MLT" and char in _MALTESE):
            return False
        if not char.isalpha() or 0x24F < ord(char) < 0x1E00 or ord(char) > 0x1EFF:  # Latin letters only
            return False
        letters += 1
    return letters >= 3 and name[0].isupper()


def alpha3(alpha2: str) -> str | None:
    import pycountry

    if alpha2 == "XK":
        return "XKX"
    found = pycountry.countries.get(alpha_2=alpha2) or pycountry.historic_countries.get(alpha_2=alpha2)
    return found.alpha_3 if found else None


def parse_politicians(rows: Iterable[list[str]]) -> Iterator[PoliticianRecord | Skipped]:
    """Politicians from CaptainFact's Wikidata export: one record per (person, country) row. Rows whose columns are
    shifted by garbled text, and garbled names, are skipped."""
    for row in rows:
        if len(row) < 6 or not _WIKIDATA_ENTITY.match(row[0].strip()):
            yield Skipped("malformed row", ",".join(row)[:80])
            continue
        birth = _BIRTH.match(row[4].strip())
        if birth is None or not _ALPHA2.match(row[5].strip()):
            yield Skipped("malformed row", ",".join(row)[:80])
            continue
        country = alpha3(row[5].strip())
        if country is None:
            yield Skipped("unknown country code", row[5])
            continue
        # 'Sal Brinton, Baroness Brinton', 'James B. Longley, Jr.', 'Bill Owens (New York)': the name before the
        # comma, without the qualifier
        name = re.sub(r"\s+", " ", re.sub(r"\([^)]*\)", " ", row[3].split(",")[0])).strip()
        if not plausible_name(name, country):
            yield Skipped("garbled name", name)
            continue
        yield PoliticianRecord(_WIKIDATA_ENTITY.match(row[0].strip())[1], name, country, birth[1])
