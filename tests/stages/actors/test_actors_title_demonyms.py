"""A country word in another actor's title is that actor's, not the sentence's
(``pipeline.stages.actors.context_countries._home_country_of_sentence``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 7, 15)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Foreign Minister Aris Tovel and Malaysian Foreign Minister Mohamad Hasan signed a memorandum on Tuesday.",
         "Aris Tovel", None),
        ("Defence Minister Lina Karvo and her Estonian counterpart Hanno Pevkur signed a memorandum on Friday.",
         "Lina Karvo", None),
        ("Interior Minister Aris Tovel quit so that Bolivia's new cabinet could take office.", "Aris Tovel", "BOL"),
    ],
)
def test_actors_title_demonym_is_its_holders(run_actors, text, name, country):
    doc = run_actors(text, published=PUBLISHED)
    assert [a.country for a in doc._.actors if a.name == name] == [country]
