"""The events and whowhom scorers (pipeline.evaluate.events, pipeline.evaluate.whowhom)."""
from __future__ import annotations

import pandas as pd
import pytest

from pipeline.evaluate import events as events_scorer
from pipeline.evaluate import whowhom as whowhom_scorer
from pipeline.output.schema import TABLES


def _events_table(rows):
    return pd.DataFrame([{name: None for name in TABLES["events"].names} | row for row in rows],
                        columns=TABLES["events"].names)


@pytest.mark.parametrize("system, expected", [
    # right type, right dyad
    ([{"type": "AGREE", "source_countries": ["ROU", "HUN"], "target_countries": []}],
     {"f1": 1.0, "dyad_accuracy": 1.0, "parties_accuracy": 1.0}),
    # right type, both sides listed as source and target instead of both as sources
    ([{"type": "AGREE", "source_countries": ["HUN"], "target_countries": ["ROU"]}],
     {"f1": 1.0, "dyad_accuracy": 0.0, "parties_accuracy": 1.0}),
    # wrong type
    ([{"type": "REJECT", "source_countries": ["HUN", "ROU"], "target_countries": []}],
     {"f1": 0.0, "dyad_accuracy": 0.0, "parties_accuracy": 0.0}),
])
def test_events_scorer_types_and_dyads(system, expected):
    articles = [{"id": "x", "text": "..."}]
    gold = {"x": {"events": [{"type": "AGREE", "source": ["HUNGOV", "ROU"], "target": []}]}}
    rows = [{"article_id": "x", **row} for row in system]
    figures = events_scorer.score(articles, gold, {"events": _events_table(rows)})
    assert {key: figures[key] for key in expected} == expected


@pytest.mark.parametrize("source, dyad", [
    (["UN"], 1.0),  # an IGO acronym of Parley's table
    (["ARAB LEAGUE"], 1.0),  # a body the knowledge base codes by name: no country's code, so an IGO
    (["USA"], 0.0),  # a country is no IGO
])
def test_events_scorer_igo_codes_match_gold_igo_prefix(source, dyad):
    articles = [{"id": "x", "text": "..."}]
    gold = {"x": {"events": [{"type": "AID", "source": ["IGOUNO"], "target": ["LBR"]}]}}
    rows = [{"article_id": "x", "type": "AID", "source_countries": source, "target_countries": ["LBR"]}]
    assert events_scorer.score(articles, gold, {"events": _events_table(rows)})["dyad_accuracy"] == dyad


def test_whowhom_scorer_respects_roles():
    text = "Iraqi troops attacked the town ."
    articles = [{"id": "x", "text": text}]
    gold = {"x": {"source": [{"start": 0, "end": 12}], "target": [{"start": 22, "end": 30}], "reciprocal": []}}
    events = _events_table([{"article_id": "x", "type": "ASSAULT", "source_ids": ["a1"], "target_ids": ["a2"],
                             "sentence_start": 0, "sentence_end": len(text)}])
    mentions = pd.DataFrame([
        {"article_id": "x", "entity_id": "a1", "kind": "actor", "text": "Iraqi troops", "start": 0, "end": 12},
        {"article_id": "x", "entity_id": "a2", "kind": "actor", "text": "the town", "start": 22, "end": 30},
    ])
    figures = whowhom_scorer.score(articles, gold, {"events": events, "mentions": mentions})
    assert (figures["precision"], figures["recall"]) == (1.0, 1.0)
    swapped = events.assign(source_ids=[["a2"]], target_ids=[["a1"]])
    figures = whowhom_scorer.score(articles, gold, {"events": swapped, "mentions": mentions})
    assert (figures["precision"], figures["recall"]) == (0.0, 0.0)


def test_events_suite_scores_when_present(eval_dir, nlp):
    from pipeline.evaluate import evaluate

    figures = evaluate(eval_dir / "events", nlp=nlp, limit=20)
    assert 0.0 <= figures["f1"] <= 1.0 and figures["n_gold"] > 0


def test_whowhom_scorer_counts_nested_mentions_of_a_party_once():
    text = "Israeli Prime Minister Benjamin Netanyahu met Macron ."
    articles = [{"id": "x", "text": text}]
    gold = {"x": {"source": [{"start": 0, "end": 41}], "target": [], "reciprocal": []}}
    events = _events_table([{"article_id": "x", "type": "CONSULT", "source_ids": ["a1"], "target_ids": [],
                             "sentence_start": 0, "sentence_end": len(text)}])
    mentions = pd.DataFrame([
        {"article_id": "x", "entity_id": "a1", "kind": "actor", "text": "Netanyahu", "start": 32, "end": 41},
        {"article_id": "x", "entity_id": "a1", "kind": "actor", "text": text[:41], "start": 0, "end": 41},
    ])
    figures = whowhom_scorer.score(articles, gold, {"events": events, "mentions": mentions})
    assert (figures["precision"], figures["recall"], figures["n_pred"]) == (1.0, 1.0, 1.0)
