"""A lone family name joins the full name it opens when the name is written as Korean names are romanised (family
name first, hyphenated given name), even before the text has given the person a country
(``pipeline.stages.actors.name_order.korean_shaped``); an Arabic name with a hyphenated article is not so read."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 4)


def _people(doc):
    return sorted(a.name for a in doc._.actors if a.type == "person")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ('Deputy Minister Park Sung-ho called in the envoy. "We protest," Park told him.', ["Park Sung-ho"]),
        ("Lee Jin-sook, a lawmaker, met reporters in the morning. Lee said the vote would be close.",
         ["Lee Jin-sook"]),
    ],
)
def test_actors_korean_family_name_joins_full_name(run_actors, text, people):
    assert _people(run_actors(text, published=PUBLISHED)) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # "al-" opens an Arabic family name: the given name alone is another matter
        ("Omar al-Rashidi met the envoy on Monday. Omar said little.", ["Omar", "Omar al-Rashidi"]),
    ],
)
def test_actors_arabic_hyphenated_names_are_not_family_name_first(run_actors, text, people):
    assert _people(run_actors(text, published=PUBLISHED)) == people
