"""The extractor: the events of a parsed Doc, sentence by sentence, one per distinct (type, parties, modality),
dated by the story's day or the sentence before when they name none, and numbered."""
from __future__ import annotations

import bisect
import re
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from pipeline.records import Event
from pipeline.stages.events.attachment import (ATTACK_TYPES, dateline_place, in_lead, reported_as_past,
                                               said_in_the_past, story_day, story_scene)
from pipeline.stages.events.codes import _CODES_KEY
from pipeline.stages.events.coding import code_event
from pipeline.stages.events.lexicon import plover_types, quad_class
from pipeline.stages.events.merging import (attackers_of, doers_of_told_act, is_retaliation, placed_at_meetings,
                                            referred_parties, refers_back, same_attack, speaker_before, split_calls,
                                            summed_up_doers, told_before)
from pipeline.stages.events.parties import Party, PartyIndex
from pipeline.stages.events.related_links import in_related_links, related_link_spans
from pipeline.stages.events.selection import find_triggers
from pipeline.stages.events.syntax import anchor_of
from pipeline.stages.events.triggers import trigger_candidates
from pipeline.stages.extensions import doc_text, doc_tokens

# reactions whose object can be an earlier event of the story ("welcomed the decision", "rejected the demand")
REACTION_TYPES = frozenset({"SUPPORT", "REJECT", "ACCUSE", "PROTEST"})
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


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
    lead_place = dateline_place(doc) if parties.dateline_end else None
    sents = list(doc.sents)
    day = story_day(doc)
    tokens = doc_tokens(doc)
    candidates = trigger_candidates(doc)
    doc.user_data[_CODES_KEY] = {}
    related = related_link_spans(doc_text(doc))  # "Related: <headline>": other stories' news
    for number, sent in enumerate(sents):
        if previous is not None and number - 1 in days and PARAGRAPH_BREAK.search(
                doc_text(doc)[previous.start_char:sent.start_char]):
            del days[number - 1]  # a new paragraph does not go on with the day the last one ended on
        previous = sent
        in_sent = [tokens[i] for i in candidates[bisect.bisect_left(candidates, sent.start):
                                                 bisect.bisect_left(candidates, sent.end)]]
        if related:
            in_sent = [token for token in in_sent if not in_related_links(related, token.idx)]
        triggers = find_triggers(sent, candidates=in_sent) if in_sent else []
        triggers = [t for t in triggers if not refers_back(t.token, events)]
        coded_events = ((t, c) for t in triggers for c in split_calls(t, code_event(t, sent, parties)))
        if require_party:
            coded_events = side_events_last(doc, coded_events)
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
                # else happened there that day: "Wang blamed Washington" in Beijing too; the lead's news (its
                # first two sentences) happened where the story was filed ("BRUSSELS - EU leaders agreed ...
                # The leaders also granted ..."), save an attack, which happens where it falls
                place_id = scene or (lead_place if in_lead(sent, sents) and rule.type not in ATTACK_TYPES else None)
            if not target and rule.type in REACTION_TYPES:
                target = (referred_parties(anchor, events, source) or doers_of_told_act(anchor, parties, source)
                          or speaker_before(anchor, parties, source) or summed_up_doers(anchor, events, source))
            if not target and is_retaliation(anchor):
                target = attackers_of(source, events)
            if "directed" in rule.flags and not any(p.countries or p.ids for p in target):
                continue  # "expressed fears of a wider war": a feeling aimed at no party is no interaction
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
                if known is None:
                    known = same_attack(trigger.token, rule.type, source_countries, target_countries, events, sent)
                if known is not None:
                    index_of[key] = known
            if key in index_of and another_stance(trigger.token, events[index_of[key]], lemmas[index_of[key]], sent):
                del index_of[key]  # told as an act of its own: later retellings go with it
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


def another_stance(token: Token, first: Event, first_lemma: str, sent: Span) -> bool:
    """A reaction told by another verb in a later sentence is another act of the same parties ("China called the
    discharge selfish ... Beijing summoned Japan's ambassador"): not the first one retold, as "the criticism" is."""
    if first.type not in REACTION_TYPES or token.pos_ != "VERB" or token.lemma_.lower() == first_lemma or (
            first.sentence_start == sent.start_char):
        return False
    said = token.doc.char_span(first.trigger_start, first.trigger_end)
    return said is not None and said.root.pos_ == "VERB"


def side_events_last(doc: Doc, coded_events: Iterator[tuple]) -> Iterator[tuple]:
    """A sentence's coded events, holding back those done by no one named to a party of no country and no name
    ("the embassy was attacked, and Peru recalled its envoy"): they are a side of the sentence's news when another
    event there has a country, and are yielded (last) only when none has; a people stays a party ("the Kurds")."""
    held = []
    any_country = False
    for trigger, coded in coded_events:
        any_country = any_country or any(p.countries for p in (*coded.source, *coded.target))
        if not coded.source and not any(p.countries or p.ids or names_a_people(doc, p) for p in coded.target):
            held.append((trigger, coded))
        else:
            yield trigger, coded
    if not any_country:
        yield from held


def names_a_people(doc: Doc, party: Party) -> bool:
    """A party phrase naming a people, not a state ("the Kurdish population", "Rohingya refugees"): a NORP word."""
    span = doc.char_span(party.start, party.end, alignment_mode="expand")
    return span is not None and any(token.ent_type_ == "NORP" for token in span)
