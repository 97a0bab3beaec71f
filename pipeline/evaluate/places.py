"""Scorer for the ``places`` (GeoWebNews) and ``places_lgl`` (LGL) suites.

Place mentions (``mentions.kind == "place"``) are matched to gold places by
span (overlap of at least half the longer span); of the matched mentions, the
share whose place row lies within 161 km of the gold coordinates is
``acc@161km``. A matched mention whose place has no coordinates counts as a
miss; gold places without coordinates are left out of that share.
"""
from __future__ import annotations

import math
from collections import defaultdict

import pandas as pd

from pipeline.evaluate.matching import align, prf, ratio, spans_match

ACCURACY_KM = 161.0
EARTH_RADIUS_KM = 6371.0088


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance between two points in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _is_number(value) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def score(articles: list[dict], gold_by_id: dict[str, dict], tables: dict[str, pd.DataFrame]) -> dict[str, float]:
    mentions = tables["mentions"]
    mentions = mentions[mentions["kind"] == "place"]
    places = tables["places"]
    coords = {
        (row.article_id, row.place_id): (row.lat, row.lon)
        for row in places.itertuples(index=False)
    }
    by_article: dict[str, list] = defaultdict(list)
    for row in mentions.itertuples(index=False):
        by_article[row.article_id].append(row)

    n_pred = n_gold = n_matched = n_geo = n_near = 0
    for article in articles:
        gold = gold_by_id.get(article["id"], {}).get("places", [])
        pred = sorted(by_article.get(article["id"], []), key=lambda m: (m.start, m.end))
        n_pred += len(pred)
        n_gold += len(gold)
        pairs = align(pred, gold, lambda m, g: spans_match(m.start, m.end, g["start"], g["end"]))
        n_matched += len(pairs)
        for mention, gold_place in pairs:
            if not (_is_number(gold_place.get("lat")) and _is_number(gold_place.get("lon"))):
                continue
            n_geo += 1
            lat, lon = coords.get((mention.article_id, mention.entity_id), (None, None))
            if _is_number(lat) and _is_number(lon) and distance_km(
                    float(lat), float(lon), gold_place["lat"], gold_place["lon"]) <= ACCURACY_KM:
                n_near += 1

    figures = prf(n_matched, n_pred, n_matched, n_gold)
    figures["acc@161km"] = ratio(n_near, n_geo)
    figures.update({"n_pred": float(n_pred), "n_gold": float(n_gold), "n_matched": float(n_matched)})
    return figures
