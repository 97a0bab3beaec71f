"""Scorer for the ``quotes`` suites: quote spans (all attributions, then direct only) and speaker accuracy.

Rules (../shared/eval/README.md): spans match when they overlap by at least half of
the longer one; figures are micro-averaged over articles. Speaker accuracy is the
share of matched quotes (all attributions) whose gold names a speaker and whose
system speaker span overlaps the gold speaker span, or whose ``speaker`` shares a
word (case-insensitive, not a stop word) with the gold speaker. Gold quotes with
no speaker (PolNeAR's source-less attributions) are left out of that share.

PolNeAR's gold holds one content span per attribution, so the scorer reads the
attribution rows: a quotation inside reported speech (a row with ``part_of`` set)
is a part of the reported speech row it names, not an attribution of its own.
"""
from __future__ import annotations

import re
from collections import defaultdict

import pandas as pd
from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.evaluate.matching import align, prf, ratio, spans_match

WORD = re.compile(r"\w+")


def speaker_words(name: str | None) -> set[str]:
    return {word for word in WORD.findall((name or "").lower()) if word not in STOP_WORDS}


def speaker_right(pred: dict, gold: dict) -> bool:
    """Whether a system quote names the gold quote's speaker (by span overlap or by a shared word)."""
    start, end = pred.get("speaker_start"), pred.get("speaker_end")
    if start is not None and end is not None and not pd.isna(start) and not pd.isna(end):
        if min(int(end), gold["speaker_end"]) > max(int(start), gold["speaker_start"]):
            return True
    speaker = pred.get("speaker")
    speaker = None if speaker is None or (isinstance(speaker, float) and pd.isna(speaker)) else str(speaker)
    return bool(speaker_words(speaker) & speaker_words(gold["speaker"]))


def attribution_rows(quotes: pd.DataFrame) -> pd.DataFrame:
    """The rows that are attributions: not the quotations inside reported speech, which name their
    attribution row in ``part_of`` (output older than schema version 3 has no such rows)."""
    return quotes[quotes["part_of"].isna()] if "part_of" in quotes else quotes


def quote_match(pred: dict, gold: dict) -> bool:
    return spans_match(int(pred["start"]), int(pred["end"]), gold["start"], gold["end"])


def score(articles: list[dict], gold_by_id: dict[str, dict], tables: dict[str, pd.DataFrame]) -> dict[str, float]:
    quotes = attribution_rows(tables["quotes"])
    pred_by_article: dict[str, list[dict]] = defaultdict(list)
    for row in quotes.to_dict("records"):
        pred_by_article[row["article_id"]].append(row)

    counts = defaultdict(int)
    for article in articles:
        preds = sorted(pred_by_article.get(article["id"], []), key=lambda row: int(row["start"]))
        golds = sorted(gold_by_id.get(article["id"], {}).get("quotes", []), key=lambda row: row["start"])
        pairs = align(preds, golds, quote_match)
        counts["pred"] += len(preds)
        counts["gold"] += len(golds)
        counts["matched"] += len(pairs)
        with_speaker = [(p, g) for p, g in pairs if g.get("speaker") is not None]
        counts["speaker_pairs"] += len(with_speaker)
        counts["speaker_right"] += sum(speaker_right(p, g) for p, g in with_speaker)

        direct_preds = [p for p in preds if bool(p["direct"])]
        direct_golds = [g for g in golds if g["direct"]]
        counts["direct_pred"] += len(direct_preds)
        counts["direct_gold"] += len(direct_golds)
        counts["direct_matched"] += len(align(direct_preds, direct_golds, quote_match))

    overall = prf(counts["matched"], counts["pred"], counts["matched"], counts["gold"])
    direct = prf(counts["direct_matched"], counts["direct_pred"], counts["direct_matched"], counts["direct_gold"])
    return {
        **overall,
        **{f"direct_{key}": value for key, value in direct.items()},
        "speaker_accuracy": ratio(counts["speaker_right"], counts["speaker_pairs"]),
        "n_pred": float(counts["pred"]),
        "n_gold": float(counts["gold"]),
        "n_direct_pred": float(counts["direct_pred"]),
        "n_direct_gold": float(counts["direct_gold"]),
    }
