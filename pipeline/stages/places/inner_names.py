"""Place entities the gazetteer lacks as a whole, read through the known name inside them: a part of a place
named with a capitalized direction ("West Wales", "South Arlington", "Northeast Georgia"), or a place, body or
site named after the place it lies in ("North Las Vegas Police", "Lake Manassas", "Harris County Clerk"), or an
agreement named after a place ("the Black Sea Initiative": the Black Sea), or two places joined by a hyphen
("Asia-Pacific")."""
from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span

from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.resources import read_words
from pipeline.stages.places.names import _is_strong, _lookup_name, _text
from pipeline.stages.places.parts import DIRECTIONS_FILE
from pipeline.stages.places.scan import _scan, _Words

FEATURE_WORDS_FILE = "place_feature_words.txt"

STREET_WORDS_FILE = "place_street_words.txt"
BODY_HEADS_FILE = "place_body_heads.txt"
AGREEMENT_HEADS_FILE = "place_agreement_heads.txt"


class InnerReading(NamedTuple):
    span: Span  # the stretch the mention covers
    lookup: str  # the known name to resolve
    direction: str | None  # "West" in "West Wales": the place is that part of the whole
    facility: bool  # the entity lies at the known place (placed at its point, named as the text names it)
    # a small town's name in the middle or at the end of a site's name, after a name of its own ("Taumeasina Island
    # Resort", where "Island Resort" is a hamlet of Hong Kong): the site is named for itself, not for that town
    stray: bool = False


def names_a_body(span: Span) -> bool:
    """The entity's last word says it is a local body or post named after its place ("the Ashford Police
    Department", "Brampton County Sheriff's Office"): the place inside is the toponym, not the whole name."""
    last = span.doc[span.end - 1]
    return last.lower_.replace("’", "'").removesuffix("'s") in read_words(BODY_HEADS_FILE)


def names_an_agreement(span: Span) -> bool:
    """The entity's last word says it is an agreement or plan named after a place ("the Black Sea Initiative",
    "the Dayton Accords"): the place inside is the toponym; the document itself lies nowhere."""
    return span.doc[span.end - 1].lower_ in read_words(AGREEMENT_HEADS_FILE)


def names_a_street(span: Span) -> bool:
    """The entity's last word is a street word ("Mayfield Road", "Governors' Parkway", "Augusta St.")."""
    return span.doc[span.end - 1].lower_.rstrip(".") in read_words(STREET_WORDS_FILE)


def inner_readings(words: _Words, span: Span, gaz: Gazetteer) -> list[InnerReading]:
    """How to read a place entity whose whole name the gazetteer lacks (nothing when it has it, or when nothing
    known is inside): two known places joined by a hyphen ("Asia-Pacific", "Logan-Rogersville") are both named;
    else see ``_inner_reading``."""
    doc = words.doc
    if gaz.candidates(_lookup_name(doc, span, gaz)):
        return []
    tokens = words.tokens
    for i in range(span.start + 1, span.end - 1):
        if tokens[i].text == "-" and not tokens[i - 1].whitespace_ and not tokens[i].whitespace_:
            left, right = doc[span.start:i], doc[i + 1:span.end]
            lookups = [_lookup_name(doc, part, gaz) for part in (left, right)]
            # a single letter is a party or an initial ("D-Iowa City"), not a place
            if all(len(_text(part)) > 1 and _text(part)[0].isupper() and gaz.candidates(lookup)
                   for part, lookup in zip((left, right), lookups)):
                return [InnerReading(left, lookups[0], None, False), InnerReading(right, lookups[1], None, False)]
    inner = _inner_reading(words, span, gaz)
    return [inner] if inner is not None else []


def _inner_reading(words: _Words, span: Span, gaz: Gazetteer) -> InnerReading | None:
    """How to read a place entity whose whole name the gazetteer lacks (``inner_readings`` has checked that it
    does), or None when nothing known is inside.

    A leading direction word before a known name makes a part of that place, the mention being the whole
    entity (the model, and GeoWebNews, take "Western US" for one name); otherwise the first known name inside
    the entity (longest first) is where the whole lies. Whole names the gazetteer has ("South Sudan", "West
    Virginia") never get here."""
    doc = words.doc
    first = words.tokens[span.start]
    if len(span) > 1 and first.lower_ in read_words(DIRECTIONS_FILE):
        rest = doc[span.start + 1:span.end]
        lookup = _lookup_name(doc, rest, gaz)
        # only a name that may be a country, region, county (also without the word "County": "North Hall") or
        # big town: "West Street" is no part of Street, Somerset
        if rest[0].text[:1].isupper() and any(_is_strong(c.entry) for c in gaz.candidates(lookup)):
            return InnerReading(span, lookup, first.text, False)
    if names_a_street(span):
        return None  # "Mayfield Road", "West Street": a street named after a town is not in it
    inner = next(iter(_scan(words, span.start, span.end, gaz, nationalities=False)), None)
    if inner is None:
        return None
    if inner[0].start == span.end - 1 and span.end - span.start > 1 \
            and words.tokens[span.end - 1].lower_ in read_words(FEATURE_WORDS_FILE):
        return None  # "the Galwan Valley": the last word is the feature's kind, not a town it lies in
    if names_a_body(span) or names_an_agreement(span):
        # "the North Las Vegas Police": North Las Vegas; "the Black Sea Initiative": the Black Sea
        return InnerReading(inner[0], inner[2], None, False)
    opening = [token for token in words.tokens[span.start:inner[0].start] if token.lower_ != "the"]
    # (a hamlet of two words or more: "Flat Creek", "Wild Dunes" end in a one-word namesake that is a feature's kind)
    generic = read_words(FEATURE_WORDS_FILE) | read_words(DIRECTIONS_FILE)
    stray = inner[1] == "weak" and len(inner[0]) > 1 and any(
        token.is_alpha and len(token) > 2 and token.text[:1].isupper() and token.lower_ not in generic
        for token in opening)
    return InnerReading(span, inner[2], None, True, stray)
