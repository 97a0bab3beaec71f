"""Dates stage: every temporal expression in the article with its TIMEX3 value and type.

Spans and values come from the rules in ``pipeline/timex.py``; this stage adds
what only the parse knows (the tense of the verb governing each expression) and
threads the article's own context through it: the last date named (for "a year
earlier", "the next day"), the year the article is about, the quarter it reports
(the first one it names).
"""
from __future__ import annotations

import datetime as dt
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.stages import extensions
from pipeline.stages.dates import timex
from pipeline.records import DateExpr

# kinds of expression that name a time of their own, so later ones can be anchored on them
ANCHORING_KINDS = {"date", "weekday", "clock", "holiday", "quarter", "deictic", "relative", "season", "half"}
VERB_POS = {"VERB", "AUX"}
AUXILIARY_DEPS = {"aux", "auxpass"}
CLAUSE_DEPS = {"xcomp", "ccomp", "advcl"}
# words before a date that make it a modifier of a noun ("the August 1988 cease-fire")
NOUN_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "whose"}
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
    if isinstance(published, dt.datetime):
        published = published.date()
    reference = reference_day = report_quarter = None
    context_year = None
    reference_end = context_year_until = 0
    sentence_ends = None  # built when first needed: most articles never set a context year
    for candidate in timex.find_candidates(extensions.doc_text(doc)):
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
        if candidate.kind == "quarter" and report_quarter is None:
            report_quarter = resolved.value
        year = timex.granularity_year(resolved.value)
        if "year" in candidate.groups and "month" in candidate.groups and not names_a_thing(doc, candidate.start):
            context_year = year
            if sentence_ends is None:
                sentence_ends = [sent.end_char for sent in doc.sents] if doc.has_annotation("SENT_START") else []
            context_year_until = context_year_reach(sentence_ends, candidate.end)
        elif year != context_year:
            # a later date read in another year ("will join on March 12") ends the article's detour
            context_year = None


def names_a_thing(doc: Doc, start: int) -> bool:
    """Whether the expression at ``start`` modifies a noun ("the Dec. 21, 1988, bombing", "the August 1988
    cease-fire"), so it dates that thing rather than setting the time of what the article tells next."""
    return timex.previous_word(extensions.doc_text(doc), start) in NOUN_DETERMINERS


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
    tokens = extensions.doc_tokens(doc)
    # a word right before that fixes the direction: "since January", "until Tuesday", "effective June 1"
    cues = timex.lexicon()["tense_cue_words"]
    previous = tokens[span.start - 1].lower_ if span.start > 0 else None
    if previous in cues:
        return cues[previous]
    # "said on Monday it would not attend": the date goes with the reporting verb right before it
    before = span.start - 2 if span.start > 1 and previous == "on" else span.start - 1
    if before >= 0 and tokens[before].pos_ == "VERB" and tokens[before].lemma_ in timex.lexicon()["reporting_verbs"]:
        return verb_tense(tokens[before])
    verb = governing_verb(span)
    tense = verb_tense(verb) if verb is not None else None
    if tense == "present" and is_possessive(span):
        # "Thursday's closing price", "before Friday's purchases": an event named by its day, seen from a
        # present-tense clause, has already happened
        return "past"
    return tense


def is_possessive(span: Span) -> bool:
    """Whether the expression is a possessive that modifies a noun ("Friday's vote")."""
    return span.end < len(span.doc) and extensions.doc_tokens(span.doc)[span.end].tag_ == "POS"


def governing_verb(span: Span) -> Token | None:
    """The nearest verb outside the expression on its way up the parse (six steps at the most)."""
    token = span.root
    for _ in range(6):
        if token.pos_ in VERB_POS and not span.start <= token.i < span.end:
            return token
        if not token.dep:  # no head annotated: spaCy gives such a token itself as its head
            return token if token.pos_ in VERB_POS else None
        token = token.head
    return None


def verb_tense(verb: Token, depth: int = 0) -> str:
    """Explicit future ("will") first, then past morphology, then modals and verbs of planning; a bare past
    participle ("announced Friday") is past, a bare present one ("closing Friday") takes the tense of the verb
    it hangs on."""
    lex = timex.lexicon()
    future_auxiliaries, future_verbs = set(lex["future_auxiliaries"]), set(lex["future_verbs"])
    auxiliaries = [child for child in verb.children if child.dep_ in AUXILIARY_DEPS]
    words = {child.lower_ for child in auxiliaries}
    if words & future_auxiliaries or verb.lower_ in future_auxiliaries:
        return "future"
    if verb.dep_ in CLAUSE_DEPS and verb.head.i != verb.i:
        head_words = {child.lower_ for child in verb.head.children if child.dep_ in AUXILIARY_DEPS}
        if head_words & future_auxiliaries:
            return "future"
    perfect = verb.tag_ == "VBN" and any(child.lemma_ == "have" for child in auxiliaries)
    if perfect or verb.tag_ == "VBD" or any(child.tag_ == "VBD" for child in auxiliaries):
        return "past"
    if words & set(lex["modal_auxiliaries"]) or verb.lemma_ in future_verbs:
        return "future"
    if verb.head.lemma_ in future_verbs and verb.dep_ in CLAUSE_DEPS | {"acl"}:
        # "had been due to expire Friday": a plan already over by the time of writing
        return "past" if past_perfect(verb.head) else "future"
    if verb.tag_ == "VB" and words == {"to"} and verb.head.i != verb.i and depth < 3:
        # "is to resume trading Tuesday" looks ahead; "extended offers to acquire it Friday" takes "extended"
        if verb.head.lemma_ == "be":
            return "future"
        if verb.head.pos_ in VERB_POS:
            return verb_tense(verb.head, depth + 1)
    if verb.tag_ == "VBN" and not auxiliaries and verb.lemma_ not in future_verbs:
        # a bare past participle is a reduced passive, done by now: "the decision, announced Wednesday, ..."
        return "past"
    if verb.tag_ == "VBG" and not auxiliaries:
        if verb.head.i != verb.i and verb.head.pos_ in VERB_POS and depth < 3:
            return verb_tense(verb.head, depth + 1)
        return "present"
    return "present"


def past_perfect(token: Token) -> bool:
    """Whether a word stands in the past perfect ("had scheduled"), or is the complement of a copula that does
    ("had been due")."""
    if any(child.lower_ == "had" and child.dep_ in AUXILIARY_DEPS for child in token.children):
        return True
    return token.dep_ == "acomp" and token.head.i != token.i and past_perfect(token.head)
