"""What the actor knowledge base (``pipeline.knowledge.actor_kb``) says of a name NER found, for the facts the text
leaves open. The text's own evidence (a title, an appositive, a nationality word) always wins.

The general rules:
- a name is looked up as the text writes it in full, never by a surname alone: a later "Kask" is merged into the
  "Arvo Kask" the article named first (``merging``), which carries what the base said;
- the base's actor must be of the kind NER saw: a person for a person, a body for an organisation;
- a country outlives a term of office (a former minister keeps their nationality), so a role the base can no
  longer vouch for on the publication day (``stale``) still gives the country, and so do the roles of a person
  the base knows on other days only (a minister of 1998 named in 2010, a leader named before taking office);
  sector and role come only from roles the base holds valid that day;
- NER's organisation is the person the base knows by that full name, when the base knows nobody else by it and
  the name has two words or more ("Galab Donev said ..." with the name tagged as a body);
- a name that actors of several countries bear takes the one of those countries the article itself names, else
  none: never a guess.
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc

from pipeline.knowledge import countries
from pipeline.knowledge.actor_kb import KBMatch, actor_kb

# NER's kind -> the base's actor types that can stand for it
KB_TYPES = {"person": frozenset({"person"}), "organization": frozenset({"organization", "government", "group"})}
# sectors of the CAMEO dictionaries that Parley writes as they are (others, such as ELI "elites", say too little)
KB_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "BUS", "MED", "NGO", "IGO", "CVL",
                        "SPY", "REL", "EDU", "LAB", "HLH", "REF", "CRM", "UAF"})
CONTEXT_LABELS = frozenset({"GPE", "NORP"})


def known_facts(doc: Doc, name: str, kind: str, country: str | None, sector: str | None,
                role: str | None) -> tuple[str | None, str | None, str | None]:
    """``country``, ``sector`` and ``role`` with what the text left open filled from the base."""
    if country and sector and role:
        return country, sector, role
    matches = _of_kind(name, doc._.published, kind)
    if not matches:
        return country, sector, role
    if country is None:
        country = _one_country(doc, {match.country or match.igo for match in matches} - {None})
    current = [match for match in matches if not match.stale and (match.country or match.igo) == country]
    if sector is None and country is not None:
        sectors = {match.sector for match in current}
        sector = next(iter(sectors)) if len(sectors) == 1 and sectors <= KB_SECTORS else None
    if role is None and country is not None and kind == "person":
        roles = {match.role for match in current if match.role}
        role = next(iter(roles)) if len(roles) == 1 else None
    return country, sector, role


def known_person(doc: Doc, name: str) -> bool:
    """Whether everyone the base knows by ``name`` (written in full, two words or more) is a person."""
    if len(name.split()) < 2:
        return False
    matches = _matches(name, doc._.published) or _matches(name, None)
    return bool(matches) and all(match.type == "person" for match in matches)


def _of_kind(name: str, on, kind: str) -> list[KBMatch]:
    """The base's roles of the actors of NER's kind known by ``name`` on the day; else, for a person known on
    other days only, that person's latest roles, each marked ``stale`` (they give a country, nothing more)."""
    types = KB_TYPES.get(kind, frozenset())
    matches = [match for match in _matches(name, on) if match.type in types]
    if matches or on is None or kind != "person":
        return matches
    return [match._replace(stale=True) for match in _matches(name, None) if match.type in types]


@functools.lru_cache(maxsize=65536)
def _matches(name: str, on) -> tuple[KBMatch, ...]:
    return tuple(match for match in actor_kb().lookup(name, on) if not match.by_surname)


def _one_country(doc: Doc, found: set[str]) -> str | None:
    if len(found) == 1:
        return next(iter(found))
    named = found & _article_countries(doc)
    return next(iter(named)) if len(named) == 1 else None


def _article_countries(doc: Doc) -> set[str]:
    """The countries the article names as places or nationalities (asked only of an ambiguous name: rare)."""
    codes = (countries.country_code(ent.text) for ent in doc.ents if ent.label_ in CONTEXT_LABELS)
    return {code for code in codes if code}
