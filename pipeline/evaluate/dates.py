"""Scorer for the ``dates`` suite (TempEval-3): date spans, and their TIMEX3 values.

System rows of type DATE or TIME are compared with gold TIMEX3 of type DATE or
TIME; spans match when they overlap by at least half of the longer one. A gold
TIME is compared at day level (first 10 characters of both values).
"""
from __future__ import annotations

import pandas as pd

from pipeline.evaluate.matching import align, prf, ratio, spans_match

SCORED_TYPES = ("DATE", "TIME")


def value_correct(pred_value, gold: dict) -> bool:
    if pred_value is None or (isinstance(pred_value, float) and pd.isna(pred_value)):
        return False
    if gold["type"] == "TIME":
        return str(pred_value)[:10] == str(gold["value"])[:10]
    return str(pred_value) == str(gold["value"])


def score(articles: list[dict], gold_by_id: dict[str, dict], tables: dict[str, pd.DataFrame]) -> dict[str, float]:
    dates = tables["dates"]
    dates = dates[dates["type"].isin(SCORED_TYPES)]
    by_article = {article_id: rows for article_id, rows in dates.groupby("article_id")}
    n_pred = n_gold = n_matched = n_value_right = 0
    for article in articles:
        gold = [g for g in gold_by_id.get(article["id"], {}).get("dates", []) if g["type"] in SCORED_TYPES]
        rows = by_article.get(article["id"])
        pred = [] if rows is None else list(rows.sort_values("start").itertuples(index=False))
        pairs = align(pred, gold, lambda p, g: spans_match(p.start, p.end, g["start"], g["end"]))
        n_pred += len(pred)
        n_gold += len(gold)
        n_matched += len(pairs)
        n_value_right += sum(value_correct(p.value, g) for p, g in pairs)
    spans = prf(n_matched, n_pred, n_matched, n_gold)
    values = prf(n_value_right, n_pred, n_value_right, n_gold)
    return {
        "span_precision": spans["precision"],
        "span_recall": spans["recall"],
        "span_f1": spans["f1"],
        "value_accuracy": ratio(n_value_right, n_matched),
        "value_precision": values["precision"],
        "value_recall": values["recall"],
        "value_f1": values["f1"],
        "n_gold": float(n_gold),
        "n_pred": float(n_pred),
    }
