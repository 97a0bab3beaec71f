"""A dictionary body's name that ends a longer name opened by another proper noun is a namesake, not that body
(``pipeline.stages.actors.candidates._inside_longer_name``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 11, 28)


def _named(doc):
    return sorted((a.name, a.country) for a in doc._.actors if a.named)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The treaty must now be ratified by Uzbekistan's Oliy Majlis.", ("Oliy Majlis", "UZB")),
        ("Azerbaijan's Milli Majlis approved the deal.", ("Milli Majlis", "AZE")),
        ("Turkmenistan's Milli Majlis approved the deal.", ("Milli Majlis", "TKM")),
    ],
)
def test_actors_longer_name_is_namesake(run_actors, text, actor):
    doc = run_actors(text, published=PUBLISHED)
    assert actor in _named(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The Iranian Majlis approved the bill on Sunday.",  # a nationality word opens no other name
        "Iran's Majlis approved the bill on Sunday.",
        "Lawmakers in the Majlis approved the bill on Sunday.",
    ],
)
def test_actors_dictionary_body_after_nationality_stays(run_actors, text):
    doc = run_actors(text, published=PUBLISHED)
    assert [country for _, country in _named(doc)] == ["IRN"]
