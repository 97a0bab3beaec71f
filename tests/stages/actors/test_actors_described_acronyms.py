"""A body's name after lower-case words that describe it ("the state-run National News Agency") leaves them out,
and an acronym no entity holds set right after a description of a body is its name ("the Emirati state news
agency WAM") (``pipeline.stages.actors.agent_phrases``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 2)


def _named(doc):
    return [(a.name, a.country) for a in doc._.actors if a.named]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling hit the village, according to the state-run National News Agency.",
         ("National News Agency", None)),
        ("The Emirati state news agency WAM reported that the minister had called.", ("WAM", "ARE")),
        ("The Iraqi state news agency INA reported that the premier had visited Basra.", ("INA", "IRQ")),
    ],
)
def test_actors_described_body_keeps_its_own_name(run_actors, text, expected):
    doc = run_actors(text, published=PUBLISHED)
    assert expected in _named(doc)


@pytest.mark.parametrize(
    "text",
    [
        # an acronym the description does not modify, or that NER took for a place, is no such name
        "The news agency said on Monday that NATO troops had left.",
        "The state news agency said the ministers met in the UAE on Monday.",
    ],
)
def test_actors_acronym_not_described_is_not_taken(run_actors, text):
    doc = run_actors(text, published=PUBLISHED)
    assert not [name for name, _ in _named(doc) if name in {"NATO troops", "UAE", "Monday"}]
