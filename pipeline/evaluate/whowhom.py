"""Scorer for the ``whowhom`` suite (ConfliBERT CAMEO: source and target spans, no triggers).

The system's party mentions are the mention spans (actors or places) of the parties each event names as
source or target, within that event's sentence (a mention nested in a longer mention of the same party is
not counted apart). Recall: a gold source span (reciprocal spans count as
sources) is found when a system source mention matches it, a gold target span when a system target mention
does (spans match by an overlap of at least half the longer one). Precision: the share of distinct system
party mentions that match a gold span of their role.
"""
from __future__ import annotations

from collections import defaultdict

import pandas as pd

from pipeline.evaluate.matching import prf, ratio, spans_match


def party_mentions(events, mentions_by_entity: dict[str, list]) -> set[tuple[str, int, int]]:
    """Distinct (role, start, end) of the mentions of every event's source and target parties in its sentence;
    nested mentions of one party ("Netanyahu" inside "Israeli Prime Minister Benjamin Netanyahu") are one
    reference, counted by its longest span."""
    found: set[tuple[str, int, int]] = set()
    for event in events:
        for role, ids in (("source", event.source_ids), ("target", event.target_ids)):
            for entity_id in ids if ids is not None else ():
                spans = [(int(m.start), int(m.end)) for m in mentions_by_entity.get(entity_id, [])
                         if event.sentence_start <= m.start < event.sentence_end]
                found.update((role, start, end) for start, end in spans
                             if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans))
    return found


def score(articles: list[dict], gold_by_id: dict[str, dict], tables: dict[str, pd.DataFrame]) -> dict[str, float]:
    events_by_article: dict[str, list] = defaultdict(list)
    for row in tables["events"].itertuples(index=False):
        events_by_article[row.article_id].append(row)
    mentions: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for row in tables["mentions"].itertuples(index=False):
        mentions[row.article_id][row.entity_id].append(row)

    n_pred = n_pred_matched = n_gold = n_gold_found = 0
    found_by_role = defaultdict(int)
    gold_by_role = defaultdict(int)
    for article in articles:
        gold = gold_by_id.get(article["id"], {})
        gold_spans = [("source", g) for g in gold.get("source", []) + gold.get("reciprocal", [])]
        gold_spans += [("target", g) for g in gold.get("target", [])]
        system = party_mentions(events_by_article.get(article["id"], []), mentions[article["id"]])
        n_pred += len(system)
        n_gold += len(gold_spans)
        n_pred_matched += sum(
            any(role == gold_role and spans_match(start, end, g["start"], g["end"]) for gold_role, g in gold_spans)
            for role, start, end in system)
        for gold_role, g in gold_spans:
            gold_by_role[gold_role] += 1
            if any(role == gold_role and spans_match(start, end, g["start"], g["end"]) for role, start, end in system):
                n_gold_found += 1
                found_by_role[gold_role] += 1

    figures = prf(n_pred_matched, n_pred, n_gold_found, n_gold)
    figures["source_recall"] = ratio(found_by_role["source"], gold_by_role["source"])
    figures["target_recall"] = ratio(found_by_role["target"], gold_by_role["target"])
    figures.update({"n_pred": float(n_pred), "n_gold": float(n_gold)})
    return figures
