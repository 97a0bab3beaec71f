"""Seas, oceans and large regions with GeoNames' own points (``models/en/geonames_regions.tsv``, built by
``scripts/build_geonames_regions.py``) and Natural Earth's islands, peninsulas, valleys, lakes and seas
(``models/en/natural_features.tsv``, built by ``scripts/build_natural_features.py``) as the gazetteer takes them."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from pipeline.resources import read_tsv

NATURAL_FILE = "natural_features.tsv"
GEONAMES_FILE = "geonames_regions.tsv"
FILES = (GEONAMES_FILE, NATURAL_FILE)


def with_geonames_points(rows: Iterable[dict]) -> Iterator[dict]:
    """Our own rows, a row that names a GeoNames feature by id and gives no point of its own taking GeoNames'
    point ("Middle East" at GeoNames' Middle East, not at a point we chose): our table keeps its names and aliases,
    the source its coordinates."""
    points = {row["geonames_id"]: (row["lat"], row["lon"]) for row in read_tsv(GEONAMES_FILE)}
    for row in rows:
        if not row["lat"] and row["geonames_id"] in points:
            row = {**row, "lat": points[row["geonames_id"]][0], "lon": points[row["geonames_id"]][1]}
        yield row


def natural_rows(taken: set[str], key: Callable[[str], str]) -> Iterator[tuple[dict, list[str]]]:
    """Each row of the two tables, GeoNames' first, with those of its names that no country, row of our own table
    (``taken``), first-level subdivision or earlier row has: a feature is known by a name nothing finer claims
    ("Sicily", but not "Ireland", a country, nor "Tasmania", a state); towns of its name stay candidates ("Crete,
    Nebraska"). A sea both tables hold takes GeoNames' point, the one its gazetteer users expect."""
    import pycountry

    taken = taken | {key(s.name) for s in pycountry.subdivisions if s.parent_code is None}
    for name in FILES:
        for row in read_tsv(name):
            names = [n for n in [row["name"], *row["aliases"].split("|")] if n.strip() and key(n) not in taken]
            if names:
                yield row, names
        taken = taken | {key(n) for row in read_tsv(name) for n in [row["name"], *row["aliases"].split("|")] if n}
