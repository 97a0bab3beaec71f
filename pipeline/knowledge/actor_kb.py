"""The dated actor knowledge base: who a named person or body is (country or international organisation, sector,
role) on a given day.

Backed by ``models/actor_kb.sqlite``, built by ``scripts/build_actor_kb.py`` from public dictionaries (see
``models/README.md``). The file is opened read-only and immutable: every process maps the same pages through the
operating system's cache, nothing is copied, and opening takes milliseconds. A lookup is one indexed query on the
normalised name plus a filter of the actor's roles by date.

Tables (the build script writes them, this module only reads):

- ``actors(actor_key, name, type, wikidata, born)``: one row per person or body.
- ``names(norm_name, actor_key, is_surname)``: every normalised name an actor is known by; ``is_surname`` marks a
  surname alone, kept only where one actor in the whole base bears it.
- ``roles(actor_key, seq, country, igo, sector, role, valid_from, valid_to, date_precision, source, cameo)``: what
  the actor was and when (ISO dates, inclusive; NULL is an open end). A role with neither date is the actor's
  default: it holds whenever no dated role does (the convention of the CAMEO dictionaries).
- ``agents(norm_phrase, cameo, sector, is_stem, source)``: agent nouns ("defense minister", "rebels") and their
  sector; ``is_stem`` marks an entry whose last word is a stem ("defense minist").
- ``meta(key, value)``: sources, commits, licences, build date, row counts.

Ambiguity is never resolved here: a name that several actors bear returns all of them, with their countries.
"""
from __future__ import annotations

import datetime as dt
import functools
import os
import re
import sqlite3
import threading
import unicodedata
from pathlib import Path
from typing import NamedTuple

from pipeline.knowledge.countries import fold
from pipeline.resources import model_path

KB_FILE = "actor_kb.sqlite"
NORMALIZER_VERSION = "1"  # written into meta by the build; bump when normalize_name changes

_APOSTROPHES = re.compile(r"['’‘ʼ`´]")
_POSSESSIVE = re.compile(r"(?:'s|'|’s|’)$")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


@functools.lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """The lookup key of an actor's name: accents and special letters folded to ASCII, lower case, a final
    possessive and a leading "the" dropped, apostrophes deleted ("O'Neill" = "ONeill"), every other punctuation
    mark and ``_`` made a space ("G.M. Quader" = "G. M. Quader" = "G._M._QUADER"), spaces collapsed.

    Built on :func:`pipeline.knowledge.countries.fold`; not :func:`~pipeline.knowledge.countries.normalize`,
    which keeps ``_`` (the word joiner of the CAMEO dictionaries) and deletes full stops ("G.M." != "G. M.").
    """
    text = _POSSESSIVE.sub("", fold(text.strip()))
    if not text.isascii():  # fold() leaves a string that would fold to nothing as it was: drop its accents anyway
        text = unicodedata.normalize("NFKD", text)
        text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.lower()
    text = _NON_ALNUM.sub(" ", _APOSTROPHES.sub("", text)).strip()
    return text[4:] if text.startswith("the ") else text


class KBMatch(NamedTuple):
    """One role of one actor that bears the looked-up name."""
    name: str  # the actor's canonical name
    type: str  # person | organization | government | group
    country: str | None  # ISO3 (a few former states keep their old code: SUN, YUG, CSK, DDR, SCG)
    igo: str | None  # international organisation, as Parley writes it (UN, NATO, EU, ARAB LEAGUE, ...)
    sector: str | None  # CAMEO-style sector code (GOV, MIL, REB, IGO, ELI, ...)
    role: str | None  # "president", "prime minister", "politician", ... where the source says
    valid_from: str | None  # ISO date, inclusive; None: open
    valid_to: str | None
    source: str  # which source gave this role (see provenance())
    actor_key: str = ""
    by_surname: bool = False  # matched on a surname alone
    date_precision: str | None = "day"  # "year" where the source gives years only (from Jan 1 to Dec 31); None
    # for an undated role
    stale: bool = False  # an open-ended role asked about after its source's last date (the CAMEO dictionaries
    # end in 2015: 'GOV from 2009' for a president then in office says nothing of 2025); the caller should not
    # trust it alone


class AgentMatch(NamedTuple):
    sector: str | None
    cameo: str
    source: str


_SELECT = ("SELECT n.actor_key, n.is_surname, a.name, a.type, r.country, r.igo, r.sector, r.role, r.valid_from, "
           "r.valid_to, r.date_precision, r.source FROM names n JOIN actors a ON a.actor_key = n.actor_key "
           "JOIN roles r ON r.actor_key = n.actor_key WHERE n.norm_name = ? ORDER BY n.actor_key, r.seq")


class ActorKB:
    """Read-only lookups in one KB file; safe to share between threads, reopened after a fork."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._pid = -1
        self._rows = functools.lru_cache(maxsize=32768)(self._fetch)
        self._connect()
        meta = self.provenance()
        # the last date each source knows of; a day past it cannot confirm an open-ended role
        self._known_until = {key.split(".")[1]: value for key, value in meta.items()
                             if key.startswith("source.") and key.endswith(".latest_date")}
        self.build_date = meta.get("build_date")

    @classmethod
    def open(cls, path: str | Path | None = None) -> "ActorKB":
        """The KB at ``path``, by default the shipped ``models/actor_kb.sqlite`` (``$PARLEY_MODELS`` honoured)."""
        return cls(Path(path) if path is not None else model_path(KB_FILE))

    def _connect(self) -> sqlite3.Connection:
        if self._pid != os.getpid():  # a connection must not cross fork(): each process opens its own
            if not self.path.is_file():
                raise FileNotFoundError(f"actor knowledge base {self.path} not found")
            uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._pid = os.getpid()
            self._rows.cache_clear()
        return self._db

    def _query(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._connect().execute(sql, parameters).fetchall()

    def _fetch(self, key: str) -> tuple[tuple, ...]:
        return tuple(self._query(_SELECT, (key,)))

    def lookup(self, name: str, on: dt.date | None = None) -> list[KBMatch]:
        """Every actor known by ``name`` with its roles valid ``on`` that day; with no day, each actor's latest
        role(s). An actor none of whose dated roles covers the day answers with its undated (default) roles, or
        not at all when it has none. Actors of different countries all come back: the caller decides. A role
        open at its end, asked about after the last date its source knows (with no day: after the build date),
        comes back marked ``stale``."""
        key = normalize_name(name) if name else ""
        if not key:
            return []
        rows = self._rows(key)
        if not rows:
            return []
        day = on.isoformat() if on is not None else None
        today = day or self.build_date or ""
        by_actor: dict[str, list[tuple]] = {}
        for row in rows:
            by_actor.setdefault(row[0], []).append(row)
        matches: list[KBMatch] = []
        for actor_rows in by_actor.values():
            for row in _pick(actor_rows, day):
                actor_key, is_surname, canonical, kind, country, igo, sector, role, start, end, precision, source = row
                stale = end is None and start is not None and today > self._known_until.get(source, today)
                match = KBMatch(canonical, kind, country, igo, sector, role, start, end, source, actor_key,
                                bool(is_surname), precision, stale)
                if match not in matches:
                    matches.append(match)
        return matches

    def countries_of(self, name: str, on: dt.date | None = None) -> set[str]:
        """The countries (an international organisation's code where an actor has no country, as Parley writes
        it) of every actor known by ``name`` on that day. More than one means the name is ambiguous."""
        return {match.country or match.igo for match in self.lookup(name, on) if match.country or match.igo}

    def agent(self, phrase: str) -> list[AgentMatch]:
        """Sector codes of an agent noun or phrase ("defense minister", "rebels") in the CAMEO agents dictionary:
        the phrase itself; else the longest entry whose last word is a stem of the phrase's ("defense minist");
        else the phrase with its last word made singular ("ministries" -> "ministry")."""
        key = normalize_name(phrase) if phrase else ""
        if not key:
            return []
        sql = "SELECT sector, cameo, source FROM agents WHERE norm_phrase = ? AND is_stem >= ? ORDER BY cameo, source"
        rows = self._query(sql, (key, 0))
        head, _, last = key.rpartition(" ")
        head = f"{head} " if head else ""
        for length in range(len(last) - 1, 2, -1):
            if rows:
                break
            rows = self._query(sql, (head + last[:length], 1))
        for singular in singular_forms(last):
            if rows:
                break
            rows = self._query(sql, (head + singular, 0))
        return [AgentMatch(*row) for row in rows]

    def agent_phrases(self) -> dict[str, str]:
        """Every agent phrase of the agents table that has one sector ("smuggler" -> CRM, "drug trafficker" ->
        CRM), for a caller that matches phrases on text; a phrase coded with several sectors is left out."""
        sectors: dict[str, set[str]] = {}
        for phrase, sector in self._query("SELECT norm_phrase, sector FROM agents WHERE sector IS NOT NULL"):
            sectors.setdefault(phrase, set()).add(sector)
        return {phrase: found.pop() for phrase, found in sorted(sectors.items()) if len(found) == 1}

    def provenance(self) -> dict[str, str]:
        """Everything in the meta table (sources, commits, licences, build date, counts), for Parquet metadata."""
        return dict(self._query("SELECT key, value FROM meta ORDER BY key"))

    def source_summary(self) -> dict[str, str]:
        """What a run's output records of the base it used: build date, and each source's repository, path,
        commit and licence (the ``meta`` keys ``build_date`` and ``source.<name>.<field>``)."""
        fields = ("repository", "path", "commit", "licence")
        return {key: value for key, value in self.provenance().items()
                if key == "build_date" or (key.startswith("source.") and key.rsplit(".", 1)[-1] in fields)}

    def close(self) -> None:
        with self._lock:
            if self._db is not None and self._pid == os.getpid():
                self._db.close()
            self._db, self._pid = None, -1


def singular_forms(word: str) -> list[str]:
    """The forms a regular or "-men" English plural may have in the singular ("ministries" -> "ministry", "forces"
    -> "forc", "force"); none for a word that is no such plural."""
    if word.endswith("ies") and len(word) > 4:
        return [word[:-3] + "y"]
    if word.endswith("es") and len(word) > 3:
        return [word[:-2], word[:-1]]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return [word[:-1]]
    if word.endswith("men"):
        return [word[:-3] + "man"]
    return []


def _is_undated(row: tuple) -> bool:
    return row[8] is None and row[9] is None


def _pick(rows: list[tuple], day: str | None) -> list[tuple]:
    """The roles of one actor to answer with (rows in the order of _SELECT)."""
    dated = [row for row in rows if not _is_undated(row)]
    if day is not None:
        valid = [row for row in dated if (row[8] is None or row[8] <= day) and (row[9] is None or day <= row[9])]
        return valid or [row for row in rows if _is_undated(row)]
    if not dated:
        return rows
    # latest: the open-ended roles, else those that ended last; among them the ones that began last
    latest_end = max(dated, key=lambda row: (row[9] is None, row[9] or "")) 
    last = [row for row in dated if row[9] == latest_end[9]]
    latest_start = max((row[8] or "") for row in last)
    return [row for row in last if (row[8] or "") == latest_start]


_shared: ActorKB | None = None
_shared_lock = threading.Lock()


def actor_kb() -> ActorKB:
    """The shipped KB, opened once per process."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = ActorKB.open()
        return _shared
