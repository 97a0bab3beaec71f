"""The events stage as a component: party actors it adds, rows it yields (pipeline.stages.events)."""
from __future__ import annotations

from pipeline.output.schema import TABLES

from events_stage_docs import _stage_on


def test_events_party_actor_created_only_for_named_or_national_groups(base_nlp):
    doc = _stage_on(base_nlp, "Iraqi troops attacked the rebels.", create_party_actors=True)
    assert [(a.name, a.country) for a in doc._.actors] == [("Iraqi troops", "IRQ")]
    assert [m.text for m in doc._.actor_mentions] == ["Iraqi troops"]


def test_events_without_party_actors_adds_no_actors_and_keeps_countries(base_nlp):
    doc = _stage_on(base_nlp, "Iraqi troops attacked the rebels.")
    assert doc._.actors is None and doc._.actor_mentions is None
    assert [(e.type, e.source_ids, e.source_countries) for e in doc._.events] == [("ASSAULT", [], ["IRQ"])]


def test_events_full_pipeline_rows_fit_schema(run_stage):
    from pipeline.output.rows import doc_rows

    doc = run_stage("Russia and Ukraine agreed on Friday to exchange prisoners in Istanbul.")
    rows = doc_rows(doc, "t1")["events"]
    assert rows and set(rows[0]) == set(TABLES["events"].names)
