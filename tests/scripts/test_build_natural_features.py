"""scripts/build_natural_features.py: Natural Earth features are kept by feature class, placed at their centroid,
given the country of the towns along their outline, and dropped when two countries share them."""
from __future__ import annotations

import pytest

from scripts.build_natural_features import Towns, centroid, features


def polygon(*corners):
    return {"type": "Polygon", "coordinates": [[list(c) for c in [*corners, corners[0]]]]}


def square(lon, lat, size=1.0):
    return polygon((lon, lat), (lon + size, lat), (lon + size, lat + size), (lon, lat + size))


def layer(*features_):
    return {"features": [{"properties": props, "geometry": geometry} for props, geometry in features_]}


# invented towns: country AAA around (10, 20), BBB around (10, 21)
TOWNS = Towns([(10.0 + i / 10, 20.0 + j / 10, "AAA") for i in range(10) for j in range(10)]
              + [(10.0 + i / 10, 21.0 + j / 10, "BBB") for i in range(10) for j in range(10)]
              + [(10.5, 20.5, "AAA", "Port Grande", 250_000)])


@pytest.mark.parametrize("rings, expected", [
    ([[(0, 0), (2, 0), (2, 2), (0, 2)]], (1.0, 1.0)),
    # two parts: weighted by area, the bigger one pulls the point
    ([[(0, 0), (3, 0), (3, 3), (0, 3)], [(10, 0), (11, 0), (11, 1), (10, 1)]], (1.4, 2.4)),
    # a group across the antimeridian is placed on it, not on the far side of the globe
    ([[(179, 0), (180, 0), (180, 1), (179, 1)], [(-180, 0), (-179, 0), (-179, 1), (-180, 1)]], (0.5, -180.0)),
])
def test_centroid(rings, expected):
    lat, lon, _ = centroid(rings)
    assert (round(lat, 2), round(lon, 2)) == expected


@pytest.mark.parametrize("props, geometry, expected", [
    # an island of one country: kind region, that country, English name with the local one as alias
    ({"featurecla": "Island", "name": "Isola Verde", "scalerank": 3}, square(20.2, 10.2, 0.5),
     [("Green Island", "region", "AAA", ["Isola Verde"])]),
    # an island two countries share is left out
    ({"featurecla": "Island", "name": "Split Isle", "scalerank": 3}, square(20.3, 10.2, 1.4), []),
    # a lake: kind other, no country; its group name is no alias
    ({"featurecla": "Lake", "name": "Lake Nadir", "name_alt": "Nadir Lakes", "scalerank": 2}, square(20.2, 10.2),
     [("Lake Nadir", "other", "", [])]),
    # map abbreviations are spelled out, capitals lowered
    ({"featurecla": "Island group", "name": "GREY IS.", "scalerank": 3}, square(20.2, 10.2, 0.3),
     [("Grey Islands", "region", "AAA", [])]),
    # a name a large town bears is the town's: the bay is not known by it
    ({"featurecla": "bay", "name": "Port Grande", "scalerank": 3}, square(20.2, 10.2), []),
    # a river's stretch in the water layers stands for the river, not for this point
    ({"featurecla": "Lake", "name": "Slow River", "scalerank": 3}, square(20.2, 10.2), []),
    # classes outside the kept ones (ranges, deserts) are never taken
    ({"featurecla": "Range/mtn", "name": "High Ridge", "scalerank": 3}, square(20.2, 10.2, 0.5), []),
    ({"featurecla": "Desert", "name": "Dry Sands", "scalerank": 3}, square(20.2, 10.2, 0.5), []),
])
def test_features_kept_by_class(props, geometry, expected):
    english = {("Island", "isolaverde"): "Green Island"}
    rows = list(features(layer((props, geometry)), TOWNS, english))
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == expected
