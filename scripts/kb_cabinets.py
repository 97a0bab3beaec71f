"""Office holders of every country's government, for the actor knowledge base (``scripts/build_actor_kb.py``).

Source: the GitHub organisation every-politician-scrapers keeps one repository per country (``kenya``,
``russia-cabinet``, ``india-ministers``, ...) of the office holders Wikidata (CC0) records: ministers, heads of state
and government, governors, mayors, ambassadors, chief justices, speakers, army chiefs. Each repository's
``html/holders21.csv`` lists those in office since 2000: ``position,person,personID,start,end`` (some files add
``gender,DOB,DOD,image,enwiki``), the position in English ("Minister of Finance", "Chief Justice of Kenya"), the
person's English label and Wikidata id, start and end as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (an end left
empty: still in office when the file was made).

The files are read from a folder holding ``<repository>.holders21.csv`` for each repository and ``commits.tsv``
(``repository<TAB>commit``), the commit each file was taken at.

The general rules (pure functions; ``scripts/kb_drafts.py`` turns the records into actors):
- the country is the repository's: its name without ``-ministers``/``-cabinet``/``-federal-council``, read by
  Parley's country lexicon, or ``REPOSITORY_COUNTRIES`` where the name is a short form ("us", "uae"); a repository
  of a country's part (Scotland, Wales) takes the country the lexicon gives that name; one the lexicon
  cannot place is skipped whole (Hong Kong's officials are coded CHN, as the other sources code them);
- the sector comes from the office's name through ``models/en/office_sectors.tsv`` (the first row whose words it
  holds; GOV when none does); the role is the office's name without "of <the country>", lower case;
- a date given as a year or a month covers the whole year or month, and the role's precision is the coarsest of
  its two dates (the actors stage reads a year-precision role as saying nothing of the boundary years' sectors);
- the ``world`` repository holds offices of international bodies: each is of the body whose name (Parley's country
  lexicon) its name holds, sector IGO, the role its whole name; a state's envoy to a body (whose?) is skipped;
- an office named by another country's demonym ("French Co-Prince" of Andorra) whose holder holds an office of
  that country too is that country's leader's ex officio office: skipped, so France's president is no Andorran
  official ("Croat Member of the Presidency" of Bosnia and Herzegovina stays: its holders hold no Croatian office);
- a person without an English label, or whose label is no plausible Latin-script name, is skipped; a label's
  qualifier after a comma ("Feliciano Belmonte, Jr.") is dropped, as for CaptainFact's politicians.
"""
from __future__ import annotations

import calendar
import csv
import functools
import re
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

from pipeline.knowledge.actor_kb import normalize_name
from pipeline.knowledge.countries import lexicon
from pipeline.resources import read_tsv
from scripts.kb_records import Skipped
from scripts.kb_wikidata import leader_country, leader_role, plausible_name

FILE_SUFFIX = ".holders21.csv"
REPOSITORY_SUFFIXES = ("-ministers", "-cabinet", "-federal-council")
# repositories whose names the country lexicon does not read
REPOSITORY_COUNTRIES = {"antigua-barbuda": "ATG", "czech": "CZE", "solomons": "SLB", "swiss": "CHE", "uae": "ARE",
                        "us": "USA",
                        # Hong Kong's officials are China's, as the CAMEO dictionaries and Wikidata's citizenship
                        # (CaptainFact) code them: one country for one person
                        "hong-kong": "CHN"}
DEFAULT_SECTOR = "GOV"
# repositories of the offices of international bodies (UN, ICJ, WTO, OSCE), each office of the body it names
INTERNATIONAL_REPOSITORIES = frozenset({"world"})


class CabinetRecord(NamedTuple):
    qid: str
    name: str
    country: str | None  # ISO3; None for an office of an international body
    role: str
    sector: str | None
    valid_from: str | None
    valid_to: str | None
    date_precision: str | None  # day | month | year
    igo: str | None = None  # the international body whose office it is (Parley's IGO code: UN, ICJ, WTO)


def repository_country(repository: str) -> str | None:
    """ISO3 of the country a repository covers: 'kenya' -> KEN, 'russia-cabinet' -> RUS, 'us-cabinet' -> USA."""
    base = repository.split("/")[-1]
    for suffix in REPOSITORY_SUFFIXES:
        if base.endswith(suffix):
            base = base[:-len(suffix)]
    return REPOSITORY_COUNTRIES.get(base) or leader_country(base.replace("-", " "))


@functools.lru_cache(maxsize=1)
def _sector_rows() -> tuple[tuple[re.Pattern, str | None], ...]:
    rows = []
    for row in read_tsv("office_sectors.tsv"):
        words = row["words"]
        pattern = re.escape(words.rstrip("*")).replace(r"\ ", " ") + (r"\w*" if words.endswith("*") else r"\b")
        rows.append((re.compile(r"\b" + pattern), None if row["sector"] == "-" else row["sector"]))
    return tuple(rows)


def office_sector(position: str) -> str | None:
    """The sector of an office from its name (``models/en/office_sectors.tsv``): 'Minister of Justice' GOV, 'Chief
    Justice of Kenya' JUD, 'Chief of Staff of the Army' MIL, 'Speaker of the Senate' LEG, 'First Lady' None."""
    text = " ".join(re.sub(r"[-‐–]", " ", position.lower()).split())
    for pattern, sector in _sector_rows():
        if pattern.search(text):
            return sector
    return DEFAULT_SECTOR


def _date(text: str, end: bool) -> tuple[str | None, str | None]:
    """(ISO date, precision) of a source date; a year or month covers the whole of it."""
    text = (text or "").strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        return text, "day"
    if re.fullmatch(r"\d{4}-\d\d", text) and 1 <= int(text[5:]) <= 12:
        last = calendar.monthrange(int(text[:4]), int(text[5:]))[1]
        return (f"{text}-{last:02d}" if end else f"{text}-01"), "month"
    if re.fullmatch(r"\d{4}", text):
        return (f"{text}-12-31" if end else f"{text}-01-01"), "year"
    return None, None


_PRECISION_ORDER = ("year", "month", "day")


def office_igo(position: str) -> str | None:
    """The international body an office belongs to, by the longest of its names (Parley's country lexicon) in the
    office's name: 'Secretary-General of the United Nations' -> UN, 'Judge of the International Court of Justice'
    -> ICJ; None for a state's envoy to one ('Permanent Representative to the United Nations': whose?)."""
    text = " ".join(normalize_name(position).split())
    if re.search(r"\b(?:representative|ambassador|envoy|delegate) to\b", text):
        return None
    igos = lexicon().igos
    found = [alias for alias in igos if re.search(r"\b" + re.escape(alias) + r"\b", text)]
    return igos[max(found, key=len)] if found else None


def parse_holders(rows: Iterable[dict[str, str]], country: str | None) -> Iterator[CabinetRecord | Skipped]:
    """The office holders of one repository's holders21.csv, all of ``country``; with no country (the ``world``
    repository), offices of international bodies, each of the body its name gives (others skipped)."""
    for row in rows:
        qid = (row.get("personID") or "").strip()
        position = " ".join((row.get("position") or "").split())
        name = re.sub(r"\s+", " ", re.sub(r"\([^)]*\)", " ", (row.get("person") or "").split(",")[0])).strip()
        if not re.fullmatch(r"Q\d+", qid) or not position:
            yield Skipped("malformed row", ",".join(row.values())[:80])
            continue
        if not name or re.fullmatch(r"Q\d+", name) or not plausible_name(name, country):
            yield Skipped("no plausible English name", f"{qid}: {name}")
            continue
        start, start_precision = _date(row.get("start"), end=False)
        end, end_precision = _date(row.get("end"), end=True)
        if start and end and start > end:
            yield Skipped("term ends before it starts", f"{name}: {start} {end}")
            continue
        precisions = [precision for precision in (start_precision, end_precision) if precision]
        precision = min(precisions, key=_PRECISION_ORDER.index) if precisions else None
        if country is None:
            igo = office_igo(position)
            if igo is None:
                yield Skipped("office of no international body Parley knows", position)
                continue
            yield CabinetRecord(qid, name, None, position.lower(), "IGO", start, end, precision, igo)
            continue
        yield CabinetRecord(qid, name, country, leader_role(position, country), office_sector(position),
                            start, end, precision)


def read_cabinets(folder: Path) -> tuple[list[CabinetRecord | Skipped], dict[str, str]]:
    """Every record of the folder's holders21 files, in the order of their repositories' names, and the commit
    of each repository read (``commits.tsv``)."""
    commits: dict[str, str] = {}
    commits_file = folder / "commits.tsv"
    if commits_file.exists():
        for line in commits_file.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 2:
                commits[parts[0].strip()] = parts[1].strip()
    records: list[CabinetRecord | Skipped] = []
    used: dict[str, str] = {}
    for path in sorted(folder.glob("*" + FILE_SUFFIX)):
        repository = path.name[:-len(FILE_SUFFIX)]
        country = repository_country(repository)
        if country is None and repository not in INTERNATIONAL_REPOSITORIES:
            records.append(Skipped("repository of no country in Parley's lexicon", repository))
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            records.extend(parse_holders(csv.DictReader(handle), country))
        used[repository] = commits.get(repository, "unknown")
    return without_ex_officio(records), used


def _demonym_country(position: str) -> str | None:
    """The country whose demonym opens an office's name ("French Co-Prince" -> FRA), else None."""
    words = normalize_name(position).split()
    demonyms = lexicon().demonyms
    return next((demonyms[" ".join(words[:size])] for size in (2, 1) if " ".join(words[:size]) in demonyms), None)


def without_ex_officio(records: list[CabinetRecord | Skipped]) -> list[CabinetRecord | Skipped]:
    """The records with each office named by another country's demonym, whose holder holds an office of that
    country too, turned into a skipped line."""
    countries: dict[str, set[str]] = {}
    for record in records:
        if isinstance(record, CabinetRecord):
            countries.setdefault(record.qid, set()).add(record.country)
    out: list[CabinetRecord | Skipped] = []
    for record in records:
        if isinstance(record, CabinetRecord):
            other = _demonym_country(record.role) if record.country else None
            if other and other != record.country and other in countries[record.qid]:
                out.append(Skipped("ex officio office of another country's leader", f"{record.name}: {record.role}"))
                continue
        out.append(record)
    return out
