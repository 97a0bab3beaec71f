"""Events stage: who did what to whom, where and when, coded as PLOVER events from triggers and the parse.

A trigger lexicon (models/en/event_triggers.tsv, and the nouns of the CAMEO dictionary's "express X" patterns in
event_lexicon_cameo.tsv) finds event words; the dependency parse gives their parties
(subject, object, passive agent, "between X and Y", "X's meeting with Y"), which are linked to the actors and
places found by earlier stages. Modality comes from auxiliaries, negation and governing verbs ("plans to",
"refused to"); said_by from the quote or reporting verb ("Peskov said ...") the event sits in.

Reads doc._.actors, actor_mentions, places, place_mentions, dates, quotes and published; writes doc._.events
(and adds party actors and whole-phrase mentions to doc._.actors / actor_mentions).

Modules, in layers: lexicon (word lists from models/) -> syntax (parse helpers and repairs, the dateline) ->
codes (country/IGO codes of words) -> phrases (party phrase shapes, pronouns, pair phrases) -> parties
(PartyIndex: phrases to actors and countries) -> triggers (trigger words and rules) -> selection (which triggers
are events) -> arguments (party heads around a trigger) -> modality (modality, said_by) -> attachment (place and
date) -> coding (one trigger to a CodedEvent) -> merging (retold, split and referred-back events) -> extraction
(extract_events over a Doc) -> here, the spaCy component.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.records import Event
from pipeline.stages.events.extraction import extract_events
from pipeline.stages.events.parties import PartyIndex


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
