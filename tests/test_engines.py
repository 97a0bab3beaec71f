"""Engines: one process, a process pool and a Dask cluster give the same tables."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from pipeline.runner import RunOptions, run
from pipeline.schema import TABLES

pytestmark = pytest.mark.slow

TEXTS = [
    "Kremlin spokesman Dmitry Peskov said on Monday that talks with Ukraine could resume in Istanbul.",
    "The European Union imposed new sanctions on Russia on Friday, diplomats in Brussels said.",
    "Chinese Foreign Ministry spokesman Lin Jian accused the Philippines of provocation near the shoal.",
    "\"We are hopeful,\" Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said in Doha.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("engines") / "corpus.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"n{i}", "published": "2025-05-14", "text": TEXTS[i % len(TEXTS)]})
                              for i in range(24)) + "\n")
    return path


def tables(out) -> dict[str, pd.DataFrame]:
    def canonical(frame: pd.DataFrame) -> pd.DataFrame:
        frame = frame.astype(object).map(lambda v: tuple(v) if hasattr(v, "tolist") else v)
        return frame.sort_values(["article_id", *[c for c in frame.columns if c != "article_id"][:1]]).reset_index(drop=True)

    return {table: canonical(pd.read_parquet(out / table)) for table in TABLES}


@pytest.fixture(scope="module")
def one_process(nlp, corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("one") / "out"
    run([corpus], out, RunOptions(workers=1, batch_size=5), nlp=nlp)
    return tables(out)


def assert_same(left: dict, right: dict) -> None:
    for table in TABLES:
        pd.testing.assert_frame_equal(left[table], right[table], check_dtype=False)


def test_engines_process_pool_matches_one_process(nlp, corpus, one_process, tmp_path):
    run([corpus], tmp_path / "out", RunOptions(workers=2, batch_size=5), nlp=nlp)
    assert_same(one_process, tables(tmp_path / "out"))


def test_engines_dask_local_cluster_matches_local(corpus, one_process, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            run([corpus], tmp_path / "out", RunOptions(engine="dask", batch_size=5), client=client)
    assert_same(one_process, tables(tmp_path / "out"))


def test_engines_tables_do_not_depend_on_hash_seed(corpus, tmp_path):
    """Workers are separate processes (a pool, Dask): output must not depend on set or dict order."""
    import os
    import subprocess
    import sys

    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        subprocess.run([sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out), "-q", "--workers", "1"],
                       check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed})
        outs.append(tables(out))
    assert_same(*outs)


def test_engines_batches_leave_the_vocabulary_as_they_found_it(nlp):
    # a long run meets new words without end (names, numbers): each pass frees the strings it added
    from pipeline.engines import Task, process_batch

    names = ["Pavel Qostrin", "Ilse Vandraker", "Tomas Ezkerdi", "Nadia Roumelko", "Oskar Brevintz"]
    tasks = [Task(f"z{i}", f"U.N. envoy {name} met officials in Tirana on Monday.", None) for i, name in enumerate(names)]
    before = len(nlp.vocab.strings)
    outcomes = process_batch(nlp, tasks)
    assert all(name in {row["name"] for row in o.rows["actors"]} for name, o in zip(names, outcomes))
    assert len(nlp.vocab.strings) == before
