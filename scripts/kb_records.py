"""Typed records of the actor knowledge base's build (``scripts/build_actor_kb.py``): what the parsers of
``scripts/kb_cameo.py`` and ``scripts/kb_wikidata.py`` yield (CAMEO codes and entries, agents, leaders, politicians,
skipped lines), a CAMEO code's interpretation, and an actor's role as ``scripts/kb_drafts.py`` assembles it.
"""
from __future__ import annotations

from typing import NamedTuple


class CameoCode(NamedTuple):
    code: str  # e.g. AFGGOV, IGOWSTNAT
    valid_from: str | None  # ISO date
    valid_to: str | None
    problem: str | None = None  # why the code cannot be used (malformed date, ...); None when fine


class CameoEntry(NamedTuple):
    name: str  # as written, e.g. HAMID_KARZAI_
    variants: tuple[str, ...]
    codes: tuple[CameoCode, ...]
    comment: str  # the comment on the name line
    line: int


class AgentRecord(NamedTuple):
    norm_phrase: str
    cameo: str
    sector: str | None
    is_stem: bool  # the last word is a stem ('TYCOON' matches 'tycoons'); a final '_' makes it a whole word


class LeaderRecord(NamedTuple):
    qid: str
    name: str
    country: str  # ISO3
    role: str
    valid_from: str | None
    valid_to: str | None


class PoliticianRecord(NamedTuple):
    qid: str
    name: str
    country: str  # ISO3
    born: str | None


class Skipped(NamedTuple):
    reason: str
    detail: str


class Interpretation(NamedTuple):
    country: str | None
    igo: str | None
    sector: str | None


class Role(NamedTuple):
    country: str | None
    igo: str | None
    sector: str | None
    role: str | None
    valid_from: str | None
    valid_to: str | None
    date_precision: str | None
    source: str
    cameo: str | None
