"""The learned attribution model: how likely a content span a cue gives is an annotated attribution.

``models/en/attribution_weights.tsv`` (built by ``scripts/train_attribution.py`` from PolNeAR's annotated
attributions) holds the weights of a logistic regression over the span's pattern kind, its cue lemma, what kind
of thing its speaker is, the cue's tag and dependency and the content's length (a passive's subject, kind
``passive_subject``, has weights of its own, prefixed by the kind). The quotes stage uses it two ways:
a rule's attribution the model finds unlikely is dropped (``keeps``), and the parse patterns below (a verb's
clause, object or prepositional object) become attributions where the model finds them likely and the parse
names their speaker (``learned_attributions``).
"""
from __future__ import annotations

import functools
import math
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from pipeline.resources import read_tsv, read_tsv_columns
from pipeline.stages.quotes.attribution import OBJECT_PREPOSITIONS, Attribution, trimmed
from pipeline.stages.quotes.cues import lemma_tokens
from pipeline.stages.quotes.speakers import speaker_span, subject_of

WEIGHTS = "attribution_weights.tsv"
# each verb lemma's VerbNet classes (built by scripts/build_verb_classes.py): a verb seen too rarely in training
# for a weight of its own shares the weight of its class ("grumble" with "complain", "decry" with "criticize")
VERB_CLASSES = "verb_classes.tsv"
# the kinds of the rules of ``attribution``; every other kind is a parse pattern of this module
RULE_KINDS = {"clause", "passive", "object", "noun", "phrase", "label"}
# the probability below which a rule's hit is dropped, and from which a parse pattern is added; an item
# right with chance p raises F1 when p > F1 / 2 (about 0.35 here), so both stay clear of that
REJECT_BELOW = 0.3
ADD_FROM = 0.4
# a verb's clausal complements and object; a noun's "that" clause
VERB_PATTERNS = {"ccomp": "ccomp", "xcomp": "xcomp", "dobj": "dobj"}
CLAUSE_DEPS = {"acl", "ccomp"}
# what completes a verb's object as one content ("cast himself as a reformer", "blamed the outage on hackers",
# "urged voters to stay"): a predicate complement, or a preposition of the object cues (``attribution``) or "on"
OBJECT_COMPLEMENT_DEPS = {"oprd", "xcomp", "ccomp"}
OBJECT_COMPLEMENT_PREPOSITIONS = OBJECT_PREPOSITIONS | {"on"}
OBJECT_DEPS = {"pobj", "pcomp"}
# the speaker classes a new attribution needs: a name, a description or a personal pronoun (which the stage resolves)
NAMED_SPEAKERS = {"PERSON", "ORG", "NORP", "NOUN", "PROPN", "person_pronoun"}
# a passive's subject ("the plan was criticized"): what is said of it often has no speaker in the text
SPEAKERLESS_KINDS = {"passive_subject"}
# kinds with a model of their own (their features carry the kind as a prefix)
SEPARATE_KINDS = {"passive_subject"}
PERSON_PRONOUNS = {"i", "we", "you", "he", "she", "they", "who"}
LENGTH_BUCKETS = (10, 25, 60, 150)  # content length in characters


@functools.lru_cache(maxsize=None)
def weights() -> dict[str, float]:
    """Feature -> weight of the logistic model P(a content is an attribution)."""
    return {feature: float(weight) for feature, weight in read_tsv_columns(WEIGHTS, "feature", "weight")}


@functools.lru_cache(maxsize=None)
def verb_classes() -> dict[str, tuple[str, ...]]:
    """Verb lemma -> its VerbNet classes."""
    return {row["lemma"]: tuple(row["classes"].split()) for row in read_tsv(VERB_CLASSES)}


def positive_pattern_values(prefix: str) -> set[str]:
    """The values v of features ``<prefix>=<kind>|v`` with a positive weight for a parse pattern's kind."""
    values = set()
    for feature, weight in weights().items():
        name = feature.split(":", 1)[-1]
        if weight > 0 and name.startswith(prefix + "="):
            kind, value = name[len(prefix) + 1:].split("|", 1)
            if kind not in RULE_KINDS:
                values.add(value)
    return values


@functools.lru_cache(maxsize=None)
def pattern_lemmas() -> frozenset[str]:
    """The cue lemmas whose own weight, or the weight of one of their verb classes, for some parse pattern is
    positive: the only tokens worth a look."""
    classes = positive_pattern_values("kc")
    return frozenset(positive_pattern_values("kl") | {lemma for lemma, ids in verb_classes().items()
                                                      if classes.intersection(ids)})


def cue_lemma(attribution: Attribution) -> str:
    return attribution.cue[0].lemma_.lower()


def speaker_class(attribution: Attribution) -> str:
    """What kind of thing the speaker is: none, a personal pronoun, ``it``, an entity type, a name or a noun."""
    if attribution.speaker is None:
        return "none"
    root = attribution.speaker.root
    if root.pos_ == "PRON":
        return "person_pronoun" if root.lower_ in PERSON_PRONOUNS else "other_pronoun"
    return root.ent_type_ or root.pos_


def features(attribution: Attribution) -> list[str]:
    """The model's features of an attribution: its kind, cue lemma, speaker class, the cue's tag and
    dependency, and the content's length, alone and in pairs with the kind; and a cue verb's VerbNet classes,
    alone and with the kind."""
    return _features(*_feature_inputs(attribution))


def _feature_inputs(attribution: Attribution) -> tuple[str, ...]:
    """What an attribution's features are made of: its kind, cue lemma, speaker class, the cue's tag, dependency
    and part of speech, and the content's length bucket."""
    cue = attribution.cue[0]
    length = str(sum(attribution.end - attribution.start > bound for bound in LENGTH_BUCKETS))
    return attribution.kind, cue_lemma(attribution), speaker_class(attribution), cue.tag_, cue.dep_, cue.pos_, length


def _features(kind: str, lemma: str, speaker: str, tag: str, dep: str, pos: str, length: str) -> list[str]:
    names = ["bias", f"k={kind}", f"l={lemma}", f"kl={kind}|{lemma}", f"s={speaker}", f"ks={kind}|{speaker}",
             f"ls={lemma}|{speaker}", f"t={tag}", f"d={dep}", f"kd={kind}|{dep}", f"n={length}", f"kn={kind}|{length}"]
    if pos == "VERB":
        for class_id in verb_classes().get(lemma, ()):
            names += [f"c={class_id}", f"kc={kind}|{class_id}"]
    if kind in SEPARATE_KINDS:
        # a kind of its own model: its examples share no weight with the others, which stay as they were
        return [f"{kind}:{name}" for name in names]
    return names


def probability(attribution: Attribution) -> float:
    return _probability(_feature_inputs(attribution))


@functools.lru_cache(maxsize=1 << 16)
def _probability(inputs: tuple[str, ...]) -> float:
    """The model's probability for attributions made of ``inputs``: the same few thousand combinations of kind,
    lemma, speaker class and cue recur across articles, so each is scored once per process."""
    table = weights()
    score = sum(table.get(feature, 0.0) for feature in _features(*inputs))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def keeps(attribution: Attribution) -> bool:
    """Whether an attribution stays: a rule's unless the model finds it unlikely; a parse pattern's if likely."""
    if attribution.kind in RULE_KINDS:
        return probability(attribution) >= REJECT_BELOW
    return probability(attribution) >= ADD_FROM


def learned_attributions(doc: Doc) -> list[Attribution]:
    """The verb patterns the model finds likely attributions, when the parse names their speaker by a name,
    a description or a personal pronoun. On the training data a pattern without a subject (a participle)
    never had the annotated speaker and a noun's possessor half the time, against nine in ten for a named
    or described subject: those are left to the rules. A passive's subject (``the plan was criticized``) is
    added with its agent or none: on the training data the annotated attribution names no speaker nine times
    in ten when the passive has no agent."""
    # a noun's patterns are all of kind noun_*, which the model does not add: only verbs are worth a look
    verbs = [token for token in lemma_tokens(doc, pattern_lemmas()) if token.pos_ == "VERB"]
    return [attribution for attribution in pattern_attributions(verbs)
            if not attribution.kind.startswith("noun_")
            and (speaker_class(attribution) in NAMED_SPEAKERS or attribution.kind in SPEAKERLESS_KINDS)
            and probability(attribution) >= ADD_FROM]


def pattern_attributions(tokens: list[Token]) -> Iterator[Attribution]:
    """Every parse pattern of each token: for a verb, each clausal complement, its object, each prepositional
    object (kind ``prep_<preposition>``) and, in the passive, its subject; for a noun, a ``that`` clause
    (``noun_that``) or a prepositional object (``noun_<preposition>``). The speaker is the verb's subject or the
    noun's possessor."""
    for token in tokens:
        if token.pos_ == "VERB":
            subject = subject_of(token)
            prefix = ""
        elif token.pos_ == "NOUN":
            subject = next((child for child in token.lefts if child.dep_ == "poss"), None)
            prefix = "noun_"
        else:
            continue
        speaker = speaker_span(subject) if subject is not None else None
        cue = token.doc[token.i:token.i + 1]
        if not prefix and subject is not None and subject.dep_ == "nsubjpass" and subject.head.i == token.i:
            yield from passive_subject(token, subject, cue)
        for child in token.rights:
            content = None
            that_clause = child.dep_ in CLAUSE_DEPS and any(t.lower_ == "that" and t.dep_ == "mark" for t in child.lefts)
            if prefix and that_clause:
                kind, content = "noun_that", child
            elif not prefix and child.dep_ in VERB_PATTERNS:
                kind, content = VERB_PATTERNS[child.dep_], child
            elif child.dep_ == "prep":
                kind = f"{prefix or 'prep_'}{child.lower_}"
                content = next((grandchild for grandchild in child.children if grandchild.dep_ in OBJECT_DEPS), None)
            if content is None:
                continue
            last = object_end(token, content) if kind == "dobj" else content.right_edge.i
            span = trimmed(token.doc, content.left_edge.i, last + 1)
            if span is not None:
                yield Attribution(span[0], span[1], cue, speaker, kind)


def object_end(verb: Token, obj: Token) -> int:
    """The last token of a verb's object with the complements right after it: what is said of the object is
    part of the content ("saw him as an asset", not "him" and "an asset" apart)."""
    last = obj.right_edge.i
    for sibling in verb.rights:
        if sibling.i <= obj.i:
            continue
        if sibling.dep_ not in OBJECT_COMPLEMENT_DEPS and not (
                sibling.dep_ == "prep" and sibling.lower_ in OBJECT_COMPLEMENT_PREPOSITIONS):
            break
        last = sibling.right_edge.i
    return last


def passive_subject(token: Token, subject: Token, cue: Span) -> Iterator[Attribution]:
    """``The plan was criticized (by X)``: what a passive verb is said of is its subject (kind ``passive_subject``),
    the speaker its agent when it has one."""
    agents = [grandchild for child in token.rights if child.dep_ == "agent"
              for grandchild in child.children if grandchild.dep_ == "pobj"]
    span = trimmed(token.doc, subject.left_edge.i, subject.right_edge.i + 1)
    if span is not None:
        yield Attribution(span[0], span[1], cue, speaker_span(agents[0]) if agents else None, "passive_subject")
