"""Engines: one process, a process pool and a Dask cluster give the same tables."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from pipeline.running.runner import RunOptions, run
from pipeline.output.schema import TABLES

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


@pytest.mark.parametrize("zone_articles", [5, 1_000])
def test_engines_batches_leave_the_vocabulary_as_they_found_it(nlp, monkeypatch, zone_articles):
    # a long run meets new words without end (names, numbers): a zone frees the strings its articles added, when
    # it has seen enough articles or when the run ends
    from pipeline.running import engines
    from pipeline.running.engines import Task, process_batch

    monkeypatch.setattr(engines, "ZONE_ARTICLES", zone_articles)

    names = ["Pavel Qostrin", "Ilse Vandraker", "Tomas Ezkerdi", "Nadia Roumelko", "Oskar Brevintz"]
    tasks = [Task(f"z{i}", f"U.N. envoy {name} met officials in Tirana on Monday.", None) for i, name in enumerate(names)]
    before = len(nlp.vocab.strings)
    outcomes = process_batch(nlp, tasks)
    assert all(name in {row["name"] for row in o.rows["actors"]} for name, o in zip(names, outcomes))
    if zone_articles > len(tasks):  # the zone is still open: the run's end closes it
        assert len(nlp.vocab.strings) > before
        engines.close_zone(nlp)
    assert len(nlp.vocab.strings) == before


def test_engines_run_ends_by_freeing_its_words(nlp, tmp_path):
    # the pipeline may go on serving a notebook after a run: nothing the run's articles added stays behind
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"id": "w1", "published": "2025-05-14",
                                "text": "Envoy Harkan Velisoglu met Miro Tandrevic in Zagreb on Monday."}) + "\n")
    before = len(nlp.vocab.strings)
    run([path], tmp_path / "out", RunOptions(workers=1), nlp=nlp)
    assert len(nlp.vocab.strings) == before
    assert "Velisoglu" in set(pd.read_parquet(tmp_path / "out" / "mentions")["text"].str.cat(sep=" ").split())


MALLOC_PROBE = """
import resource, sys
import numpy
from pipeline.running.engines import tune_malloc

def faults_per_cycle():  # page faults while 1 MiB arrays are made and freed
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(200):
        numpy.ones(1 << 18, dtype="float32")
    return (resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before) / 200

untuned = faults_per_cycle()
print(tune_malloc(), untuned, faults_per_cycle())
"""


def test_engines_malloc_tuned_for_the_model_under_dask_settings():
    # Dask's nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536: every 1 MiB array is then mapped afresh
    # (256 pages faulted in each time); once tuned, such arrays reuse the heap
    import os
    import platform
    import subprocess
    import sys

    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        pytest.skip("mallopt is glibc's")
    result = subprocess.run([sys.executable, "-c", MALLOC_PROBE], capture_output=True, text=True, check=True,
                            env={**os.environ, "MALLOC_TRIM_THRESHOLD_": "65536"})
    tuned, untuned, after = result.stdout.split()
    assert tuned == "True" and float(untuned) > 200 and float(after) < 10


def test_engines_settle_freezes_the_pipeline_and_collects_young_objects_less_often(nlp):
    import gc

    from pipeline.running.engines import GC_YOUNG_THRESHOLD, settle

    before = gc.get_threshold()
    try:
        gc.unfreeze()
        gc.set_threshold(700, before[1], before[2])
        assert settle(nlp) is nlp
        assert gc.get_freeze_count() > 100_000  # the model's objects and the stages' lexicons
        assert gc.get_threshold() == (GC_YOUNG_THRESHOLD, before[1], before[2])
    finally:
        gc.set_threshold(*before)
