"""Countries of the reporters a wire story credits with where they filed from: "(Reporting by A in Pristina and B in
Belgrade; Editing by C)", "By A in Nairobi": each person named before "in <place>" in a credit takes that place's
country (a capital, a large city, a country, or a town the gazetteer knows in one country only). An editor or writer
credited with no place keeps none."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.records import Actor, Mention
from pipeline.stages.extensions import doc_text
from pipeline.stages.actors.lexicon import place_country

# a credit: "Reporting by", "Additional reporting by", "Writing by", "Reported by", or "By" opening a line, up to the
# end of the credit (a semicolon, a bracket or a line break)
CREDIT = re.compile(r"(?:(?<=[(;])|(?<=^)|(?<=\n))\s*(?:(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Rr]eported|[Ww]riting|"
                    r"[Ww]ritten)\s+by|By)\s+([^;()\n]+)")
# "in <Place>" inside a credit: one to three capitalised words
FILED_IN = re.compile(r"\bin\s+((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,2})")


def _place_country(place: str) -> str | None:
    """The country of a capital, a large city or a country; else of the towns the gazetteer knows by that main name,
    when they all lie in one country ("Dajabon")."""
    place = place.rstrip(".")
    code = place_country(place)
    if code:
        return code
    from pipeline.knowledge.gazetteer import gazetteer

    found = {c.entry.country for c in gazetteer().candidates(place) if not c.alternate and c.entry.kind == "city"}
    return found.pop() if len(found) == 1 else None


def credited_places(text: str) -> list[tuple[int, int, str]]:
    """Character spans of the names part of each credit, with the country of the place they filed from: the words
    before each "in <place>" (back to the credit's start or the previous place)."""
    spans = []
    for credit in CREDIT.finditer(text):
        start = credit.start(1)
        for filed in FILED_IN.finditer(credit.group(1)):
            code = _place_country(filed.group(1))
            end = credit.start(1) + filed.start()
            if code:
                spans.append((start, end, code))
            start = credit.start(1) + filed.end()
    return spans


def country_from_byline(doc: Doc, actors: dict[str, Actor], mentions: list[Mention]) -> dict[str, Actor]:
    """A named person with no country, mentioned in a credit before "in <place>", takes the place's country."""
    if not any(actor.type == "person" and not actor.country and actor.named for actor in actors.values()):
        return actors
    spans = credited_places(doc_text(doc))
    if not spans:
        return actors
    for mention in mentions:
        actor = actors[mention.entity_id]
        if actor.type != "person" or actor.country or not actor.named:
            continue
        code = next((code for start, end, code in spans if start <= mention.start and mention.end <= end), None)
        if code:
            actors[mention.entity_id] = actor._replace(country=code)
    return actors
