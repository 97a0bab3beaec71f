"""How engines cut batches into pieces for their workers and put the outcomes back in order."""
from __future__ import annotations

import pytest

from pipeline.running.engines import Outcome, Task, _cut, _windowed


def tasks(n: int) -> list[Task]:
    return [Task(f"a{i}", "text", None) for i in range(n)]


@pytest.mark.parametrize("size,pieces,expected", [
    (64, 4, [16, 16, 16, 16]),
    (10, 4, [3, 3, 2, 2]),
    (3, 4, [1, 1, 1]),
    (5, 1, [5]),
    (0, 4, [0]),
])
def test_engines_cut_sizes(size, pieces, expected):
    parts = _cut(tasks(size), pieces)
    assert [len(part) for part in parts] == expected
    assert [task for part in parts for task in part] == tasks(size)  # nothing lost, order kept


@pytest.mark.parametrize("window,pieces", [(1, 1), (2, 3), (8, 4), (100, 2)])
def test_engines_windowed_keeps_batches_whole_and_in_order(window, pieces):
    batches = [tasks(n) for n in (7, 0, 64, 1, 30)]
    submitted: list[list[Task]] = []

    def submit(piece):
        submitted.append(piece)
        return piece  # a "handle" that collect turns into outcomes

    results = list(_windowed(iter(batches), submit, lambda piece: [Outcome(t.article_id, {}) for t in piece],
                             window, pieces=pieces))
    assert [[o.article_id for o in batch] for batch in results] == [[t.article_id for t in b] for b in batches]
    assert max(len(piece) for piece in submitted) <= max(1, -(-64 // pieces))


def test_engines_windowed_bounds_work_in_flight():
    in_flight, peak = set(), 0

    def submit(piece):
        nonlocal peak
        in_flight.add(id(piece))
        peak = max(peak, len(in_flight))
        return piece

    def collect(piece):
        in_flight.discard(id(piece))
        return [Outcome(t.article_id, {}) for t in piece]

    list(_windowed((tasks(16) for _ in range(20)), submit, collect, 8, pieces=4))
    assert peak <= 8 + 4  # the window plus the batch just submitted


@pytest.mark.parametrize("lengths,most,chars,expected", [
    ([10, 10, 10], 64, 100, [3]),
    ([60, 50, 10], 64, 100, [1, 2]),  # a pass stops before it would exceed the characters
    ([500, 10], 64, 100, [1, 1]),  # a longer article still goes through, alone
    ([1] * 5, 2, 100, [2, 2, 1]),  # and before it would exceed the count
    ([], 64, 100, []),
])
def test_engines_passes_bounded_by_count_and_size(lengths, most, chars, expected):
    from pipeline.running.engines import _by_size

    batch = [Task(f"a{i}", "x" * n, None) for i, n in enumerate(lengths)]
    groups = list(_by_size(batch, most, chars))
    assert [len(group) for group in groups] == expected
    assert [task for group in groups for task in group] == batch
