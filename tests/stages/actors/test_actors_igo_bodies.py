"""A body of an international organisation is IGO, whatever a word of its name says in a country's body
(``pipeline.stages.actors.ner_names``: "union" LAB, "authority" GOV)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 3)


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("The African Union Transition Mission in Somalia would continue to support the army.",
         "African Union Transition Mission", "IGO"),
        ("The Intergovernmental Authority on Development (IGAD), which mediated the talks, welcomed the deal.",
         "Intergovernmental Authority on Development", "IGO"),
        ("The Kenya Ports Authority raised its fees on Monday.", "Kenya Ports Authority", "GOV"),
    ],
)
def test_actors_igo_body_sector(run_actors, text, name, sector):
    doc = run_actors(text, published=PUBLISHED)
    assert [a.sector for a in doc._.actors if a.name == name] == [sector]
