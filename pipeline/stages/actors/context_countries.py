"""Countries from around an actor's mentions, once they are merged: a person takes the country of the actor
they serve ("an adviser to Emmanuel Macron"); an official or body with a title but no country takes that of the
capital of its clause, the story's dateline, the one country its sentence is about, or the one country the story is
about; a person with no office, that of the dateline; a named official, that of the one unnamed official of the
same role the story gives a country.
"""
from __future__ import annotations

import bisect
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from pipeline.knowledge import countries
from pipeline.records import Actor, Mention
from pipeline.resources import read_words
from pipeline.stages.actors.doc_view import DocView, _char_end, _view
from pipeline.stages.actors.lexicon import city_country
from pipeline.stages.datelines import find_dateline


SUPERIOR_PREPOSITIONS = {"of", "to", "for"}


def _mention_tokens(view: DocView, mentions: list[Mention]) -> Iterator[tuple[int, int, str]]:
    """Token start, end and actor of each mention whose characters are whole tokens (as ``Doc.char_span``)."""
    for mention in mentions:
        start = bisect.bisect_left(view.idx, mention.start)
        last = bisect.bisect_right(view.idx, mention.end - 1) - 1  # the token holding the mention's last character
        if (start < len(view.idx) and view.idx[start] == mention.start and start <= last
                and _char_end(view, last + 1) == mention.end):
            yield start, last + 1, mention.entity_id


def token_owners(spans: list[tuple[int, int, str]]) -> dict[int, str]:
    """Token index -> the actor of the first mention (of ``_mention_tokens``) that covers it."""
    owner_of: dict[int, str] = {}
    for start, end, actor_id in spans:
        for i in range(start, end):
            owner_of.setdefault(i, actor_id)
    return owner_of


def country_from_superior(doc: Doc, actors: dict[str, Actor], mentions: list[Mention]) -> dict[str, Actor]:
    """A person with no country of their own takes that of the actor they serve: "Olena Marchenko, a spokeswoman
    for Volodymyr Zelensky" is Ukrainian, "an adviser to Emmanuel Macron" French."""
    if not any(actor.type == "person" and not actor.country and actor.named for actor in actors.values()):
        return actors
    spans = list(_mention_tokens(_view(doc), mentions))
    owner_of = token_owners(spans)
    for last, actor_id in ((end - 1, actor_id) for _, end, actor_id in spans):
        actor = actors[actor_id]
        if actor.type != "person" or actor.country or not actor.named:
            continue
        for prep in doc[last].rights:
            if prep.dep_ != "prep" or prep.lower_ not in SUPERIOR_PREPOSITIONS:
                continue
            served = [actors[owner_of[obj.i]] for obj in prep.children if obj.dep_ == "pobj" and obj.i in owner_of]
            served = [other for other in served if other.actor_id != actor_id and other.country]
            if served:
                actors[actor_id] = actor._replace(country=served[0].country)
                break
    return actors


# verbs after which "in <capital>" is where someone went, not where they work ("arrived in Beijing")
MOVEMENT_LEMMAS = {"arrive", "visit", "travel", "fly", "land", "reach", "come", "go", "return", "head", "leave",
                   "tour", "stop", "move", "send", "deploy", "meet", "hold", "attend", "host"}
CONTEXT_SECTORS = {"GOV", "MIL", "COP", "SPY"}
# the clauses a verb reports, which tell of what happened elsewhere
REPORTED_DEPS = {"ccomp", "parataxis"}  # not "xcomp": "threatened to impose a curfew in Algiers" is his own act
# a legislature, court or party named without its country ("the Senate", "the Supreme Electoral Tribunal", "the
# Reform Party") is the country's the story is about, as a state body is; its members are not (a titled
# legislator or judge from context lowered the events figures)
CONTEXT_BODY_SECTORS = {"LEG", "JUD", "PTY"}


def country_from_context(doc: Doc, actors: dict[str, Actor], mentions: list[Mention]) -> dict[str, Actor]:
    """A named official or government body with a title but no country of its own ("Foreign Secretary Vikram
    Rao", "the Foreign Ministry") takes the country of the capital where its clause happens ("told a briefing
    in New Delhi"), else that of the story's dateline ("ISLAMABAD (AFP) -"), else the one country its sentence
    is about, else the one country the story is about (``_story_country``). A person with no office takes the
    dateline's country only. Nothing is guessed without them."""
    first: dict[str, Span] = {}  # the first mention of each actor that needs a country
    for mention in mentions:
        if mention.entity_id not in first and _needs_context_country(actors[mention.entity_id]):
            span = doc.char_span(mention.start, mention.end)
            if span is not None:
                first[mention.entity_id] = span
    filed_in: str | None = None
    story: str | None = None
    others: dict[int, str] = {}  # tokens of the mentions of people with a country of their own, titles and all
    if first:
        others = {i: actor_id for start, end, actor_id in _mention_tokens(_view(doc), mentions)
                  if actors[actor_id].type == "person" and actors[actor_id].country for i in range(start, end)}
    for actor_id, span in first.items():
        actor = actors[actor_id]
        if _untitled_person(actor):
            # a person the story names with no title, office or body: the people a wire story quotes or names
            # where it was filed are mostly of that place (residents, local lawyers, witnesses)
            filed_in = filed_in if filed_in is not None else (dateline_country(_view(doc).text) or "")
            if filed_in:
                actors[actor_id] = actor._replace(country=filed_in)
            continue
        if _view(doc).lower[span.start] in POSSESSIVE_PRONOUNS:
            # "Turkmenistan has been quieter. Its president, X, raised the issue in Tashkent": "its" stands for
            # the country the sentence before is about, not for the capital where the official spoke
            # (whatever label NER gave the country's name there: "its" needs a thing, not a person, before it)
            code = _subject_country_before(span, any_label=True) or _capital_of_clause(span)
        else:
            code = _capital_of_clause(span) or _subject_country_before(span)
        if code is None:
            filed_in = filed_in if filed_in is not None else (dateline_country(_view(doc).text) or "")
            code = filed_in or _home_country_of_sentence(span, others)
        if code is None:
            story = story if story is not None else (_story_country(doc) or "")
            code = story or None
        if code is not None:
            actors[actor_id] = actor._replace(country=code)
    return actors


POSSESSIVE_PRONOUNS = {"its", "their"}
STORY_COUNTRY_MIN = 3  # mentions of a country that make it what the story is about, at twice any other's


def _story_country(doc: Doc) -> str | None:
    """The one country a story is about: named (as a country or a nationality) at least three times and twice as
    often as any other, as a story with no dateline tells where it happens ("Guatemala: ... in Guatemala City ...
    the Guatemalan people")."""
    counts: dict[str, int] = {}
    for ent in _view(doc).ents:
        if ent.label_ in {"GPE", "NORP"}:
            code = countries.country_code(ent.text)
            if code:
                counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < STORY_COUNTRY_MIN or len(ranked) > 1 and ranked[0] < 2 * ranked[1]:
        return None
    return max(counts, key=counts.get)


def _subject_country_before(span: Span, *, any_label: bool = False) -> str | None:
    """The country that is (or owns) the subject of the sentence right before the official's, in one paragraph,
    when the official's sentence opens with them: "Ecuador's government defended the raid. Foreign Minister X
    said ..." -- the story turns to a side, then lets its official speak."""
    sent = span.sent
    if span.start - sent.start > 1 or sent.start == 0:
        return None  # the official does not open the sentence ("Foreign Minister X", "The Foreign Minister X")
    doc = span.doc
    if "\n" in doc[sent.start - 1].whitespace_ or doc[sent.start - 1].is_space or doc[sent.start].is_space:
        return None  # a new paragraph
    before = doc[sent.start - 1].sent
    root = before.root
    subject = next((child for child in root.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    words = [t for t in subject.subtree if t.dep_ in {"poss", "amod", "compound"} or t.i == subject.i]
    codes = {countries.country_code(t.text) for t in words
             if t.ent_type_ in {"GPE", "NORP"} or any_label and t.pos_ == "PROPN"}
    codes.discard(None)
    return codes.pop() if len(codes) == 1 else None


def _untitled_person(actor: Actor) -> bool:
    """A person with no office: no title, or a civilian's ("a shopkeeper", "a resident")."""
    return actor.type == "person" and (actor.sector is None and actor.role is None or actor.sector == "CVL")


def _needs_context_country(actor: Actor) -> bool:
    if actor.country or not actor.named or actor.known:
        return False
    if _untitled_person(actor):
        return True
    if actor.sector in CONTEXT_BODY_SECTORS:
        return actor.type in {"government", "organization"}
    if actor.sector == "ELI" and actor.type == "person" and actor.role is not None:
        return True  # "former president Jorge Quiroga": a former office holder is of the story's country too
    if actor.sector not in CONTEXT_SECTORS:
        return False
    return actor.type == "person" and actor.role is not None or actor.type in {"government", "organization"}


def _capital_of_clause(span: Span) -> str | None:
    """The one capital named as "in <capital>" in the clause whose verb the span depends on."""
    verb = span.root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() in MOVEMENT_LEMMAS:
        return None
    # what the verb reports happened elsewhere is no part of its clause ("X said Mexico would sue over a raid on
    # its embassy in Quito": X spoke in Mexico)
    reported = {t.i for child in verb.children if child.dep_ in REPORTED_DEPS for t in child.subtree}
    codes = {countries.capital_code(obj.text) for prep in verb.subtree if prep.dep_ == "prep" and prep.lower_ == "in"
             and prep.i not in reported for obj in prep.children if obj.dep_ == "pobj"}
    codes |= {countries.capital_code(ent.text) for ent in _view(span.doc).ents
              if ent.label_ == "GPE" and verb.left_edge.i <= ent.start and ent.end <= verb.right_edge.i + 1
              and ent.start > 0 and span.doc[ent.start - 1].lower_ == "in" and ent.start - 1 not in reported}
    codes.discard(None)
    return codes.pop() if len(codes) == 1 else None


# a country the sentence is about owns something in it ("Bolivia's new cabinet", "the Bolivian army"); one that
# a preposition or a verb governs is where one goes or what one acts on ("flew to Kenya", "drills near Russia")
OWNER_DEPS = {"poss", "amod", "compound", "nmod"}
# verbs by which a country puts its own forces to work: their subject owns their object ("Mexico sent the Guard")
DEPLOY_VERBS_FILE = "actor_deploy_verbs.txt"
# an official's country is not one their act is aimed at: a name under these is someone else's
AIMED_AT_DEPS = {"dobj", "dative", "iobj"}
AIMED_AT_PREPS = {"against", "with", "toward", "towards", "on", "at", "over", "from", "into"}


def _home_country_of_sentence(span: Span, others: dict[int, str]) -> str | None:
    """The one country the official's sentence names (by name or demonym) as the owner of something, outside the
    official's own words and outside what they act on ("General Ruiz quit so that Bolivia's new cabinet could take
    office"), or as the subject that sends or deploys the official's body ("Mexico would send members of the
    National Guard"): an official whose country goes unsaid serves the one the sentence is about. A country one travels
    to or acts on says nothing of one's own ("flew to Kenya", "praised Brazil's role"), nor does one in another
    person's title, whose own country it is ("Foreign Minister Sugiono and Malaysian Foreign Minister Mohamad
    Hasan": ``others``, the tokens of people's mentions that have a country)."""
    codes: set[str] = set()
    verb = span.root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    for ent in span.sent.ents:
        if ent.label_ not in {"GPE", "NORP"} or span.start <= ent.start < span.end or ent.start in others or not (
                ent.root.dep_ in OWNER_DEPS and not _aimed_at(ent.root, verb) or _deploys(ent.root, verb)):
            continue
        code = countries.country_code(ent.text)  # a country, not a city one may only be visiting ("met X in Cairo")
        if code is not None:
            codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def _deploys(token: Token, verb: Token) -> bool:
    """Whether a country is the subject of a verb that puts its own forces to work, whose object holds the
    official ("Mexico would send 10,000 members of the National Guard")."""
    return (token.dep_ == "nsubj" and token.head.i == verb.i
            and verb.lemma_.lower() in read_words(DEPLOY_VERBS_FILE))


def _aimed_at(token: Token, verb: Token) -> bool:
    """A name that acts itself in another clause than the official's ``verb`` ("said Peru would retaliate";
    "Mexico will send members of the Guard" names the Guard's country) or lies inside an object or an
    "against/with ..." phrase of the nearest verb above it."""
    if token.dep_ in {"nsubj", "nsubjpass"} and token.head.i != verb.i:
        return True
    while token.head.i != token.i and token.pos_ not in {"VERB", "AUX"}:
        if token.dep_ in AIMED_AT_DEPS or token.dep_ == "pobj" and token.head.lower_ in AIMED_AT_PREPS:
            return True
        token = token.head
    return False


def dateline_country(text: str) -> str | None:
    """The country of the one place a wire story is filed from ("TOKYO, Aug. 24 (Kyodo) --" -> JPN), the dateline
    opening the text or following its title line; none for a dateline naming two places ("KINSHASA/KIGALI")."""
    dateline = find_dateline(text)
    if dateline is None or "/" in dateline.place:
        return None
    place = dateline.place.title() if dateline.place.isupper() else dateline.place
    # a country after the place settles a shared name ("HYDERABAD, Pakistan")
    return countries.country_name_code(dateline.region) or countries.capital_code(place) or city_country(place)


def country_from_unnamed_role(actors: dict[str, Actor]) -> dict[str, Actor]:
    """A named official with a role but no country takes the country of the one unnamed official of that role the
    story gives a country ("Seoul summons Russian ambassador" as a headline, then "called in Ambassador Georgy
    Zinoviev"): the story speaks of one ambassador. Not when two named people hold the role, or two countries'
    unnamed holders are spoken of."""
    unnamed: dict[str, set[str]] = {}
    named: dict[str, list[str]] = {}
    for actor in actors.values():
        if actor.type != "person" or not actor.role:
            continue
        role = actor.role.replace("-", " ")
        if actor.named:
            named.setdefault(role, []).append(actor.actor_id)
        elif actor.country:
            unnamed.setdefault(role, set()).add(actor.country)
    for role, holders in named.items():
        codes = unnamed.get(role, set())
        if len(holders) == 1 and len(codes) == 1 and not actors[holders[0]].country \
                and not actors[holders[0]].known:
            actors[holders[0]] = actors[holders[0]]._replace(country=next(iter(codes)))
    return actors
