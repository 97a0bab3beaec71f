"""Parties: resolving a phrase to the actors and places earlier stages found, and to countries.

``PartyIndex`` resolves a party phrase (with its conjuncts, pronouns, "the two sides", "its neighbour") to a
``Party`` of actor/place ids and country codes, adding unnamed actors and whole-phrase mentions when asked to,
and remembers the pair of sides the story is about.
"""
from __future__ import annotations

import re
from typing import NamedTuple

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from pipeline.knowledge import countries
from pipeline.records import Actor, Mention, Place
from pipeline.stages.events.codes import codes_in, text_code
from pipeline.stages.events.lexicon import igo_parents, other_side_nouns, pair_nouns, party_nouns
from pipeline.stages.events.phrases import (PARTY_ENTS, PRONOUNS, actor_type, ethnic_people, holds_pair_phrase,
                                            is_definite, is_pair_phrase, location_tokens, noun_phrase_span,
                                            phrase_tokens, pronoun_antecedent, residence_tokens)
from pipeline.stages.events.syntax import OBJECT_DEPS, dateline_end, pobjs, subject_of
from pipeline.stages.extensions import doc_text, doc_tokens

# prepositions that introduce the target of an event (talks with X, attack on X, aid to X)
TARGET_PREPS = frozenset({"with", "to", "against", "on", "from", "toward", "towards", "into", "for", "over",
                          "upon", "of"})
# prepositions inside a body of no country that name whom it serves ("an aid programme for Bosnia")
BENEFICIARY_PREPS = frozenset({"for", "to", "of"})
# prepositions of a participle describing a thing that name whom the thing bears on ("the sanctions imposed on X",
# "restrictions placed upon X", "the aid pledged to X"); not "by" (its author) nor "in"/"from" (where it came from)
BEARING_PREPS = frozenset({"on", "upon", "against", "to"})
# entity labels of amounts, which name no party ("pledged 100 million U.S. dollars")
AMOUNT_ENTS = frozenset({"MONEY", "QUANTITY", "PERCENT"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
PLURAL_PRONOUNS = frozenset({"they", "their", "them"})

# nouns naming a party by how it stands to another ("an ally", "his counterpart"); with other_side_nouns ("a
# neighbour")
RELATION_NOUNS = frozenset({"ally", "partner", "backer", "counterpart"})


def is_relation_noun(token: Token) -> bool:
    """"an ally", "their neighbours", "his counterpart": a party named by how it stands to another."""
    return token.lemma_.lower() in RELATION_NOUNS or token.lemma_.lower() in other_side_nouns()


class Party(NamedTuple):
    ids: tuple[str, ...]
    countries: tuple[str, ...]
    start: int
    end: int


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


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
        if is_relation_noun(token):
            # "Japan's closest ally", "Russia's neighbours": another party, named by how it stands to its owner; the
            # owner's country is not its own
            owned = {t.i for child in token.children if child.dep_ == "poss" for t in child.subtree}
            tokens = [t for t in tokens if t.i not in owned]
            start = tokens[0].idx
        if is_pair_phrase(token, [token]) and any(child.dep_ == "appos" for child in token.children):
            named = self.named_in_apposition(token, seen=seen, create=create)
            if named is not None:
                return named
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

    def named_in_apposition(self, token: Token, *, seen: frozenset[int], create: bool) -> Party | None:
        """"the two leaders, Biden and Xi": a pair phrase (by its own words) whose apposition names the two is those
        two, as one party of both their countries."""
        found = [party for child in token.children if child.dep_ == "appos"
                 for party in self.resolve(child, seen=seen | {token.i}, create=create)]
        if len({c for party in found for c in party.countries}) < 2:
            return None
        return Party(tuple(dict.fromkeys(i for party in found for i in party.ids)),
                     tuple(dict.fromkeys(c for party in found for c in party.countries)), found[0].start, found[-1].end)

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
        inside = [p for head in heads if not found and not is_relation_noun(head) or self.has_inner_party(head, preps)
                  for p in self.resolve_inside(head, preps=preps)]
        return [p for p in inside if p.countries] or found or inside

    @staticmethod
    def has_inner_party(token: Token, preps: frozenset[str]) -> bool:
        """A possessor or a prepositional phrase a party could hide in ("restraint from both countries")."""
        owned = is_relation_noun(token)  # "Japan's ally" is no Japanese party
        return any(child.dep_ == "poss" and not owned or child.dep_ == "prep" and child.lower_ in preps
                   for child in token.children)

    def resolve_inside(self, token: Token, *, preps: frozenset[str] = TARGET_PREPS | {"by"}) -> list[Party]:
        """Parties inside a phrase that is no party itself ("an admission by Moscow", "Serbia's suppression")."""
        found: list[Party] = []
        for child in token.children:
            if child.dep_ == "poss":
                found.extend(self.resolve(child))
            elif child.dep_ == "acl" and child.tag_ == "VBN":
                # "lifted the sanctions imposed on X", "eased restrictions placed on X": a thing described by what was
                # done with it bears on whom that was done to
                found.extend(p for prep in child.children
                             if prep.dep_ == "prep" and prep.lower_ in preps & BEARING_PREPS
                             for pobj in pobjs(prep) for p in self.resolve(pobj))
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
