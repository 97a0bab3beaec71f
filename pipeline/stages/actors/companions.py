"""Countries from the people an official comes with: members of someone's party share his country ("X was
accompanied by Defence Minister Y", "arrived with a delegation that included Y"), and a title coordinated with a
country's title shares that country ("Japanese Foreign Minister X and Defence Minister Y")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.records import Actor, Mention
from pipeline.stages.actors.context_countries import _mention_tokens, token_owners
from pipeline.stages.actors.doc_view import _view

# verbs whose agent comes with their subject ("accompanied by", "joined by", "flanked by")
ESCORT_LEMMAS = frozenset({"accompany", "join", "flank"})
# nouns for the people who travel with someone ("a delegation that included", "his entourage including")
PARTY_NOUNS = frozenset({"delegation", "entourage", "team"})
INCLUDE_WORDS = frozenset({"include", "including"})


def country_from_companions(doc: Doc, actors: dict[str, Actor], mentions: list[Mention]) -> dict[str, Actor]:
    """A named person with no country of their own takes the country of the one they travel with or whose title
    theirs is coordinated with, when that person has one; their sectors must agree for a coordinated title (a
    president's defence minister, not the UN chief named beside him)."""
    if not any(actor.type == "person" and not actor.country and not actor.igo and actor.named
               for actor in actors.values()):
        return actors
    spans = list(_mention_tokens(_view(doc), mentions))
    owner_of = token_owners(spans)
    for start, end, actor_id in spans:
        actor = actors[actor_id]
        if actor.type != "person" or actor.country or actor.igo or not actor.named:
            continue
        root = doc[start:end].root  # the mention's token whose head lies outside it
        principal = _principal(root)
        other_id = owner_of.get(principal) if principal is not None else None
        coordinated = False
        if other_id is None:
            head = _coordinated_with(root)
            other_id, coordinated = owner_of.get(head) if head is not None else None, True
        other = actors.get(other_id) if other_id is not None else None
        if other is None or other_id == actor_id or other.type != "person" or not other.country:
            continue
        if coordinated and (other.sector is None or other.sector != actor.sector):
            continue
        actors[actor_id] = actor._replace(country=other.country)
    return actors


def _principal(token: Token) -> int | None:
    """The token of the person a companion comes with: the subject of "was accompanied by <token>", or the
    subject of the verb whose "with a delegation that included <token>" it is."""
    while token.dep_ == "conj" and token.head.i != token.i:  # "by X and Y": each is a companion
        token = token.head
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in ESCORT_LEMMAS:
        return _subject(head.head)
    if token.dep_ == "pobj" and head.lower_ in INCLUDE_WORDS:
        party = head.head
    elif token.dep_ == "dobj" and head.lemma_.lower() in INCLUDE_WORDS and head.dep_ in {"relcl", "acl"}:
        party = head.head
    else:
        return None
    if party.lemma_.lower() not in PARTY_NOUNS:
        return None
    owner = next((child for child in party.children if child.dep_ == "poss" and child.pos_ == "PROPN"), None)
    if owner is not None:
        return owner.i  # "Marape's delegation, including ..."
    if party.dep_ == "pobj" and party.head.lower_ == "with" and party.head.head.pos_ in {"VERB", "AUX"}:
        return _subject(party.head.head)
    return None


def _subject(verb: Token) -> int | None:
    subject = next((child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject.i if subject is not None else None


def _coordinated_with(token: Token) -> int | None:
    """The first conjunct of a name coordinated with another ("X and Defence Minister Y" -> X)."""
    if token.dep_ != "conj" or token.head.i == token.i:
        return None
    first = token.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.i
