"""A place the text introduces with a nationality word and its kind ("the Russian port of Ust-Luga", "the Eritrean
border town of Zalambessa", "the Lebanese village of Kfar Kila"): it lies in that nationality's country, whatever
label the model gave its name and whether or not the gazetteer knows it."""
from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.knowledge import countries
from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.stages.places.names import ADMIN_WORDS, _lookup_name

SETTLEMENT_WORDS = ("village", "town", "city", "hamlet", "settlement", "community", "suburb")
_KINDS = "|".join(sorted({*ADMIN_WORDS, *SETTLEMENT_WORDS, "port", "island"}))
# up to two plain words between the nationality word and the kind noun ("border", "coastal", "northern"), no
# preposition: "Israeli strikes on the village of X" says whose strikes, not where X is
_PLAIN = r"(?!(?:on|in|at|of|near|the|a|an|to|from|by|against|and|or|for|with)\b)[a-z-]+"
NATIONALITY_KIND_OF_BEFORE = re.compile(rf"\b(?P<demonym>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?:{_PLAIN}\s+){{0,2}}"
                                        rf"(?:{_KINDS}) of\s+(?:the\s+)?$")
NEAR = 80  # characters before the name in which the introduction is looked for


def introduced_country(text: str, start: int) -> str | None:
    """The country a nationality word before "<kind> of" puts the place named at ``start`` in ("the Russian port of
    Ust-Luga": RUS), or None."""
    match = NATIONALITY_KIND_OF_BEFORE.search(text[max(0, start - NEAR):start])
    return countries.demonym_code(match.group("demonym")) if match else None


def introduced_here(text: str, span: Span, gaz: Gazetteer) -> bool:
    """A nationality word and a kind of place introduce the name, and the gazetteer has it in that country or
    nowhere (a namesake elsewhere is left to the other rules)."""
    country = introduced_country(text, span.start_char)
    candidates = gaz.candidates(_lookup_name(span.doc, span, gaz)) if country else []
    return country is not None and (not candidates or any(c.entry.country == country for c in candidates))
