"""Trigger words: which nouns and verbs can be triggers, and the rule (PLOVER type, mode, CAMEO code) a word
matches by its particle, its arguments and flags of the lexicon; also the triggers carried by a reporting or
naming verb ("said Y must ...": a demand; "called the move illegal": an accusation)."""
from __future__ import annotations

import functools
from typing import NamedTuple

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Token

from pipeline.stages.events.codes import codes_in
from pipeline.stages.events.lexicon import (EXPRESS_VERBS, TriggerRule, censure_words, expression_rules,
                                            fought_problems, measure_nouns, met_things, non_gifts, party_nouns,
                                            press_words, reference_nouns, report_verbs, trigger_rules)
from pipeline.stages.events.phrases import OBJECT_PRONOUNS, PARTY_ENTS, is_party_word, phrase_tokens
from pipeline.stages.events.syntax import DATE_ENTS, SUBJECT_DEPS, pobjs

# modifiers are never triggers themselves ("aid workers", "attack helicopters")
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod"})
OBLIGATION_MODALS = frozenset({"must", "should"})
# verbs that name what their object is ("what it called X's provocations"): the name is what an act bears on
NAMING_LEMMAS = frozenset({"call", "describe", "term", "label", "dub", "characterize", "characterise"})
# "determined that X had committed genocide", "concluded that X committed war crimes": a finding against X
FINDING_LEMMAS = frozenset({"determine", "conclude", "find", "rule"})
CRIME_VERBS = frozenset({"commit", "perpetrate"})


MANDATE_MODALS = frozenset({"must", "should"})  # "insisted that X must withdraw": a demand


class Trigger(NamedTuple):
    token: Token
    rule: TriggerRule
    negated_by: Token | None = None  # "refused" in "refused to meet"


def has_particle(token: Token, particle: str) -> bool:
    """"ruled out", "called for X", "called on X" -- but not "called on Tuesday"."""
    for child in token.children:
        if child.lower_ != particle:
            continue
        if child.dep_ in {"prt", "advmod"}:
            return True
        if child.dep_ == "prep" and not any(p.ent_type_ in DATE_ENTS for p in pobjs(child)):
            return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ == particle and following.head.i != token.i and (
        following.dep_ != "prep" or not any(p.ent_type_ in DATE_ENTS for p in pobjs(following)))


def argument_lemmas(token: Token) -> set[str]:
    """Lemmas of what a trigger acts on, two links down ("imposed a night curfew", "open fire", "hunger strike"),
    through any measure of it ("sent thousands of tons of food": the "of" of a measure counts for no link)."""
    lemmas: set[str] = set()
    # "According to X, jets struck Y": an attribution names who reports the act, not what it acts on ("accord")
    frontier = [child for child in token.children if child.dep_ not in SUBJECT_DEPS | {"punct", "cc", "conj", "aux"}
                and child.lower_ != "according"]
    for depth in range(3):
        next_frontier = []
        while frontier:
            child = frontier.pop()
            lemmas.add(child.lemma_.lower())
            lemmas.add(child.lower_)
            for grandchild in child.children:
                if grandchild.dep_ in {"punct", "cc", "relcl"}:
                    continue
                measured = child.lower_ == "of" and child.head.lemma_.lower() in measure_nouns() or (
                    grandchild.lower_ == "of" and grandchild.dep_ == "prep" and child.lemma_.lower() in measure_nouns())
                (frontier if measured else next_frontier).append(grandchild)
        frontier = next_frontier
    return lemmas


def has_party_object(token: Token, particle: str | None = None) -> bool:
    """"called Erdogan", not "called it a historic day" nor "called the talks constructive"; with a particle, its
    object: "spoke with Erdogan", not "spoke with reporters"."""
    if any(child.dep_ in {"oprd", "ccomp", "xcomp", "acomp"} for child in token.children):
        return False
    if particle:  # "spoke with Erdogan / his Turkish counterpart", not "spoke with journalists"
        objects = [pobj for child in token.children if child.dep_ == "prep" and child.lower_ == particle
                   for pobj in pobjs(child)]
        # a news medium is spoken to for the public, not met ("spoke to the BBC", "told Reuters")
        media = _media_offsets(token.doc)
        return any((obj.ent_type_ in PARTY_ENTS or codes_in(phrase_tokens(obj))) and obj.idx not in media
                   for obj in objects)
    objects = [child for child in token.children if child.dep_ == "dobj"]
    return any(obj.ent_type_ in PARTY_ENTS or obj.lemma_.lower() in party_nouns() or obj.lower_ in OBJECT_PRONOUNS
               for obj in objects)


def gives_no_goods(token: Token) -> bool:
    """What the verb gives is no goods, money or people ("gave a speech"), or, with nothing given, what it adds to
    ("contributed to this report": a credit line)."""
    # the parse may take a gerund for a complement ("contributed reporting")
    objects = [child for child in token.children if child.dep_ == "dobj" or child.dep_ == "xcomp" and child.tag_ == "VBG"]
    if not objects:
        objects = [pobj for child in token.children if child.dep_ == "prep" and child.lower_ == "to"
                   for pobj in pobjs(child)]
    return any(obj.lemma_.lower() in non_gifts() or obj.lower_ in non_gifts() for obj in objects)


def _media_offsets(doc: Doc) -> frozenset[int]:
    """Character offsets of the words of every mention of a news medium the actors stage found (sector MED)."""
    media = {actor.actor_id for actor in doc._.actors or [] if actor.sector == "MED"}
    return frozenset(offset for mention in doc._.actor_mentions or [] if mention.entity_id in media
                     for offset in range(mention.start, mention.end))


def has_recipient(token: Token) -> bool:
    """Something goes to a party: "gave rifles to the army", "gave Egypt aid", "provided Brazil with loans" -- not
    "gave a speech", nor "returned to Brazil" (no object)."""
    objects = [child for child in token.children if child.dep_ == "dobj"]
    # "gave the diplomats 48 hours to leave": the parse may take the time given for an adverb
    given = objects + [child for child in token.children if child.dep_ == "npadvmod" and child.ent_type_ in DATE_ENTS]
    if any(obj.lemma_.lower() in non_gifts() for obj in given):
        return False
    for child in token.children:
        if child.dep_ == "dative" and child.lower_ != "to" and is_party_word(child):
            return True
        if child.dep_ in {"prep", "dative"} and child.lower_ == "to" and objects:
            if any(is_party_word(pobj) for pobj in pobjs(child)):
                return True
        if child.dep_ == "prep" and child.lower_ == "with" and any(is_party_word(obj) for obj in objects):
            return True
    return False


def has_party_destination(token: Token) -> bool:
    """"visited Kenya", "a visit to the White House", "during his visit" -- not "a visit to a military base" nor
    "visited a school": where a visit goes, when it is said, is a party or a named place."""
    if token.pos_ == "VERB":
        places = [child for child in token.children if child.dep_ == "dobj"]
    else:
        places = [pobj for child in token.children if child.dep_ == "prep" and child.lower_ == "to"
                  for pobj in pobjs(child)]
    return not places or any(place.ent_type_ or is_party_word(place) for place in places)


def is_spoken(verb: Token) -> bool:
    """"protested that X ...", "..., a rights group protested", "protested to X", "Peru protested": a protest in
    words (a country's, or told with what was said or to whom), not a demonstration by people in the street."""
    if verb.pos_ != "VERB":
        return False
    if verb.dep_ in {"advcl", "parataxis", "ccomp"} and verb.head.i < verb.i and any(
            child.dep_ == "punct" and child.i < verb.i and child.lower_ == "," for child in verb.children):
        return True  # "X is failing to uphold Y's rights, a rights group protested": told after what was said
    return any(child.dep_ == "ccomp" or child.dep_ in {"prep", "dative"} and child.lower_ == "to"
               or child.dep_ == "nsubj" and child.ent_type_ == "GPE" for child in verb.children)


@functools.lru_cache(maxsize=None)
def trigger_words() -> frozenset[str]:
    """Every word that can be a trigger: a head of the trigger lexicon, or a reporting, naming or finding verb
    (obligation_rule, censure_rule), or a noun one expresses (expression_rule)."""
    return frozenset(trigger_rules()) | report_verbs() | NAMING_LEMMAS | FINDING_LEMMAS | frozenset(expression_rules())


def could_trigger(token: Token) -> bool:
    return could_trigger_words(token.lemma_, token.lower_)


def could_trigger_words(lemma: str, lower: str) -> bool:
    words = trigger_words()
    return lemma.lower() in words or lower in words


def trigger_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens that could be triggers: nouns and verbs (as ``match_rule`` and ``obligation_rule``
    require), picked from the Doc's part-of-speech column, whose words are in the lexicon."""
    columns = doc.to_array([POS, LEMMA, LOWER])
    nouns_and_verbs = numpy.flatnonzero((columns[:, 0] == NOUN) | (columns[:, 0] == VERB))
    strings = doc.vocab.strings
    found = []
    # read the words' ids from the array: a Token and its strings for each noun and verb cost more than the rest
    for i, lemma, lower in zip(nouns_and_verbs.tolist(), *columns[nouns_and_verbs, 1:].T.tolist()):
        known = _COULD_TRIGGER.get((lemma, lower))
        if known is None:
            if len(_COULD_TRIGGER) >= _COULD_TRIGGER_SIZE:
                _COULD_TRIGGER.clear()  # a long run meets ever more words: start again rather than grow
            known = _COULD_TRIGGER[lemma, lower] = could_trigger_words(strings[lemma], strings[lower])
        if known:
            found.append(i)
    return found


_COULD_TRIGGER: dict[tuple[int, int], bool] = {}  # (lemma id, lower-case id) -> could_trigger_words
_COULD_TRIGGER_SIZE = 2 ** 16


def match_rule(token: Token) -> TriggerRule | None:
    rules = trigger_rules().get(token.lemma_.lower()) or trigger_rules().get(token.lower_)
    if not rules or token.dep_ in MODIFIER_DEPS:
        return None
    if token.pos_ not in {"VERB", "NOUN"}:
        return None
    if token.dep_ == "acl" and token.tag_ == "VBN":
        return None  # a participle describing a noun ("a curfew imposed in 1990") reports no new event
    if expresses_feeling(token):
        return None  # "offered Tokyo's condolences": the feeling expressed is the event, not an offer
    arguments = None
    for rule in rules:
        if rule.pos and rule.pos != token.pos_:
            continue
        if rule.particle and not has_particle(token, rule.particle):
            continue
        if rule.args:
            arguments = argument_lemmas(token) if arguments is None else arguments
            if not rule.args & arguments:
                continue
        if "party_object" in rule.flags and not has_party_object(token, rule.particle):
            continue
        if "recipient" in rule.flags and not has_recipient(token):
            continue
        if "destination" in rule.flags and not has_party_destination(token):
            continue
        if "spoken" in rule.flags and not is_spoken(token):
            continue
        if "thing_sought" in rule.flags and any(child.dep_ == "xcomp" for child in token.children):
            continue  # "sought to ease tensions" is an attempt, "sought help" a request
        if "gift" in rule.flags and gives_no_goods(token):
            continue
        if "foe" in rule.flags and any(child.dep_ == "dobj" and child.lemma_.lower() in fought_problems()
                                       for child in token.children):
            continue  # "fighting terrorism", "fight the virus": a problem struggled with, not an enemy attacked
        if "mandative" in rule.flags and not is_mandative(token):
            continue  # "insisted that it had done nothing wrong": a claim, not a demand
        if "plea" in rule.flags and any(child.dep_ == "dobj" for child in token.children):
            continue  # "will appeal the ruling": a challenge in court, not a plea to a party
        if "meeting" in rule.flags and any(child.dep_ == "dobj" and child.lemma_.lower() in met_things()
                                           for child in token.children):
            continue  # "would not meet their demands": to satisfy, not to meet someone
        if "press" in rule.flags and any(child.dep_ in {"compound", "amod", "nmod"}
                                         and child.lemma_.lower() in press_words() for child in token.children):
            continue  # "told a news conference": one side speaking to reporters, no meeting between parties
        return rule
    return None


def is_mandative(verb: Token) -> bool:
    """"insisted that the sanctions be lifted", "insists that Kyiv must withdraw", "insisted on a ceasefire": what is
    insisted on is to be done (a bare base-form verb, or "must"/"should"), so the insisting is a demand."""
    if any(child.dep_ == "prep" and child.lower_ == "on" for child in verb.children):
        return True
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        auxiliaries = [child for child in clause.children if child.dep_ in {"aux", "auxpass"}]
        if any(aux.lower_ in MANDATE_MODALS for aux in auxiliaries):
            return True
        first = auxiliaries[0] if auxiliaries else clause
        if first.tag_ == "VB" and not any(aux.tag_ == "MD" or aux.lower_ == "to" for aux in auxiliaries):
            return True
    return False


def obligation_rule(token: Token) -> TriggerRule | None:
    """"X said Y must do Z": a demand by X on Y (CAMEO 10), carried by the reporting verb."""
    if token.lemma_.lower() not in report_verbs() or token.pos_ != "VERB":
        return None
    for child in token.children:
        if child.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in child.children):
            return TriggerRule(token.lemma_.lower(), None, "VERB", frozenset(), "REQUEST", "demand", "10", frozenset())
    return None


def censure_rule(token: Token) -> TriggerRule | None:
    """"called the move disproportionate", "described the drills as a provocation": naming a thing with a word of
    censure accuses whoever it is or whose it is (CAMEO 11); so does saying that a party, or an event the story
    told of, is such a thing ("said the decision was senseless"), or finding that a party committed one
    ("concluded that both armies had committed war crimes")."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    if lemma in FINDING_LEMMAS:
        judgements = [crime for clause in token.children if clause.dep_ == "ccomp"
                      and clause.lemma_.lower() in CRIME_VERBS for crime in clause.children if crime.dep_ == "dobj"]
    elif lemma in NAMING_LEMMAS and any(child.dep_ == "dobj" for child in token.children):
        judgements = [child for child in token.children if child.dep_ in {"oprd", "xcomp", "acomp", "ccomp"}]
        judgements += [pobj for child in token.children if child.dep_ == "prep" and child.lower_ == "as"
                       for pobj in pobjs(child)]
    elif lemma in report_verbs():
        judgements = [word for subject, words in said_to_be(token)
                      if is_party_word(subject) or subject.lemma_.lower() in reference_nouns() for word in words]
    else:
        return None
    if any((word.lemma_.lower() in censure_words() or word.lower_ in censure_words()) and not is_negated_word(word)
           for judgement in judgements for word in judgement_words(judgement)):
        return TriggerRule(lemma, None, "VERB", frozenset(), "ACCUSE", "disapprove", "11", frozenset())
    return None


def said_to_be(verb: Token) -> list[tuple[Token, list[Token]]]:
    """(subject, what it is said to be) of the copular clauses a reporting verb governs: "said the decision was
    senseless" -> (decision, [senseless]) (the parse may head the clause with "was" or with "senseless")."""
    found = []
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        # the parse may hang the subject on the clause's "be" ("that the decision was senseless": "decision" on "was")
        subjects = [child for word in [clause, *(c for c in clause.children if c.lemma_ == "be")]
                    for child in word.children if child.dep_ in {"nsubj", "nsubjpass"}]
        if clause.lemma_ == "be":
            words = [child for child in clause.children if child.dep_ in {"acomp", "attr"}]
        elif clause.pos_ in {"ADJ", "NOUN"} and any(child.lemma_ == "be" for child in clause.children):
            words = [clause]
        else:
            continue
        found.extend((subject, words) for subject in subjects[:1])
    return found


def is_negated_word(token: Token) -> bool:
    """"non-escalatory", "not illegal", "no crime": the word says the opposite."""
    doc = token.doc
    prefixed = token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in {"non", "not"}
    return prefixed or any(child.dep_ == "neg" or child.dep_ == "det" and child.lower_ == "no"
                           for child in token.children)


def judgement_words(token: Token) -> list[Token]:
    """A judgement and its modifiers and coordinates ("an extremely selfish and irresponsible act"), without
    the clauses and prepositional phrases hung on it."""
    words = [token]
    for child in token.children:
        if child.dep_ in {"amod", "compound", "conj", "advmod", "nmod"}:
            words.extend(judgement_words(child))
    return words


def expresses_feeling(verb: Token) -> bool:
    """A verb of expressing whose object is a feeling or stance that is an event when expressed ("offered
    condolences", "extended thanks"): the noun carries the event, the verb adds none of its own."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in EXPRESS_VERBS and any(
        child.dep_ == "dobj" and child.lemma_.lower() in expression_rules() for child in verb.children)


def expression_rule(token: Token) -> TriggerRule | None:
    """"expressed outrage at X", "voiced concern over X", "extended condolences to X": a noun that, as the object
    of a verb of expressing, is an event (``expression_rules``); the verb carries it like any nominal trigger."""
    if token.pos_ != "NOUN" or token.dep_ != "dobj" or token.head.lemma_.lower() not in EXPRESS_VERBS:
        return None
    return expression_rules().get(token.lemma_.lower())
