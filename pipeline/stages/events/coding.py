"""Coding one trigger: its source and target parties (objects first, then prepositions, complements, addressees,
conditions, places standing for whom it happened to), its modality, place, date and said_by."""
from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span, Token

from pipeline.stages.events.arguments import (BROKER_LEMMAS, addressees_of, argument_heads, authors_of,
                                              complement_targets, condition_subjects, elaborating_targets)
from pipeline.stages.events.attachment import (PLACE_PREPS, date_of, dateline_place, is_past_perfect, noun_clauses,
                                               place_of, subject_place, town_of_site, where_place)
from pipeline.stages.events.codes import codes_in
from pipeline.stages.events.lexicon import TriggerRule, mission_nouns, party_nouns
from pipeline.stages.events.modality import is_conditional_threat, modality_of, said_by_of
from pipeline.stages.events.parties import Party, PartyIndex, is_relation_noun
from pipeline.stages.events.phrases import (LOCATION_PREPS, PARTY_ENTS, PRONOUNS, ethnic_people, is_border,
                                            is_definite)
from pipeline.stages.events.syntax import anchor_of, clause_of, pobjs, report_clause
from pipeline.stages.events.triggers import Trigger

# how a party attaches to a reciprocal trigger to make it a co-source ("met Y", "talks with Y")
RECIPROCAL_LINKS = frozenset({"obj", "with"})
# types whose direct object is what the source moves or gives up, not whom it acts on
OWN_OBJECT_TYPES = frozenset({"RETREAT", "MOBILIZE"})
# prepositions inside a moved or lifted object that name whom it bore on ("the blockade on Gaza", "lifted the siege of
# X", "ended the blockade of X")
OBJECT_TARGET_PREPS = frozenset({"on", "against", "from", "to", "toward", "towards", "into", "of"})
AGENT_PREPS = frozenset({"by", "of"})  # "a car bombing by X", "missiles of X"
LOCAL_SOURCE_TYPES = frozenset({"PROTEST"})  # where people protest tells whose people they are
DIRECT_LINKS = frozenset({"obj", "passive"})
# prepositions of where what an act moves goes or comes from ("sent aid workers to X", "expelled diplomats from X")
MOVE_PREPS = frozenset({"to", "from", "into", "toward", "towards"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# "killed ten people when they stormed a village in X" (not "as": "will act as battles rage in X" is only its time)
SCENE_MARKS = frozenset({"when"})
# verbal acts, which happen where their speaker says them
SPEECH_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN", "PROTEST"})
# reactions, aimed at whoever made the thing they react to ("rejected the proposal made by X")
AUTHORED_TYPES = frozenset({"SUPPORT", "REJECT", "ACCUSE", "PROTEST"})
ADDRESSED_TYPES = frozenset({"ACCUSE"})  # "complained to X over Y", "protested to X about Y"


class CodedEvent(NamedTuple):
    """What one trigger yields before deduplication and numbering."""

    rule: TriggerRule
    source: list["Party"]
    target: list["Party"]
    modality: str
    place_id: str | None
    date: str | None
    said_by: str | None
    partners: tuple["Party", ...] = ()  # whom a reciprocal event was had with ("met Y", "talks with Y")


def is_mission(head: Token) -> bool:
    """A country's embassy or consulate, also named through "in front of" ("rallied in front of the US embassy")."""
    return head.lemma_.lower() in mission_nouns() or head.lower_ == "front" and any(
        pobj.lemma_.lower() in mission_nouns() for prep in head.children if prep.lower_ == "of" for pobj in pobjs(prep))


def is_topic(head: Token) -> bool:
    """An object that names no one by itself, only perhaps in a phrase after it ("discussed the situation in
    Venezuela", "the war in Ukraine"): a common noun, no entity, no party noun, and no country word in it or its
    modifiers ("his Peruvian counterpart" is a party)."""
    return head.pos_ == "NOUN" and head.ent_type_ not in PARTY_ENTS and head.lemma_.lower() not in party_nouns() and (
        not codes_in([head, *(c for c in head.children if c.dep_ in {"amod", "compound", "poss", "nmod"})]))


def is_same(party: Party, keys: set) -> bool:
    """The party is one of the sources (same ids, or the same phrase reached through a pronoun)."""
    return bool(party.ids) and party.ids in keys or (party.start, party.end) in keys


def is_venue(head: Token, trigger: Token, party: Party, parties: PartyIndex) -> bool:
    """A town or region naming the event it modifies ("the Minsk agreements", "the Astana talks", "the Dayton
    accords") is where it was held, not a party to it; a country so used is ("the Iran deal", "US sanctions")."""
    return head.dep_ in {"compound", "amod"} and head.head.i == trigger.i and bool(party.ids) and all(
        i in parties.places and parties.places[i].kind in {"city", "region"} for i in party.ids)


def names_its_owner(head: Token) -> bool:
    """"French troops", "Kenya's diplomats": a phrase whose head says whose it is -- not a people named by its
    origin ("ethnic Armenian fighters"), which is no state's."""
    return ethnic_people(head) is None and any(
        child.dep_ == "poss" or child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE"}
        for child in head.children)


def is_own(token: Token) -> bool:
    """A phrase owned by a pronoun ("its troops", "their borders"), i.e. by the event's own source -- but not
    "its neighbour", the other side, nor "his Turkish counterpart", another party."""
    return not is_relation_noun(token) and any(
        child.dep_ == "poss" and child.lower_ in PRONOUNS for child in token.children)


def is_scene_of_act(clause: Token) -> bool:
    """"(killed ten people) when they blew themselves up": a clause of the moment the act itself took place."""
    return clause.dep_ == "advcl" and any(child.dep_ in {"advmod", "mark"} and child.lower_ in SCENE_MARKS
                                          for child in clause.children)


def is_brokered(token: Token) -> bool:
    """"talks mediated by Qatar", "negotiations hosted by Egypt"."""
    return token.pos_ == "NOUN" and any(child.dep_ == "acl" and child.lemma_.lower() in BROKER_LEMMAS
                                        for child in token.children)


def code_event(trigger: Trigger, sent: Span, parties: PartyIndex) -> CodedEvent:
    """Parties, modality, place, date and attribution of one trigger."""
    rule = trigger.rule
    token = trigger.token
    anchor = anchor_of(token)
    source_heads, target_heads, reciprocal_heads, locations = argument_heads(anchor, token)
    # "agreed to open talks with X": who the complement acts on is the event's target, never a co-source
    from_complement = not target_heads and not reciprocal_heads
    if from_complement:
        target_heads = complement_targets(anchor)
    source = [p for head in source_heads
              for p in parties.resolve_phrase(head, preps=AGENT_PREPS) if not is_venue(head, token, p, parties)]
    both = [p for head in reciprocal_heads for p in parties.resolve(head)]
    source_keys = {p.ids for p in source + both if p.ids} | {(p.start, p.end) for p in source + both}
    target: list[Party] = []
    partners: list[Party] = []
    # the object first, then prepositional parties, then a complement's parties, then where it happened
    object_parties: list[Party] = []
    for links in (DIRECT_LINKS, None):
        addressees: list[Party] = []
        for head, how in target_heads:
            if links is not None and how not in links or links is None and how in DIRECT_LINKS or (
                    object_parties and how not in MOVE_PREPS):
                continue
            if how == "passive" and not source and (rule.type in OWN_OBJECT_TYPES or "own_object" in rule.flags) \
                    and names_its_owner(head):
                # "French troops were deployed to Mali", "Kenya's diplomats were withdrawn from X": the force moved
                # is its owner's, who is the source; X is the target
                source.extend(parties.resolve_phrase(head, preps=AGENT_PREPS))
                source_keys |= {p.ids for p in source if p.ids} | {(p.start, p.end) for p in source}
                continue
            if how in {"obj", "passive"} and (
                    rule.type in OWN_OBJECT_TYPES or "own_object" in rule.flags or how == "obj" and is_own(head)):
                # "withdrew its troops from X": the object is the source's own force, X the target; but whom it
                # bore on can be inside it ("lifted the blockade on Gaza", "pulled its troops out of Lebanon")
                target.extend(p for p in parties.resolve_inside(head, preps=OBJECT_TARGET_PREPS)
                              if p.countries and not is_same(p, source_keys))
                continue
            if "recip" in rule.flags and how == "obj" and not from_complement and is_topic(head):
                # "discussed the situation in Venezuela": what is talked about, not whom with; but the parse may
                # hang the partner on it ("discussed trade with Peru")
                found = [p for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "with"
                         for pobj in pobjs(prep) for p in parties.resolve_phrase(pobj) if not is_same(p, source_keys)]
                both.extend(found)
                partners.extend(found)
                continue
            found = [p for p in parties.resolve_phrase(head) if not is_same(p, source_keys)]
            if "recip" in rule.flags and how in RECIPROCAL_LINKS and not from_complement:
                both.extend(found)
                partners.extend(found)
            elif how == "to" and rule.type in ADDRESSED_TYPES:
                addressees.extend(found)
            else:
                target.extend(found)
        # "complained to the UN over Israeli raids": whom a complaint is made to is its target only when it is
        # about no one else
        if not any(p.countries for p in target):
            target.extend(addressees)
        if links is not None and target and not any(p.countries for p in target):
            # "sent aid workers to Mali", "expelled diplomats from X": an object that names no one's party is
            # what the act moves; a party a preposition names with its country is whom it bears on
            object_parties, target = target, []
            continue
        if target:
            break
    if not any(p.countries for p in target) and object_parties:
        target = object_parties
    if rule.type in AUTHORED_TYPES and not any(p.countries for p in target) and not both:
        # "rejected the proposal made by Peru", "protested against laws imposed by X": a reaction to a thing is
        # aimed at whoever made it
        target.extend(p for head, _ in target_heads for author in authors_of(head)
                      for p in parties.resolve_phrase(author) if not is_same(p, source_keys))
    if not target and not both:
        for head, how in complement_targets(anchor):
            target.extend(p for p in parties.resolve_phrase(head)
                          if not is_same(p, source_keys))
    if not any(p.countries for p in target) and not both and rule.type in SPEECH_TYPES:
        # "condemned the vote, accusing Peru of bad faith": a stance told again in a participle names its target (not
        # a physical act's: "stormed the base, killing five officers" tells what the attack did, not on whom)
        target.extend(p for head, _ in elaborating_targets(anchor, rule.type) for p in parties.resolve_phrase(head)
                      if not is_same(p, source_keys))
    if not any(p.countries for p in target) and not both and rule.type in SPEECH_TYPES:
        # "sent a letter to X calling for talks": the call is made to whom the letter went
        target.extend(p for head in addressees_of(token) for p in parties.resolve_phrase(head)
                      if not is_same(p, source_keys))
    if not any(p.countries for p in target) and not both and (
            rule.type == "THREATEN" or is_conditional_threat(anchor, rule)):
        # "threatened to strike unless Israel rescinded the law": the threat is aimed at whom the condition binds
        target.extend(p for head in condition_subjects(anchor) for p in parties.resolve(head)
                      if not is_same(p, source_keys))
    source = source + both
    if "recip" in rule.flags and not any(p.countries for p in source + target):
        # "a meeting of the leaders", "the delegations will meet": a plain plural group meeting is the pair's
        heads = source_heads + reciprocal_heads + [head for head, _ in target_heads]
        source = next(([group] for head in heads for group in [parties.pair_group(head)] if group), source)
    elif "recip" in rule.flags and token.pos_ == "NOUN" and not target and is_definite(token):
        # "the talks would be led by X": talks the story told of before are the pair's, of which X is one side
        own = {c for p in source for c in p.countries}
        if len(own) == 1 and own < set(parties.pair):
            source = source + [Party((), tuple(c for c in parties.pair if c not in own), token.idx,
                                     token.idx + len(token))]
    if "recip" in rule.flags and parties.pair and is_brokered(token) and not set(parties.pair) & {
            c for p in source + target for c in p.countries}:
        # "indirect negotiations mediated by Qatar": the mediators' talks are between the sides the story pairs
        source = source + [Party((), parties.pair, token.idx, token.idx + len(token))]
    if rule.type in LOCAL_SOURCE_TYPES and not any(p.countries for p in source):
        # where people protest tells whose people they are ("protesters rallied in Seoul against X"); a country's
        # embassy or consulate they rally at tells whom they protest against ("outside the British embassy")
        missions = [head for head in locations if is_mission(head)]
        # ... and the town the embassy is in tells whose people they are ("the British embassy in Tehran")
        towns = [town for head in missions for t in head.subtree if t.dep_ == "prep" and t.lower_ == "in"
                 for town in pobjs(t)]
        source = source + [Party((), p.countries, p.start, p.end) for head in locations + towns
                           if head not in missions for p in parties.resolve(head, create=False) if p.countries]
        if not any(p.countries for p in target):
            target = target + [Party((), p.countries, p.start, p.end) for head in missions
                               for p in parties.resolve(head, create=False) if p.countries]
    elif not any(p.countries for p in target) and not both and "recip" not in rule.flags:
        # where it happened stands for whom it happened to ("lifted a curfew in Montenegro", "killed 80 people
        # across Gaza")
        locations = locations + [pobj for head, how in target_heads for t in head.subtree
                                 if t.dep_ == "prep" and t.lower_ in LOCATION_PREPS for pobj in pobjs(t)]
        # "killed 20 people when they blew themselves up in Kabul": a "when" clause tells the same act's scene
        locations = locations + [pobj for clause in anchor.children if is_scene_of_act(clause)
                                 for prep in clause.children if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS
                                 for pobj in pobjs(prep) if pobj.ent_type_ in PLACE_ENTS]
        target = target + [Party((), p.countries, p.start, p.end) for head in locations if not is_border(head)
                           for p in parties.resolve(head, create=False) if p.countries]
    source_keys = {p.ids for p in source if p.ids} | {(p.start, p.end) for p in source}
    source_ids = {i for p in source for i in p.ids}
    # a target that is only sources again ("their talks" for the two who talk) is none
    target = [p for p in target if not is_same(p, source_keys) and not (p.ids and set(p.ids) <= source_ids)]
    if "recip" in rule.flags:
        # a reciprocal event lists its sides as sources: a target of a side's country again ("travel to Moscow for
        # talks with Putin") is that side, no one else
        source_countries = {c for p in source for c in p.countries}
        target = [p for p in target if not p.countries or not set(p.countries) <= source_countries]
    modality = modality_of(trigger, anchor)
    if rule.type != "THREATEN" and modality in {"planned", "asserted"} and is_conditional_threat(anchor, rule):
        # "will withdraw its force unless ...": a future action made conditional is a threat (CAMEO 13)
        rule, modality = rule._replace(type="THREATEN", mode="conditional", cameo="13"), "asserted"
    elif rule.type == "THREATEN" and modality == "planned":
        modality = "asserted"  # "said it would take countermeasures": telling what one will do is the threat
    clause = clause_of(anchor, token)
    # its own clause, else a clause on the event noun ("talks due to open in Oslo"), else where its subject is
    found = (place_of(part, token, sent.doc, parties.places, rule.type) for part in [clause, *noun_clauses(token)])
    place_id = next(filter(None, found), None) or subject_place(anchor, sent.doc) or where_place(anchor, sent.doc)
    if place_id is None and rule.type in SPEECH_TYPES:
        # what is said happens where it is said ("In Washington, Miller said the United States urges Beijing")
        place_id = place_of(report_clause(anchor, token), token, sent.doc, parties.places)
    date = date_of(clause, anchor, sent.doc, sent)
    if place_id is None and modality == "asserted" and sent.start_char < parties.dateline_end and (
            not is_past_perfect(anchor)):
        # the lead of a datelined story reports what happened where it was filed; what "had" happened before it
        # ("said on Thursday they had agreed ...") may have happened anywhere
        place_id = dateline_place(sent.doc)
    place_id = town_of_site(place_id, parties.places)
    said_by = said_by_of(token, anchor, parties, sent)
    return CodedEvent(rule, source, target, modality, place_id, date, said_by, tuple(partners))
