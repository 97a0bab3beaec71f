"""scripts/build_geonames_regions.py: GeoNames' no-country features are kept by feature code, one row a name at
the mean point of its rows, with the English alternate names that name that feature alone."""
from __future__ import annotations

import io

import pytest

from scripts.build_geonames_regions import english_alternates, region_rows, write_table


def geoname(gid, name, alternates, lat, lon, feature_class, code):
    return "\t".join([str(gid), name, name, alternates, str(lat), str(lon), feature_class, code, "", "", "00",
                      "", "", "", "0", "", "-9999", "Etc/UTC", "2020-01-01"]) + "\n"


# invented features
LINES = [
    geoname(11, "Sea of Tarsis", "Tarsis Sea,Mar de Tarsis,The Tarsis,Tarsisches Meer", 10, 20, "H", "SEA"),
    geoname(12, "Sea of Tarsis", "", 12, 22, "H", "SEA"),  # listed twice
    geoname(13, "Ocean of Brume", "Brume Ocean,Sea of Tarsis", -5, 100, "H", "OCN"),
    geoname(14, "Velmar Region", "Velmaria", 30, 40, "L", "RGN"),
    geoname(15, "North Pass", "", 1, 2, "H", "CHNM"),  # channels and passes are left out
    geoname(16, "Orin Reef", "", 3, 4, "H", "RF"),
    geoname(17, "Velmar Islands", "Velmar Isles,Iles Velmar", 5, 6, "T", "ISLS"),
]


def test_region_rows_by_feature_code():
    rows = region_rows(LINES)
    assert [(r["name"], r["kind"], r["feature"]) for r in rows] == [
        ("Ocean of Brume", "other", "H.OCN"), ("Sea of Tarsis", "other", "H.SEA"), ("Velmar Islands", "region", "T.ISLS"),
        ("Velmar Region", "region", "L.RGN")]


def test_region_rows_one_row_a_name_at_the_mean_point():
    (tarsis,) = [r for r in region_rows(LINES) if r["name"] == "Sea of Tarsis"]
    assert (tarsis["geonames_id"], tarsis["lat"], tarsis["lon"]) == ("11", "11.0", "21.0")


def test_region_rows_drop_another_rows_main_name():
    (brume,) = [r for r in region_rows(LINES) if r["name"] == "Ocean of Brume"]
    assert brume["aliases"] == "Brume Ocean"


@pytest.mark.parametrize("name, alternates, code, expected", [
    ("Sea of Tarsis", "Tarsis Sea,Mar de Tarsis,The Tarsis Sea,Tarsisches Meer", "SEA", ["Tarsis Sea"]),
    ("Gulf of Orm", "Bay of Orm,Golfe d'Orm,Orm,gulf of orm", "GULF", ["Bay of Orm"]),
    ("Velmar Region", "Velmaria,Velmar", "RGN", []),  # a region keeps only its main name
    ("Strait of Kel", "Kel Straits,Kelská úžina", "STRT", ["Kel Straits"]),
])
def test_english_alternates(name, alternates, code, expected):
    assert english_alternates(name, alternates, code) == expected


def test_write_table_is_reproducible():
    first, second = io.StringIO(), io.StringIO()
    write_table(region_rows(LINES), first)
    write_table(region_rows(list(reversed(LINES))), second)
    assert first.getvalue() == second.getvalue()
    assert first.getvalue().splitlines()[4].split("\t")[:6] == ["name", "kind", "country", "lat", "lon", "geonames_id"]
