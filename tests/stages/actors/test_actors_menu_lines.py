"""A web page's menu or share bar names no actors (``pipeline.stages.actors.candidates.actor_candidates``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 4, 10)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Home | World | Business | Opinion\nVarnia and Korvania agree to reopen the border\nThe two governments "
         "signed the deal on Monday.", "Business"),
        ("The two governments signed the deal on Monday.\nShare this article: Facebook | Twitter | WhatsApp",
         "Twitter"),
        ("The two governments signed the deal on Monday.\nShare this article: Facebook | Twitter | WhatsApp",
         "WhatsApp"),
        # a breadcrumb trail
        ("Home > Americas > Trade Policy\nVarnia and Korvania agree to reopen the border\nThe two governments "
         "signed the deal on Monday.", "Trade Policy"),
        ("News » World » Business Desk\nThe two governments signed the deal on Monday.", "Business Desk"),
    ],
)
def test_actors_menu_names_are_no_actors(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    assert not [a.name for a in doc._.actors if name in a.name]


def test_actors_names_in_text_after_a_menu_stay(run_actors):
    text = "Home | World | Politics\nForeign Minister Aris Tovel met Ana Ruiz of Varnia Airways in Lima."
    doc = run_actors(text, published=PUBLISHED)
    assert "Aris Tovel" in [a.name for a in doc._.actors]
