"""A weak body word with nothing but a country before it ("Armenian society", "the Iranian agency") names a people
or a sphere, or points back to a body, and is no named actor; a body word that is not weak stays named ("Kenya's
foreign ministry")."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 26)


def _named(doc):
    return [a.name for a in doc._.actors if a.named]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The vote reflected the hopes of Moldovan society, the envoy said.", "society"),
        ("Georgian society is deeply divided over the law, analysts say.", "society"),
        ("The Iranian agency said the test had succeeded.", "agency"),
    ],
)
def test_actors_weak_head_after_a_country_is_no_named_body(run_actors, text, word):
    assert not [name for name in _named(run_actors(text, published=PUBLISHED)) if word in name]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kenya's foreign ministry said the envoy had been summoned.", "ministry"),
        ("Kenya's election commission said turnout was high.", "commission"),
    ],
)
def test_actors_body_word_after_a_country_stays_named(run_actors, text, word):
    assert [name for name in _named(run_actors(text, published=PUBLISHED)) if word in name]
