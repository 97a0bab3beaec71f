"""Legislatures by their own names, from the shipped knowledge base (EveryPolitician's chambers): a chamber only
one country has gives its country and sector LEG; a name several countries' chambers bear ("National Assembly")
takes the one of those countries the article names, else none. Sentences written for these tests."""
from __future__ import annotations

import pytest

from pipeline.knowledge.actor_kb import actor_kb
from pipeline.stages.actors import known_names

pytestmark = pytest.mark.model


@pytest.fixture(autouse=True)
def shipped_kb(monkeypatch):
    monkeypatch.setattr(known_names, "actor_kb", actor_kb)
    known_names._matches.cache_clear()
    yield
    known_names._matches.cache_clear()


@pytest.mark.parametrize(
    "text, name, country, sector",
    [
        ("The Saeima voted on Tuesday to extend the mandate of the border guard.", "Saeima", "LVA", "LEG"),
        ("The Sejm passed the amendment by a wide margin on Friday.", "Sejm", "POL", "LEG"),
        ("Members of the Storting approved the budget late on Wednesday.", "Storting", "NOR", "LEG"),
        # a name the chambers of several countries bear: no country unless the article names one of them
        ("The National Assembly voted on Tuesday to approve the new cabinet.", "National Assembly", None, "LEG"),
        ("In Armenia, the National Assembly voted on Tuesday to approve the new cabinet.", "National Assembly",
         "ARM", "LEG"),
    ],
)
def test_actors_legislatures_by_their_own_names(run_actors, text, name, country, sector):
    actor = next(actor for actor in run_actors(text)._.actors if actor.name == name)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize("name", ["National Assembly", "House of Representatives", "Senate", "Parliament",
                                  "States"])
def test_actors_legislatures_shared_names_stay_open(name):
    assert len(actor_kb().countries_of(name)) > 1


@pytest.mark.parametrize(
    "text, label, name, country",
    [
        # NER took a legislature the base knows for a person, a place or a thing: the legislature
        ("The Riksdag rejected the proposal after a long debate.", "PERSON", "Riksdag", "SWE"),
        ("The Eduskunta will debate the treaty next week.", "GPE", "Eduskunta", "FIN"),
        ("The Riigikogu issued a statement on Monday.", "LOC", "Riigikogu", "EST"),
        # ... but a place stays a place, and a name the base does not know stays what NER said
        ("Finland said on Monday it would answer the letter.", "GPE", "Finland", None),
        ("The Nordlandting issued a statement on Monday.", "GPE", "Nordlandting", None),
    ],
)
def test_actors_legislatures_tagged_as_something_else(base_nlp, text, label, name, country):
    import datetime as dt

    from spacy.tokens import Span

    from pipeline.stages.actors import ActorStage

    doc = base_nlp(text)
    start = 1 if text.startswith("The ") else 0
    doc.ents = [Span(doc, start, start + 1, label=label)]
    doc._.published = dt.date(2025, 1, 15)
    doc = ActorStage(base_nlp)(doc)
    found = [actor for actor in doc._.actors if actor.name == name]
    if country is None:
        assert not found
    else:
        assert [(actor.type, actor.country, actor.sector) for actor in found] == [("organization", country, "LEG")]
