"""Finding and loading the data files in ``models/`` (lexicons, dictionaries, alias tables), and where
data derived from installed packages is kept on this machine (:func:`cache_dir`).

Files are read once per process and cached; every loader returns plain Python data.
"""
from __future__ import annotations

import contextlib
import functools
import json
import operator
import os
import tempfile
from pathlib import Path
from typing import Iterator

_CHECKOUT_MODELS = Path(__file__).resolve().parent.parent / "models"  # a source checkout or editable install
_PACKAGED_MODELS = Path(__file__).resolve().parent / "models"  # a wheel: models/ ships as pipeline/models
MODELS_DIR = Path(os.environ.get("PARLEY_MODELS") or (_CHECKOUT_MODELS if _CHECKOUT_MODELS.is_dir() else _PACKAGED_MODELS))


def cache_dir() -> Path:
    """Where indexes built from installed packages are kept between runs: ``$PARLEY_CACHE``, else
    ``~/.cache/parley``. Each file's name carries what it was built from, so a stale one is never read."""
    if os.environ.get("PARLEY_CACHE"):
        return Path(os.environ["PARLEY_CACHE"])
    home = os.environ.get("HOME") or tempfile.gettempdir()
    return Path(home) / ".cache" / "parley"


@contextlib.contextmanager
def replaced_atomically(path: Path, *, suffix: str = ".tmp") -> Iterator[str]:
    """A temporary file beside ``path`` for the block to write; renamed onto ``path`` when the block ends
    without an error (a concurrent reader never sees half a file), removed otherwise."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=suffix)
    os.close(handle)
    try:
        yield temporary
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def model_path(name: str, *, lang: str = "en") -> Path:
    """Path of a data file, looked up under ``models/<lang>/`` first, then ``models/``."""
    for candidate in (MODELS_DIR / lang / name, MODELS_DIR / name):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"Parley data file {name!r} not found under {MODELS_DIR}")


@functools.lru_cache(maxsize=None)
def read_tsv(name: str, *, lang: str = "en") -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated file with a header line; lines starting with '#' are comments."""
    header, rows = tsv_lines(model_path(name, lang=lang))
    return tuple(dict(zip(header, row)) for row in rows)


@functools.lru_cache(maxsize=None)
def read_tsv_columns(name: str, *columns: str, lang: str = "en") -> tuple[tuple[str, ...], ...]:
    """The named columns of each row of a tab-separated file, as tuples: for large tables (tens of thousands
    of rows), read several times faster than as dicts."""
    header, rows = tsv_lines(model_path(name, lang=lang))
    missing = [column for column in columns if column not in header]
    if missing:
        raise KeyError(f"{name}: no column {', '.join(missing)} (it has {', '.join(header)})")
    if len(columns) == 1:
        at = header.index(columns[0])
        return tuple((row[at],) for row in rows)
    return tuple(map(operator.itemgetter(*(header.index(column) for column in columns)), rows))


def tsv_lines(path: Path) -> tuple[list[str], list[list[str]]]:
    """The header and the rows of a tab-separated file, without quoting (a tab always separates): blank lines
    and lines starting with '#' skipped, every value stripped, short rows padded with empty values."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line.rstrip("\r\n") for line in handle if line.strip() and not line.startswith("#")]
    if not lines:
        return [], []
    header = lines[0].split("\t")
    width = len(header)
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        values = [value.strip() for value in line.split("\t")]
        if len(values) > width:
            raise ValueError(f"{path.name}: data line {number} has {len(values)} values, the header {width}")
        rows.append(values + [""] * (width - len(values)))
    return header, rows


@functools.lru_cache(maxsize=None)
def read_words(name: str, *, lang: str = "en") -> frozenset[str]:
    """A word list: one entry per line, '#' comments and blank lines ignored, lower-cased."""
    with model_path(name, lang=lang).open(encoding="utf-8") as handle:
        return frozenset(
            line.split("#", 1)[0].strip().lower() for line in handle if line.split("#", 1)[0].strip()
        )


@functools.lru_cache(maxsize=None)
def read_json(name: str, *, lang: str = "en"):
    with model_path(name, lang=lang).open(encoding="utf-8") as handle:
        return json.load(handle)
