"""Train the quotes stage's attribution model (``models/en/attribution_weights.tsv``) from annotated attributions.

Reads a suite in the evaluation layout (``articles.jsonl`` with id/text, ``gold.jsonl`` with each article's
``quotes``: content ``start``/``end``), parses each article with the project's spaCy model and collects every
content the rules of ``pipeline/stages/quotes/attribution.py`` give (kinds ``clause``, ``passive`` ...) and
every parse pattern of ``pipeline/stages/quotes/learned_cues.py`` that no rule already found (``ccomp``,
``dobj``, ``prep_of`` ...), labelled by whether it matches an annotated content (overlap of at least half of
the longer span, as the scorer counts). A logistic regression over their features (``learned_cues.features``)
is fitted by full-batch gradient descent from zero weights, so a given corpus and model give the same file.
Only feature names (kinds, lemmas, tags) and weights are written, no text.

Example:
    PYTHONPATH=. python scripts/train_attribution.py ../shared/eval/quotes_train \\
        --out models/en/attribution_weights.tsv --source "PolNeAR train (quotes_train)"
"""
from __future__ import annotations

import argparse
import json
import numpy as np
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Doc

from pipeline.evaluate.matching import spans_match
from pipeline.stages.extensions import doc_tokens
from pipeline.stages.quotes.attribution import Attribution, reported_speech
from pipeline.stages.quotes.learned_cues import features, pattern_attributions

MIN_FEATURE_COUNT = 3  # features seen fewer times get no weight
L2 = 1.0  # penalty on the squared weights (the bias excepted), against lemmas seen a few times
EPOCHS = 400
LEARNING_RATE = 0.5
MIN_WEIGHT = 1e-3  # smaller weights are left out of the file


def read_suite(suite: Path) -> Iterator[tuple[dict, list[dict]]]:
    """(article, its gold quotes) pairs of a suite directory, in the order of ``articles.jsonl``."""
    with (suite / "gold.jsonl").open(encoding="utf-8") as handle:
        gold = {row["id"]: row.get("quotes", []) for row in map(json.loads, handle)}
    with (suite / "articles.jsonl").open(encoding="utf-8") as handle:
        for article in map(json.loads, handle):
            yield article, gold.get(article["id"], [])


def is_annotated(attribution: Attribution, gold: list[dict]) -> bool:
    return any(spans_match(attribution.start, attribution.end, quote["start"], quote["end"]) for quote in gold)


def doc_examples(doc: Doc, gold: list[dict]) -> Iterator[tuple[list[str], bool]]:
    """One parsed article's examples: every rule attribution, and every parse pattern no rule found."""
    rules = list(reported_speech(doc))
    patterns = [attribution for attribution in pattern_attributions(doc_tokens(doc))
                if not any(spans_match(attribution.start, attribution.end, rule.start, rule.end) for rule in rules)]
    for attribution in rules + patterns:
        yield features(attribution), is_annotated(attribution, gold)


def fit(examples: list[tuple[list[str], bool]]) -> dict[str, float]:
    """Logistic regression weights, by full-batch gradient descent with per-feature step sizes (AdaGrad)."""
    counts: dict[str, int] = {}
    for names, _ in examples:
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    vocabulary = sorted(name for name, count in counts.items() if count >= MIN_FEATURE_COUNT)
    index = {name: i for i, name in enumerate(vocabulary)}
    rows = [[index[name] for name in names if name in index] for names, _ in examples]
    columns = np.array([column for row in rows for column in row], dtype=np.int64)
    lengths = np.array([len(row) for row in rows], dtype=np.int64)
    row_of = np.repeat(np.arange(len(rows)), lengths)
    labels = np.array([label for _, label in examples], dtype=np.float64)
    penalty = np.full(len(vocabulary), L2)
    if "bias" in index:
        penalty[index["bias"]] = 0.0
    weights = np.zeros(len(vocabulary))
    squared = np.full(len(vocabulary), 1e-8)
    for _ in range(EPOCHS):
        scores = np.bincount(row_of, weights=weights[columns], minlength=len(rows))
        errors = 1.0 / (1.0 + np.exp(-np.clip(scores, -30, 30))) - labels
        gradient = np.bincount(columns, weights=errors[row_of], minlength=len(vocabulary)) + penalty * weights
        squared += gradient ** 2
        weights -= LEARNING_RATE * gradient / np.sqrt(squared)
    return {name: float(weights[i]) for name, i in index.items() if abs(weights[i]) >= MIN_WEIGHT}


def train(docs_and_gold: Iterable[tuple[Doc, list[dict]]]) -> tuple[dict[str, float], int]:
    """The model's weights, and the number of examples they were fitted on."""
    examples = [example for doc, gold in docs_and_gold for example in doc_examples(doc, gold)]
    return fit(examples), len(examples)


def weight_lines(weights: dict[str, float], *, source: str, articles: int, examples: int) -> list[str]:
    """The TSV file: a header saying what it is and where it comes from, then the sorted weights."""
    header = [
        "# Attribution model of the quotes stage (pipeline/stages/quotes/learned_cues.py): logistic regression",
        "# weights of P(a content the rules or parse patterns give is an annotated attribution), by feature.",
        f"# Built by scripts/train_attribution.py from {source} ({articles} articles, {examples} examples);",
        "# weights of feature names only, no text. Provenance and licence: models/README.md.",
        "# Retrain when the rules of attribution.py or the features change.",
        "feature\tweight",
    ]
    rows = [f"{name}\t{weights[name]:.4f}" for name in sorted(weights) if "\t" not in name and "\n" not in name]
    return header + rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("suite", type=Path, help="directory with articles.jsonl and gold.jsonl")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--source", default=None, help="what the corpus is, for the file's header")
    parser.add_argument("--model", default=None, help="spaCy model (default: the pipeline's)")
    args = parser.parse_args(argv)

    from pipeline.nlp import DEFAULT_MODEL, load, make_doc  # the model loads only when training

    nlp = load(args.model or DEFAULT_MODEL, stages=())
    pairs = list(read_suite(args.suite))
    docs = nlp.pipe((make_doc(nlp, article["text"]) for article, _ in pairs), batch_size=8)
    weights, examples = train(zip(docs, (gold for _, gold in pairs)))
    lines = weight_lines(weights, source=args.source or args.suite.name, articles=len(pairs), examples=examples)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
