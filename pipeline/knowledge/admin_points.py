"""Names read off the subdivision reference points (``models/en/gazetteer_admin_points.tsv``) for the gazetteer's
build: UK counties and districts without the words around them, and the first-level subdivisions GeoNames names
that pycountry's subdivision list misses under its own (often local) spelling ("Karakalpakstan", "Tuscany",
"Canary Islands" against pycountry's "Qoraqalpog'iston Respublikasi", "Toscana", "Canarias")."""
from __future__ import annotations

from typing import Iterable, Iterator

# UK counties and districts (second-level subdivisions of the file): the words around a district's name there
# ("Borough of Wigan", "Ards District", Welsh "Sir Powys"), and the GeoNames code of each UK nation (a UK town's
# admin1)
UK_DISTRICT_PREFIXES = ("City and County of ", "City and Borough of ", "Metropolitan Borough of ", "Royal Borough of ",
                        "Borough of ", "District of ", "City of ", "County of ", "Sir ", "The ")
UK_DISTRICT_SUFFIXES = (" County Borough", " county borough", " District", " Borough")
UK_NATIONS = {"England": "ENG", "Scotland": "SCT", "Wales": "WLS", "Northern Ireland": "NIR"}


def uk_district_name(name: str) -> str:
    """A UK county or district's name without the words around it ("Borough of Wigan" -> "Wigan")."""
    for prefix in UK_DISTRICT_PREFIXES:
        name = name.removeprefix(prefix)
    for suffix in UK_DISTRICT_SUFFIXES:
        name = name.removesuffix(suffix)
    return name


def uk_districts(rows: Iterable[dict]) -> Iterator[tuple[str, float, float, str]]:
    """Each UK county or district of the rows: its name, reference point and nation code."""
    for row in rows:
        if row["country"] == "GB" and row["admin2"] and row["admin1"] in UK_NATIONS:
            yield uk_district_name(row["admin2"]), float(row["lat"]), float(row["lon"]), UK_NATIONS[row["admin1"]]


def missed_first_level(rows: Iterable[dict], covered: set[tuple[str, str]]) -> Iterator[tuple[str, str, float, float, str]]:
    """Each first-level subdivision of the rows whose (ISO2, GeoNames admin1 code) ``covered`` lacks: its ISO2, name,
    reference point and code."""
    for row in rows:
        if not row["admin2"] and row["code"] and (row["country"], row["code"]) not in covered:
            yield row["country"], row["admin1"], float(row["lat"]), float(row["lon"]), row["code"]
