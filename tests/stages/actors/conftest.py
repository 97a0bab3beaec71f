"""Fixtures of the actors stage's tests: the base model followed by the actors stage alone."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.actors import ActorStage


@pytest.fixture(scope="module")
def run_actors(base_nlp):
    """The base model followed by the actors stage alone (later stages may add actors of their own)."""
    stage = ActorStage(base_nlp)

    def _run(text: str, published: dt.date | None = dt.date(2025, 1, 15)):
        doc = base_nlp.make_doc(text)
        doc._.published = published
        for _, component in base_nlp.pipeline:
            doc = component(doc)
        return stage(doc)

    return _run
