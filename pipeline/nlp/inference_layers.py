"""A faster forward pass for the base model's maxout layers when they only predict.

thinc's maxout layer keeps, for every output, which of its pieces was largest, so that training can
send the gradient back to it; it finds both with one C loop over every output and piece, about a fifth
of a token-to-vector layer's time. Predicting needs only the largest value, which numpy takes piece by
piece over whole arrays (``numpy.maximum``) several times faster. The values are the same floats (a
maximum is exact), so tags, parses and entities do not change; a training pass (``is_train``) still runs
thinc's own forward.
"""
from __future__ import annotations

import numpy
from spacy.language import Language
from thinc.api import NumpyOps
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
    best = numpy.ascontiguousarray(scores[:, :, 0])
    for piece in range(1, pieces):
        numpy.maximum(best, scores[:, :, piece], out=best)
    return best, _no_backprop


def _no_backprop(d_best):
    raise RuntimeError("this maxout layer ran for prediction only (is_train=False): there is nothing to backpropagate")


def predict_maxout_with_numpy(nlp: Language) -> int:
    """Give every CPU maxout layer of the pipeline's models the prediction pass above; return how many changed."""
    changed = 0
    for node in model_nodes(nlp):
        if node._func is thinc_maxout.forward and isinstance(node.ops, NumpyOps):
            node._func = _predict_maxout
            changed += 1
    return changed
