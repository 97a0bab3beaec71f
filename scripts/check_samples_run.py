"""Check a run over data/samples: one `articles` row per input article, and every reader produced an ok article.

Usage: python scripts/check_samples_run.py data/samples OUT

Counts the inputs itself (a file per article, a line per JSON-lines record, a row per CSV record), without
Parley's own reader, so a reader that drops an article is caught. Exits 1 with the reasons when a check fails.
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

TABLES = ("articles", "mentions", "actors", "places", "dates", "quotes", "events")
READERS = (".txt", ".html", ".jsonl", ".csv")  # each must give at least one ok article


def expected_articles(samples: Path) -> tuple[int, Counter]:
    total, by_suffix = 0, Counter()
    for path in sorted(p for p in samples.iterdir() if p.is_file() and not p.name.startswith(".")):
        if path.suffix == ".jsonl":
            count = sum(1 for line in path.read_bytes().splitlines() if line.strip())
        elif path.suffix == ".csv":
            with path.open(newline="", encoding="utf-8") as handle:
                count = sum(1 for _ in csv.DictReader(handle))
        else:
            count = 1
        total += count
        by_suffix[path.suffix] += count
    return total, by_suffix


def problems(samples: Path, out: Path) -> list[str]:
    found = []
    for table in TABLES:
        if not (out / table).is_dir():
            found.append(f"table {table} was not written")
    if found:
        return found
    articles = pq.read_table(out / "articles", columns=["article_id", "source", "status", "error"]).to_pylist()
    total, by_suffix = expected_articles(samples)
    if len(articles) != total:
        found.append(f"{len(articles)} article rows for {total} input articles ({dict(by_suffix)})")
    if len({row["article_id"] for row in articles}) != len(articles):
        found.append("article ids are not unique")
    for row in articles:
        if row["status"] not in ("ok", "skipped", "failed"):
            found.append(f"{row['article_id']}: unknown status {row['status']!r}")
        elif row["status"] != "ok" and not row["error"]:
            found.append(f"{row['article_id']}: status {row['status']} without an error")
    ok_suffixes = {Path(re.sub(r":\d+$", "", row["source"])).suffix for row in articles if row["status"] == "ok"}
    found += [f"no ok article read from a {suffix} input" for suffix in READERS if suffix not in ok_suffixes]
    return found


def main(argv: list[str]) -> int:
    samples, out = Path(argv[1]), Path(argv[2])
    found = problems(samples, out)
    for problem in found:
        print(f"check_samples_run: {problem}", file=sys.stderr)
    if not found:
        print(f"check_samples_run: every input of {samples} has its row; every reader gave an ok article")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
