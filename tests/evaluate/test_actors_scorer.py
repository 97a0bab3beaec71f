"""The scorer of the ``actors`` eval suite (``pipeline.evaluate.actors``)."""
from __future__ import annotations

import pandas as pd
import pytest

from pipeline.records import Actor, Mention


def _tables(actors, mentions, places=(), place_mentions=()):
    return {
        "actors": pd.DataFrame([{"article_id": "x", **a._asdict()} for a in actors],
                               columns=["article_id", *Actor._fields]),
        "places": pd.DataFrame([{"article_id": "x", **p} for p in places],
                               columns=["article_id", "place_id", "name", "kind", "country"]),
        "mentions": pd.DataFrame([{"article_id": "x", **m._asdict()} for m in [*mentions, *place_mentions]],
                                 columns=["article_id", *Mention._fields]),
    }


def _gold(country, sector, start=0, end=10):
    return {"x": {"actors": [{"start": start, "end": end, "country": country, "sector": sector}]}}


@pytest.mark.parametrize(
    ("gold_country", "gold_sector", "actor_country", "actor_sector", "country_acc", "sector_acc"),
    [
        ("RUS", "MIL", "RUS", "MIL", 1.0, 1.0),
        ("RUS", "MIL", "UKR", "GOV", 0.0, 0.0),
        ("", "MIL", None, "MIL", 1.0, 1.0),  # asserts no country: right when nothing has one
        ("", "", "RUS", "MIL", 0.0, 0.0),
    ],
)
def test_actors_scorer_judges_country_and_sector(gold_country, gold_sector, actor_country, actor_sector,
                                                 country_acc, sector_acc):
    from pipeline.evaluate.actors import score

    tables = _tables([Actor("a1", "n", "group", actor_country, actor_sector)], [Mention("a1", "actor", "t", 2, 8)])
    result = score([{"id": "x"}], _gold(gold_country, gold_sector), tables)
    assert (result["country_accuracy"], result["sector_accuracy"]) == (country_acc, sector_acc)


@pytest.mark.parametrize(
    ("gold_country", "actor_country", "igo", "country_acc"),
    [
        ("UNO", None, "UN", 1.0),  # NGEC's codes for international bodies are met by any actor with an igo value
        ("IGO", None, "IMF", 1.0),
        ("EUR", None, "EU", 1.0),
        ("UNO", None, None, 0.0),  # ... and only by one
        ("UNO", "USA", None, 0.0),
        ("RUS", None, "UN", 0.0),  # a country case is not met by an organisation
        ("XKX", "XKX", None, 1.0),  # Kosovo is in Parley's country table: compared as a country
        ("", None, "NATO", 1.0),  # an organisation has no country, as a case asserting none expects
    ],
)
def test_actors_scorer_igo_codes_met_by_an_igo_actor(gold_country, actor_country, igo, country_acc):
    from pipeline.evaluate.actors import score

    tables = _tables([Actor("a1", "n", "organization", actor_country, "IGO", igo=igo)],
                     [Mention("a1", "actor", "t", 2, 8)])
    result = score([{"id": "x"}], _gold(gold_country, None), tables)
    assert result["country_accuracy"] == country_acc


def test_actors_scorer_counts_overlapping_places_for_country_only():
    from pipeline.evaluate.actors import score

    tables = _tables([], [], places=[{"place_id": "p1", "name": "Egypt", "kind": "country", "country": "EGY"}],
                     place_mentions=[Mention("p1", "place", "Egypt", 0, 5)])
    result = score([{"id": "x"}], _gold("EGY", "GOV"), tables)
    assert result["country_accuracy"] == 1.0 and result["sector_accuracy"] == 0.0


def test_actors_scorer_ignores_mentions_outside_the_gold_span():
    from pipeline.evaluate.actors import score

    tables = _tables([Actor("a1", "n", "group", "RUS", "MIL")], [Mention("a1", "actor", "t", 20, 25)])
    result = score([{"id": "x"}], _gold("RUS", "MIL"), tables)
    assert result["country_accuracy"] == 0.0


def test_actors_scorer_on_dev(eval_dir, nlp):
    from pipeline.evaluate import evaluate

    result = evaluate(eval_dir / "actors", nlp=nlp, limit=40)
    assert result["country_cases"] > 0 and 0.0 <= result["country_accuracy"] <= 1.0
