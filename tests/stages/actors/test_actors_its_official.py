"""An official introduced by "its"/"their" ("Its foreign minister, X,") is of the country the sentence before is
about, not of the capital where the official spoke (``pipeline.stages.actors.context_countries``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 2)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Paraguay has said little about the dispute. Its foreign minister, Ruben Acosta, raised it at a meeting of "
         "regional ministers in Brasilia on Monday.", "Ruben Acosta", "PRY"),
        ("Armenia rejected the proposal on Monday. Its prime minister, Davit Sargsyan, said in Brussels that talks "
         "must go on.", "Davit Sargsyan", "ARM"),
        # without "its" the capital of the clause still speaks for an official the text gives no country
        ("Foreign Minister Ruben Acosta said in Brasilia that talks must go on.", "Ruben Acosta", "BRA"),
    ],
)
def test_actors_its_official_takes_the_country_before(run_actors, text, name, country):
    doc = run_actors(text, published=PUBLISHED)
    assert [a.country for a in doc._.actors if a.name == name] == [country]
