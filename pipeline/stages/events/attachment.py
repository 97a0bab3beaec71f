"""Where and when an event happened: the place of its own clause (a venue, a visit's or a delivery's
destination, a town attacked), of its subject or a "where" clause, of the story's dateline and scene; the date of
its clause, of the story's day, and whether it is told as past news."""
from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from pipeline.knowledge import countries
from pipeline.records import DateExpr, Mention, Place
from pipeline.stages.datelines import find_dateline
from pipeline.stages.events.lexicon import report_verbs, send_words, trigger_rules, visit_words
from pipeline.stages.events.syntax import (CLAUSE_DEPS, DATE_ENTS, TIME_PREPS, clause_of, dateline_end,
                                           is_scene_clause, pobjs, report_clause, subject_of)
from pipeline.stages.extensions import doc_text, doc_tokens

DATE_TYPES = frozenset({"DATE", "TIME"})
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "across", "around"})
VISIT_PREPS = frozenset({"to"})  # "a visit to Turkey" happens in Turkey
DELIVERY_TYPES = frozenset({"MOBILIZE", "AID"})  # "sent troops to X", "delivered aid to X" happen in X
WITHDRAWAL_PREPS = frozenset({"from"})  # "pulled back from the border town" happens in that town
ATTACK_TYPES = frozenset({"ASSAULT", "COERCE"})
# events made in words (statements, agreements), whose object can be far from where they are made
ABOUT_TYPES = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
ATTACKED_PREPS = frozenset({"on", "against"})  # "strikes on X", "an offensive against X": what is hit
GATHERING_PREPS = frozenset({"at", "on", "during"})  # "at a summit in X", "on a visit to X": an event's occasion


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
        if token.dep_ in {"prep", "dative"} and (token.lower_ in preps or is_visit_destination(token)) and (
                frame is None or token.head.i in frame):
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
    return frame | {pobj.i for token in clause if token.dep_ == "prep" and token.head.i in frame
                    for pobj in pobjs(token) if token.lower_ in TIME_PREPS or is_gathering_frame(token, pobj)}


def is_gathering_frame(prep: Token, noun: Token) -> bool:
    """"At a summit in Brussels, EU leaders agreed ...", "on a visit to Madrid": a meeting or a trip the event took
    place at, whose own place phrase places the event."""
    return prep.lower_ in GATHERING_PREPS and (noun.lemma_.lower() in visit_words() or any(
        rule.type == "CONSULT" and rule.pos == "NOUN" for rule in trigger_rules().get(noun.lemma_.lower(), ())))


def is_visit_destination(prep: Token) -> bool:
    """"during a visit to Beijing", "on a trip to Madrid": where a trip goes is where what is done on it happens (not
    what is done before or after it: "could talk by phone before Putin's visit to Turkey")."""
    trip = prep.head
    return prep.lower_ in VISIT_PREPS and trip.lemma_.lower() in visit_words() and trip.dep_ == "pobj" and (
        trip.head.lower_ in GATHERING_PREPS)


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
                # "Peru's president, on a visit to Madrid, signed ...": where the subject's trip or meeting is
                occasions = [pobj for pobj in pobjs(prep) if is_gathering_frame(prep, pobj)] if prep.dep_ == "prep" \
                    else []
                found = [m for occasion in occasions for inner in occasion.children if inner.dep_ == "prep" and (
                         inner.lower_ in PLACE_PREPS or is_visit_destination(inner))
                         for pobj in pobjs(inner) for m, _ in phrase_mentions(pobj, doc)]
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
            return found[0].value.split("T", 1)[0]  # a time's day ("last night" 2025-03-13TNI): 2025-03-13
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
