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
