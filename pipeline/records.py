"""Typed records the stages put on ``doc._`` and the table writer turns into rows.

Each record's fields are the columns of its table (see docs/schema.md) minus
``article_id``, which the writer adds. Identifiers are local to one article:
``a1`` for actors, ``p1`` for places, ``q1`` for quotes, ``e1`` for events;
join tables on ``(article_id, <id>)``.
"""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple


class Mention(NamedTuple):
    """One place in the text where an actor or a place is named."""

    entity_id: str
    kind: str  # actor | place
    text: str
    start: int
    end: int


class Actor(NamedTuple):
    """A person or body, merged over all its mentions in one article."""

    actor_id: str
    name: str  # canonical
    type: str  # person | organization | government | group | other
    country: str | None = None  # ISO3; null for international organisations and their officials (see igo)
    sector: str | None = None  # GOV, MIL, COP, JUD, LEG, PTY, REB, BUS, MED, NGO, IGO, CVL ...
    role: str | None = None  # spokesman, foreign minister ...
    known: bool = False  # True when it came from the actor dictionary in models/
    named: bool = True  # False for an unnamed actor built on an agent word ("Ukrainian forces", "a senator")
    igo: str | None = None  # the international organisation it is or serves (NATO, UN, EU); its country is then null


class Place(NamedTuple):
    """A toponym resolved to a gazetteer entry (or kept unresolved with null coordinates)."""

    place_id: str
    name: str
    kind: str  # country | city | region | other
    country: str | None = None  # ISO3
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    named: bool = True  # False when no mention names it as a location: only "Turkish", or the bloc "the EU"


class DateExpr(NamedTuple):
    """A temporal expression and its TIMEX3 value, resolved against the publication date."""

    text: str
    start: int
    end: int
    value: str | None  # 2022-03-29, 2022-03, 2022, 2022-W13, 2022-Q1, 2022-SU, PRESENT_REF, P3D ...
    type: str  # DATE | TIME | DURATION | SET


class Quote(NamedTuple):
    """Direct or reported speech with its speaker and cue."""

    quote_id: str
    text: str
    start: int
    end: int
    direct: bool
    speaker: str | None = None  # canonical actor name
    speaker_id: str | None = None
    speaker_start: int | None = None  # the span naming the speaker (a pronoun stays the pronoun)
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    part_of: str | None = None  # a quotation inside reported speech: the quote_id of that reported speech


class Event(NamedTuple):
    """Who did what to whom, where and when, coded in PLOVER."""

    event_id: str
    type: str  # one of the 16 PLOVER types
    mode: str | None
    source_ids: list[str]
    target_ids: list[str]
    source_countries: list[str]
    target_countries: list[str]
    place_id: str | None
    date: str | None  # TIMEX3 value of the event's date
    trigger: str | None
    trigger_start: int | None
    trigger_end: int | None
    modality: str  # asserted | planned | possible | negated
    sentence: str
    sentence_start: int
    sentence_end: int
    said_by: str | None = None  # actor_id of whoever the event is reported by
    cameo: str | None = None  # CAMEO root code, for GDELT users
    quad_class: int | None = None  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict


class InputArticle(NamedTuple):
    """One article as read from the input, before any NLP."""

    article_id: str
    source: str  # file, with :line or :row where it holds several articles
    text: str | None
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    status: str = "ok"  # ok | skipped | failed
    error: str | None = None
