"""A role set before a name between commas names the body in it, an actor besides the person, as a title before
the name does, also for a person the knowledge base knows ("Iran's foreign ministry spokesman, Esmaeil Baghaei,":
the foreign ministry; ``candidates._candidates``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 4, 17)


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        ("Russia's foreign ministry spokeswoman, Maria Zakharova, dismissed the summit as theatre.",
         "Russia's foreign ministry", "RUS"),
        ("Iran's foreign ministry spokesman, Esmaeil Baghaei, called the sanctions unlawful on Tuesday.",
         "Iran's foreign ministry", "IRN"),
    ],
)
def test_actors_body_in_an_appositive_role(run_actors, text, body, country):
    doc = run_actors(text, published=PUBLISHED)
    assert [(a.name, a.country) for a in doc._.actors if a.type != "person" and a.named] == [(body, country)]


def test_actors_bare_appositive_title_names_no_body(run_actors):
    doc = run_actors("Turkey's foreign minister, Hakan Fidan, said the talks were useful.", published=PUBLISHED)
    assert not [a for a in doc._.actors if a.type != "person" and a.named]
