"""Countries a story gives in a hyphenated word before a name: a company or body "Dubai-based" or "Singapore-
registered" is of that place's country (sanctions and court stories name firms this way, often in a list after
"two UAE-based brokers, ..."); a person "an Indian national named X" of the nationality before "national"."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.knowledge import countries
from pipeline.records import Actor, Mention
from pipeline.resources import read_words
from pipeline.stages.actors.context_countries import _mention_tokens
from pipeline.stages.actors.doc_view import _view
from pipeline.stages.actors.lexicon import place_country

BASE_PARTICIPLES_FILE = "actor_base_participles.txt"
NATIONALITY_NOUNS_FILE = "actor_nationality_nouns.txt"
BODY_TYPES = frozenset({"organization", "government"})


def country_from_base(doc: Doc, actors: dict[str, Actor], mentions: list[Mention]) -> dict[str, Actor]:
    """A named body with no country takes that of "<place>-based" before its name or before the noun its name is set
    in apposition to (or listed after); a named person that of "a <nationality> national named X"."""
    if not any(actor.named and not actor.country and not actor.igo and not actor.known for actor in actors.values()):
        return actors
    for _, end, actor_id in _mention_tokens(_view(doc), mentions):
        actor = actors[actor_id]
        if not actor.named or actor.country or actor.igo or actor.known:
            continue
        head = doc[end - 1]
        if actor.type in BODY_TYPES:
            code = next(filter(None, (_base_country(noun) for noun in _described_by(head))), None)
        elif actor.type == "person":
            code = _nationality_named(head)
        else:
            code = None
        if code:
            actors[actor_id] = actor._replace(country=code)
    return actors


def _described_by(head: Token) -> list[Token]:
    """The name's own head and the noun it is set in apposition to, also through a list ("two UAE-based brokers,
    A and B": B is a conjunct of A, A an appositive of "brokers"); where the parse hangs the list elsewhere, the
    noun right before the comma that opens it."""
    first = head
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
        first = first.head
    nouns = [head]
    if first.dep_ == "appos" and first.head.pos_ in {"NOUN", "PROPN"}:
        nouns.append(first.head)
    opening = first.left_edge.i
    if opening >= 2 and head.doc[opening - 1].text == "," and head.doc[opening - 2].pos_ == "NOUN":
        nouns.append(head.doc[opening - 2])
    return nouns


def _base_country(noun: Token) -> str | None:
    """The country of "<place>-based" modifying ``noun``: the place's words run from the participle's left edge to
    the hyphen right before it."""
    for child in noun.lefts:
        if child.lower_ not in read_words(BASE_PARTICIPLES_FILE) or child.i < 2 or child.nbor(-1).text != "-":
            continue
        if child.nbor(-1).whitespace_ or child.nbor(-2).whitespace_:
            continue  # "Singapore-registered", written as one word; not a dash between clauses
        place = noun.doc[child.left_edge.i:child.i - 1].text
        if place[:1].isupper():
            return place_country(place)
    return None


def _nationality_named(head: Token) -> str | None:
    """The country of "a <nationality> national named X" (X is the object of "named" after the noun)."""
    named = head.head
    if named.lower_ != "named" or named.head.lemma_.lower() not in read_words(NATIONALITY_NOUNS_FILE):
        return None
    codes = {countries.country_code(child.text) for child in named.head.lefts if child.dep_ in {"amod", "compound"}}
    codes.discard(None)
    return codes.pop() if len(codes) == 1 else None
