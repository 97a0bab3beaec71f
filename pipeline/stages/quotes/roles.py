"""Who a role stands for: the holder of an office named before ("the foreign minister"), the name set beside a
role by commas ("Its coordinator, Laurent Saint-Cyr,"), and which persons a spokesperson cannot be."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.records import Actor, Mention

# how far back (characters) a pronoun, description or role looks for the actor it stands for
COREFERENCE_WINDOW = 1500
DEFINITE_WORDS = frozenset({"the", "its", "his", "her", "their"})
BODY_OR_PLACE_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC"})
SPOKES_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def holds_other_office(actor: Actor, description: str) -> bool:
    """Whether "the spokesperson" cannot be this person: one the article names in another office (the prime
    minister named before is not the spokesperson who answers for him)."""
    if description not in SPOKES_WORDS or not actor.role:
        return False
    return not set(re.findall(r"[a-z]+", actor.role.lower())) & SPOKES_WORDS


def appositive_name(head: Token, actors: dict[str, Actor], mentions: list[Mention]) -> Mention | None:
    """The named actor a role noun is set beside by commas ("The speaker of the House, Aguila Saleh, said", "Its
    coordinator, Laurent Saint-Cyr, wrote"): the speaker phrase stops at the comma, but the name says who speaks,
    not a body named inside the role ("the House") nor one the role's "its" stands for."""
    phrase = head.doc[head.left_edge.i:head.i + 1]
    # a role of one ("the speaker of", "its coordinator", "the Union's chairperson", "a spokeswoman for"), not
    # "another critic, X," (one of several, as the sentence before tells) nor "the high stakes: X" (no role at all)
    if head.pos_ != "NOUN" or head.tag_ != "NN" or not (
            phrase[0].lower_ in DEFINITE_WORDS | {"a", "an"} or any(token.tag_ == "POS" for token in phrase)):
        return None
    doc = head.doc
    names = [child for child in head.rights if child.dep_ == "appos" and child.pos_ == "PROPN"
             and doc[child.left_edge.i - 1].text == ","]
    if not names:
        # the parse may hang the name on the body or place that ends the role ("Norland's ambassador to the UN,
        # Petra Holm, told", "a spokeswoman for the European Commission, Maria Lund, said"): a person's name set
        # off by a comma after a body or a place is no name of that body or place, but of the role's holder
        names = [token for token in head.subtree if token.i > head.i + 2 and token.ent_iob_ == "B"
                 and token.ent_type_ == "PERSON" and doc[token.i - 1].text == ","
                 and doc[token.i - 2].ent_type_ in BODY_OR_PLACE_LABELS]
    return next((m for child in names for m in mentions if m.start <= child.idx < m.end
                 and m.entity_id in actors and actors[m.entity_id].named), None)


def role_holder(actor: Actor | None, start: int, actors: dict[str, Actor], mentions: list[Mention]) -> Actor | None:
    """For an unnamed actor that is only a role ("the Principal Deputy Spokesman", "the foreign minister"): the
    actor named before it in the article who holds that role (the same, or a longer title ending in it, and of
    the same country when both have one), the nearest first."""
    if actor is None or actor.named or not actor.role:
        return None
    role = actor.role.lower()
    holders = [actors[m.entity_id] for m in sorted(mentions, key=lambda m: m.end, reverse=True)
               if start - COREFERENCE_WINDOW <= m.end <= start and m.entity_id in actors]
    return next((holder for holder in holders
                 if holder.named and holder.role and holder.type == actor.type
                 and (holder.role.lower() == role or holder.role.lower().endswith(" " + role))
                 and not (holder.country and actor.country and holder.country != actor.country)), None)


def unnamed_member_body(span: Span, mention: Mention, inside: list[Mention], actors: dict[str, Actor]) -> Mention | None:
    """"A White House official", "a Foreign Ministry source": one unnamed member of a body the phrase names speaks
    for that body (indefinite: "the Kremlin spokesman" is the one named before who holds that office)."""
    actor = actors.get(mention.entity_id)
    if actor is None or actor.named or span[0].lower_ not in ("a", "an"):
        return None
    return next((m for m in inside if m.entity_id in actors and actors[m.entity_id].named
                 and actors[m.entity_id].type in ("organization", "government")), None)
