"""Stretches of an article whose capitalised words are never places, however much they look like one: the people a
byline or a wire's credit line names ("By Sydney Ember", "Editing by Lincoln Feast"), a ship named after a place,
wherever the story repeats its name ("the Liberian-flagged Aegean Star ... the Aegean Star's crew"), and the short
name of a firm named after a small town ("Woodside Energy ... Woodside said")."""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from pipeline.resources import read_words
from pipeline.stages.extensions import doc_ents, doc_text
from pipeline.stages.places.names import demonym_place

VESSEL_WORDS_FILE = "vessel_words.txt"
COMPANY_WORDS_FILE = "place_company_words.txt"
# one name in a credit list: capitalised words, initials and particles ("Tim Cocks", "Ali Abdelaty", "Mark van
# der Berg"); names are joined by ",", "and" or "&"
_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:(?:van|von|der|de|da|del|al|el|bin)[ \t]+)*[A-Z][\w'’.-]*)*"
# "(Reporting by X and Y in Z; Additional reporting by W; Editing by V)": what the wires put under a story
CREDIT = re.compile(rf"\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten|[Ff]act-checking)[ \t]+by[ \t]+"
                    rf"(?P<names>{_NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*){_NAME})*)")
# "By Jon Gambrell", "By Bassem Mroue and Abby Sewell | Associated Press": a byline, the whole of its line (a
# paragraph opening "By Friday, Kyiv had ..." is none)
BYLINE = re.compile(rf"^[ \t]*By[ \t]+(?P<names>{_NAME}(?:(?:[ \t]+and[ \t]+|[ \t]*&[ \t]*){_NAME})*)"
                    rf"[ \t]*(?:\|[^\n]*)?$", re.MULTILINE)
# an airline is a carrier too ("the national carrier Qatar Airways"): its name holds a place that is meant
AIRLINE_WORDS = frozenset({"carrier", "carriers"})
MAX_VESSEL_WORDS = 4


@functools.lru_cache(maxsize=1)
def _vessel_pattern() -> re.Pattern:
    """A ship's name after a lower-case ship noun ("the tanker Basra Star") or after a flag ("the Maltese-flagged
    Vela Aurora"; a hyphen before "flagged", so that "Washington flagged Iran's role" names no ship)."""
    nouns = "|".join(sorted(read_words(VESSEL_WORDS_FILE), key=len, reverse=True))
    return re.compile(rf"(?:(?<![\w-])(?P<noun>{nouns})|(?<=\w-)flagged)[ \t]+"
                      rf"(?P<name>[A-Z][A-Za-z]*(?:[ \t]+[A-Z][A-Za-z]*){{0,{MAX_VESSEL_WORDS - 1}}})\b")


def credited_people(text: str) -> list[tuple[int, int]]:
    """Character ranges of the names a byline or a credit line gives: writers and editors, not places ("Editing by
    Lincoln Feast"; the town after "in" in "Reporting by Tim Cocks in Johannesburg" stays outside)."""
    return [match.span("names") for pattern in (CREDIT, BYLINE) for match in pattern.finditer(text)]


def vessel_mentions(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of every mention of a ship the story names after a ship noun or a flag ("the tanker Basra
    Star", "the Liberian-flagged Aegean Star"): the name where it is introduced and, when it has two words or
    more, wherever it comes again ("the Aegean Star's crew"), since a ship is named after a town or a sea."""
    text = doc_text(doc)
    # "the Cypriot-flagged Iranian arms ship": a nationality word after the flag qualifies the ship noun to come
    introduced = [match for match in _vessel_pattern().finditer(text)
                  if demonym_place(match.group("name").split()[0]) is None]
    repeated = {match.group("name") for match in introduced
                if " " in match.group("name") and match.group("noun") not in AIRLINE_WORDS}
    return sorted({match.span("name") for match in introduced}
                  | {found.span() for name in repeated for found in re.finditer(re.escape(name), text)})


def company_names(doc: Doc) -> set[str]:
    """The names firms go by alone: the words before the closing company word of an organisation the model tagged
    ("Woodside" of "Woodside Energy", "Harbour Shipping" of "Harbour Shipping Group")."""
    words = read_words(COMPANY_WORDS_FILE)
    return {ent[:-1].text for ent in doc_ents(doc) if ent.label_ == "ORG" and len(ent) > 1
            and ent[-1].lower_.rstrip(".") in words and ent[0].text[:1].isupper()}


def overlaps(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether start..end shares a character with one of the ranges ("Aurora's" with "Vela Aurora")."""
    return any(low < end and start < high for low, high in ranges)
