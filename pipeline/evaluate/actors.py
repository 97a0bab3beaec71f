"""Scorer for the ``actors`` suite (NGEC actor-resolution cases): right country and sector at the gold span?

Rule (../shared/eval/README.md): of the cases that assert a country (or a sector), the share where an actor (for a
country, also a place) whose mention overlaps the gold span has that country (or sector); a case asserting no
country (an empty string) is right when nothing found there has one. Cases that assert neither are not counted.
NGEC's codes for international bodies (``UNO``, ``EUR``, ``IGO``: any code that is no country's ISO3 code in
Parley's country table) are met by an actor with a non-empty ``igo`` value, as the events suite reads IGO acronyms.
"""
from __future__ import annotations

import pandas as pd

from pipeline.evaluate.matching import ratio
from pipeline.knowledge.countries import country_name


def _overlaps(start: int, end: int, gold_start: int, gold_end: int) -> bool:
    return min(end, gold_end) > max(start, gold_start)


def _values_at(mentions: pd.DataFrame, entities: pd.DataFrame, id_column: str, field: str,
               gold_start: int, gold_end: int) -> list:
    """``field`` of every entity with a mention overlapping the gold span (nulls dropped)."""
    if mentions.empty or entities.empty:
        return []
    hit = {row.entity_id for row in mentions.itertuples() if _overlaps(row.start, row.end, gold_start, gold_end)}
    values = entities.loc[entities[id_column].isin(hit), field]
    return [value for value in values if isinstance(value, str) and value]


def _judge(expected: str, found: list[str]) -> bool:
    return not found if expected == "" else expected in found


def is_igo_code(code: str) -> bool:
    """NGEC's code for an international body: any non-empty code that names no country."""
    return bool(code) and country_name(code) is None


def score(articles: list[dict], gold_by_id: dict[str, dict], tables: dict[str, pd.DataFrame]) -> dict[str, float]:
    mentions = tables["mentions"]
    actors, places = tables["actors"], tables["places"]
    country_right = country_cases = sector_right = sector_cases = 0
    for article in articles:
        article_id = article["id"]
        here = mentions[mentions["article_id"] == article_id] if not mentions.empty else mentions
        actor_mentions = here[here["kind"] == "actor"] if not here.empty else here
        place_mentions = here[here["kind"] == "place"] if not here.empty else here
        article_actors = actors[actors["article_id"] == article_id] if not actors.empty else actors
        article_places = places[places["article_id"] == article_id] if not places.empty else places
        for case in gold_by_id.get(article_id, {}).get("actors", []):
            start, end = case["start"], case["end"]
            if case.get("country") is not None and is_igo_code(case["country"]):
                country_cases += 1
                country_right += bool(_values_at(actor_mentions, article_actors, "actor_id", "igo", start, end))
            elif case.get("country") is not None:
                found = (_values_at(actor_mentions, article_actors, "actor_id", "country", start, end)
                         + _values_at(place_mentions, article_places, "place_id", "country", start, end))
                country_cases += 1
                country_right += _judge(case["country"], found)
            if case.get("sector") is not None:
                found = _values_at(actor_mentions, article_actors, "actor_id", "sector", start, end)
                sector_cases += 1
                sector_right += _judge(case["sector"], found)
    return {
        "country_accuracy": ratio(country_right, country_cases),
        "sector_accuracy": ratio(sector_right, sector_cases),
        "country_cases": float(country_cases),
        "sector_cases": float(sector_cases),
    }
