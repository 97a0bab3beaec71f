"""The country of a place the gazetteer lacks that the text names as a division or a settlement ("the Kurram
district", "the village of Deir Mimas", "Makeen, a town of a few thousand people"): the country of the closest
place named around it."""
from __future__ import annotations

import re

from pipeline.knowledge.gazetteer import Entry
from pipeline.stages.places.names import ADMIN_WORDS
from pipeline.stages.places.introduced import NATIONALITY_KIND_OF_BEFORE, SETTLEMENT_WORDS, introduced_country
from pipeline.stages.places.toponyms import Toponym

_KINDS = "|".join(sorted({*ADMIN_WORDS, *SETTLEMENT_WORDS}))
KIND_AFTER = re.compile(rf"\s+(?:{_KINDS})\b")  # "Kurram district", "the South Kivu province"
KIND_OF_BEFORE = re.compile(rf"\b(?:{_KINDS}) of\s+(?:the\s+)?$")  # "the village of Deir Mimas"
# "Makeen, a town of a few thousand people", "Tumeremo, a mining town in Bolivar state"
KIND_APPOSITION = re.compile(rf"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}(?:{'|'.join(SETTLEMENT_WORDS)})\b")
REACH = 300  # characters between such a place and the place whose country it takes
SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+[\"“‘]?[A-Z]|\n")
NEAR = 80  # characters before it in which a kind word is looked for


def named_as_division(text: str, toponym: Toponym) -> bool:
    """Whether the text calls the toponym a division of a country or a settlement, around its name or in it."""
    words = toponym.text.split()
    if len(words) > 1 and words[-1] in ADMIN_WORDS:
        return True
    after = text[toponym.end:toponym.end + NEAR]
    before = text[max(0, toponym.start - NEAR):toponym.start]
    return bool(KIND_AFTER.match(after) or KIND_OF_BEFORE.search(before) or KIND_APPOSITION.match(after)
                or NATIONALITY_KIND_OF_BEFORE.search(before))


def neighbour_country(text: str, toponym: Toponym, resolved: list[tuple[Toponym, Entry | None]]) -> str | None:
    """A division or settlement the gazetteer lacks lies in a single country, the one of the closest place named
    within ``REACH`` characters of it in its sentence ("Bukavu, the capital of South Kivu province"; "in the South
    Waziristan district of Khyber Pakhtunkhwa"). A nationality word says whose act it is, not where ("Israeli strikes on the
    village of X"), and is no neighbour."""
    if not text or not named_as_division(text, toponym):
        return None
    introduced = introduced_country(text, toponym.start)
    if introduced is not None:
        return introduced
    near = [(abs(other.start - toponym.start), entry.country) for other, entry in resolved
            if entry is not None and entry.country and other.source != "nationality" and other is not toponym
            and abs(other.start - toponym.start) <= REACH and not _sentence_between(text, other, toponym)]
    return min(near)[1] if near else None


def _sentence_between(text: str, one: Toponym, other: Toponym) -> bool:
    first, second = (one, other) if one.start < other.start else (other, one)
    return SENTENCE_END.search(text, first.end, second.start + 2) is not None  # the capital opening the next
