"""scripts/build_admin_points.py: subdivision reference points are the mean of their towns' positions."""
from __future__ import annotations

import pytest

from scripts.build_admin_points import admin1_codes, admin_points


def town(lat, lon, admin1, admin2, cc):
    return {"lat": str(lat), "lon": str(lon), "name": "x", "admin1": admin1, "admin2": admin2, "cc": cc}


@pytest.mark.parametrize("rows, expected", [
    # two towns of one state: the state's point is their middle
    ([town(10, 20, "Alpha", "", "NG"), town(12, 22, "Alpha", "", "NG")], [("NG", "Alpha", "", 11.0, 21.0, 2)]),
    # a US (or UK) county is kept beside its state; second-level names elsewhere are not
    ([town(30, -80, "Florida", "Pine County", "US")],
     [("US", "Florida", "", 30.0, -80.0, 1), ("US", "Florida", "Pine County", 30.0, -80.0, 1)]),
    ([town(50, 1, "Normandie", "Calvados", "FR")], [("FR", "Normandie", "", 50.0, 1.0, 1)]),
    # a town with no subdivision counts for none
    ([town(5, 5, "", "", "XK")], []),
])
def test_build_admin_points(rows, expected):
    assert admin_points(rows) == expected


@pytest.mark.parametrize("rows, towns, expected", [
    # a subdivision's code is the one most of its towns carry at the same name and position
    ([town(10, 20, "Alpha", "", "CA") | {"name": "A"}, town(11, 21, "Alpha", "", "CA") | {"name": "B"},
      town(12, 22, "Alpha", "", "CA") | {"name": "C"}],
     {"1": {"countrycode": "CA", "name": "A", "latitude": 10.001, "longitude": 20.0, "admin1code": "08"},
      "2": {"countrycode": "CA", "name": "B", "latitude": 11.0, "longitude": 21.0, "admin1code": "08"},
      "3": {"countrycode": "CA", "name": "C", "latitude": 12.0, "longitude": 22.0, "admin1code": "09"}},
     {("CA", "Alpha"): "08"}),
    # a town found at another position gives no code
    ([town(10, 20, "Beta", "", "NG") | {"name": "A"}],
     {"1": {"countrycode": "NG", "name": "A", "latitude": 15.0, "longitude": 20.0, "admin1code": "05"}}, {}),
])
def test_build_admin1_codes(rows, towns, expected):
    assert admin1_codes(rows, towns) == expected
