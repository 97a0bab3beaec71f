"""Finding and loading the data files in ``models/`` (lexicons, dictionaries, alias tables), and where
data derived from installed packages is kept on this machine (:func:`cache_dir`).

Files are read once per process and cached; every loader returns plain Python data.
"""
from __future__ import annotations

import contextlib
import csv
import functools
import json
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
    with model_path(name, lang=lang).open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        return tuple({key: (value or "").strip() for key, value in row.items()} for row in reader)


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
