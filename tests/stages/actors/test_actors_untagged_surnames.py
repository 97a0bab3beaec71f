"""A person's surname NER left untagged later in the article is a mention of that person
(``untagged_surnames``); not a word two people of the article end their names with, nor one inside another name,
nor one that names a place."""
from __future__ import annotations

import pytest
from spacy.tokens import Span


def _run(base_nlp, text, names):
    """The actors stage over ``text`` with NER's entities set to the given person names (first occurrences)."""
    from pipeline.stages.actors import ActorStage

    doc = base_nlp(text)
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label="PERSON") for name in names]
    return ActorStage(base_nlp)(doc)


def _mentions_of(doc, name):
    actor = next(a for a in doc._.actors if a.name == name)
    return [m.text for m in doc._.actor_mentions if m.entity_id == actor.actor_id]


@pytest.mark.parametrize(
    ("text", "names", "person", "mentions"),
    [
        ("Foreign Minister Tavi Mbeko met the envoy on Friday. Later, Mbeko told reporters the deal would hold.",
         ["Tavi Mbeko"], "Tavi Mbeko", ["Foreign Minister Tavi Mbeko", "Mbeko"]),
        # two people ending their names with the same word: neither
        ("Tavi Mbeko met Ana Mbeko on Friday. Later, Mbeko told reporters the deal would hold.",
         ["Tavi Mbeko", "Ana Mbeko"], "Tavi Mbeko", ["Tavi Mbeko"]),
        # inside another name: no mention of the person
        ("Tavi Mbeko met the envoy on Friday. Later, Joseph Mbeko Otieno told reporters the deal would hold.",
         ["Tavi Mbeko"], "Tavi Mbeko", ["Tavi Mbeko"]),
    ],
)
def test_actors_untagged_surname(base_nlp, text, names, person, mentions):
    assert _mentions_of(_run(base_nlp, text, names), person) == mentions


def test_actors_untagged_surname_that_names_a_place_is_no_mention(base_nlp):
    doc = _run(base_nlp, "Ana Jordan met the envoy on Friday. Later, Jordan said the deal would hold.", ["Ana Jordan"])
    assert _mentions_of(doc, "Ana Jordan") == ["Ana Jordan"]
