"""How an event is told: its modality (asserted, planned, possible, negated) from negation, auxiliaries and
governing verbs ("plans to", "refused to"), a future action made conditional as a threat, and who says so
(said_by: the quote's speaker, the reporting verb's subject, "according to X")."""
from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from pipeline.stages.events.lexicon import TriggerRule, modality_words, quad_class, report_verbs
from pipeline.stages.events.parties import Party, PartyIndex
from pipeline.stages.events.syntax import SUBJECT_DEPS, pobjs
from pipeline.stages.events.triggers import Trigger
from pipeline.stages.extensions import doc_tokens

MODALITY_STOP = frozenset({"relcl", "conj", "ROOT"})


def modality_of(trigger: Trigger, anchor: Token) -> str:
    if trigger.negated_by is not None:
        return "negated"
    words = modality_words()
    found = "planned" if "planned" in trigger.rule.flags else "asserted"
    for child in trigger.token.children:
        if child.dep_ == "amod" and child.lower_ in words.modifiers:
            found = words.modifiers[child.lower_]
    governing = []  # what the governing words (event_modality.tsv) said of an event noun make of it
    if anchor.i != trigger.token.i and trigger.token.dep_ == "dobj" and trigger.token.head.i == anchor.i:
        # "cancelled its visit", "called off the strike", "is considering sanctions": a verb that governs an event
        # governs the event noun it carries as its object too
        particle = next((c.lower_ for c in anchor.children if c.dep_ == "prt"), None)
        governing.append(words.governors.get(f"{anchor.lemma_.lower()} {particle}")
                         or words.governors.get(anchor.lemma_.lower()))
    if trigger.token.pos_ == "NOUN" and trigger.token.dep_ in {"nsubj", "nsubjpass"}:
        # "Talks are scheduled for next week", "the visit was cancelled", "talks are due on Friday": what is said of
        # an event noun by a governing word sets its modality
        said = trigger.token.head
        # (a passive verb or a predicate adjective: "talks failed" still took place)
        said_of = [said] if trigger.token.dep_ == "nsubjpass" else []
        said_of += [child for child in said.children if child.dep_ == "acomp"]
        governing += [words.governors.get(word.lemma_.lower()) or words.governors.get(word.lower_) for word in said_of]
    for governor in governing:
        if governor == "negated":
            return "negated"
        if governor:
            found = stronger(found, governor)
    current = anchor
    for _ in range(6):
        if current.dep_ == "conj" and current.pos_ in {"VERB", "AUX"} and current.head.pos_ in {"VERB", "AUX"} \
                and not any(child.dep_ in SUBJECT_DEPS | {"nsubjpass", "aux", "auxpass"} for child in current.children):
            # a verb sharing its subject with the one before it shares its auxiliary too ("would appoint a czar
            # and deploy troops", "refused to meet X or sign Y")
            current = current.head
        for child in current.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no" and current.pos_ == "NOUN"):
                return "negated"
            if child.dep_ in {"aux", "auxpass"} and child.lemma_.lower() in words.aux:
                found = stronger(found, words.aux[child.lemma_.lower()])
        if current.dep_ in MODALITY_STOP or current.head.i == current.i or is_subordinate_clause(current):
            break
        head = current.head
        if head.lemma_.lower() in report_verbs():
            break
        if head.lemma_ == "be" and current.dep_ == "xcomp":
            found = stronger(found, "planned")  # "Hamas is to release 33 captives"
        if head.lemma_ == "have" and current.dep_ == "xcomp" and any(
                child.dep_ == "advmod" and child.lower_ == "yet" for child in head.children):
            return "negated"  # "Chile has yet to sign the treaty": not done so far
        particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), None)
        governor = words.governors.get(f"{head.lemma_.lower()} {particle}") or words.governors.get(head.lemma_.lower())
        if governor == "negated":
            return "negated"
        if governor:
            found = stronger(found, governor)
        current = head
    return found


def is_subordinate_clause(clause: Token) -> bool:
    """An adverbial clause opened by a conjunction ("failed to agree after Moscow insisted that ...", "because X
    refused"): it tells an event of its own, which what governs the main clause ("failed to") does not govern."""
    return clause.dep_ == "advcl" and any(child.dep_ == "mark" and child.lower_ != "to" for child in clause.children)


def is_conditional_threat(anchor: Token, rule: TriggerRule) -> bool:
    conditions = {mark.lower_ for child in anchor.children if child.dep_ == "advcl"
                  for mark in child.children if mark.dep_ == "mark"}
    return "unless" in conditions or ("if" in conditions and quad_class(rule.cameo) >= 3)


def stronger(current: str, new: str) -> str:
    order = {"asserted": 0, "planned": 1, "possible": 2, "negated": 3}
    return new if order[new] > order[current] else current


def said_by_of(trigger: Token, anchor: Token, parties: PartyIndex, sent: Span) -> str | None:
    for quote in parties.doc._.quotes or []:
        if quote.speaker_id and quote.start <= trigger.idx < quote.end:
            return quote.speaker_id
    for ancestor in anchor.ancestors:
        if ancestor.lemma_.lower() in report_verbs():
            speakers = [child for child in ancestor.children if child.dep_ in SUBJECT_DEPS]
            if speakers:
                return first_id(parties.resolve(speakers[0]))
    tokens = doc_tokens(sent.doc)
    in_sent = parties.according[bisect.bisect_left(parties.according, sent.start):
                                bisect.bisect_left(parties.according, sent.end)]
    for token in (tokens[i] for i in in_sent):
        speakers = [p for child in token.children if child.lower_ == "to" for p in pobjs(child)]
        if speakers:
            return first_id(parties.resolve(speakers[0]))
    return None


def first_id(found: list[Party]) -> str | None:
    return next((i for party in found for i in party.ids), None)
