"""The base model, cheaper to run with the same annotations: stand-ins for two of its rule
components, and numpy's BLAS for its matrix products.

spaCy's ``attribute_ruler`` runs a ``Matcher`` over every token for each of its ~180 rules,
and its rule ``lemmatizer`` builds a ``Token`` object per word: together about 15% of
en_core_web_sm's time, spent recomputing the same answers for the same words. The stand-ins
keep the original components and their data, and answer from a table keyed by each token's
attributes, computed once by the original logic and read back as arrays:

- ``parley_attributes`` evaluates the tests of the ruler's patterns (equality, ``IN``, ``NOT_IN``
  or ``REGEX`` on TAG, LOWER, DEP, ORTH, IS_SPACE) once per distinct token key, finds the
  few multi-token patterns ("gon na", "let 's") by chaining those answers, leaves patterns
  with operators to a ``Matcher``, and applies the matched rules in the ruler's order, so
  later rules win as in spaCy;
- ``parley_lemmas`` asks the original lemmatizer once per (word, POS, morphology), the key
  spaCy's own rule cache uses.

:func:`speed_up` swaps them in when the model's components are the standard ones and leaves
anything else (other modes, rules that set other attributes) to spaCy; with them, the entity
recognizer's stand-in (``parley_entities``, ``pipeline/nlp/entity_decoder.py``), which decodes
the same entities with array operations.

:func:`use_numpy_matmul` has the model's layers multiply matrices with numpy's BLAS instead of
thinc's default, BLIS. The products are most of the model's time, and on our machine (AMD EPYC,
AVX-512) numpy's OpenBLAS computes the model's shapes about three times as fast as BLIS, which
cut a run's model time by 29% with the same tags, parses and entities on every token of the
benchmark corpus (docs/performance.md). A worker should use one BLAS thread per core it owns
(:func:`pipeline.running.engines.one_blas_thread`).
"""
from __future__ import annotations

import re
from typing import Iterable

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, EntityRecognizer, Lemmatizer
from spacy.tokens import Doc

from pipeline.nlp.entity_decoder import FastEntityRecognizer

# pattern keys a one-token rule may test for the table path, and the array column each reads
_KEY_ATTRS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "ORTH": ORTH, "TEXT": ORTH, "IS_SPACE": IS_SPACE}
_KEY_COLUMNS = (TAG, LOWER, DEP, ORTH, IS_SPACE)
_TAG_COLUMN = 0
_SET_ATTRS = ("TAG", "POS", "MORPH", "LEMMA", "DEP")  # what the stand-in can write; rules setting more stay with spaCy
_SET_COLUMNS = (TAG, POS, MORPH, LEMMA, DEP)
_CACHE_LIMIT = 500_000  # distinct keys kept before a table is cleared (memory stays bounded)


class _Test:
    """One test of a one-token pattern on one column: value in / not in a set, or a regex."""

    __slots__ = ("column", "kind", "values", "regex")

    def __init__(self, column: int, kind: str, values: frozenset = frozenset(), regex: str | None = None):
        self.column = column
        self.kind = kind  # "in", "not_in" or "regex"
        self.values = values
        self.regex = re.compile(regex) if regex is not None else None

    def passes(self, value: int, strings) -> bool:
        if self.kind == "in":
            return value in self.values
        if self.kind == "not_in":
            return value not in self.values
        return value != 0 and self.regex.search(strings[value]) is not None


def _compile_token(spec: dict, strings) -> list[_Test] | None:
    """The tests of a one-token pattern, or None when it needs the Matcher."""
    tests = []
    for key, wanted in spec.items():
        if key not in _KEY_ATTRS:
            return None
        column = _KEY_COLUMNS.index(_KEY_ATTRS[key])
        kind = "in"
        if isinstance(wanted, dict):
            if len(wanted) != 1 or next(iter(wanted)) not in ("IN", "NOT_IN", "REGEX"):
                return None
            operator, wanted = next(iter(wanted.items()))
            if operator == "REGEX":
                if key == "IS_SPACE":
                    return None
                tests.append(_Test(column, "regex", regex=wanted))
                continue
            kind = operator.lower()
        else:
            wanted = [wanted]
        if key == "IS_SPACE":
            values = frozenset(int(bool(value)) for value in wanted)
        else:
            values = frozenset(strings.add(value) for value in wanted if isinstance(value, str))
        tests.append(_Test(column, kind, values))
    return tests


class FastAttributeRuler:
    """``attribute_ruler`` answered from a table of token keys; a Matcher runs what the table cannot."""

    def __init__(self, ruler: AttributeRuler):
        self.vocab = ruler.vocab
        strings = self.vocab.strings
        self.rules: list[dict] = [entry["attrs"] for entry in ruler.patterns]
        self.indices = [entry["index"] for entry in ruler.patterns]
        self.one_token: list[tuple[int, list[_Test]]] = []  # (rule number, tests) in rule order
        # multi-token patterns without operators: (rule number, token set by the rule, one spec number per token)
        self.sequences: list[tuple[int, int, tuple[int, ...]]] = []
        self.specs: list[list[_Test]] = []  # the tests of each token of those patterns
        self.matcher = Matcher(self.vocab)
        for number, entry in enumerate(ruler.patterns):
            rest = []
            for pattern in entry["patterns"]:
                compiled = [_compile_token(spec, strings) for spec in pattern]
                index = entry["index"] if entry["index"] >= 0 else len(pattern) + entry["index"]
                if any(tests is None for tests in compiled) or not 0 <= index < len(pattern):
                    rest.append(pattern)
                elif len(pattern) == 1:
                    self.one_token.append((number, compiled[0]))
                else:
                    self.sequences.append((number, index, tuple(range(len(self.specs), len(self.specs) + len(pattern)))))
                    self.specs.extend(compiled)
            if rest:
                self.matcher.add(str(number), rest)
        self.first_specs = sum({1 << specs[0] for _, _, specs in self.sequences})  # a bit per spec that opens one
        # A token's key keeps, per column, only what some test can tell apart: a value named by
        # an "in" test or matching a regex; every other value becomes 0. Columns with a
        # "not_in" test, or an "in" test naming 0 (the empty string), keep every value.
        all_tests = [test for _, tests in self.one_token for test in tests] + [test for tests in self.specs for test in tests]
        self.kept: list[numpy.ndarray | None] = []
        self.regexes: list[list[_Test]] = []
        for column in range(len(_KEY_COLUMNS)):
            tests = [test for test in all_tests if test.column == column]
            named = set().union(*(test.values for test in tests if test.kind == "in"))
            open_column = any(test.kind == "not_in" for test in tests) or 0 in named
            self.kept.append(None if open_column else numpy.array(sorted(named) or [0], dtype="uint64"))
            self.regexes.append([test for test in tests if test.kind == "regex"])
        # the one-token rules filed by the tags an "in" test on TAG names; the rest are tried on every key
        self.by_tag: dict[int, tuple] = {}
        self.any_tag: tuple = ()
        for rule in self.one_token:
            tag_tests = [test for test in rule[1] if test.column == _TAG_COLUMN and test.kind == "in"]
            if tag_tests:
                for tag in frozenset.intersection(*(test.values for test in tag_tests)):
                    self.by_tag[tag] = self.by_tag.get(tag, ()) + (rule,)
            else:
                self.any_tag += (rule,)
        self.regex_hits: dict[int, bool] = {}
        self.key_facts: dict[tuple, tuple[tuple[int, ...], int]] = {}
        self.outcomes: dict[tuple[int, ...], list] = {}

    def _facts(self, key: tuple) -> tuple[tuple[int, ...], int]:
        """What a token with ``key`` matches: the numbers of the one-token rules whose tests all pass,
        in rule order, and a bit per multi-token spec it fits. Only the one-token rules filed under the
        key's tag (or testing no tag) are tried: most rules name one tag or a few."""
        strings = self.vocab.strings
        candidates = self.by_tag.get(key[_TAG_COLUMN], ()) + self.any_tag
        numbers = tuple(sorted({number for number, tests in candidates
                                if all(test.passes(key[test.column], strings) for test in tests)}))
        bits = sum(1 << spec for spec, tests in enumerate(self.specs)
                   if all(test.passes(key[test.column], strings) for test in tests))
        return numbers, bits

    def _sequence_matches(self, bits: list[int], extra: dict[int, list[int]]) -> None:
        """Add to ``extra`` (token -> rule numbers) the multi-token patterns whose every token fits."""
        size = len(bits)
        for start, bit in enumerate(bits):
            if not bit & self.first_specs:
                continue
            for number, index, specs in self.sequences:
                if start + len(specs) <= size and all(bits[start + k] >> spec & 1 for k, spec in enumerate(specs)):
                    extra.setdefault(start + index, []).append(number)

    def _masked_keys(self, doc: Doc) -> list[tuple]:
        columns = doc.to_array(list(_KEY_COLUMNS))
        for column, kept in enumerate(self.kept):
            if kept is None:
                continue
            keep = numpy.isin(columns[:, column], kept)
            if self.regexes[column]:
                distinct, inverse = numpy.unique(columns[:, column], return_inverse=True)
                hits = numpy.array([self._regex_hit(column, value) for value in distinct.tolist()], dtype=bool)
                keep |= hits[inverse.reshape(-1)]
            columns[:, column] *= keep
        return list(map(tuple, columns.tolist()))

    def _regex_hit(self, column: int, value: int) -> bool:
        hit = self.regex_hits.get(value)
        if hit is None:
            if len(self.regex_hits) > _CACHE_LIMIT:
                self.regex_hits.clear()
            hit = self.regex_hits[value] = any(test.passes(value, self.vocab.strings)
                                               for test in self.regexes[column])
        return hit

    @staticmethod
    def supports(ruler: AttributeRuler) -> bool:
        return all(set(entry["attrs"]) <= set(_SET_ATTRS) for entry in ruler.patterns)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if len(self.key_facts) > _CACHE_LIMIT:
            self.key_facts.clear()
        facts = []
        for key in self._masked_keys(doc):
            fact = self.key_facts.get(key)
            if fact is None:
                fact = self.key_facts[key] = self._facts(key)
            facts.append(fact)
        extra: dict[int, list[int]] = {}
        if self.sequences:
            self._sequence_matches([bits for _, bits in facts], extra)
        if len(self.matcher):
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                number = int(self.vocab.strings[match_id])
                index = self.indices[number]
                extra.setdefault(start + index if index >= 0 else end + index, []).append(number)
        changed_at, outcomes = [], []
        for i, (numbers, _) in enumerate(facts):
            if i in extra:
                numbers = tuple(sorted(set(numbers) | set(extra[i])))
            if numbers:
                outcome = self.outcomes.get(numbers)
                if outcome is None:
                    outcome = self.outcomes[numbers] = self._outcome(numbers)
                changed_at.append(i)
                outcomes.append(outcome)
        if changed_at:
            values = doc.to_array(list(_SET_COLUMNS))
            for column in range(len(_SET_COLUMNS)):
                rows = [(i, outcome[column]) for i, outcome in zip(changed_at, outcomes) if outcome[column] is not None]
                if rows:
                    at, new = zip(*rows)
                    values[list(at), column] = new
            doc.from_array(list(_SET_COLUMNS), values)
        return doc

    def _outcome(self, numbers: Iterable[int]) -> list:
        """The value of each of _SET_ATTRS after applying the rules in order; None where unset."""
        outcome: list = [None] * len(_SET_ATTRS)
        for number in numbers:
            for name, value in self.rules[number].items():
                column = _SET_ATTRS.index(name)
                if name == "POS":
                    outcome[column] = POS_IDS[value]
                elif name == "MORPH":
                    outcome[column] = self.vocab.morphology.add(value)
                else:  # a rule's own label: kept for good, even when first met inside a memory zone
                    outcome[column] = self.vocab.strings.add(value, allow_transient=False)
        return outcome


class FastLemmatizer:
    """The rule/lookup lemmatizer asked once per (word, POS, morphology).

    The table keeps lemmas as text, not string ids: inside one of spaCy's memory zones a new
    word's lemma is a transient string, gone when the zone ends, so each Doc adds the lemmas
    it uses to the string store again (once per distinct key)."""

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.lemmas: dict[tuple[int, int, int], str] = {}
        if lemmatizer.mode == "rule" and "lemma_index" in lemmatizer.lookups.tables:
            # the rule lemmatizer asks "is this form a known word?" of lists of up to 60k words;
            # the same words as sets answer alike (the original component now serves only us)
            index = lemmatizer.lookups.get_table("lemma_index")
            for pos, words in list(index.items()):
                index[pos] = frozenset(words)

    @staticmethod
    def supports(lemmatizer: Lemmatizer) -> bool:
        return type(lemmatizer).__name__ in ("Lemmatizer", "EnglishLemmatizer") and \
            lemmatizer.mode in ("rule", "lookup", "pos_lookup")

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        keys = values[:, :3].tolist()
        lemmas = values[:, 3]
        todo = range(len(doc)) if self.lemmatizer.overwrite else numpy.flatnonzero(lemmas == 0).tolist()
        if len(self.lemmas) > _CACHE_LIMIT:
            self.lemmas.clear()
        ids: dict[tuple[int, int, int], int] = {}  # this Doc's keys -> lemma string id
        for i in todo:
            key = tuple(keys[i])
            lemma = ids.get(key)
            if lemma is None:
                text = self.lemmas.get(key)
                if text is None:
                    text = self.lemmas[key] = self.lemmatizer.lemmatize(doc[i])[0]
                lemma = ids[key] = self.strings.add(text)
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory("parley_attributes")
def make_attributes(nlp: Language, name: str, source: str = "attribute_ruler") -> FastAttributeRuler:
    return FastAttributeRuler(nlp.get_pipe(source))


@Language.factory("parley_lemmas")
def make_lemmas(nlp: Language, name: str, source: str = "lemmatizer") -> FastLemmatizer:
    return FastLemmatizer(nlp.get_pipe(source))


def speed_up(nlp: Language) -> list[str]:
    """Swap the stand-ins in for the standard components they support; return what was swapped."""
    swapped = []
    for source, factory, kind, fast in (("attribute_ruler", "parley_attributes", AttributeRuler, FastAttributeRuler),
                                        ("lemmatizer", "parley_lemmas", Lemmatizer, FastLemmatizer),
                                        ("ner", "parley_entities", EntityRecognizer, FastEntityRecognizer)):
        component = nlp.get_pipe(source) if source in nlp.pipe_names else None
        if isinstance(component, kind) and fast.supports(component):
            nlp.add_pipe(factory, after=source, config={"source": source})
            nlp.remove_pipe(source)
            swapped.append(source)
    return swapped


def use_numpy_matmul(nlp: Language) -> int:
    """Have every layer of the pipeline's models multiply matrices with numpy (``NumpyOps(use_blis=False)``);
    return how many layers changed. Only CPU layers that use BLIS change; the parser's inner loop keeps the
    BLIS routine it calls from C."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    changed = 0
    for node in model_nodes(nlp):
        if type(node.ops) is NumpyOps and node.ops.use_blis:
            node.ops = ops
            changed += 1
    return changed


def model_nodes(nlp: Language):
    """Every layer of the thinc models of the pipeline's components."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            yield from model.walk()

