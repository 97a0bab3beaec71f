"""Span matching and precision/recall arithmetic shared by the suite scorers."""
from __future__ import annotations

from typing import Callable, Sequence, TypeVar

S = TypeVar("S")
G = TypeVar("G")


def spans_match(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Two spans match when they overlap by at least half of the longer one."""
    overlap = min(a_end, b_end) - max(a_start, b_start)
    longer = max(a_end - a_start, b_end - b_start)
    return overlap > 0 and overlap * 2 >= longer


def prf(n_correct_pred: int, n_pred: int, n_correct_gold: int, n_gold: int) -> dict[str, float]:
    precision = n_correct_pred / n_pred if n_pred else 0.0
    recall = n_correct_gold / n_gold if n_gold else 0.0
    # the harmonic mean of the two, from the counts in one division (2PR/(P+R) through the rounded P and R can
    # fall a hair below a figure it equals: 60 of 77 and 60 of 73 gave 0.7999999999999999, not 0.8)
    denominator = n_correct_pred * n_gold + n_correct_gold * n_pred
    f1 = 2 * n_correct_pred * n_correct_gold / denominator if n_pred and n_gold and denominator else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def align(pred: Sequence[S], gold: Sequence[G], matches: Callable[[S, G], bool]) -> list[tuple[S, G]]:
    """Greedy one-to-one alignment of predictions to gold items, in order."""
    used: set[int] = set()
    pairs = []
    for p in pred:
        for i, g in enumerate(gold):
            if i not in used and matches(p, g):
                used.add(i)
                pairs.append((p, g))
                break
    return pairs


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0
