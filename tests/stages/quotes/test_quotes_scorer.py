"""The quotes scorer (pipeline/evaluate/quotes.py)."""
from __future__ import annotations

import pandas as pd
import pytest

from pipeline.evaluate.quotes import score


def quote_row(article_id, start, end, direct, speaker=None, speaker_start=None, speaker_end=None, part_of=None):
    return {"article_id": article_id, "quote_id": "q", "text": "", "start": start, "end": end, "direct": direct,
            "speaker": speaker, "speaker_id": None, "speaker_start": speaker_start, "speaker_end": speaker_end,
            "cue": None, "part_of": part_of}


def gold_quote(start, end, direct, speaker, speaker_start, speaker_end):
    return {"start": start, "end": end, "direct": direct, "speaker": speaker,
            "speaker_start": speaker_start, "speaker_end": speaker_end}


@pytest.mark.parametrize("rows, expected", [
    # one right (span and speaker by offsets), one right by speaker word, one wrong span
    ([quote_row("a", 0, 10, True, "x", 30, 36), quote_row("a", 40, 60, False, "Sergei Lavrov"),
      quote_row("a", 70, 80, False)],
     {"precision": 2 / 3, "recall": 2 / 3, "direct_precision": 1.0, "direct_recall": 1.0, "speaker_accuracy": 1.0}),
    # half overlap is enough; a wrong speaker counts against accuracy
    ([quote_row("a", 5, 10, True, "Dmitry Peskov", 0, 4), quote_row("a", 50, 60, False, "the minister")],
     {"precision": 1.0, "recall": 2 / 3, "direct_precision": 1.0, "direct_recall": 1.0, "speaker_accuracy": 0.5}),
    ([], {"precision": 0.0, "recall": 0.0, "direct_precision": 0.0, "direct_recall": 0.0, "speaker_accuracy": 0.0}),
])
def test_evaluate_quotes_scores(rows, expected):
    gold = {"a": {"quotes": [gold_quote(0, 10, True, "Peskov", 30, 36), gold_quote(40, 60, False, "Lavrov", 62, 68),
                             gold_quote(90, 99, False, None, None, None)]}}
    tables = {"quotes": pd.DataFrame(rows, columns=list(quote_row("a", 0, 0, False)))}
    figures = score([{"id": "a"}], gold, tables)
    assert {key: pytest.approx(figures[key]) for key in expected} == expected


@pytest.mark.parametrize("rows, expected", [
    # a quotation inside reported speech is part of that row, not an attribution of its own: not scored
    ([quote_row("a", 40, 60, False, "Lavrov", part_of=None), quote_row("a", 45, 55, True, "Lavrov", part_of="q1")],
     {"precision": 1.0, "recall": 0.5, "direct_precision": 0.0, "n_pred": 1.0}),
    # the same row without part_of is scored (and is wrong)
    ([quote_row("a", 40, 60, False, "Lavrov"), quote_row("a", 45, 55, True, "Lavrov")],
     {"precision": 0.5, "recall": 0.5, "direct_precision": 0.0, "n_pred": 2.0}),
])
def test_evaluate_quotes_reads_attribution_rows_only(rows, expected):
    gold = {"a": {"quotes": [gold_quote(0, 10, True, "Peskov", 30, 36), gold_quote(40, 60, False, "Lavrov", 62, 68)]}}
    tables = {"quotes": pd.DataFrame(rows, columns=list(quote_row("a", 0, 0, False)))}
    figures = score([{"id": "a"}], gold, tables)
    assert {key: pytest.approx(figures[key]) for key in expected} == expected


def test_evaluate_quotes_on_a_few_dev_articles(eval_dir, nlp):
    """A floor under the DEV figures (first 12 articles), so a regression shows up in CI."""
    from pipeline.evaluate import evaluate

    figures = evaluate(eval_dir / "quotes", nlp=nlp, limit=12)
    assert figures["f1"] >= 0.65
    assert figures["direct_f1"] >= 0.80
    assert figures["speaker_accuracy"] >= 0.85
