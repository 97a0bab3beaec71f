"""An event against the story told so far: a retold or referred-back event is the earlier one again, a call with
several sides is one call with each, talks placed at a country are at the meeting in its town, and a reaction or
a retaliation is aimed at whoever did the earlier event."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.records import Event, Place
from pipeline.stages.events.attachment import ATTACK_TYPES
from pipeline.stages.events.coding import CodedEvent
from pipeline.stages.events.lexicon import call_words, noun_verbs, reference_nouns, report_verbs
from pipeline.stages.events.parties import Party, PartyIndex
from pipeline.stages.events.phrases import is_definite, is_party_word
from pipeline.stages.events.syntax import pobjs, subject_of
from pipeline.stages.events.triggers import Trigger, said_to_be

DEFINITE_DETERMINERS = frozenset({"the", "this", "these", "those"})
# retaliation is aimed at whoever last attacked the one who retaliates ("vowed to retaliate")
RETALIATION_LEMMAS = frozenset({"retaliate", "retaliation", "avenge", "revenge", "reprisal", "countermeasure"})
RETALIATED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})  # what one retaliates for
MEETING_TYPES = frozenset({"CONSULT", "AGREE"})  # what is done at a meeting
# "protested against the decision", "anger over the move": a reaction's object after these prepositions
REACTION_PREPS = frozenset({"against", "over"})
# "welcomed the news": what a story calls the news is what it leads with, its first event of that kind
LEAD_NOUNS = frozenset({"news"})
# what a noun of these types names only is said ("the accusation", "the demand", "the threat"): it has a speaker
SPOKEN_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN"})
# "pounded X with artillery and airstrikes", "struck X using drones": the means of an attack
MEANS_PREPS = frozenset({"with"})


def placed_at_meetings(events: list[Event], places: dict[str, Place]) -> list[Event]:
    """Talks or an agreement placed only at a country, whose parties the story has meeting in a town of that
    country, were at that meeting ("agreed after talks in Chile" ... "met in Santiago": Santiago)."""
    towns = [(set(e.source_countries) | set(e.target_countries), places[e.place_id]) for e in events
             if e.type == "CONSULT" and e.place_id in places and places[e.place_id].kind == "city"]
    placed = []
    for event in events:
        place = places.get(event.place_id or "")
        own = set(event.source_countries) | set(event.target_countries)
        if event.type in MEETING_TYPES and place is not None and place.kind == "country" and own:
            town = next((town for met, town in towns if own <= met and town.country == place.country), None)
            event = event._replace(place_id=town.place_id) if town else event
        placed.append(event)
    return placed


def refers_back(token: Token, events: list[Event]) -> bool:
    """"the strikes", "this attack", "the deal": a definite noun naming no party of its own that the story has
    told of before (an earlier event of a kind it can refer to) is that event again, not a new one."""
    types = reference_nouns().get(token.lemma_.lower())
    if not types or token.pos_ != "NOUN" or not any(
            child.dep_ == "det" and child.lower_ in DEFINITE_DETERMINERS for child in token.children):
        return False
    if any(word.i != token.i and is_party_word(word) for word in token.subtree):
        return False  # "the strikes on Iran", "the Russian veto": it says whose or on whom, maybe another's
    return any(event.type in types for event in events)


def told_before(type_: str, source: list[str], target: list[str], modality: str, events: list[Event],
                sent: Span) -> int | None:
    """The event of an earlier sentence that this one retells naming fewer of its parties, each in the same role
    ("Russia vetoed the resolution ... Russia's veto will embolden X"; "A and B agreed ... A agreed"): its index,
    or None. Two such events in one sentence are two events ("rejected X's plan and opposed the force")."""
    if not source and not target:
        return None
    for number, event in enumerate(events):
        if event.type != type_ or event.modality != modality or event.sentence_start >= sent.start_char:
            continue
        sides = set(event.source_countries), set(event.target_countries)
        fits = set(source) <= sides[0] and set(target) <= sides[1] if sides[1] else set(source + target) <= sides[0]
        if fits and len(set(source + target)) < len(sides[0] | sides[1]):
            return number
    return None


def split_calls(trigger: Trigger, coded: CodedEvent) -> list[CodedEvent]:
    """A call one side has with several others of different countries is one call with each ("Rubio spoke with
    the Indian and the Pakistani ministers" is two CONSULTs); a meeting or talks may be one for all."""
    partners = [p for p in coded.partners if p.countries]
    own = [p for p in coded.source if p not in coded.partners]
    if len(partners) == 1 and len(partners[0].countries) > 1 and names_a_group(trigger.token.doc, partners[0]):
        # "spoke with the Indian and Pakistani foreign ministers": people of several countries, one call each
        partners = [partners[0]._replace(countries=(code,)) for code in partners[0].countries]
        coded = coded._replace(partners=tuple(partners))
    own_countries = {c for p in own for c in p.countries}
    partner_countries = [frozenset(p.countries) for p in partners]
    if (coded.rule.type != "CONSULT" or trigger.token.lemma_.lower() not in call_words() or len(partners) < 2
            or not own_countries or len(set(partner_countries)) != len(partners)
            or any(countries_ & own_countries for countries_ in partner_countries)):
        return [coded]
    # "with Y and Z" can parse Z into Y's phrase: each partner keeps the countries no later one names
    alone = [tuple(c for c in p.countries if not any(c in q for j, q in enumerate(partner_countries) if j > i))
             for i, p in enumerate(partners)]
    if not all(alone):
        return [coded]
    return [coded._replace(source=own + [partner._replace(countries=countries_)], partners=())
            for partner, countries_ in zip(partners, alone)]


def names_a_group(doc: Doc, party: Party) -> bool:
    """A party phrase headed by a plural common noun ("the Indian and Pakistani foreign ministers")."""
    span = doc.char_span(party.start, party.end, alignment_mode="expand")
    return span is not None and span.root.tag_ == "NNS"


def is_retaliation(anchor: Token) -> bool:
    """"vowed to retaliate", "threatened retaliation", "promised revenge"."""
    return anchor.lemma_.lower() in RETALIATION_LEMMAS or any(
        child.lemma_.lower() in RETALIATION_LEMMAS for child in anchor.children if child.dep_ in {"xcomp", "dobj"})


def attackers_of(source: list[Party], events: list[Event]) -> list[Party]:
    """Who last attacked the source, from the story so far ("India struck Pakistan ... Islamabad vowed to
    retaliate": against India)."""
    own = {c for p in source for c in p.countries}
    for event in reversed(events):
        if event.type in RETALIATED_TYPES and own & set(event.target_countries) and (
                not own & set(event.source_countries)):
            return [Party(tuple(event.source_ids), tuple(event.source_countries), event.trigger_start or 0,
                          event.trigger_end or 0)]
    return []


def referred_parties(anchor: Token, events: list[Event], source: list[Party]) -> list[Party]:
    """The parties of the earlier event a reaction's object refers back to ("Kyiv rejected the demand": whoever
    made the last demand; "welcomed the decision": whoever took the last decision; "said the decision was
    senseless": the same), without the reaction's own."""
    nouns = reference_nouns()
    objects = [child for child in reaction_objects(anchor)
               if child.lemma_.lower() in nouns and not any(c.dep_ == "poss" for c in child.children)]
    if not objects:
        return []
    types = nouns[objects[0].lemma_.lower()]
    own_ids = {i for p in source for i in p.ids}
    own_countries = {c for p in source for c in p.countries}
    for event in (events if objects[0].lemma_.lower() in LEAD_NOUNS else reversed(events)):
        if event.type not in types:
            continue
        ids = tuple(i for i in event.source_ids if i not in own_ids)
        countries_ = tuple(c for c in event.source_countries if c not in own_countries)
        if not countries_ and not ids:
            continue
        return [Party(ids, countries_, objects[0].idx, objects[0].idx + len(objects[0]))]
    return []


def reaction_objects(anchor: Token) -> list[Token]:
    """What a reaction is about: its object ("rejected the demand"), what it says was so ("said the decision was
    senseless"), or what it is against or over ("rallied against the release")."""
    judged = [subject for subject, _ in said_to_be(anchor)]
    objects = [child for child in anchor.children if child.dep_ in {"dobj", "nsubjpass"}] + judged
    return objects + [pobj for child in anchor.children if child.dep_ == "prep" and child.lower_ in REACTION_PREPS
                      for pobj in pobjs(child)]


def doers_of_told_act(anchor: Token, parties: PartyIndex, source: list[Party]) -> list[Party]:
    """Who did the act a reaction's definite object names with the verb an earlier sentence told it by ("Japan
    began discharging the water ... China called the discharge selfish": Japan), without the reaction's own
    parties; the latest such verb whose subject names a country."""
    own = {c for p in source for c in p.countries}
    for noun in reaction_objects(anchor):
        if noun.pos_ != "NOUN" or not is_definite(noun) or any(c.dep_ == "poss" for c in noun.children):
            continue
        lemma = noun.lemma_.lower()
        told_by = {lemma, noun_verbs().get(lemma)}  # "the dumping": "dumping"; "the expulsion": "expel"
        for verb in reversed(noun.doc[:noun.sent.start]):  # only on this rare path: a reaction with no target
            if verb.pos_ != "VERB" or not told_by & {verb.lemma_.lower(), verb.lower_}:
                continue
            target = doers_at(verb, noun, parties, own)
            if target:
                return target
    return []


def speaker_before(anchor: Token, parties: PartyIndex, source: list[Party]) -> list[Party]:
    """Whoever the sentence before reports as speaking, for a reaction to a thing only said ("The Russian Foreign
    Ministry said Kyiv had sabotaged every deal. Ukraine rejected the accusation": Russia), when the story coded no
    event for it: the subject of that sentence's reporting verb, when it has a country not the reaction's own."""
    nouns = reference_nouns()
    said = [noun for noun in reaction_objects(anchor) if is_definite(noun) and set(nouns.get(noun.lemma_.lower(), ()))
            and set(nouns[noun.lemma_.lower()]) <= SPOKEN_TYPES and not any(c.dep_ == "poss" for c in noun.children)]
    if not said or anchor.sent.start == 0:
        return []
    own = {c for p in source for c in p.countries}
    noun = said[0]
    for verb in anchor.doc[anchor.sent.start - 1].sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in report_verbs():
            continue
        target = doers_at(verb, noun, parties, own)
        if target:
            return target
    return []


def doers_at(verb: Token, noun: Token, parties: PartyIndex, own: set[str]) -> list[Party]:
    """The countries of a verb's subjects and agents but ``own``, as a party placed at ``noun``; none if no other."""
    subjects, agents = subject_of(verb)
    found = [party for head in subjects + agents for party in parties.resolve(head, create=False)]
    countries_ = tuple(dict.fromkeys(c for p in found for c in p.countries if c not in own))
    return [Party((), countries_, noun.idx, noun.idx + len(noun))] if countries_ else []


def summed_up_doers(anchor: Token, events: list[Event], source: list[Party]) -> list[Party]:
    """Who did the act a reaction's relative clause sums up ("signed a defence pact, a move China criticised": the
    signers; "fired on a boat, an incident Manila protested": the shooters): the sources of the sentence's last event
    told before it, without the reaction's own."""
    if anchor.dep_ != "relcl":
        return []
    sent = anchor.sent
    before = [event for event in events if event.sentence_start == sent.start_char and event.trigger_start < anchor.idx]
    if not before:
        return []
    own = {c for p in source for c in p.countries}
    countries_ = tuple(c for c in before[-1].source_countries if c not in own)
    summary = anchor.head
    return [Party((), countries_, summary.idx, summary.idx + len(summary))] if countries_ else []


def same_attack(token: Token, type_: str, source: list[str], target: list[str], events: list[Event],
                sent: Span) -> int | None:
    """"stormed a base, killing five officers and injuring 22 people", "attacked the base and killed 26 soldiers",
    "pounded X with artillery and airstrikes": the harm one attack did, or its means, told by more words joined to its
    own, is that attack -- when they name no other party
    (the index of the attack, or None)."""
    if type_ not in ATTACK_TYPES:
        return None
    linked: set[int] = set()
    current = token
    while current.head.i != current.i and (current.dep_ in {"conj", "pobj"} or current.dep_ == "prep" and (
            current.lower_ in MEANS_PREPS) or current.dep_ == "advcl" and current.tag_ == "VBG"
            and not any(child.dep_ == "mark" for child in current.children)):
        current = current.head
        linked.add(current.idx)
    return next((index for index, event in enumerate(events)
                 if event.type == type_ and event.sentence_start == sent.start_char and event.trigger_start in linked
                 and set(source) <= set(event.source_countries) and set(target) <= set(event.target_countries)), None)
