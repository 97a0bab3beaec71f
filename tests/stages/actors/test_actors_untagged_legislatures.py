"""A legislature named by its own name that NER left untagged is an actor of its country
(``pipeline.stages.actors.legislature_names.untagged_legislatures``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 5, 20)


def _named(doc):
    return sorted((a.name, a.country, a.sector) for a in doc._.actors if a.named)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Polish Sejm passed the amendment late on Friday.", ("Sejm", "POL", "LEG")),
        ("The Estonian Riigikogu voted on Wednesday to cut the tax.", ("Riigikogu", "EST", "LEG")),
        ("The Finnish Eduskunta approved the border law on Tuesday.", ("Eduskunta", "FIN", "LEG")),
        ("The Danish Folketing approved the deal on Thursday.", ("Folketing", "DNK", "LEG")),
    ],
)
def test_actors_untagged_legislature_is_actor(run_actors, text, actor):
    doc = run_actors(text, published=PUBLISHED)
    assert actor in _named(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The Polish delegation passed the amendment late on Friday.",  # no legislature's name
        "Riga is the capital, and lawmakers met there.",  # a place the base does not know as a legislature
    ],
)
def test_actors_no_legislature_name_no_actor(run_actors, text):
    doc = run_actors(text, published=PUBLISHED)
    assert not [a for a in doc._.actors if a.named and a.sector == "LEG"]
