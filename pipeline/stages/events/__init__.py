"""Events stage: who did what to whom, where and when, coded as PLOVER events from triggers and the parse.

A trigger lexicon (models/en/event_triggers.tsv) finds event words; the dependency parse gives their parties
(subject, object, passive agent, "between X and Y", "X's meeting with Y"), which are linked to the actors and
places found by earlier stages. Modality comes from auxiliaries, negation and governing verbs ("plans to",
"refused to"); said_by from the quote or reporting verb ("Peskov said ...") the event sits in.
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import Iterable, Iterator, NamedTuple

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.language import Language
from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Span, Token

from pipeline.knowledge import countries
from pipeline.stages.datelines import find_dateline
from pipeline.stages.extensions import doc_heads, doc_text, doc_tokens
from pipeline.stages.events.lexicon import (TriggerRule, call_words, censure_words, denial_verbs, escape_verbs, igo_parents,
                           measure_nouns, message_words, modality_words, non_gifts, other_side_nouns, pair_nouns,
                           party_nouns, plover_types, quad_class, reference_nouns, report_verbs, send_words,
                           topic_verbs, trigger_rules, visit_words)
from pipeline.records import Actor, DateExpr, Event, Mention, Place

# a trigger below one of these links belongs to the trigger above it ("threatened to ban", "accused X of attacking")
SUBSUMED_DEPS = frozenset({"xcomp", "ccomp", "advcl", "dobj", "pobj", "prep", "pcomp", "acl", "attr", "oprd", "acomp",
                           "nsubj", "nsubjpass", "dative", "agent", "npadvmod"})
# modifiers are never triggers themselves ("aid workers", "attack helicopters")
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod"})
# prepositions that introduce the target of an event (talks with X, attack on X, aid to X)
TARGET_PREPS = frozenset({"with", "to", "against", "on", "from", "toward", "towards", "into", "for", "over",
                          "upon", "of"})
# how a party attaches to a reciprocal trigger to make it a co-source ("met Y", "talks with Y")
RECIPROCAL_LINKS = frozenset({"obj", "with"})
# types whose direct object is what the source moves or gives up, not whom it acts on
OWN_OBJECT_TYPES = frozenset({"RETREAT", "MOBILIZE"})
# prepositions inside a moved or lifted object that name whom it bore on ("the blockade on Gaza")
OBJECT_TARGET_PREPS = frozenset({"on", "against", "from", "to", "toward", "towards", "into"})
# prepositions inside a body of no country that name whom it serves ("an aid programme for Bosnia")
BENEFICIARY_PREPS = frozenset({"for", "to", "of"})
AGENT_PREPS = frozenset({"by", "of"})  # "a car bombing by X", "missiles of X"
ETHNIC_WORDS = frozenset({"ethnic"})  # "ethnic Russians": a people, not a state's citizens
LOCAL_SOURCE_TYPES = frozenset({"PROTEST"})  # where people protest tells whose people they are
# entity labels of amounts, which name no party ("pledged 100 million U.S. dollars")
AMOUNT_ENTS = frozenset({"MONEY", "QUANTITY", "PERCENT"})
CARRIER_PREPS = frozenset({"in", "on", "into", "as"})  # "engaged in cleansing", "went on strike", "used as shields"
DIRECT_LINKS = frozenset({"obj", "passive"})
RECIPROCAL_PREPS = frozenset({"between", "among", "amongst"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# "killed ten people when they stormed a village in X" (not "as": "will act as battles rage in X" is only its time)
SCENE_MARKS = frozenset({"when"})
# a border named after a country ("near the Thai border") lies between two: it places no one in that country
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
LOCATION_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "around"})
# the parts of a noun phrase that name a party ("the Croatian government's", "leaders of Romania")
PHRASE_DEPS = frozenset({"det", "amod", "compound", "nmod", "poss", "nummod", "quantmod", "predet", "case",
                         "appos", "punct", "prep", "pobj", "advmod", "npadvmod"})
PHRASE_PREPS = frozenset({"of", "from"})
CONDITION_MARKS = frozenset({"if", "unless", "until", "lest"})
OBLIGATION_MODALS = frozenset({"must", "should"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "attr", "oprd"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
PLURAL_PRONOUNS = frozenset({"they", "their", "them"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "these", "those"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "our", "them", "him"})
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
DATE_ENTS = frozenset({"DATE", "TIME"})
DATE_TYPES = frozenset({"DATE", "TIME"})
MODALITY_STOP = frozenset({"relcl", "conj", "ROOT"})
# clauses nested under an event's verb that say nothing about where or when it happened
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"})
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "across", "around"})
VISIT_PREPS = frozenset({"to"})  # "a visit to Turkey" happens in Turkey
DELIVERY_TYPES = frozenset({"MOBILIZE", "AID"})  # "sent troops to X", "delivered aid to X" happen in X
WITHDRAWAL_PREPS = frozenset({"from"})  # "pulled back from the border town" happens in that town
# a nominal event in a time phrase is had by the subject of the clause ("said after a phone call with X")
TIME_PREPS = frozenset({"after", "before", "during", "following", "since"})
# reactions whose object can be an earlier event of the story ("welcomed the decision", "rejected the demand")
REACTION_TYPES = frozenset({"SUPPORT", "REJECT", "ACCUSE", "PROTEST"})
# verbal acts, which happen where their speaker says them
SPEECH_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN", "PROTEST"})
ADDRESSED_TYPES = frozenset({"ACCUSE"})  # "complained to X over Y", "protested to X about Y"
LEADING_LEMMAS = frozenset({"lead"})  # "a Hamas-led attack", "a Saudi-led offensive": the leader acts
# "talks mediated by Qatar", "negotiations hosted by Egypt": whoever brings talks about takes part in them
BROKER_LEMMAS = frozenset({"mediate", "broker", "host", "facilitate", "sponsor", "chair"})
# the words hung on a leading participle that name who leads ("Hamas" in "Hamas-led")
LEADER_DEPS = frozenset({"npadvmod", "compound", "nmod", "nsubj", "poss"})
# "notified X of its objection", "informed X of its decision": X is whom the act bears on
NOTIFY_LEMMAS = frozenset({"notify", "inform", "tell", "warn", "advise"})
# verbs that name what their object is ("what it called X's provocations"): the name is what an act bears on
NAMING_LEMMAS = frozenset({"call", "describe", "term", "label", "dub", "characterize", "characterise"})
# "determined that X had committed genocide", "concluded that X committed war crimes": a finding against X
FINDING_LEMMAS = frozenset({"determine", "conclude", "find", "rule"})
CRIME_VERBS = frozenset({"commit", "perpetrate"})
# retaliation is aimed at whoever last attacked the one who retaliates ("vowed to retaliate")
RETALIATION_LEMMAS = frozenset({"retaliate", "retaliation", "avenge", "revenge", "reprisal", "countermeasure"})
RETALIATED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})  # what one retaliates for
ATTACK_TYPES = frozenset({"ASSAULT", "COERCE"})
MEETING_TYPES = frozenset({"CONSULT", "AGREE"})  # what is done at a meeting
# events made in words (statements, agreements), whose object can be far from where they are made
ABOUT_TYPES = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
ATTACKED_PREPS = frozenset({"on", "against"})  # "strikes on X", "an offensive against X": what is hit


@Language.factory(
    "parley_events",
    assigns=["doc._.events", "doc._.actors", "doc._.actor_mentions"],
    requires=["doc._.actors", "doc._.actor_mentions", "doc._.places", "doc._.place_mentions", "doc._.dates",
              "doc._.quotes"],
    default_config={"create_party_actors": True, "require_party": True},
)
def make_events(nlp: Language, name: str, *, create_party_actors: bool, require_party: bool) -> "EventStage":
    return EventStage(create_party_actors=create_party_actors, require_party=require_party)


class EventStage:
    """Codes the events of a Doc; can add actors for party phrases no earlier stage named ("Iraqi troops")."""

    def __init__(self, *, create_party_actors: bool = True, require_party: bool = True) -> None:
        # add unnamed actors (named=False) and whole-phrase mentions for party phrases ("Iraqi troops", "the
        # Croatian government's request"), so a party's mention spans its whole phrase; named actors are unchanged
        self.create_party_actors = create_party_actors
        self.require_party = require_party  # drop events with neither a source nor a target

    def __call__(self, doc: Doc) -> Doc:
        parties = PartyIndex(doc, create=self.create_party_actors)
        events = list(extract_events(doc, parties, require_party=self.require_party))
        self.set_annotations(doc, events, parties)
        return doc

    @staticmethod
    def set_annotations(doc: Doc, events: list[Event], parties: "PartyIndex") -> None:
        doc._.events = events
        if parties.new_actors or parties.new_mentions:  # whole-phrase mentions of known actors too
            doc._.actors = list(doc._.actors or []) + parties.new_actors
            doc._.actor_mentions = list(doc._.actor_mentions or []) + parties.new_mentions


class Trigger(NamedTuple):
    token: Token
    rule: TriggerRule
    negated_by: Token | None = None  # "refused" in "refused to meet"


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


class Party(NamedTuple):
    ids: tuple[str, ...]
    countries: tuple[str, ...]
    start: int
    end: int


# ---------------------------------------------------------------------------------------------------------------
# parties: linking phrases to actors and places


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def codes_in(tokens: Iterable[Token]) -> list[str]:
    """Country or IGO codes named in a run of tokens of one Doc: the longest name first ("North Korea",
    "Hungarian", "U.N."). Remembered while ``extract_events`` runs on the Doc: it resolves a phrase as a
    source, again as a target, and so on."""
    tokens = list(tokens)
    memo = tokens[0].doc.user_data.get(_CODES_KEY) if tokens else None
    if memo is None:
        return find_codes(tokens)
    key = tuple(token.i for token in tokens)
    found = memo.get(key)
    if found is None:
        found = memo[key] = tuple(find_codes(tokens))
    return list(found)


_CODES_KEY = ("parley", "event_codes")  # the memo of one extract_events run, removed when it ends


def find_codes(tokens: list[Token]) -> list[str]:
    """``codes_in`` without the memo."""
    tokens = [token for token in tokens if not token.is_punct or token.text == "."]
    positions = [token.i for token in tokens]
    spaced = [token.text_with_ws for token in tokens]
    words = doc_tokens(tokens[0].doc) if tokens else []  # the dropped punctuation too: "anti", "-" before a name
    found: list[str] = []
    i = 0
    while i < len(tokens):
        at = positions[i]
        if at >= 2 and countries.is_stance([words[at - 2].text, words[at - 1].text]):
            i += 1  # "anti-Syria": against the country, not of it
            continue
        for size in (4, 3, 2, 1):
            last = i + size - 1
            if last >= len(tokens) or positions[last] - positions[i] != size - 1:
                continue  # not a run of adjacent words
            text = "".join(spaced[i:last]) + tokens[last].text  # the words' text, as Doc[i:last + 1].text
            code = text_code(text)
            if code and countries.is_igo(code) and all(t.ent_type_ == "PERSON" for t in tokens[i:last + 1]):
                code = None  # part of a person's name ("Kim Jong Un" is no UN official)
            if code:
                if code not in found:
                    found.append(code)
                i += size
                break
        else:
            i += 1
    return found


@functools.lru_cache(maxsize=2 ** 16)
def text_code(text: str) -> str | None:
    """ISO3 or IGO code of a country, demonym, capital, seat of government or international organisation (an
    organ by its organisation's code, as actors are: "the Security Council" -> UN)."""
    if countries.normalize(text) not in lexicon_keys():
        return None  # most phrases tried are no name at all: one lookup instead of four
    igo = countries.igo_code(text)
    if igo:
        return igo_parents().get(igo, igo)
    return countries.country_code(text) or countries.metonym_code(text) or countries.capital_code(text)


@functools.lru_cache(maxsize=None)
def lexicon_keys() -> frozenset[str]:
    """Every lookup key ``text_code`` can find (a name's key must be one of these for any lookup to hit)."""
    lexicon = countries.lexicon()
    return frozenset().union(lexicon.igos, lexicon.names, lexicon.demonyms, lexicon.metonyms, lexicon.capitals)


def phrase_tokens(token: Token) -> list[Token]:
    """The token and the modifiers that belong to the party phrase it heads (not clauses, not other parties;
    but "the presidents of Congo and Rwanda" keeps both countries)."""
    tokens = [token]
    for child in token.children:
        if child.dep_ not in PHRASE_DEPS and not (token.dep_ == "pobj" and child.dep_ in {"conj", "cc"}):
            continue
        if child.dep_ == "prep" and child.lower_ not in PHRASE_PREPS:
            continue
        if child.dep_ == "punct" and child.i not in (token.i - 1, token.i + 1):
            continue
        tokens.extend(phrase_tokens(child))
    return sorted(tokens, key=lambda t: t.i)


def noun_phrase_span(token: Token) -> tuple[int, int]:
    """Character span of the whole noun phrase a party heads, with its modifiers, "of"/"in" phrases and
    appositions, but without relative clauses or coordinated parties."""
    excluded = {t.i for child in token.children if child.dep_ in {"relcl", "conj", "cc"} for t in child.subtree}
    tokens = [t for t in token.subtree if t.i not in excluded]
    start = next(i for i, t in enumerate(tokens) if t.i == token.i)
    end = start
    while start > 0 and tokens[start - 1].i == tokens[start].i - 1:
        start -= 1
    while end + 1 < len(tokens) and tokens[end + 1].i == tokens[end].i + 1:
        end += 1
    while start < end and tokens[start].is_punct:
        start += 1
    while end > start and tokens[end].is_punct:
        end -= 1
    return tokens[start].idx, tokens[end].idx + len(tokens[end])


def location_tokens(token: Token) -> list[Token]:
    """Tokens of "in X" phrases on a party ("security forces in Guinea"), a last resort for its country; not of
    a border ("camps near the Thai border" lie on the other side of it)."""
    return [t for child in token.children if child.dep_ == "prep" and child.lower_ in LOCATION_PREPS
            and not any(is_border(pobj) for pobj in pobjs(child)) for t in child.subtree]


def is_border(token: Token) -> bool:
    """"the Thai border", "the frontier"."""
    return token.lemma_.lower() in BORDER_NOUNS


def residence_tokens(token: Token) -> list[Token]:
    """Tokens of "in X" phrases on a party or on a participle hung on it ("rebels operating in Chad")."""
    return location_tokens(token) + [t for child in token.children if child.dep_ == "acl"
                                     for t in location_tokens(child)]


def ethnic_people(token: Token) -> Token | None:
    """The head of a people named by its origin in the phrase ("ethnic Serbs", "a third of the ethnic Albanian
    guerrillas"), not of a thing of theirs ("ethnic Albanian unrest")."""
    for head in [token, *(pobj for child in token.children if child.dep_ == "prep" and child.lower_ == "of"
                          for pobj in pobjs(child))]:
        if not (countries.is_demonym(head.text) or head.lemma_.lower() in party_nouns()):
            continue
        words = [head, *(child for child in head.children if countries.is_demonym(child.text))]
        if any(child.lower_ in ETHNIC_WORDS and child.dep_ in {"amod", "compound"}
               for word in words for child in word.children):
            return head
    return None


class PartyIndex:
    """Resolves party phrases to actor/place ids (and countries), creating actors when asked to."""

    def __init__(self, doc: Doc, *, create: bool) -> None:
        self.doc = doc
        self.create = create
        self.actors: dict[str, Actor] = {actor.actor_id: actor for actor in doc._.actors or []}
        self.places: dict[str, Place] = {place.place_id: place for place in doc._.places or []}
        self.mentions: list[Mention] = list(doc._.actor_mentions or []) + list(doc._.place_mentions or [])
        self.new_actors: list[Actor] = []
        self.new_mentions: list[Mention] = []
        self.mention_spans = {(m.entity_id, m.start, m.end) for m in self.mentions}  # to add no span twice
        self.phrases: dict[int, list[Token]] = {}  # head index -> phrase_of
        self.spans: dict[int, tuple[int, int]] = {}  # head index -> span_of
        self.by_name: dict[str, str] = {}
        self.dateline_end = dateline_end(doc)
        self.next_id = 1 + max((int(a[1:]) for a in self.actors if a[1:].isdigit()), default=0)
        # the two sides the story has paired most often, the latest of equals ("Russia and Ukraine agreed"), whom
        # "the two delegations" names; how often each pair was paired
        self.pair: tuple[str, ...] = ()
        self.pair_counts: dict[frozenset[str], int] = {}
        # the "according (to X)" tokens, which said_by_of looks for in every event's sentence
        lower = doc.to_array(LOWER)
        tokens = doc_tokens(doc)
        self.according = [i for i in numpy.flatnonzero(lower == doc.vocab.strings["according"]).tolist()
                          if tokens[i].lower_ == "according"]

    def entity_country(self, entity_id: str) -> str | None:
        if entity_id in self.actors:
            actor = self.actors[entity_id]
            return actor.country or igo_parents().get(actor.igo, actor.igo)
        if entity_id in self.places:
            place = self.places[entity_id]
            return place.country
        return None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start < end and start < m.end]

    def resolve(self, token: Token, *, seen: frozenset[int] = frozenset(), create: bool = True) -> list[Party]:
        """Parties named by the phrase headed by ``token`` and by its conjuncts ("Russia and Ukraine")."""
        if token.idx < self.dateline_end:
            # the parse may hang the real subject on the dateline: "ISTANBUL (Reuters) - Russia and Ukraine agreed"
            later = [t for t in token.subtree if t.idx >= self.dateline_end and t.head.idx < self.dateline_end
                     and t.dep_ in {"appos", "conj"}]
            return [party for head in later for party in self.resolve(head, seen=seen, create=create)]
        heads = [token, *[conj for conj in token.conjuncts if conj.i > token.i]]
        parties = [self.resolve_one(head, seen=seen | {token.i}, create=create) for head in heads]
        return [party for party in parties if party is not None]

    def resolve_one(self, token: Token, *, seen: frozenset[int], create: bool = True) -> Party | None:
        if token.ent_type_ in AMOUNT_ENTS:
            return None
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl" and token.head.head.i not in seen:
            # "Fidan, who urged ...": the person the clause is about
            return self.resolve_one(token.head.head, seen=seen | {token.i}, create=create)
        if token.lower_ in PRONOUNS and token.pos_ == "PRON":
            antecedent = pronoun_antecedent(token)
            if antecedent is None or antecedent.i in seen:
                return None
            if token.lower_ in PLURAL_PRONOUNS and antecedent.conjuncts:
                # "Armenia and Azerbaijan said they had agreed": all of them
                found = self.resolve(antecedent, seen=seen | {token.i}, create=create)
                return Party(tuple(dict.fromkeys(i for p in found for i in p.ids)),
                             tuple(dict.fromkeys(c for p in found for c in p.countries)),
                             found[0].start, found[-1].end) if found else None
            return self.resolve_one(antecedent, seen=seen | {token.i}, create=create)
        tokens = self.phrase_of(token)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        other = self.other_side(token, seen=seen) if self.pair else ()
        if other:
            return Party((), other, start, end)
        if is_pair_phrase(token, tokens) or holds_pair_phrase(token):
            pair = self.pair_of(token, seen=seen)
            if pair:
                pair_ids = (self.new_actor(token, tokens, list(pair), *self.span_of(token)),) if (
                    self.create and create) else ()
                return Party(pair_ids, pair, start, end)
        mentions = [m for m in self.mentions_in(start, end) if not self.is_person_taken_for_place(m)]
        on_head = [m for m in mentions if m.start <= token.idx < m.end]
        if any(m.entity_id in self.actors for m in on_head):
            on_head = [m for m in on_head if m.entity_id in self.actors]  # "Bush" the president, not a town
        if not on_head and token.lemma_.lower() in party_nouns():
            # "the Croatian government": a place named in a modifier gives the country, not the party
            mentions = [m for m in mentions if m.entity_id in self.actors]
        mentions = on_head or mentions
        ids = tuple(dict.fromkeys(m.entity_id for m in mentions))
        full_start, full_end = self.span_of(token)
        if full_start < self.dateline_end <= start:
            full_start = start
        codes = [code for code in (self.entity_country(i) for i in ids) if code] + codes_in(tokens)
        if ids and self.create and create:
            if len(ids) == 1 and ids[0] in self.actors:
                self.add_phrase_mention(ids[0], full_start, full_end)
            elif not on_head:
                # the names are only modifiers ("the Croatian government's request", "a depot of the Syrian army"):
                # the party is the whole phrase, an unnamed actor of their countries
                ids = (self.new_actor(token, tokens, list(dict.fromkeys(codes)), full_start, full_end),)
        if countries.is_demonym(token.text):
            # an ethnic group is coded by where it lives: "Bosnian Serbs", "the Albanians of southern Serbia"
            own = countries.demonym_code(token.text)
            modifiers = [t for t in token.children if t.dep_ in {"amod", "compound"}]
            places = [t for t in tokens + location_tokens(token) if t.dep_ == "pobj"]
            named = [code for t in places
                     for code in codes_in(u for u in t.subtree if not countries.is_demonym(u.text))]
            residence = [c for c in codes_in(modifiers) + named if c != own]
            codes = residence or [own]
        people = ethnic_people(token)
        if people is not None:
            # "ethnic Albanians", "ethnic Russian fighters in Moldova": a people named by its origin is no state's;
            # it is coded by where it lives, when the phrase says so
            origin = {countries.demonym_code(t.text) for t in tokens if countries.is_demonym(t.text)}
            codes = [code for code in codes_in(residence_tokens(people)) if code not in origin]
        if not codes:
            codes = codes_in(location_tokens(token))
        if not ids:
            if not self.is_party_phrase(token, codes):
                return None
            if not (self.create and create and self.deserves_actor(token, tokens, codes)):
                return Party((), tuple(dict.fromkeys(codes)), start, end)
            ids = (self.new_actor(token, tokens, codes, full_start, full_end),)
        return Party(ids, tuple(dict.fromkeys(codes)), start, end)

    def remember_pair(self, pair: tuple[str, ...]) -> None:
        """Count an event between two sides: a story's main pair outweighs a third party's one reaction ("the
        two countries" after "Washington condemned Beijing's actions" are still the two the story is about)."""
        key = frozenset(pair)
        self.pair_counts[key] = self.pair_counts.get(key, 0) + 1
        if self.pair_counts[key] >= self.pair_counts.get(frozenset(self.pair), 0):
            self.pair = pair

    def pair_of(self, token: Token, *, seen: frozenset[int]) -> tuple[str, ...]:
        """The two sides a pair phrase ("both", "the two leaders") names: two parties coordinated before it in its
        sentence, else the story's pair, else the two countries of the people and bodies named
        since the sentence before it ("X told reporters his Russian counterpart ... The two leaders ...")."""
        return self.sentence_pair(token, seen=seen) or self.pair or self.named_pair(token)

    def pair_group(self, token: Token) -> Party | None:
        """The pair, for a plural group the story names no one's ("the leaders", "the delegations"); only a
        reciprocal event ("a meeting of the leaders") makes it the two sides rather than any such group."""
        tokens = self.phrase_of(token)
        if token.lemma_.lower() not in pair_nouns() or token.tag_ not in {"NNS", "NNPS"} or not is_definite(token):
            return None
        if len(tokens) > 2 or codes_in(tokens) or any(t.ent_type_ in PARTY_ENTS for t in tokens):
            return None  # "the two leaders" is a pair phrase already; "the EU leaders" are someone's
        pair = self.pair_of(token, seen=frozenset())
        if not pair:
            return None
        start, end = self.span_of(token)
        ids = (self.new_actor(token, tokens, list(pair), start, end),) if self.create else ()
        return Party(ids, pair, start, end)

    def sentence_pair(self, token: Token, *, seen: frozenset[int]) -> tuple[str, ...]:
        """The two countries of the last two parties coordinated before the token in its sentence ("spoke with X and
        his counterpart Y, urging both to ..."), but not of those who act on the pair ("X and Y urged both sides")."""
        doers = {t.i for t in subject_of(token.head)[0]} if token.dep_ in OBJECT_DEPS else set()
        for head in reversed(token.doc[token.sent.start:token.i]):
            later = [conj for conj in head.conjuncts if conj.i > head.i]
            if head.dep_ == "conj" or len(later) != 1 or head.i in doers or head.i in seen:
                continue
            found = self.resolve(head, seen=seen | {token.i}, create=False)
            codes = tuple(dict.fromkeys(c for party in found for c in party.countries))
            # (the first party's phrase can take in the second: "the ministers of X and Y")
            if len(found) == 2 and len(codes) == 2 and all(party.countries for party in found):
                return codes
        return ()

    def named_pair(self, token: Token) -> tuple[str, ...]:
        """The two countries of the people and bodies named from the start of the previous sentence up to the
        token, when there are exactly two."""
        sent = token.sent
        begin = token.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        codes = tuple(dict.fromkeys(code for m in self.mentions_in(begin, token.idx) if m.entity_id in self.actors
                                    for code in [self.entity_country(m.entity_id)] if code))
        return codes if len(codes) == 2 else ()

    def other_side(self, token: Token, *, seen: frozenset[int]) -> tuple[str, ...]:
        """"its neighbour", "their rivals": the side of the story's pair that is not the owner."""
        if token.lemma_.lower() not in other_side_nouns():
            return ()
        owners = {c for child in token.children if child.dep_ == "poss"
                  for party in self.resolve(child, seen=seen | {token.i}, create=False) for c in party.countries}
        other = tuple(c for c in self.pair if c not in owners)
        return other if owners and owners <= set(self.pair) and len(other) == 1 else ()

    def phrase_of(self, token: Token) -> list[Token]:
        """``phrase_tokens`` of a head, once per head (a phrase is resolved as a source, as a target, ...)."""
        tokens = self.phrases.get(token.i)
        if tokens is None:
            # the dateline can be parsed into the phrase ("BRUSSELS (AP) - Europe's leaders"): it names no party
            tokens = self.phrases[token.i] = [t for t in phrase_tokens(token)
                                              if t.idx >= self.dateline_end or t.i == token.i]
        return tokens

    def span_of(self, token: Token) -> tuple[int, int]:
        """``noun_phrase_span`` of a head, once per head."""
        span = self.spans.get(token.i)
        if span is None:
            span = self.spans[token.i] = noun_phrase_span(token)
        return span

    def is_person_taken_for_place(self, mention: Mention) -> bool:
        """A place mention the NER reads as a person ("President Bush" is no town in Egypt here)."""
        if mention.entity_id not in self.places:
            return False
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and any(t.ent_type_ == "PERSON" for t in span)

    def add_phrase_mention(self, actor_id: str, start: int, end: int) -> None:
        """Record the whole party phrase ("Israeli Prime Minister Benjamin Netanyahu", "Islamic State positions in
        eastern Syria") as a mention of the actor named in it, unless that exact span is one already."""
        if (actor_id, start, end) in self.mention_spans:
            return
        self.add_mention(Mention(actor_id, "actor", doc_text(self.doc)[start:end], start, end))

    def add_mention(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.mention_spans.add((mention.entity_id, mention.start, mention.end))
        self.new_mentions.append(mention)

    def resolve_phrase(self, token: Token, *, preps: frozenset[str] = TARGET_PREPS | {"by"}) -> list[Party]:
        """The parties a phrase names, else those inside it; inside ones also when the phrase itself has no
        country ("restraint from both countries", should an earlier stage take "military restraint" for a body)."""
        found = self.resolve(token)
        if found and any(p.countries for p in found):
            return found
        # each of coordinated things may hold it ("launched artillery and rocket fire against X")
        heads = [token, *(conj for conj in token.conjuncts if conj.i > token.i)]
        inside = [p for head in heads if not found or self.has_inner_party(head, preps)
                  for p in self.resolve_inside(head, preps=preps)]
        return [p for p in inside if p.countries] or found or inside

    @staticmethod
    def has_inner_party(token: Token, preps: frozenset[str]) -> bool:
        """A possessor or a prepositional phrase a party could hide in ("restraint from both countries")."""
        return any(child.dep_ == "poss" or child.dep_ == "prep" and child.lower_ in preps for child in token.children)

    def resolve_inside(self, token: Token, *, preps: frozenset[str] = TARGET_PREPS | {"by"}) -> list[Party]:
        """Parties inside a phrase that is no party itself ("an admission by Moscow", "Serbia's suppression")."""
        found: list[Party] = []
        for child in token.children:
            if child.dep_ == "poss":
                found.extend(self.resolve(child))
            elif child.dep_ == "prep" and child.lower_ in preps:
                for pobj in pobjs(child):
                    named = self.resolve(pobj)
                    if not any(p.countries for p in named):
                        # "part of an aid programme for Bosnia": a body of no country may hide whom it serves
                        # (but "a stronghold on the border" is only where it lies)
                        inner = [p for prep in pobj.children
                                 if prep.dep_ == "prep" and prep.lower_ in preps & BENEFICIARY_PREPS
                                 for head in pobjs(prep) for p in self.resolve(head)]
                        named = [p for p in inner if p.countries] or named
                    found.extend(named)
        return found

    @staticmethod
    def deserves_actor(token: Token, tokens: list[Token], codes: list[str]) -> bool:
        """Only a named body or a group tied to a country becomes an actor ("Iraqi troops", "Hamas"); not an
        unnamed one ("the leaders"), nor a bare country or demonym, which is a place's business."""
        if any(t.ent_type_ in PARTY_ENTS - {"GPE", "NORP", "LOC"} for t in tokens):
            return True
        name = " ".join(t.text for t in tokens if t.dep_ not in {"det", "predet"})
        return bool(codes) and not countries.country_code(name)

    def is_party_phrase(self, token: Token, codes: list[str]) -> bool:
        return bool(codes) or token.ent_type_ in PARTY_ENTS or token.lemma_.lower() in party_nouns()

    def new_actor(self, token: Token, tokens: list[Token], codes: list[str], start: int, end: int) -> str:
        text = doc_text(self.doc)[start:end]
        name = " ".join(t.text for t in tokens if t.dep_ not in {"det", "predet"} and t.tag_ != "POS").strip() or text
        key = codes[0] if len(codes) == 1 and text_code(name) == codes[0] else _normal(name)
        actor_id = self.by_name.get(key)
        if actor_id is None:
            actor_id = f"a{self.next_id}"
            self.next_id += 1
            self.by_name[key] = actor_id
            actor = Actor(actor_id, name, actor_type(token, name), country=codes[0] if len(codes) == 1 else None,
                          named=False)
            self.actors[actor_id] = actor
            self.new_actors.append(actor)
        self.add_mention(Mention(actor_id, "actor", text, start, end))
        return actor_id


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
def dateline_end(doc: Doc) -> int:
    """End of a wire dateline ("ISTANBUL, May 16 (Reuters) - "): the place there is where it was filed, no party;
    a title line before it is headline text, whose events the story itself tells."""
    dateline = find_dateline(doc_text(doc))
    return dateline.end if dateline else 0


def is_pair_phrase(token: Token, tokens: list[Token]) -> bool:
    """"the two delegations", "both sides", "both" alone -- but not "both Russian and Ukrainian officials"."""
    if token.lower_ == "both" and token.pos_ in {"PRON", "DET"} and token.dep_ not in {"det", "predet", "preconj"}:
        return True
    if token.lemma_.lower() not in pair_nouns() or token.tag_ not in {"NNS", "NNPS"}:
        return False
    counted = any(child.lower_ == "two" and child.dep_ == "nummod" or child.lower_ == "both" and
                  child.dep_ in {"det", "predet"} for child in token.children)
    return counted and not codes_in(tokens) and not any(t.ent_type_ in PARTY_ENTS for t in tokens)


def is_definite(token: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ == "the" for child in token.children)


def holds_pair_phrase(token: Token) -> bool:
    """"diplomats from the two countries", "the leaders of both sides": a group drawn from the pair."""
    return token.tag_ in {"NNS", "NNPS"} and any(
        child.dep_ == "prep" and child.lower_ in PHRASE_PREPS and any(
            is_pair_phrase(pobj, phrase_tokens(pobj)) for pobj in pobjs(child)) for child in token.children)


def actor_type(token: Token, name: str) -> str:
    if token.ent_type_ == "PERSON":
        return "person"
    if token.ent_type_ == "ORG":
        return "organization"
    if countries.country_name_code(name) or countries.metonym_code(name) or countries.capital_code(name):
        return "government"
    return "group" if token.tag_ in {"NNS", "NNPS"} else "other"


def pronoun_antecedent(token: Token) -> Token | None:
    """The nearest non-pronoun subject above a pronoun ("Hungary has said it will ..."), else the previous
    sentence's subject; an object pronoun never stands for its own clause's subject ("Beijing ruled out talks
    with him"), nor a possessive for the phrase it is in ("Baku insisted that its neighbour must ...")."""
    filed = dateline_end(token.doc)
    local_verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    holders = {a.i for a in token.ancestors if a.pos_ not in {"VERB", "AUX"}} if token.dep_ == "poss" else set()
    for ancestor in token.ancestors:
        if token.lower_ in OBJECT_PRONOUNS and local_verb is not None and ancestor.i == local_verb.i:
            continue
        for child in ancestor.children:
            if child.dep_ not in SUBJECT_DEPS or child.i == token.i or child.lower_ in PRONOUNS or (
                    child.i in holders):
                continue
            if child.idx >= filed:
                return child
            # the parse may take the dateline for the subject ("ISTANBUL (Reuters) - Russia and Ukraine said they
            # ..."): the subject is the phrase hung on it after the dateline
            later = next((t for t in child.subtree if t.idx >= filed and t.head.idx < filed
                          and t.dep_ in {"appos", "conj"}), None)
            if later is not None:
                return later
    sent = token.sent
    if sent.start > 0:
        previous = token.doc[sent.start - 1].sent
        subjects = [t for t in previous
                    if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT" and t.lower_ not in PRONOUNS]
        return subjects[0] if subjects else None
    return None


# ---------------------------------------------------------------------------------------------------------------
# triggers


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
    frontier = [child for child in token.children if child.dep_ not in SUBJECT_DEPS | {"punct", "cc", "conj", "aux"}]
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
        return any(obj.ent_type_ in PARTY_ENTS or codes_in(phrase_tokens(obj)) for obj in objects)
    objects = [child for child in token.children if child.dep_ == "dobj"]
    return any(obj.ent_type_ in PARTY_ENTS or obj.lemma_.lower() in party_nouns() or obj.lower_ in OBJECT_PRONOUNS
               for obj in objects)


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


def is_party_word(token: Token) -> bool:
    """A phrase that names a person, a body or a country ("the Philippine Marines", "Ethiopia", "the army")."""
    return (token.ent_type_ in PARTY_ENTS or token.lemma_.lower() in party_nouns()
            or bool(codes_in(phrase_tokens(token))))


@functools.lru_cache(maxsize=None)
def trigger_words() -> frozenset[str]:
    """Every word that can be a trigger: a head of the trigger lexicon, or a reporting, naming or finding verb
    (obligation_rule, censure_rule)."""
    return frozenset(trigger_rules()) | report_verbs() | NAMING_LEMMAS | FINDING_LEMMAS


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
        if "thing_sought" in rule.flags and any(child.dep_ == "xcomp" for child in token.children):
            continue  # "sought to ease tensions" is an attempt, "sought help" a request
        if "gift" in rule.flags and any(child.dep_ == "dobj" and child.lemma_.lower() in non_gifts()
                                        for child in token.children):
            continue
        return rule
    return None


def find_triggers(sent: Span, *, skip_relative_clauses: bool = True,
                  candidates: list[Token] | None = None) -> list[Trigger]:
    """Triggers of one sentence, keeping only the topmost of a chain ("threatened to impose sanctions" -> THREATEN);
    an event governed by "refused to"/"ruled out" is kept, negated, instead of its governor. ``candidates``: the
    sentence's tokens that ``could_trigger``, when the caller has them."""
    tokens = doc_tokens(sent.doc)
    if candidates is None:
        candidates = [token for token in tokens[sent.start:sent.end] if could_trigger(token)]
    matched = {token.i: rule for token in candidates
               if (rule := match_rule(token) or obligation_rule(token) or censure_rule(token))}
    if skip_relative_clauses:
        matched = {i: rule for i, rule in matched.items()
                   if not in_relative_clause(tokens[i]) and not in_participle_phrase(tokens[i])}
    matched = {i: rule for i, rule in matched.items() if not in_condition(tokens[i]) and not is_denied(tokens[i])
               and not in_free_relative(tokens[i]) and not is_escaped(tokens[i])}
    # a light verb stands for the nominal trigger it carries ("began a hunger strike to protest")
    carriers = {anchor_of(tokens[i]).i: i for i in matched if tokens[i].pos_ == "NOUN"}
    triggers = []
    dropped: set[int] = set()
    negated: dict[int, Token] = {}
    for i, rule in matched.items():
        governor = governing_trigger(tokens[i], matched, carriers)
        if governor is None:
            continue
        negator = matched[governor.i]
        if "negator" in negator.flags and tokens[i].head.i == governor.i and (
                tokens[i].dep_ == "xcomp" or tokens[i].dep_ == "dobj" and negator.particle):
            dropped.add(governor.i)
            negated[i] = governor
        else:
            dropped.add(i)
    for i, rule in matched.items():
        if i not in dropped:
            triggers.append(Trigger(tokens[i], rule, negated.get(i)))
    return triggers


def in_relative_clause(token: Token) -> bool:
    """Inside a relative clause ("a curfew, which was imposed ..."): background, not the reported event -- except
    what a person named before it did ("Fidan, who urged both sides to ..."), which is news told in passing."""
    return any(t.dep_ == "relcl" and not is_person_clause(t) for t in [token, *token.ancestors])


def in_participle_phrase(token: Token) -> bool:
    """What a past participle describing a noun says it did ("two men suspected of bombing a plane", "a general
    convicted of ordering the massacre"): background, like a relative clause."""
    holder = token.head.head
    return (token.dep_ == "pcomp" and token.head.dep_ == "prep" and holder.dep_ == "acl" and holder.tag_ == "VBN")


def is_person_clause(clause: Token) -> bool:
    """", who urged ...": a "who" clause in the simple past on a named person; so is ", which endorsed ..." on a
    named body and ", where he met ..." on a named place."""
    if clause.tag_ != "VBD" or clause.head.ent_type_ not in PARTY_ENTS:
        return False
    return any(child.dep_ == "nsubj" and child.lower_ in {"who", "which"} or
               child.dep_ == "advmod" and child.lower_ == "where" and clause.head.ent_type_ in {"GPE", "LOC", "FAC"}
               for child in clause.children)


def in_condition(token: Token) -> bool:
    """Inside a condition ("unless the president agrees to step down") or a prerequisite ("must change its
    constitution before the treaty can be signed"): a hypothetical, not an event."""
    return any(t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children)
               or is_prerequisite(t) for t in [token, *token.ancestors])


def is_prerequisite(clause: Token) -> bool:
    """"before the treaty can be signed": what can only happen once something else has."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "before" for c in clause.children) and any(
        c.dep_ == "aux" and c.lower_ in {"can", "could"} for c in clause.children)


def is_escaped(token: Token) -> bool:
    """"evading sanctions", "fled the fighting": an event avoided or lived through, told of by someone else; "will
    take up the aid package", "debated the sanctions": an event talked about."""
    if token.pos_ != "NOUN" or token.dep_ != "dobj":
        return False
    verb = token.head
    particle = next((child.lower_ for child in verb.children if child.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    return lemma in escape_verbs() or lemma in topic_verbs() or f"{lemma} {particle}" in topic_verbs()


def in_free_relative(token: Token) -> bool:
    """A verb whose object is "what" ("pay for what it destroyed", "what it had agreed"): a thing described by
    what was done to it, not a new event."""
    return token.pos_ == "VERB" and any(child.dep_ == "dobj" and child.tag_ == "WP" for child in token.children)


def is_denied(token: Token) -> bool:
    """Inside what a denial governs ("Kigali denies backing the rebels", "denied that its jets bombed X"): the
    claim denied, not an event. What comes before the denial ("X accused Y of Z, a charge Y denies") is told as
    fact; the parse may hang it on the denial all the same."""
    current = token
    while current.dep_ in SUBSUMED_DEPS and current.head.i != current.i:
        current = current.head
        if current.lemma_.lower() in denial_verbs():
            return current.i < token.i
        if current.lemma_.lower() in report_verbs():
            return False
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
        subjects = [child for child in clause.children if child.dep_ in {"nsubj", "nsubjpass"}]
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


def governing_trigger(token: Token, matched: dict[int, TriggerRule], carriers: dict[int, int]) -> Token | None:
    current = token
    # a verb joined to a complement that is no event shares what governs it ("offered to lead the force and send
    # police", "threatened to recall its envoy and expel diplomats") -- unless it goes on with the governing clause
    while current.dep_ == "conj" and current.pos_ == "VERB" and current.head.i not in matched and (
            current.head.dep_ in {"xcomp", "ccomp"} or is_purpose_clause(current.head)) and (
            not joins_the_governing_clause(current)):
        current = current.head
    while current.dep_ in SUBSUMED_DEPS and current.head.i != current.i:
        if current.dep_ == "advcl" and any(child.dep_ == "mark" and child.lower_ != "to" for child in current.children):
            return None
        if current.dep_ == "advcl" and current.tag_ == "VBG" and current.i == token.i and (
                current.head.i in matched and matched[current.head.i].type != matched[token.i].type):
            return None  # a participle adds an event of another kind ("spoke with X, urging both to ...")
        current = current.head
        if current.i in matched:
            return current
        if current.i in carriers and carriers[current.i] != token.i:
            return current.doc[carriers[current.i]]
        if current.lemma_.lower() in report_verbs() and current.pos_ == "VERB":
            return None  # a speaker's words are news of their own -- but "reports that X did Y" are no speaker
    return None


# ---------------------------------------------------------------------------------------------------------------
# the parse around a trigger


def anchor_of(token: Token) -> Token:
    """The word whose subject is the event's source: a verb itself, or the verb a nominal trigger is the object of
    ("held talks", "engaged in ethnic cleansing")."""
    if token.pos_ == "VERB":
        return token
    head = token.head
    if token.dep_ in {"dobj", "nsubjpass", "attr", "oprd"} and head.pos_ in {"VERB", "AUX"}:
        return head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in CARRIER_PREPS and head.head.pos_ == "VERB":
        return head.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.dep_ in {
            "dobj", "nsubjpass", "attr"} and head.head.head.pos_ in {"VERB", "AUX"} and not any(
            child.dep_ == "poss" for child in token.children):
        return head.head.head  # "held a second round of talks", "launched a wave of attacks"
    return token


def pobjs(prep: Token) -> list[Token]:
    found = [child for child in prep.children if child.dep_ in {"pobj", "pcomp"}]
    if any(child.dep_ == "pobj" for child in found):
        return found
    # "granted asylum to five officers hiding in ...": the parse may make the preposition's object the subject of
    # the participle after it, hung on the preposition or beside it
    clauses = found or [clause for clause in prep.head.children if clause.dep_ in {"advcl", "acl"}]
    inner = [child for clause in clauses for child in clause.children
             if child.dep_ in {"nsubj", "nsubjpass"} and child.left_edge.i == prep.i + 1]
    return inner or found


def subject_of(verb: Token) -> tuple[list[Token], list[Token]]:
    """(active subjects, passive agents) of a verb, inherited from the verb it depends on when it has none."""
    subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
    agents = [pobj for child in verb.children if child.dep_ == "agent" for pobj in pobjs(child)]
    if subjects or agents:
        return subjects, agents
    if verb.dep_ in {"xcomp", "conj", "advcl"} and verb.head.i != verb.i:
        if joins_the_governing_clause(verb):
            return subject_of(verb.head.head)
        if verb.dep_ == "conj" and is_active(verb):
            # "X was indicted by a court and will resign": an active verb joined to a passive one goes on with
            # who underwent the first, not with its agent
            undergoers = [child for child in verb.head.children if child.dep_ == "nsubjpass"]
            if undergoers:
                return undergoers, []
        if verb.dep_ == "xcomp":
            objects = [child for child in verb.head.children if child.dep_ in {"dobj"}]
            if objects and verb.head.lemma_.lower() in {"urge", "ask", "order", "force", "call", "press", "allow",
                                                        "permit", "invite", "tell", "persuade", "encourage", "prompt",
                                                        "compel", "oblige", "require", "push", "pressure"}:
                return objects, []
        return subject_of(verb.head)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ in {"VERB", "AUX"}:
        return subject_of(verb.head.head)  # "would respond by declaring X persona non grata": the means is its own
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in {"dobj", "pobj"}:
        # "issued a statement calling on X", "put out a report accusing X": the statement's author
        governor = verb.head.head if verb.head.dep_ == "dobj" else verb.head.head.head
        if governor.pos_ in {"VERB", "AUX"}:
            return subject_of(governor)
    return [], []


def is_active(verb: Token) -> bool:
    """A verb surely in the active voice: with an auxiliary or an object of its own. A bare verb joined to a
    passive one may share its auxiliaries ("was arrested and charged", which the tagger may read as a past)."""
    if any(child.dep_ == "auxpass" for child in verb.children):
        return False
    return any(child.dep_ in {"aux", "dobj"} for child in verb.children)


def joins_the_governing_clause(verb: Token) -> bool:
    """A verb with no subject joined after a comma to a complement clause that has its own ("X determined that Y
    had done Z, and imposed sanctions"): the parse hangs it on the complement, but the comma closes that clause,
    so the verb goes on with the one that governs it and shares its subject."""
    first = verb.head
    if verb.dep_ != "conj" or first.dep_ != "ccomp" or first.head.i == first.i:
        return False
    if not any(child.dep_ in SUBJECT_DEPS | {"nsubjpass"} for child in first.children):
        return False
    joints = [child for child in first.children if child.dep_ == "cc" and first.i < child.i < verb.i]
    return any(joint.i > 0 and joint.doc[joint.i - 1].text == "," for joint in joints)


def argument_heads(anchor: Token, trigger: Token
                   ) -> tuple[list[Token], list[tuple[Token, str]], list[Token], list[Token]]:
    """Heads of (sources, (target, how it attaches), reciprocal parties, locations) around an event's anchor and
    trigger; ``how`` is "obj" or a preposition."""
    sources: list[Token] = []
    targets: list[tuple[Token, str]] = []
    reciprocal: list[Token] = []
    locations: list[Token] = []
    words = [anchor] if anchor.i == trigger.i else [anchor, trigger]
    # "a memorandum between X and Y was signed", "signed a pact between X and Y": the parties of a reciprocal
    # thing acted on are the event's
    reciprocal.extend(pobj for child in anchor.children if child.dep_ in {"dobj", "nsubjpass"} and any(
                          "recip" in rule.flags for rule in trigger_rules().get(child.lemma_.lower(), ()))
                      for prep in child.children if prep.dep_ == "prep" and prep.lower_ in RECIPROCAL_PREPS
                      for pobj in pobjs(prep))
    if anchor.pos_ in {"VERB", "AUX"}:
        subjects, agents = subject_of(anchor)
        sources.extend(subjects + agents)
        passive = [child for child in anchor.children if child.dep_ == "nsubjpass" and child.i != trigger.i]
        if anchor.i != trigger.i and not subjects and not agents:
            sources.extend(passive)  # "Serb forces were engaged in ethnic cleansing"
        elif agents or not subjects:
            targets.extend((child, "passive") for child in passive)
    for word in words:
        for child in word.children:
            if child.dep_ == "dative" and child.pos_ == "ADP" and not any(c.dep_ == "pobj" for c in child.children):
                targets.extend((head, "obj") for head in pobjs(child) if head.dep_ != "pcomp")
            elif child.dep_ in OBJECT_DEPS and child.i != trigger.i:
                targets.append((child, "obj"))
            elif child.dep_ == "prt" and child.lower_ == "up" and word.pos_ == "VERB" and not any(
                    c.dep_ == "dobj" for c in word.children):
                # "kidnapped up to 16 advisers": the parse takes "up to" for a particle and a preposition, but
                # before a number it only bounds the count of the object
                targets.extend((obj, "obj") for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "to"
                               for obj in pobjs(prep) if is_counted(obj))
            elif child.dep_ == "prep" and child.lower_ in RECIPROCAL_PREPS:
                reciprocal.extend(pobjs(child))
            elif child.dep_ == "prep" and child.lower_ == "as" and not any(c.dep_ == "dobj" for c in word.children):
                # "denounced as a crime X's suppression of ...", "rejected as unacceptable a demand by X": the object
                # moved after the "as" phrase, which the parse takes into that phrase or for an apposition of it
                targets.extend((head, "obj") for pobj in pobjs(child)
                               for head in [pobj, *(c for c in pobj.children if c.dep_ == "appos")])
            elif child.dep_ == "prep" and child.lower_ == "by" and word.pos_ == "NOUN":
                sources.extend(pobjs(child))
            elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
                targets.extend((pobj, child.lower_) for pobj in pobjs(child))
            elif child.dep_ == "prep" and child.lower_ in LOCATION_PREPS:
                locations.extend(pobjs(child))
            elif child.dep_ == "poss" and word.pos_ == "NOUN":
                sources.append(child)
            elif child.dep_ in {"amod", "compound"} and word.pos_ == "NOUN" and word.i == trigger.i and (
                    child.ent_type_ in {"NORP", "GPE", "ORG"}):
                sources.append(child)
            elif child.dep_ == "acl" and child.lemma_.lower() in BROKER_LEMMAS and word.pos_ == "NOUN":
                reciprocal.extend(pobj for agent in child.children if agent.dep_ == "agent" for pobj in pobjs(agent))
            elif child.dep_ == "amod" and child.lemma_.lower() in LEADING_LEMMAS and word.i == trigger.i:
                sources.extend(leader for leader in child.children if leader.dep_ in LEADER_DEPS)
    targets.extend((notified, "obj") for notified in notified_of(trigger))
    targets.extend((named, "obj") for named in named_objects(anchor))
    if not sources and trigger.pos_ == "NOUN" and anchor.i == trigger.i and trigger.dep_ == "pobj" and (
            trigger.head.lower_ in TIME_PREPS and trigger.head.head.pos_ in {"VERB", "AUX"}):
        sources.extend(subject_of(trigger.head.head)[0])  # "Sheinbaum said after a phone call with Trump"
    return sources, targets, reciprocal, locations


def is_counted(token: Token) -> bool:
    """A noun given a number ("16 advisers", "some 300 troops")."""
    return any(child.dep_ == "nummod" or child.ent_type_ == "CARDINAL" for child in token.children)


def named_objects(anchor: Token) -> list[Token]:
    """What a free relative object names: "condemned what it called X's actions" acts on "X's actions", "denounced
    what it described as X's provocations" on "X's provocations" (the parse makes "what" the naming verb's)."""
    found: list[Token] = []
    for clause in anchor.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in NAMING_LEMMAS or not any(
                child.dep_ == "dobj" and child.tag_ == "WP" for child in clause.children):
            continue
        found.extend(child for child in clause.children if child.dep_ == "oprd")
        found.extend(pobj for child in clause.children if child.dep_ == "prep" and child.lower_ == "as"
                     for pobj in pobjs(child))
    return found


def addressees_of(trigger: Token) -> list[Token]:
    """Whom a message told in a participle went to: "sent a letter to X calling for ...", "wrote to X urging ...",
    "sent a note to X's minister demanding ..." (the parse may hang the participle on the addressee)."""
    if trigger.tag_ != "VBG" or trigger.dep_ not in {"advcl", "acl"}:
        return []
    governor = trigger.head
    if trigger.dep_ == "acl" and governor.dep_ in {"dobj", "pobj"}:
        governor = governor.head if governor.dep_ == "dobj" else governor.head.head
    if governor.pos_ != "VERB":
        return []
    messages = [governor] + [child for child in governor.children if child.dep_ == "dobj"]
    if not any(word.lemma_.lower() in message_words() for word in messages):
        return []
    return [pobj for child in governor.children if child.dep_ in {"dative", "prep"} and child.lower_ == "to"
            for pobj in pobjs(child)]


def notified_of(trigger: Token) -> list[Token]:
    """Whom a nominal event is made known to: "notified Turkey and the UN of its objection" (the parse may hang
    "of its objection" on the last one notified)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return []
    holder = trigger.head.head
    while holder.dep_ == "conj" and holder.head.i != holder.i:
        holder = holder.head
    verb = holder if holder.pos_ == "VERB" else holder.head if holder.dep_ in {"dobj", "dative"} else None
    if verb is None or verb.lemma_.lower() not in NOTIFY_LEMMAS:
        return []
    return [child for child in verb.children if child.dep_ in {"dobj", "dative"}]


def is_same(party: Party, keys: set) -> bool:
    """The party is one of the sources (same ids, or the same phrase reached through a pronoun)."""
    return bool(party.ids) and party.ids in keys or (party.start, party.end) in keys


def is_own(token: Token) -> bool:
    """A phrase owned by a pronoun ("its troops", "their borders"), i.e. by the event's own source -- but not
    "its neighbour", the other side."""
    return token.lemma_.lower() not in other_side_nouns() and any(
        child.dep_ == "poss" and child.lower_ in PRONOUNS for child in token.children)


def is_scene_of_act(clause: Token) -> bool:
    """"(killed ten people) when they blew themselves up": a clause of the moment the act itself took place."""
    return clause.dep_ == "advcl" and any(child.dep_ in {"advmod", "mark"} and child.lower_ in SCENE_MARKS
                                          for child in clause.children)


def is_purpose_clause(token: Token) -> bool:
    """"(blocked a road) to show their anger at X": an infinitive of purpose."""
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and not any(
        c.dep_ == "mark" for c in token.children)


def complement_targets(anchor: Token) -> list[tuple[Token, str]]:
    """Who is asked, threatened or promised something in a complement ("demanded that Israel ease ...",
    "threatened to break relations with Russia")."""
    found: list[tuple[Token, str]] = []
    for child in anchor.children:
        if child.dep_ in {"ccomp", "xcomp"} or is_purpose_clause(child):
            subjects = [(c, "obj") for c in child.children if c.dep_ in SUBJECT_DEPS | {"nsubjpass"}]
            found.extend(subjects or argument_heads(child, child)[1])
    return found


# ---------------------------------------------------------------------------------------------------------------
# modality, place, date, attribution


def modality_of(trigger: Trigger, anchor: Token) -> str:
    if trigger.negated_by is not None:
        return "negated"
    words = modality_words()
    found = "planned" if "planned" in trigger.rule.flags else "asserted"
    for child in trigger.token.children:
        if child.dep_ == "amod" and child.lower_ in words.modifiers:
            found = words.modifiers[child.lower_]
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
        if current.dep_ in MODALITY_STOP or current.head.i == current.i:
            break
        head = current.head
        if head.lemma_.lower() in report_verbs():
            break
        if head.lemma_ == "be" and current.dep_ == "xcomp":
            found = stronger(found, "planned")  # "Hamas is to release 33 captives"
        particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), None)
        governor = words.governors.get(f"{head.lemma_.lower()} {particle}") or words.governors.get(head.lemma_.lower())
        if governor == "negated":
            return "negated"
        if governor:
            found = stronger(found, governor)
        current = head
    return found


def is_conditional_threat(anchor: Token, rule: TriggerRule) -> bool:
    conditions = {mark.lower_ for child in anchor.children if child.dep_ == "advcl"
                  for mark in child.children if mark.dep_ == "mark"}
    return "unless" in conditions or ("if" in conditions and quad_class(rule.cameo) >= 3)


def condition_subjects(anchor: Token) -> list[Token]:
    """Subjects of the "unless"/"if" clauses on an event or on its complement ("... unless Israel rescinds X")."""
    verbs = [anchor, *(child for child in anchor.children if child.dep_ in {"xcomp", "ccomp"})]
    return [subject for verb in verbs for clause in verb.children if clause.dep_ == "advcl"
            and any(mark.dep_ == "mark" and mark.lower_ in {"unless", "if"} for mark in clause.children)
            for subject in clause.children if subject.dep_ in SUBJECT_DEPS | {"nsubjpass"}]


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


def clause_of(anchor: Token, trigger: Token) -> list[Token]:
    """The anchor's own clause: its subtree without the clauses nested in it (a relative clause, "calling it ...",
    "based in X"), except those on the way down to the trigger."""
    path = {trigger.i}
    heads = doc_heads(trigger.doc)  # the trigger's ancestors, walked by index
    i = trigger.i
    while heads[i] != i:
        i = heads[i]
        path.add(i)
    tokens: list[Token] = []
    stack = [anchor]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(child for child in token.children if child.dep_ not in CLAUSE_DEPS or child.i in path
                     or token.i == anchor.i and is_scene_clause(child))
    return sorted(tokens, key=lambda t: t.i)


def is_scene_clause(clause: Token) -> bool:
    """A participle clause setting the scene of its verb's subject ("Speaking in Tirana on Friday, he urged ..."):
    no subject, no "before"/"after" of its own, before its verb; where and when it is, the event is."""
    return (clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i < clause.head.i
            and not any(child.dep_ in SUBJECT_DEPS | {"mark", "nsubjpass"} for child in clause.children))


def report_clause(anchor: Token, trigger: Token) -> list[Token]:
    """The clause of the reporting verb an event is told under ("In Washington, Miller said on Monday that ..."),
    or nothing."""
    for ancestor in anchor.ancestors:
        if ancestor.lemma_.lower() in report_verbs() and ancestor.pos_ == "VERB":
            return clause_of(ancestor, trigger)
    return []


def place_of(clause: list[Token], trigger: Token, doc: Doc, places: dict[str, Place], event_type: str = ""
             ) -> str | None:
    """Where the event happens: a place named by an "in X"/"at X" phrase of its own clause ("met in Doha",
    "strikes on sites in Pakistan"), by "to X" of a visit, a deployment or a delivery, or "from X" of a withdrawal,
    or a town an attack falls on ("shelled Mitrovica", "a raid on northern Kosovo"). Of a country and a town in
    it, the town ("In Chile, crowds protested in central Santiago", "in the Iraqi city of Mosul"). ``places`` are
    the Doc's places by id."""
    sent = event_type in DELIVERY_TYPES and {trigger.lemma_.lower(), trigger.head.lemma_.lower()} & send_words()
    preps = PLACE_PREPS | (VISIT_PREPS if trigger.lemma_.lower() in visit_words() or sent else frozenset()) | (
        WITHDRAWAL_PREPS if event_type == "RETREAT" else frozenset())
    # what a statement or an agreement is about can lie anywhere ("agreed on a truce in X"): only a phrase on
    # the event itself says where it was made
    frame = framing_words(clause, trigger) if event_type in ABOUT_TYPES else None
    found: list[tuple[Mention, Token]] = []
    for token in clause:
        # ("to" after "send" is parsed as a dative)
        if token.dep_ in {"prep", "dative"} and token.lower_ in preps and (frame is None or token.head.i in frame):
            found.extend(pair for pobj in pobjs(token) for pair in phrase_mentions(pobj, doc))
        elif event_type in ATTACK_TYPES and is_attacked(token, trigger):
            # a country attacked is the attack's target; only a town or a part of a country is its scene
            found.extend((m, word) for m, word in phrase_mentions(token, doc)
                         if m.entity_id in places and places[m.entity_id].kind != "country")
    ids = [capital_meant(m, word, places) for m, word in found]
    for place_id, (_, word) in zip(ids, found):
        # a place listed with others ("in X and Y") is one of them, not the frame of the next
        listed = word.dep_ == "conj" or any(child.dep_ in {"cc", "conj"} for child in word.children)
        if listed or not any(lies_in(places.get(inner), places.get(place_id)) for inner in ids):
            return place_id
    return ids[0] if ids else None


def capital_meant(mention: Mention, word: Token, places: dict[str, Place]) -> str:
    """The town "the Chilean capital" stands for when the story names it (Santiago), else the mention's place."""
    code = countries.demonym_code(mention.text) if word.head.lemma_.lower() == "capital" else None
    name = countries.normalize(countries.capital_of(code) or "") if code else ""
    towns = [p.place_id for p in places.values() if name and p.kind == "city" and p.country == code
             and countries.normalize(p.name) == name]
    return towns[0] if towns else mention.entity_id


def noun_clauses(trigger: Token) -> list[list[Token]]:
    """The clauses on an event noun that set it somewhere: "talks held in Oslo", "a summit due to open in Rome",
    "the talks, which ended in Oslo"."""
    if trigger.pos_ != "NOUN":
        return []
    return [clause_of(child, child) for child in trigger.children if child.dep_ in {"acl", "relcl"}] + [
        clause_of(child, verb) for child in trigger.children if child.dep_ not in CLAUSE_DEPS
        for verb in child.children if verb.dep_ == "xcomp"]


def framing_words(clause: list[Token], trigger: Token) -> set[int]:
    """Indexes of the words a place phrase hangs on when it places the event itself: the clause's head, the words
    from it down to the trigger, a participle clause setting its scene ("Speaking in Oslo, ..."), and the noun of a
    time phrase on them ("signed the accord after talks in Oslo": at those talks)."""
    members = {token.i for token in clause}
    root = next(token for token in clause if token.head.i not in members or token.head.i == token.i)
    frame = {root.i} | {child.i for child in root.children if child.i in members and is_scene_clause(child)}
    token = trigger
    while token.i in members and token.i not in frame:
        frame.add(token.i)
        token = token.head
    return frame | {pobj.i for token in clause if token.dep_ == "prep" and token.lower_ in TIME_PREPS
                    and token.head.i in frame for pobj in pobjs(token)}


def is_attacked(token: Token, trigger: Token) -> bool:
    """The direct object of an attack verb, or the "on"/"against" object of an attack word or of the attack a verb
    carries ("struck Kharkiv", "strikes against Kharkiv", "launched an assault on Kharkiv")."""
    if token.dep_ == "dobj":
        return token.head.i == trigger.i
    if token.dep_ != "pobj" or token.head.lower_ not in ATTACKED_PREPS:
        return False
    word = token.head.head
    return word.i == trigger.i or (word.dep_ == "dobj" and word.head.i == trigger.i)


def lies_in(inner: Place | None, outer: Place | None) -> bool:
    """A town or region inside a country (the only containment the place records tell)."""
    return (inner is not None and outer is not None and outer.kind == "country" and inner.kind != "country"
            and inner.country == outer.country)


def phrase_mentions(head: Token, doc: Doc) -> list[tuple[Mention, Token]]:
    """Place mentions of a noun phrase itself ("the Kupiansk district", "the city of Mosul"), each with the word it
    starts at; not those of the phrases and clauses hung on it: in "in return for detainees held in Serbian camps"
    no place says where "in" is. A nationality word in an "of" phrase names people, not a place ("in the presence
    of the Serbian envoy")."""
    direct: dict[int, Token] = {}  # start -> word, outside any "of" phrase
    under_of: dict[int, Token] = {}
    stack = [(head, False)]
    while stack:
        token, in_of = stack.pop()
        (under_of if in_of else direct)[token.idx] = token
        stack.extend((child, in_of or child.dep_ == "prep") for child in token.children
                     if child.dep_ not in CLAUSE_DEPS and (child.dep_ != "prep" or child.lower_ == "of"))
    return [(m, direct[m.start]) if m.start in direct else (m, under_of[m.start])
            for m in doc._.place_mentions or []
            if m.start in direct or m.start in under_of and not countries.is_demonym(m.text)]


def subject_place(anchor: Token, doc: Doc) -> str | None:
    """Where the event's subject is said to be: an "in X" phrase on it ("the foreign ministry in Khartoum"), or a
    relative clause placing it ("the envoy, who was in Nairobi at the time, met ..."); a clause with a subject
    of its own does not count ("While X was in Nairobi, Y met ...")."""
    if anchor.pos_ not in {"VERB", "AUX"}:
        return None
    subjects, _ = subject_of(anchor)
    for subject in subjects:
        holders = [subject] + [clause for clause in subject.children if clause.dep_ == "relcl"
                               and clause.lemma_ == "be"]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS:
                    found = [m for pobj in pobjs(prep) for m, _ in phrase_mentions(pobj, doc)]
                    if found:
                        return found[0].entity_id
    return None


def where_place(anchor: Token, doc: Doc) -> str | None:
    """The place a "where" clause the event is told in hangs on ("a visit to Ottawa, where she met X and urged Y");
    not that of a clause the event is only reported in ("Ottawa, where officials said X had attacked Y")."""
    clause = anchor
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "relcl" or not any(child.lower_ == "where" and child.dep_ == "advmod"
                                         for child in clause.children):
        return None
    found = phrase_mentions(clause.head, doc)
    return found[0][0].entity_id if found else None


def town_of_site(place_id: str | None, places: dict[str, Place]) -> str | None:
    """The town a named site of the story stands in ("the Hofburg Palace" -> Vienna), else the place itself. The
    places stage puts a site at the point of the town named next to it, so a town of the story at that very point
    is the one it is part of; a site with no such town (a shoal, a headquarters filed from) stays."""
    site = places.get(place_id) if place_id else None
    if site is None or site.kind != "other" or site.lat is None:
        return place_id
    towns = [p for p in places.values() if p.kind == "city" and (p.lat, p.lon) == (site.lat, site.lon)]
    return towns[0].place_id if towns else place_id


def dateline_place(doc: Doc) -> str | None:
    """The place a wire story is filed from ("ISTANBUL, May 16 (Reuters) -")."""
    dateline = find_dateline(doc_text(doc))
    if dateline is None:
        return None
    found = [m for m in doc._.place_mentions or [] if dateline.place_start <= m.start and m.end <= dateline.end]
    return found[0].entity_id if found else None


def story_scene(doc: Doc, end: int) -> str | None:
    """The dateline place when the story itself says something happened there ("met in Beijing", "talks in
    Istanbul"), not only that it was filed from there."""
    place_id = dateline_place(doc) if end else None
    if place_id is None:
        return None
    for mention in doc._.place_mentions or []:
        if mention.entity_id != place_id or mention.start < end:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in PLACE_PREPS:
            return place_id
    return None


def reported_as_past(anchor: Token) -> bool:
    """A verb in the simple past ("rejected", not "has rejected"), or a noun carried by one ("held talks")."""
    verb = anchor if anchor.pos_ in {"VERB", "AUX"} else anchor.head
    if verb.tag_ != "VBD":
        return False
    return not any(child.dep_ == "aux" for child in verb.children)


def said_in_the_past(anchor: Token) -> bool:
    """The event is what someone said in the simple past ("said it was halting imports", "told reporters that
    Tokyo had asked"), the nearest reporting verb above it having no date of its own; not what they said they
    would do ("said Ottawa would appoint a czar and deploy troops")."""
    verb = anchor if anchor.pos_ in {"VERB", "AUX"} else anchor.head
    if verb.tag_ == "VB":
        return False
    for ancestor in anchor.ancestors:
        if ancestor.lemma_.lower() in report_verbs() and ancestor.pos_ == "VERB":
            return reported_as_past(ancestor) and not any(t.ent_type_ in DATE_ENTS for t in ancestor.children)
    return False


def in_lead(sent: Span, sents: list[Span]) -> bool:
    """One of the first two sentences (of the Doc's ``sents``) of an article, which tell the day's news."""
    return sent.start_char <= sents[:2][-1].start_char


def story_day(doc: Doc) -> str | None:
    """The day a story reports on: the day its first sentence names ("on Friday", not a later day it looks ahead
    to), else the dateline's day ("ISTANBUL, May 16"), else its publication date."""
    first = next(iter(doc.sents), None)
    days = [d for d in doc._.dates or [] if first is not None and d.start < first.end_char
            and d.type in DATE_TYPES and d.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.value)]
    published = doc._.published.isoformat() if doc._.published else None
    filed = dateline_end(doc)
    told = [d.value for d in days if d.start >= filed and (published is None or d.value <= published)]
    days = told + [d.value for d in days if d.start < filed]
    return days[0] if days else published


def date_of(clause: list[Token], anchor: Token, doc: Doc, sent: Span | None = None) -> str | None:
    """The date expression of the event's own clause ("agreed on Friday"), else one elsewhere under its anchor,
    else one elsewhere in its sentence (``sent``, when the caller knows it: ``anchor.sent`` walks the tokens)."""
    sent = sent or anchor.sent
    dates: list[DateExpr] = [d for d in doc._.dates or [] if d.type in DATE_TYPES and d.value
                             and d.value[:1].isdigit() and d.start < sent.end_char and sent.start_char < d.end]
    if not dates:
        return None  # every place it looks is in the sentence
    filed = dateline_end(doc)  # the day a story was filed is no event's date
    dates = [d for d in dates if d.start >= filed]
    for tokens in date_scopes(clause, anchor, sent):
        starts = {t.idx for t in tokens}
        found = [d for d in dates if any(d.start <= s < d.end for s in starts)]
        if found:
            return found[0].value
    return None


def date_scopes(clause: list[Token], anchor: Token, sent: Span | None) -> Iterator[list[Token]]:
    """Where ``date_of`` looks, nearest first, each built only when the one before named no date. A relative
    clause dates only itself ("Trump, who reinstated the policy earlier this year, has threatened ..."); an event
    told in the past perfect ("said China had turned down its request") happened before the sentence's day."""
    yield clause
    yield report_clause(anchor, anchor)
    yield outside_relative_clauses(list(anchor.subtree), anchor)
    if is_past_perfect(anchor):
        return
    sent = sent or anchor.sent
    yield outside_relative_clauses(doc_tokens(sent.doc)[sent.start:sent.end], anchor)


def outside_relative_clauses(tokens: list[Token], anchor: Token) -> list[Token]:
    """The tokens that are in no relative clause, but for one the anchor is in."""
    background = {t.i for relative in tokens if relative.dep_ == "relcl"
                  and not relative.left_edge.i <= anchor.i <= relative.right_edge.i for t in relative.subtree}
    return [t for t in tokens if t.i not in background]


def is_past_perfect(anchor: Token) -> bool:
    """"had turned down", "had been signed" (or a noun carried by such a verb: "had held talks")."""
    verb = anchor if anchor.pos_ in {"VERB", "AUX"} else anchor.head
    return verb.tag_ == "VBN" and any(child.dep_ == "aux" and child.lower_ in {"had", "'d"} for child in verb.children)


# ---------------------------------------------------------------------------------------------------------------
# the extractor


def extract_events(doc: Doc, parties: PartyIndex | None = None, *, require_party: bool = True) -> Iterator[Event]:
    """PLOVER events of a parsed Doc, one per distinct (type, party countries, modality) in the article: a repeated
    event keeps its first mention, taking its place and date from a later one when it names none."""
    parties = parties or PartyIndex(doc, create=False)
    types = plover_types()
    events: list[Event] = []
    index_of: dict[tuple, int] = {}
    days: dict[int, str] = {}  # sentence number -> the day its first dated event took place
    lemmas: dict[int, str] = {}  # event index -> the lemma of its first trigger
    previous: Span | None = None
    scene = story_scene(doc, parties.dateline_end)
    sents = list(doc.sents)
    day = story_day(doc)
    tokens = doc_tokens(doc)
    candidates = trigger_candidates(doc)
    doc.user_data[_CODES_KEY] = {}
    for number, sent in enumerate(sents):
        if previous is not None and number - 1 in days and PARAGRAPH_BREAK.search(
                doc_text(doc)[previous.start_char:sent.start_char]):
            del days[number - 1]  # a new paragraph does not go on with the day the last one ended on
        previous = sent
        in_sent = [tokens[i] for i in candidates[bisect.bisect_left(candidates, sent.start):
                                                 bisect.bisect_left(candidates, sent.end)]]
        triggers = find_triggers(sent, candidates=in_sent) if in_sent else []
        triggers = [t for t in triggers if not refers_back(t.token, events)]
        coded_events = ((t, c) for t in triggers for c in split_calls(t, code_event(t, sent, parties)))
        for trigger, coded in coded_events:
            rule, source, target, modality, place_id, date, said_by, _ = coded
            if require_party and not (source or target):
                continue
            anchor = anchor_of(trigger.token)
            if date is None and modality == "asserted" and reported_as_past(anchor):
                # a wire story reports the day's news: an undated event told in the simple past happened on the
                # story's day when it is in the lead, else on the day the sentence before it named
                date = day if in_lead(sent, sents) else days.get(number - 1)
            elif date is None and modality == "asserted" and said_in_the_past(anchor):
                # "Tokyo said it was halting imports": what a story's speakers said they do or did is its news
                date = day
            if date is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
                days.setdefault(number, date)
            if place_id is None and modality == "asserted" and date is not None and date == day:
                # a story filed from where its day's news happened ("BEIJING - ... met Xi in Beijing") tells what
                # else happened there that day: "Wang blamed Washington" in Beijing too
                place_id = scene
            if not target and rule.type in REACTION_TYPES:
                target = referred_parties(anchor, events, source)
            if not target and is_retaliation(anchor):
                target = attackers_of(source, events)
            source_ids = tuple(dict.fromkeys(i for p in source for i in p.ids))
            target_ids = tuple(dict.fromkeys(i for p in target for i in p.ids if i not in source_ids))
            source_countries = list(dict.fromkeys(c for p in source for c in p.countries))
            target_countries = list(dict.fromkeys(c for p in target for c in p.countries))
            pair = source_countries if len(source_countries) == 2 else source_countries + target_countries
            if len(set(pair)) == 2:
                parties.remember_pair(tuple(pair))
            parties_key = ((frozenset(source_countries), frozenset(target_countries))
                           if source_countries or target_countries else (frozenset(source_ids), frozenset(target_ids)))
            key = (rule.type, *parties_key, modality)
            if key not in index_of:
                known = told_before(rule.type, source_countries, target_countries, modality, events, sent)
                if known is not None:
                    index_of[key] = known
            if key in index_of:
                first = events[index_of[key]]
                # an attack told later in other words may be another strike ("a drone was downed", then "artillery
                # pounded a town"): only the same word again, or the same sentence, surely places the first
                same_act = (rule.type not in ATTACK_TYPES or trigger.token.lemma_.lower() == lemmas[index_of[key]]
                            or first.sentence_start == sent.start_char)
                events[index_of[key]] = first._replace(place_id=first.place_id or (place_id if same_act else None),
                                                       date=first.date or date)
                continue
            index_of[key] = len(events)
            lemmas[len(events)] = trigger.token.lemma_.lower()
            token = trigger.token
            events.append(Event(
                event_id=f"e{len(events) + 1}",
                type=rule.type,
                mode=rule.mode,
                source_ids=list(source_ids),
                target_ids=list(target_ids),
                source_countries=source_countries,
                target_countries=target_countries,
                place_id=place_id,
                date=date,
                trigger=token.text if trigger.negated_by is None else f"{trigger.negated_by.text} ... {token.text}",
                trigger_start=token.idx,
                trigger_end=token.idx + len(token.text),
                modality=modality,
                sentence=doc_text(doc)[sent.start_char:sent.end_char],
                sentence_start=sent.start_char,
                sentence_end=sent.end_char,
                said_by=said_by,
                cameo=rule.cameo,
                quad_class=quad_class(rule.cameo) if rule.cameo else types[rule.type].quad_class,
            ))
    doc.user_data.pop(_CODES_KEY, None)
    yield from placed_at_meetings(events, parties.places)


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
    judged = [subject for subject, _ in said_to_be(anchor)]
    objects = [child for child in anchor.children if child.dep_ in {"dobj", "nsubjpass"}] + judged
    objects = [child for child in objects
               if child.lemma_.lower() in nouns and not any(c.dep_ == "poss" for c in child.children)]
    if not objects:
        return []
    types = nouns[objects[0].lemma_.lower()]
    own_ids = {i for p in source for i in p.ids}
    own_countries = {c for p in source for c in p.countries}
    for event in reversed(events):
        if event.type not in types:
            continue
        ids = tuple(i for i in event.source_ids if i not in own_ids)
        countries_ = tuple(c for c in event.source_countries if c not in own_countries)
        if not countries_ and not ids:
            continue
        return [Party(ids, countries_, objects[0].idx, objects[0].idx + len(objects[0]))]
    return []


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
              for p in parties.resolve_phrase(head, preps=AGENT_PREPS)]
    both = [p for head in reciprocal_heads for p in parties.resolve(head)]
    source_keys = {p.ids for p in source + both if p.ids} | {(p.start, p.end) for p in source + both}
    target: list[Party] = []
    partners: list[Party] = []
    # the object first, then prepositional parties, then a complement's parties, then where it happened
    for links in (DIRECT_LINKS, None):
        addressees: list[Party] = []
        for head, how in target_heads:
            if links is not None and how not in links or links is None and how in DIRECT_LINKS:
                continue
            if how == "obj" and (rule.type in OWN_OBJECT_TYPES or is_own(head)):
                # "withdrew its troops from X": the object is the source's own force, X the target; but whom it
                # bore on can be inside it ("lifted the blockade on Gaza", "pulled its troops out of Lebanon")
                target.extend(p for p in parties.resolve_inside(head, preps=OBJECT_TARGET_PREPS)
                              if p.countries and not is_same(p, source_keys))
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
        if target:
            break
    if not target and not both:
        for head, how in complement_targets(anchor):
            target.extend(p for p in parties.resolve_phrase(head)
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
        # where people protest tells whose people they are ("protesters rallied in Seoul against X")
        source = source + [Party((), p.countries, p.start, p.end) for head in locations
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
