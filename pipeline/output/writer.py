"""Writing the output tables as Parquet datasets, one part file per table per batch.

A batch becomes visible atomically per file (written under a hidden name, then
renamed) and is committed when its ``articles`` part appears, which is written last.
Parts of other tables whose batch never committed (a killed run) are removed by
:meth:`DatasetWriter.recover` before the next run, so a resumed run holds no
duplicates. Readers ignore hidden files, so ``pandas.read_parquet(OUT/<table>)``
never sees a half-written file.
"""
from __future__ import annotations

import datetime as dt
import fcntl
import importlib.abc
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.output.schema import SCHEMA_VERSION, TABLES

LOCK_NAME = ".parley.lock"
PARTITION_KEYS = ("month",)


class OutputLocked(RuntimeError):
    """Another run is writing into the same output folder."""


class DatasetWriter:
    def __init__(self, out: str | Path, *, metadata: dict[str, str] | None = None, partition_by: str | None = None):
        if partition_by not in (None, *PARTITION_KEYS):
            raise ValueError(f"cannot partition by {partition_by!r}; choose from {', '.join(PARTITION_KEYS)}")
        self.out = Path(out)
        self.partition_by = partition_by
        info = {"schema_version": SCHEMA_VERSION, **(metadata or {})}
        self._schemas = {
            table: schema.with_metadata({b"parley": json.dumps(info).encode()}) for table, schema in TABLES.items()
        }
        self._lock_handle = None

    # --- locking ------------------------------------------------------------------------

    def __enter__(self) -> "DatasetWriter":
        self.out.mkdir(parents=True, exist_ok=True)
        handle = (self.out / LOCK_NAME).open("a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "?"
            handle.close()
            raise OutputLocked(f"another parley run (pid {holder}) is writing to {self.out}; wait for it or choose another --out")
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._lock_handle = handle
        return self

    def __exit__(self, *exc) -> None:
        if self._lock_handle is not None:
            fcntl.flock(self._lock_handle, fcntl.LOCK_UN)
            self._lock_handle.close()
            self._lock_handle = None

    # --- state of the folder ------------------------------------------------------------

    def parts(self, table: str) -> list[Path]:
        folder = self.out / table
        return sorted(p for p in folder.rglob("part-*.parquet")) if folder.is_dir() else []

    def recover(self) -> int:
        """Remove temporary files and parts of batches that never committed; return how many."""
        committed = {_batch_of(p) for p in self.parts("articles")}
        removed = 0
        for table in TABLES:
            folder = self.out / table
            if not folder.is_dir():
                continue
            for path in folder.rglob(".tmp-*"):
                path.unlink()
                removed += 1
            if table == "articles":
                continue
            for path in self.parts(table):
                if _batch_of(path) not in committed and not path.name.startswith("part-empty"):
                    path.unlink()
                    removed += 1
        return removed

    def clear(self) -> None:
        """Delete every table (for --force)."""
        for table in TABLES:
            shutil.rmtree(self.out / table, ignore_errors=True)

    def done_articles(self) -> dict[str, str | None]:
        """article_id -> text hash of every article already committed."""
        parts = self.parts("articles")
        if not parts:
            return {}
        done: dict[str, str | None] = {}
        for path in parts:
            table = pq.read_table(path, columns=["article_id", "text_sha1"])
            done.update(zip(table.column("article_id").to_pylist(), table.column("text_sha1").to_pylist()))
        return done

    # --- writing ------------------------------------------------------------------------

    def write_batch(self, batch_id: str, rows: dict[str, list[dict]]) -> None:
        """Write one batch: every table but ``articles`` first, ``articles`` last (the commit)."""
        months = {row["article_id"]: _month(row.get("published")) for row in rows["articles"]}
        for table in [t for t in TABLES if t != "articles"] + ["articles"]:
            table_rows = rows.get(table, [])
            if not table_rows:
                continue
            for partition, part_rows in self._partitions(table_rows, months):
                self._write_part(table, partition, f"part-{batch_id}.parquet", part_rows)

    def finish(self) -> None:
        """Give every table at least one (empty) file so that every dataset folder can be read."""
        for table in TABLES:
            if not self.parts(table):
                self._write_part(table, None, "part-empty.parquet", [])

    def _partitions(self, rows: list[dict], months: dict[str, str]) -> Iterable[tuple[str | None, list[dict]]]:
        if self.partition_by is None:
            yield None, rows
            return
        groups: dict[str, list[dict]] = {}
        for row in rows:
            groups.setdefault(months.get(row["article_id"], "unknown"), []).append(row)
        yield from ((f"month={month}", part) for month, part in sorted(groups.items()))

    def _write_part(self, table: str, partition: str | None, name: str, rows: list[dict]) -> None:
        folder = self.out / table / partition if partition else self.out / table
        folder.mkdir(parents=True, exist_ok=True)
        arrow_table = pa.Table.from_pylist(rows, schema=self._schemas[table])
        temporary = folder / f".tmp-{os.getpid()}-{name}"
        pq.write_table(arrow_table, temporary, compression="zstd")
        with temporary.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, folder / name)


def skip_pandas_check() -> None:
    """Spare this process pyarrow's import of pandas, when pandas is not imported yet.

    pyarrow's first conversion of a Python list imports pandas (about 0.15 s, a tenth of Parley's start-up)
    only to ask whether the list is a pandas object; the writer hands it plain lists only. Made to find pandas
    absent once, pyarrow does not look again, while ``Table.to_pandas()`` and ``import pandas`` still work (pyarrow
    imports pandas when asked to convert to it). For a process that gives pyarrow no pandas objects, such as
    ``parley run``; the library does not call it, since a notebook may give pyarrow a DataFrame.
    """
    if "pandas" in sys.modules:
        return
    sys.meta_path.insert(0, _NO_PANDAS)
    try:  # both of pyarrow's checks (its Python shim's and its C++ converter's) look once and remember
        pa.array([])
        pa.array([], type=pa.string())
    finally:
        sys.meta_path.remove(_NO_PANDAS)


class _NoPandasFinder(importlib.abc.MetaPathFinder):
    """An import finder under which ``import pandas`` raises ImportError."""

    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] == "pandas":
            raise ImportError("pandas is not imported while pyarrow checks for it (skip_pandas_check)")
        return None


_NO_PANDAS = _NoPandasFinder()


def _batch_of(path: Path) -> str:
    return path.name[len("part-"):-len(".parquet")]


def _month(published) -> str:
    return published.strftime("%Y-%m") if isinstance(published, dt.date) else "unknown"
