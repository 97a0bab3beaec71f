"""Finding and reading what a run wrote: its output folder, each table's Parquet files, the run metadata.

Works on any output folder of ``parley run`` (partitioned or not); a notebook can call
:func:`load_tables` to hold the tables as pandas DataFrames.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.output.schema import TABLES

METADATA_KEY = b"parley"


class OutputNotFound(FileNotFoundError):
    """The folder does not exist or holds no Parley tables."""


def table_files(out: str | Path, table: str) -> list[Path]:
    """Every visible Parquet file of one table, at any partition depth (hidden temporary files skipped)."""
    folder = Path(out) / table
    if not folder.is_dir():
        return []
    return sorted(
        path for path in folder.rglob("*.parquet")
        if not any(part.startswith((".", "_")) for part in path.relative_to(folder).parts)
    )


def check_output(out: str | Path) -> Path:
    """The output folder as a Path; OutputNotFound when it is missing or holds none of the tables."""
    out = Path(out)
    if not out.is_dir():
        raise OutputNotFound(f"no such output folder: {out}")
    if not any((out / table).is_dir() for table in TABLES):
        raise OutputNotFound(f"{out} holds no Parley tables (expected {', '.join(TABLES)} folders; "
                             f"write them with: parley run INPUT --out {out})")
    return out


def _partition_values(path: Path, folder: Path) -> dict[str, str]:
    """``month=2025-05/part-x.parquet`` -> {"month": "2025-05"}."""
    return dict(part.split("=", 1) for part in path.relative_to(folder).parts[:-1] if "=" in part)


def read_table(out: str | Path, table: str, *, columns: list[str] | None = None,
               article_id: str | None = None) -> pd.DataFrame:
    """One table as a DataFrame, partition folders (``month=...``) becoming string columns.

    ``columns`` reads only those; ``article_id`` only that article's rows (row groups whose
    statistics rule it out are not read). A table without files gives an empty frame with
    the contract's columns.
    """
    out = Path(out)
    schema = TABLES[table]
    wanted = None if columns is None else [name for name in columns if name in schema.names]
    row_filter = None if article_id is None else [("article_id", "=", article_id)]
    parts = []
    for path in table_files(out, table):
        part = pq.read_table(path, columns=wanted, filters=row_filter)
        for key, value in _partition_values(path, out / table).items():
            if columns is None or key in columns:
                part = part.append_column(key, pa.array([value] * part.num_rows, pa.string()))
        parts.append(part)
    if not parts:
        empty = schema if wanted is None else pa.schema([schema.field(name) for name in wanted])
        return empty.empty_table().to_pandas()
    return pa.concat_tables(parts, promote_options="permissive").to_pandas()


def load_tables(out: str | Path, tables: Iterable[str] | None = None, *,
                article_id: str | None = None) -> dict[str, pd.DataFrame]:
    """Every table of an output folder (or the ones named) as pandas DataFrames, keyed by table name.

    ``article_id`` keeps only that article's rows. This holds the tables in memory: for a large
    output, query the files in place with DuckDB (:func:`pipeline.analysis.dashboard_queries.connect`).
    """
    out = check_output(out)
    names = list(TABLES) if tables is None else list(tables)
    unknown = [name for name in names if name not in TABLES]
    if unknown:
        raise ValueError(f"unknown table(s) {', '.join(unknown)}; choose from {', '.join(TABLES)}")
    return {name: read_table(out, name, article_id=article_id) for name in names}


def run_metadata(out: str | Path) -> list[dict]:
    """The distinct ``parley`` metadata records (schema version, model ...) found in the files' footers."""
    seen: dict[str, dict] = {}
    for table in TABLES:
        for path in table_files(out, table):
            raw = (pq.read_schema(path).metadata or {}).get(METADATA_KEY)
            if raw is not None:
                seen.setdefault(raw.decode(), json.loads(raw))
    return list(seen.values())
