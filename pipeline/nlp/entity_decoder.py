"""The named-entity recognizer's greedy decoding as array operations: the same entities as spaCy's own decoder,
without its per-action validity checks.

spaCy's ``EntityRecognizer`` reads a document one token at a time. At every step it scores each of its actions
(``B-``, ``I-``, ``L-``, ``U-`` with each of the 18 labels, and ``O``: 74 for en_core_web_sm), asks every action
whether it is valid in the current state, takes the best valid one and moves on. The scores are cheap; the
validity checks are not: spaCy's wheels from 3.8.7 on spend about half of the recognizer's time in them (a lock
taken on each read of the state, seen in native profiles; docs/performance.md), which made the recognizer the
largest single cost of a run.

:class:`FastEntityRecognizer` keeps the recognizer and its model and decodes every document of a batch at once:

- the same inputs: the model's own token-to-vector layer and its precomputed feature table (one row per token
  and feature, a padding row first), read by the three features spaCy's NER state gives (the first word of the
  buffer, the first word of the open entity, the word before the buffer inside an open entity);
- the same arithmetic, in float32 and in the same order: the three feature rows added to zero one after the other,
  then the bias; the larger of the two maxout pieces, the first where they tie as spaCy's own ``arg_max`` does;
  the output layer by BLIS's ``sgemm`` (what spaCy calls from C), then its bias; classes the model never saw get
  the lowest score of the batch;
- the same rules of validity (spaCy's ``ner.pyx``) for a document without preset entities: no entity opens on the
  last token, on whitespace or before a sentence start; an entity continues with its own label and never across a
  sentence start; an open entity must close before anything else; ``O`` only outside an entity;
- the first best valid action, as spaCy's ``arg_max_if_valid``, and the entities written as its
  ``set_annotations`` writes them (every other token outside an entity).

A batch the decoder does not cover is left to spaCy: a document with preset entities (another component set
some), a beam-search recognizer, or a model of another shape (:meth:`FastEntityRecognizer.supports`).
"""
from __future__ import annotations

from typing import Iterable, Iterator

import numpy
from blis.py import gemm
from spacy import util
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span

# the moves of spaCy's BiluoPushDown, in the order of its enum (spacy/pipeline/_parser_internals/ner.pyx)
MISSING, BEGIN, IN, LAST, UNIT, OUT = range(6)
MOVE_CODES = {"M": MISSING, "B": BEGIN, "I": IN, "L": LAST, "U": UNIT, "O": OUT}
N_FEATURES = 3  # the NER state's features (spaCy's StateC.set_context_tokens with n == 3)


class FastEntityRecognizer:
    """A stand-in for spaCy's ``EntityRecognizer`` that decodes with array operations (module docstring); anything
    else (its labels, model, configuration) is the recognizer's."""

    def __init__(self, ner: EntityRecognizer):
        self.ner = ner
        self._read_moves()

    def _read_moves(self) -> None:
        """The recognizer's actions as arrays: each one's move and label (read again when labels are added)."""
        names = _move_names(self.ner)
        strings = self.ner.vocab.strings
        self.moves = numpy.array([MOVE_CODES[name.split("-", 1)[0]] for name in names], dtype=numpy.int8)
        self.labels = numpy.array([strings[name.split("-", 1)[1]] if "-" in name else 0 for name in names],
                                  dtype=numpy.uint64)
        has_label = self.labels != 0
        self._begin = (self.moves == BEGIN) & has_label
        self._in = (self.moves == IN) & has_label
        self._last = (self.moves == LAST) & has_label
        self._unit = (self.moves == UNIT) & has_label
        self._out = self.moves == OUT

    @staticmethod
    def supports(ner) -> bool:
        """Whether the decoder covers this recognizer: greedy, with an output layer over a three-feature maxout
        hidden layer, and only the moves of spaCy's BILUO system."""
        if not isinstance(ner, EntityRecognizer) or ner.cfg.get("beam_width", 1) != 1:
            return False
        model = ner.model
        if len(model.layers) != 3 or not model.attrs.get("has_upper"):
            return False
        lower, upper = model.layers[1], model.layers[2]
        if not (lower.has_dim("nP") and lower.get_dim("nF") == N_FEATURES and lower.get_dim("nP") == 2):
            return False
        names = _move_names(ner)
        return upper.get_dim("nO") == len(names) and all(name.split("-", 1)[0] in MOVE_CODES for name in names)

    # spaCy's pipe protocol --------------------------------------------------------------------------------------

    @property
    def model(self):
        return self.ner.model

    def __getattr__(self, name: str):
        if name == "ner" or name.startswith("__"):  # not set yet (a copy being made): no recursion through it
            raise AttributeError(name)
        return getattr(self.ner, name)

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.ner.get_error_handler()
        try:
            self._annotate([[doc]])
        except Exception as error:  # noqa: BLE001  (spaCy's error-handler protocol)
            error_handler(self.ner.name, self, [doc], error)
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        """As spaCy's ``Parser.pipe``: batches of ``batch_size``, their vectors computed in sub-batches of similar
        length as spaCy computes them, and every document of the batch decoded together."""
        error_handler = self.ner.get_error_handler()
        for batch in util.minibatch(docs, size=batch_size):
            batch_in_order = list(batch)
            try:
                by_length = sorted(batch_in_order, key=len)
                self._annotate([list(sub) for sub in util.minibatch(by_length, size=max(batch_size // 4, 2))])
                yield from batch_in_order
            except Exception as error:  # noqa: BLE001
                error_handler(self.ner.name, self, batch_in_order, error)

    def _annotate(self, subbatches: list[list[Doc]]) -> None:
        if self.ner.moves.n_moves != len(self.moves):
            self._read_moves()
        docs = [doc for sub in subbatches for doc in sub]
        if any(doc.to_array(ENT_IOB).any() for doc in docs):  # preset entities: spaCy's own rules for them
            for sub in subbatches:
                self.ner.set_annotations(sub, self.ner.predict(sub))
            return
        if self.ner.model.attrs.get("unseen_classes"):
            # classes the model never saw score the lowest score of the states decoded together: decode spaCy's
            # sub-batches apart, as spaCy does
            groups = [(sub, [self._table(sub)] if any(len(doc) for doc in sub) else []) for sub in subbatches]
        else:
            groups = [(docs, [self._table(sub) for sub in subbatches if any(len(doc) for doc in sub)])]
        for group, tables in groups:
            found = self.decode(group, tables) if tables else [[] for _ in group]
            for doc, entities in zip(group, found):
                self._write(doc, entities)

    def _table(self, docs: list[Doc]) -> numpy.ndarray:
        """The model's feature table of ``docs`` (tokens + 1, features, hidden * pieces), the padding row first,
        computed as spaCy's ``precompute_hiddens`` does."""
        tok2vec, lower, _ = self.ner.model.layers
        table = lower.predict(tok2vec.predict(docs))
        return table.reshape(table.shape[0], table.shape[1], -1)

    def _write(self, doc: Doc, entities: list[tuple[int, int, int]]) -> None:
        spans = [Span(doc, start, end, label=label) for start, end, label in entities]
        doc.set_ents(spans, default="outside")
        for hook in self.ner.postprocesses:
            hook(doc)

    # decoding ---------------------------------------------------------------------------------------------------

    def decode(self, docs: list[Doc], tables: list[numpy.ndarray]) -> list[list[tuple[int, int, int]]]:
        """Each document's entities as (start, end, label id), as spaCy's greedy decoder finds them in documents
        without preset entities; ``tables``: the feature tables of the documents, in order, as :meth:`_table`
        makes them."""
        table = tables[0] if len(tables) == 1 else numpy.concatenate([tables[0][:1]] + [t[1:] for t in tables])
        _, lower, upper = self.ner.model.layers
        hidden, pieces = lower.get_dim("nO"), lower.get_dim("nP")
        bias = lower.get_param("b").reshape(hidden * pieces)
        weights, out_bias = upper.get_param("W"), upper.get_param("b")
        unseen = sorted(self.ner.model.attrs.get("unseen_classes") or ())
        lengths = numpy.array([len(doc) for doc in docs], dtype=numpy.int64)
        offsets = numpy.concatenate(([0], numpy.cumsum(lengths)[:-1]))
        space = numpy.concatenate([doc.to_array(IS_SPACE) for doc in docs]).astype(bool)
        sent_start = numpy.concatenate([doc.to_array(SENT_START) for doc in docs]) == 1
        next_starts = numpy.append(sent_start[1:], False)  # the token after each starts a sentence (never across docs:
        # a document's last token is read only where nothing looks at the next one)

        active = numpy.flatnonzero(lengths > 0)  # documents still being read
        position = numpy.zeros(len(docs), dtype=numpy.int64)  # the buffer's first token, within its document
        open_start = numpy.full(len(docs), -1, dtype=numpy.int64)  # the open entity's first token, or -1
        open_label = numpy.zeros(len(docs), dtype=numpy.uint64)
        found: list[tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray, numpy.ndarray]] = []
        while len(active):
            pos, start = position[active], open_start[active]
            token = offsets[active] + pos  # the buffer's first token in the batch
            is_open = start >= 0
            # the three features' rows of the table (row 0: padding), summed from zero in spaCy's order
            first = table[token + 1, 0]
            entity_first = table[numpy.where(is_open, offsets[active] + start + 1, 0), 1]
            before = table[numpy.where(is_open, token, 0), 2]
            summed = numpy.zeros_like(first)
            summed += first
            summed += entity_first
            summed += before
            summed += bias
            summed = summed.reshape(len(active), hidden, pieces)
            piece0, piece1 = summed[:, :, 0], summed[:, :, 1]
            hiddens = numpy.ascontiguousarray(numpy.where(piece0 > piece1, piece0, piece1))
            scores = gemm(hiddens, weights, trans2=True, beta=0.0)
            scores += out_bias
            if unseen:
                scores[:, unseen] = scores.min()

            valid = self._valid(is_open, open_label[active], pos == lengths[active] - 1, space[token],
                                next_starts[token])
            guess = numpy.argmax(numpy.where(valid, scores, -numpy.inf), axis=1)
            move, label = self.moves[guess], self.labels[guess]

            closing = move == LAST
            if closing.any():
                found.append((active[closing], start[closing], pos[closing] + 1, open_label[active][closing]))
                open_start[active[closing]] = -1
            unit = move == UNIT
            if unit.any():
                found.append((active[unit], pos[unit], pos[unit] + 1, label[unit]))
            begin = move == BEGIN
            if begin.any():
                open_start[active[begin]] = pos[begin]
                open_label[active[begin]] = label[begin]
            position[active] = pos + 1
            done = pos + 1 >= lengths[active]
            if done.any():
                active = active[~done]
        entities: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        for doc_index, starts, ends, labels in found:
            for i, s, e, lab in zip(doc_index.tolist(), starts.tolist(), ends.tolist(), labels.tolist()):
                entities[i].append((s, e, lab))
        for spans in entities:
            spans.sort()
        return entities

    def _valid(self, is_open, open_label, is_last, on_space, before_sentence) -> numpy.ndarray:
        """Which actions each state may take (spaCy's ``is_valid`` of each move, without preset entities)."""
        same_label = self.labels[None, :] == open_label[:, None]
        closed = ~is_open
        may_begin = closed & ~is_last & ~on_space & ~before_sentence
        may_continue = is_open & ~is_last & ~before_sentence
        return ((self._begin & may_begin[:, None]) | (self._in & may_continue[:, None] & same_label)
                | (self._last & is_open[:, None] & same_label) | (self._unit & (closed & ~on_space)[:, None])
                | (self._out & closed[:, None]))


def _move_names(ner: EntityRecognizer) -> list[str]:
    """The recognizer's actions by name, in the order of its output layer ("B-ORG", ..., "O")."""
    return [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]


@Language.factory("parley_entities")
def make_entities(nlp: Language, name: str, source: str = "ner") -> FastEntityRecognizer:
    return FastEntityRecognizer(nlp.get_pipe(source))
