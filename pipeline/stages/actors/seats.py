"""A body's seat named with it: "the Joint Chiefs of Staff in Seoul", "the Foreign Ministry in Beijing said". A body
whose name carries no country of its own (many countries have a Joint Chiefs of Staff, a Foreign Office, a Supreme
Court) is the one of the capital named right after its name, whatever the knowledge base knows by that name."""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.knowledge import countries
from pipeline.records import Actor, Mention
from pipeline.resources import read_words
from pipeline.stages.actors.context_countries import _mention_tokens
from pipeline.stages.actors.doc_view import _view

BODY_TYPES = frozenset({"organization", "government"})
# a country's offices abroad ("the embassy in Pretoria"): their seat is their host's capital, not their country
MISSION_NOUNS_FILE = "event_mission_nouns.txt"  # shared with the events stage
# state bodies, which every country has one of; a company's or a group's office abroad is no seat
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def country_from_seat(doc: Doc, actors: dict[str, Actor], mentions: list[Mention]) -> dict[str, Actor]:
    """The country of the capital named as "in <capital>" right after a body's name, for a body whose name names no
    country ("the Joint Chiefs of Staff in Seoul": South Korea's, not the US one the base knows)."""
    view = _view(doc)
    places_at = {ent.start: ent for ent in view.ents if ent.label_ == "GPE"}
    for start, end, actor_id in _mention_tokens(view, mentions):
        actor = actors[actor_id]
        if actor.type not in BODY_TYPES or actor.sector not in STATE_SECTORS or not actor.named or actor.igo \
                or countries.igo_code(actor.name) or end + 1 >= len(doc) or view.lower[end] != "in" \
                or view.lower[end - 1] in read_words(MISSION_NOUNS_FILE):
            continue
        seat = places_at.get(end + 1)
        code = countries.capital_code(seat.text) if seat is not None else None
        if code is None or code == actor.country or _names_a_country(view.orth[start:end]):
            continue
        actors[actor_id] = actor._replace(country=code)
    return actors


def _names_a_country(words: list[str]) -> bool:
    """Whether a name holds a country's name or people ("the Pakistani Foreign Office", "Bank of Korea"); a
    name that only stands for a country by habit ("Foreign Office" for Britain's) does not."""
    return any(countries.country_code(" ".join(words[i:j])) for i in range(len(words))
               for j in range(i + 1, min(len(words), i + 4) + 1))
