"""Dates stage: every temporal expression in the article with its TIMEX3 value and type.

Spans and values come from the rules in ``pipeline/timex.py``; this stage adds
what only the parse knows (the tense of the verb governing each expression) and
threads the article's own context through it: the last date named (for "a year
earlier", "the next day"), the year the article is about, the quarter it reports.
"""
from __future__ import annotations

from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import extensions  # noqa: F401
from . import timex
from .records import DateExpr

FUTURE_AUXILIARIES = {"will", "'ll", "shall", "wo", "going"}
MODAL_AUXILIARIES = {"would", "may", "might", "could", "should", "must", "can", "ca"}
FUTURE_VERBS = {"plan", "schedule", "expect", "due", "set", "intend", "hope", "aim", "propose"}
# kinds of expression that name a time of their own, so later ones can be anchored on them
ANCHORING_KINDS = {"date", "weekday", "clock", "holiday", "quarter", "deictic", "relative", "season", "half"}
PAST_TAGS = {"VBD", "VBN"}
PRESENT_TAGS = {"VBZ", "VBP"}
VERB_POS = {"VERB", "AUX"}
# how far a remembered context stays valid, in characters (about two paragraphs)
CONTEXT_REACH = 1500
# a year the article sets ("On Feb. 24, 2022, ...") carries over to dates given without one until the end of
# the next sentence (or this many characters without sentence boundaries)
CONTEXT_YEAR_REACH = 300


@Language.factory("parley_dates", assigns=["doc._.dates"], default_config={})
def make_dates(nlp: Language, name: str):
    return DatesStage()


class DatesStage:
    def __call__(self, doc: Doc) -> Doc:
        dates = list(date_expressions(doc))
        self.set_annotations(doc, dates)
        return doc

    def set_annotations(self, doc: Doc, dates: list[DateExpr]) -> None:
        doc._.dates = dates


def date_expressions(doc: Doc) -> Iterator[DateExpr]:
    """Temporal expressions of a Doc, resolved against ``doc._.published`` and the article's own dates."""
    published = doc._.published
    reference = reference_day = report_quarter = None
    context_year = None
    reference_end = context_year_until = 0
    sentence_ends = [sent.end_char for sent in doc.sents] if doc.has_annotation("SENT_START") else []
    for candidate in timex.find_candidates(doc.text):
        if candidate.start - reference_end > CONTEXT_REACH:
            reference = reference_day = None
        if candidate.start >= context_year_until:
            context_year = None
        context = timex.Context(published, tense_at(doc, candidate.start, candidate.end), reference,
                                reference_day, context_year, report_quarter)
        resolved = timex.normalise(candidate, context)
        yield DateExpr(candidate.text, candidate.start, candidate.end, resolved.value, resolved.type)
        if candidate.kind not in ANCHORING_KINDS or not resolved.value or resolved.value.endswith("_REF"):
            continue
        reference, reference_end = resolved.value, candidate.end
        if timex.parse_day(resolved.value):
            reference_day = timex.parse_day(resolved.value)
        if candidate.kind == "quarter":
            report_quarter = resolved.value
        if "year" in candidate.groups and "month" in candidate.groups:
            context_year = timex.granularity_year(resolved.value)
            context_year_until = context_year_reach(sentence_ends, candidate.end)



def context_year_reach(sentence_ends: list[int], end: int) -> int:
    """Where a year set by an expression ending at ``end`` stops applying: the end of the next sentence."""
    following = [sentence_end for sentence_end in sentence_ends if sentence_end >= end]
    if not sentence_ends:
        return end + CONTEXT_YEAR_REACH
    return following[1] if len(following) > 1 else (following[0] if following else end)


def tense_at(doc: Doc, start: int, end: int) -> str | None:
    """past | present | future for the verb governing the characters start..end; None without a parse."""
    if not doc.has_annotation("DEP") or not doc.has_annotation("TAG"):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    verb = governing_verb(span)
    return verb_tense(verb) if verb is not None else None


def governing_verb(span: Span) -> Token | None:
    token = span.root
    for _ in range(6):
        if token.pos_ in VERB_POS and token not in span:
            return token
        if token.head is token:
            return token if token.pos_ in VERB_POS else None
        token = token.head
    return None


def verb_tense(verb: Token) -> str:
    """Explicit future ("will") first, then past morphology, then modals and verbs of planning."""
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    words = {child.lower_ for child in auxiliaries}
    if words & FUTURE_AUXILIARIES or verb.lower_ in FUTURE_AUXILIARIES:
        return "future"
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head is not verb:
        head_words = {child.lower_ for child in verb.head.children if child.dep_ in ("aux", "auxpass")}
        if head_words & FUTURE_AUXILIARIES:
            return "future"
    perfect_present = verb.tag_ == "VBN" and any(child.tag_ in PRESENT_TAGS for child in auxiliaries)
    if not perfect_present and (verb.tag_ == "VBD" or any(child.tag_ == "VBD" for child in auxiliaries)
                                or (verb.tag_ == "VBN" and any(child.tag_ == "VBD" for child in auxiliaries))):
        return "past"
    if words & MODAL_AUXILIARIES or verb.lemma_ in FUTURE_VERBS:
        return "future"
    if verb.head.lemma_ in FUTURE_VERBS and verb.dep_ in ("xcomp", "ccomp", "advcl", "acl"):
        return "future"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "amod"):
        return "past"
    return "present"
