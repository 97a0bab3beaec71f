"""The places suite scorer (pipeline.evaluate.places): span matching and distances."""
from __future__ import annotations

import pandas as pd
import pytest

from pipeline.evaluate import places as scorer


def _tables(mentions, places):
    return {"mentions": pd.DataFrame(mentions, columns=["article_id", "entity_id", "kind", "text", "start", "end"]),
            "places": pd.DataFrame(places, columns=["article_id", "place_id", "name", "kind", "country", "lat", "lon",
                                                    "geonames_id"])}


@pytest.mark.parametrize("mentions, places, expected", [
    # exact span, point 50 km away: matched and near
    ([("a", "p1", "place", "Kyiv", 0, 4)], [("a", "p1", "Kyiv", "city", "UKR", 50.9, 30.5, None)],
     {"precision": 1.0, "recall": 0.5, "acc@161km": 1.0}),
    # matched but on the wrong continent
    ([("a", "p1", "place", "Kyiv", 0, 4)], [("a", "p1", "Kyiv", "city", "UKR", -30.0, 30.5, None)],
     {"precision": 1.0, "recall": 0.5, "acc@161km": 0.0}),
    # matched with null coordinates: counts as not near
    ([("a", "p1", "place", "Kyiv", 0, 4)], [("a", "p1", "Kyiv", "other", None, None, None, None)],
     {"precision": 1.0, "recall": 0.5, "acc@161km": 0.0}),
    # overlap below half of the longer span: no match; actor mentions are ignored
    ([("a", "p1", "place", "K", 0, 1), ("a", "a1", "actor", "Lviv", 10, 14)],
     [("a", "p1", "Kyiv", "city", "UKR", 50.45, 30.52, None)],
     {"precision": 0.0, "recall": 0.0, "acc@161km": 0.0}),
])
def test_places_scorer(mentions, places, expected):
    gold = {"a": {"places": [{"start": 0, "end": 4, "lat": 50.45, "lon": 30.52},
                             {"start": 10, "end": 14, "lat": 49.84, "lon": 24.03}]}}
    figures = scorer.score([{"id": "a"}], gold, _tables(mentions, places))
    for name, value in expected.items():
        assert figures[name] == pytest.approx(value)


@pytest.mark.parametrize("a, b, km", [((50.45, 30.52), (49.84, 24.03), 470), ((0, 0), (0, 1), 111)])
def test_places_scorer_distance(a, b, km):
    assert scorer.distance_km(*a, *b) == pytest.approx(km, rel=0.02)
