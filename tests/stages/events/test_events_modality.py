"""Modality and said_by (pipeline.stages.events.modality)."""
from __future__ import annotations

import pytest

from events_stage_docs import _stage_on


def test_events_said_by_reporting_speaker(code):
    doc = code("Dmitry Peskov said Russia would attack Ukraine.")
    (event,) = doc._.events
    speaker = {actor.actor_id: actor.name for actor in doc._.actors}[event.said_by]
    assert (event.type, event.source_countries, speaker) == ("ASSAULT", ["RUS"], "Dmitry Peskov")


@pytest.mark.parametrize("text, expected", [
    ("According to Ukrainian officials, Russia attacked Kharkiv on Monday.", [("ASSAULT", "Ukrainian officials")]),
    ("Russia attacked Kharkiv, according to reports. Turkey, according to Ankara, condemned the attack.",
     [("ASSAULT", None), ("ACCUSE", "Ankara")]),  # the source of another sentence is not this one's
])
def test_events_said_by_according_to(code, text, expected):
    doc = code(text)
    names = {actor.actor_id: actor.name for actor in doc._.actors}
    assert [(event.type, names.get(event.said_by)) for event in doc._.events] == expected


def test_events_said_by_quote_speaker(base_nlp):
    from pipeline.records import Actor, Mention, Quote

    text = 'Ivanov said: "Russia will attack Ukraine."'
    start = text.index("Russia")
    doc = _stage_on(base_nlp, text, actors=[Actor("a1", "Ivanov", "person")],
                    actor_mentions=[Mention("a1", "actor", "Ivanov", 0, 6)],
                    quotes=[Quote("q1", "Russia will attack Ukraine.", start, len(text) - 1, True, "Ivanov", "a1")])
    assert [(e.type, e.modality, e.said_by) for e in doc._.events] == [("ASSAULT", "planned", "a1")]


@pytest.mark.parametrize("text, expected", [
    # a second verb sharing the first one's subject shares its auxiliary or governing verb
    ("Ottawa said it would expel the Russian ambassador and deploy troops to the border.",
     [("SANCTION", "planned"), ("MOBILIZE", "planned")]),
    ("Armenia refused to meet Azerbaijani officials or sign the peace treaty.",
     [("CONSULT", "negated"), ("AGREE", "negated")]),
    # ... but not a verb with a subject of its own
    ("Chile will host the summit and Peru hosted the talks.", [("CONSULT", "planned"), ("CONSULT", "asserted")]),
])
def test_events_modality_of_a_joined_verb(code, text, expected):
    assert [(event.type, event.modality) for event in code(text)._.events] == expected
