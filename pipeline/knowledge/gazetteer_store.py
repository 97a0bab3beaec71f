"""The gazetteer's built index on disk, as SQLite: opened in milliseconds, read on demand.

Unpickling the index of 240,000 places took about a second and 350 MB in every process;
an SQLite file is opened at once, read one name at a time, and shared by every process
(pool workers, Dask workers on one machine) through the operating system's page cache.
:class:`StoredIndex` answers the same questions as :class:`pipeline.knowledge.gazetteer.Index`
(``entries[i]``, ``names.get(key)``, ``abbreviations.get(text)``, ``by_country``), so the
:class:`~pipeline.knowledge.gazetteer.Gazetteer` reads either without knowing which.
"""
from __future__ import annotations

import functools
import os
import sqlite3
from pathlib import Path
from typing import Iterator

from pipeline.resources import replaced_atomically

SCHEMA = """
CREATE TABLE entries (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, country TEXT, lat REAL, lon REAL,
                      geonames_id INTEGER, population INTEGER, admin1 TEXT, capital INTEGER, feature TEXT);
CREATE TABLE names (key TEXT, rank INTEGER, entry INTEGER, alternate INTEGER, PRIMARY KEY (key, rank)) WITHOUT ROWID;
CREATE TABLE abbreviations (text TEXT PRIMARY KEY, entry INTEGER) WITHOUT ROWID;
CREATE TABLE countries (iso3 TEXT PRIMARY KEY, entry INTEGER) WITHOUT ROWID;
"""
ENTRY_CACHE_SIZE = 20_000
SELECT_ENTRIES = ("SELECT name, kind, country, lat, lon, geonames_id, population, admin1, capital, feature "
                  "FROM entries")  # the fields of pipeline.knowledge.gazetteer.Entry, in order


def write_index(path: Path, index) -> None:
    """Write ``index`` (a :class:`pipeline.knowledge.gazetteer.Index`) to ``path`` atomically: built
    under a temporary name and renamed, so a concurrent reader never sees half a file."""
    with replaced_atomically(path) as temporary:
        with sqlite3.connect(temporary) as db:
            db.execute("PRAGMA journal_mode = OFF")  # a new file, renamed into place only when complete
            db.execute("PRAGMA synchronous = OFF")
            db.executescript(SCHEMA)
            db.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                           ((i, *entry) for i, entry in enumerate(index.entries)))
            db.executemany("INSERT INTO names VALUES (?,?,?,?)",
                           ((key, rank, entry, alternate) for key, bucket in index.names.items()
                            for rank, (entry, alternate) in enumerate(bucket)))
            db.executemany("INSERT INTO abbreviations VALUES (?,?)", index.abbreviations.items())
            db.executemany("INSERT INTO countries VALUES (?,?)", index.by_country.items())
        db.close()


class StoredIndex:
    """A read-only view of an index file with the lookups :class:`pipeline.knowledge.gazetteer.Gazetteer` makes."""

    def __init__(self, path: Path, entry_type):
        self.path = Path(path)
        self._entry_type = entry_type  # pipeline.knowledge.gazetteer.Entry
        self._db: sqlite3.Connection | None = None
        self._pid = -1
        self.entries = _Entries(self)
        self.names = _Lookup(self, "SELECT entry, alternate FROM names WHERE key = ? ORDER BY rank",
                             lambda rows: tuple((entry, bool(alternate)) for entry, alternate in rows))
        self.abbreviations = _Lookup(self, "SELECT entry FROM abbreviations WHERE text = ?",
                                     lambda rows: rows[0][0] if rows else None)
        self.by_country = dict(self.query("SELECT iso3, entry FROM countries"))

    def query(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        if self._pid != os.getpid():  # a connection must not cross fork(): each process opens its own
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._db.execute(sql, parameters).fetchall()

    def where(self, *, kind: str | None = None, country: str | None = None, min_population: int = 0) -> list:
        """The entries of one kind, country or size (a scan of the table, for once-per-process lists)."""
        rows = self.query(f"{SELECT_ENTRIES} WHERE (? IS NULL OR kind = ?) AND (? IS NULL OR country = ?) "
                          "AND population >= ? ORDER BY id", (kind, kind, country, country, min_population))
        return [self.entry(row) for row in rows]

    def entry(self, row: tuple):
        *fields, capital, feature = row
        return self._entry_type(*fields, capital=bool(capital), feature=feature)


class _Entries:
    """``entries[i]`` fetched on demand (recent ones cached); iteration scans the table."""

    def __init__(self, store: StoredIndex):
        self._store = store
        self._get = functools.lru_cache(maxsize=ENTRY_CACHE_SIZE)(self._fetch)

    def _fetch(self, position: int):
        rows = self._store.query(f"{SELECT_ENTRIES} WHERE id = ?", (position,))
        if not rows:
            raise IndexError(position)
        return self._store.entry(rows[0])

    def __getitem__(self, position: int):
        return self._get(position)

    def __len__(self) -> int:
        return self._store.query("SELECT count(*) FROM entries")[0][0]

    def __iter__(self) -> Iterator:
        rows = self._store.query(f"{SELECT_ENTRIES} ORDER BY id")
        return (self._store.entry(row) for row in rows)


class _Lookup:
    """A read-only mapping over one query: ``get(key, default)``."""

    def __init__(self, store: StoredIndex, sql: str, convert):
        self._store = store
        self._sql = sql
        self._convert = convert

    def get(self, key, default=None):
        found = self._convert(self._store.query(self._sql, (key,)))
        return found if found not in (None, ()) else default
