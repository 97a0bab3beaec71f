"""Faster forward passes for the base model's maxout and layer-normalisation layers when they only predict.

thinc's maxout layer keeps, for every output, which of its pieces was largest, so that training can
send the gradient back to it; it finds both with one C loop over every output and piece, about a fifth
of a token-to-vector layer's time. Predicting needs only the largest value, which numpy takes piece by
piece over whole arrays (``numpy.maximum``) several times faster.

thinc's layer normalisation computes each row's mean twice (once for the mean, once inside numpy's
variance) and makes a new array at every step; for prediction the steps numpy's ``var`` takes are run
once, in place.

Both give the same floats as thinc's (a maximum is exact; the normalisation runs the same operations on
the same values, in the same order), so tags, parses and entities do not change; a training pass
(``is_train``) still runs thinc's own forward, whose backward pass needs what ours does not keep.
"""
from __future__ import annotations

import numpy
from spacy.language import Language
from thinc.api import NumpyOps
from thinc.layers import layernorm as thinc_layernorm
from thinc.layers import maxout as thinc_maxout

from pipeline.nlp.base_model import model_nodes


def _predict_maxout(model, X, is_train: bool):
    if is_train:
        return thinc_maxout.forward(model, X, is_train)
    n_out, pieces, n_in = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
    weights = model.ops.reshape2f(model.get_param("W"), n_out * pieces, n_in)
    scores = model.ops.gemm(X, weights, trans2=True)
    scores += model.ops.reshape1f(model.get_param("b"), n_out * pieces)
    scores = model.ops.reshape3f(scores, scores.shape[0], n_out, pieces)
    if pieces == 1:
        return numpy.ascontiguousarray(scores[:, :, 0]), _no_backprop
    best = numpy.maximum(scores[:, :, 0], scores[:, :, 1])  # a new contiguous array, no copy first
    for piece in range(2, pieces):
        numpy.maximum(best, scores[:, :, piece], out=best)
    return best, _no_backprop


def _predict_layernorm(model, X, is_train: bool):
    """``(X - mean) / sqrt(var + 1e-8) * G + b`` row by row, as thinc computes it: the mean as
    ``X.mean(axis=1)``, the variance as numpy's ``var`` does (the sum of the squared differences from that
    mean, divided by the row's width), then thinc's scaling and shift, each step in place."""
    if is_train:
        return thinc_layernorm.forward(model, X, is_train)
    mean = X.mean(axis=1, keepdims=True)
    Y = X - mean
    variance = numpy.square(Y).sum(axis=1, keepdims=True)
    numpy.true_divide(variance, numpy.intp(X.shape[1]), out=variance, casting="unsafe")
    variance += 1e-08
    Y *= variance ** (-1.0 / 2.0)
    Y *= model.get_param("G")
    Y += model.get_param("b")
    return Y, _no_backprop


def _no_backprop(d_output):
    raise RuntimeError("this layer ran for prediction only (is_train=False): there is nothing to backpropagate")


PREDICTION_PASSES = {thinc_maxout.forward: _predict_maxout, thinc_layernorm.forward: _predict_layernorm}


def predict_with_numpy(nlp: Language) -> int:
    """Give every CPU maxout and layer-normalisation layer of the pipeline's models the prediction passes
    above; return how many changed."""
    changed = 0
    for node in model_nodes(nlp):
        if node._func in PREDICTION_PASSES and isinstance(node.ops, NumpyOps):
            node._func = PREDICTION_PASSES[node._func]
            changed += 1
    return changed
