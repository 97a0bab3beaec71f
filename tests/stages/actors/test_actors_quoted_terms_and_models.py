"""A name alone inside quotation marks is a quoted term, title or nickname ("the 'Blue Pacific' plan"), and a model
designation that modifies a noun for a thing is a model ("KF-16 fighter jets"): no actors
(``pipeline.stages.actors.non_actor_names``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leaders backed the 'Blue Pacific' plan on Friday.", []),
        ("Officials called the operation 'Sentinel' a success.", []),
        ("The deal, nicknamed 'Kumul' by officials, was signed on Monday.", []),
        ("Two South Korean air force KF-16 fighter jets dropped bombs on a village.", []),
        # a person named outside quotation marks is a person
        ("'We are ready,' said Mele Taufa, the minister.", ["Mele Taufa"]),
    ],
)
def test_actors_quoted_terms_and_models_are_no_actors(run_actors, text, expected):
    doc = run_actors(text, published=PUBLISHED)
    assert [a.name for a in doc._.actors if a.named] == expected
