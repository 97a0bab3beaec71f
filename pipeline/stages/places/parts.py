"""Parts of places: a direction word before a name ("southern Israel") or a country's hold over the part named
("Pakistan-administered Kashmir"), and the country such a part lies in."""
from __future__ import annotations

from spacy.tokens import Span

from pipeline.knowledge import countries
from pipeline.stages.extensions import doc_tokens
from pipeline.knowledge.gazetteer import Entry
from pipeline.resources import read_words

DIRECTIONS_FILE = "place_directions.txt"
# "<country>-administered Kashmir": the part of a place a country holds, a place of its own; an administered
# part lies in the country that administers it, an occupied, held or controlled one in the whole's country
CONTROL_WORDS = frozenset({"administered", "controlled", "held", "occupied"})


def _direction_before(span: Span) -> str | None:
    """ "southern" right before "Israel" (not inside a name such as "South Sudan" or "Western Sahara"), or a
    country's hold over the part named: "Pakistan-administered" before "Kashmir"."""
    tokens = doc_tokens(span.doc)
    previous = tokens[span.start - 1] if span.start > 0 else None
    if previous is not None and previous.lower_ in read_words(DIRECTIONS_FILE):
        return previous.lower_
    if previous is not None and previous.lower_ in CONTROL_WORDS and span.start >= 3 \
            and tokens[span.start - 2].text == "-" and countries.country_code(tokens[span.start - 3].text) is not None:
        return f"{tokens[span.start - 3].text}-{previous.lower_}"
    return None


def _part_country(direction: str, whole: Entry) -> str | None:
    """The country of a part of a place: the whole's, but for an administered part (see CONTROL_WORDS)."""
    holder, _, control = direction.rpartition("-")
    return countries.country_code(holder) if holder and control == "administered" else whole.country
