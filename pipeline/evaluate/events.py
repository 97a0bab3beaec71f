"""Scorer for the ``events`` suite (PLOVER gold-standard records, one sentence per article).

Per article, system event types are compared with the gold types as multisets (P/R/F1). Each type match is
then aligned one-to-one with a gold event of that type (preferring the system event whose parties fit best)
and checked for dyad accuracy (``source_countries`` and ``target_countries`` equal, as sets, the first three
letters of the gold source and target codes) and parties accuracy (the union of both sides equal, because
the gold lists both sides of a reciprocal event as sources). A system code that is no country's ISO3 code (an
IGO acronym such as UN, NATO, EU, or a body the knowledge base codes by name, such as ARAB LEAGUE) is compared
as ``IGO``, the prefix the gold codes use for every international organisation, as the actors scorer does.
"""
from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd

from pipeline.knowledge import countries
from pipeline.evaluate.matching import prf, ratio


def system_code(code: str) -> str:
    return "IGO" if countries.is_igo(code) or countries.country_name(code) is None else code


def _codes(values) -> frozenset[str]:
    return frozenset(system_code(str(value)) for value in (values if values is not None else ()))


def _gold_codes(values) -> frozenset[str]:
    return frozenset(str(value)[:3] for value in values or ())


def score(articles: list[dict], gold_by_id: dict[str, dict], tables: dict[str, pd.DataFrame]) -> dict[str, float]:
    by_article: dict[str, list] = defaultdict(list)
    for row in tables["events"].itertuples(index=False):
        by_article[row.article_id].append(row)

    n_pred = n_gold = n_correct = n_dyad = n_parties = 0
    for article in articles:
        gold = gold_by_id.get(article["id"], {}).get("events", [])
        pred = by_article.get(article["id"], [])
        n_pred += len(pred)
        n_gold += len(gold)
        pred_types, gold_types = Counter(e.type for e in pred), Counter(g["type"] for g in gold)
        n_correct += sum((pred_types & gold_types).values())
        used: set[int] = set()
        for gold_event in gold:
            candidates = [(i, e) for i, e in enumerate(pred) if e.type == gold_event["type"] and i not in used]
            if not candidates:
                continue
            gold_source, gold_target = _gold_codes(gold_event["source"]), _gold_codes(gold_event["target"])

            def fit(candidate) -> tuple[bool, bool]:
                event = candidate[1]
                source, target = _codes(event.source_countries), _codes(event.target_countries)
                return (source == gold_source and target == gold_target, source | target == gold_source | gold_target)

            index, event = max(candidates, key=fit)
            used.add(index)
            dyad, parties = fit((index, event))
            n_dyad += dyad
            n_parties += parties

    figures = prf(n_correct, n_pred, n_correct, n_gold)
    figures["dyad_accuracy"] = ratio(n_dyad, n_correct)
    figures["parties_accuracy"] = ratio(n_parties, n_correct)
    figures.update({"n_pred": float(n_pred), "n_gold": float(n_gold), "n_type_matches": float(n_correct)})
    return figures
