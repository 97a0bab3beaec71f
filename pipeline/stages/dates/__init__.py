"""Dates stage: every temporal expression in the article with its TIMEX3 value and type.

Reads ``doc._.published`` (the publication date) and the parse. Spans come from the
rules (``spans``: finding them; ``rules`` and ``rule_keys``: the compiled rules and
what each needs; ``generic_uses`` and ``number_names``: words and numbers that look
temporal but name no time, "today's youth", "Resolution 1701"), values from ``normalise`` (through ``calendar_dates``,
``relative`` and ``durations``, on ``arithmetic`` and ``context``); ``tense`` adds
what only the parse knows, the tense of the verb governing each expression. This
module threads the article's own context through them: the last date named (for
"a year earlier", "the next day"), the year the article is about, the quarter it
reports (the first one it names); and the day of its dateline (``dateline``), against which
everything after it is resolved.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.records import DateExpr
from pipeline.stages import extensions
from pipeline.stages.dates.arithmetic import granularity_year, parse_day
from pipeline.stages.dates.context import Context
from pipeline.stages.dates.dateline import dateline_date_start, dateline_day
from pipeline.stages.dates.normalise import normalise
from pipeline.stages.dates.spans import find_candidates, previous_word
from pipeline.stages.dates.tense import tense_at

# kinds of expression that name a time of their own, so later ones can be anchored on them
ANCHORING_KINDS = {"date", "weekday", "clock", "holiday", "quarter", "deictic", "relative", "season", "half"}
# words before a date that make it a modifier of a noun ("the August 1988 cease-fire")
NOUN_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "whose"}
# words of recurrence right before a time of day ("every morning at", "daily at", "each night from")
RECURRING_BEFORE = re.compile(r"\b(?:(?:every|each)\s+(?:morning|afternoon|evening|night|day|weekday)|daily|nightly)"
                              r"\s+(?:at|from|until|by)?\s*$", re.IGNORECASE)
# kinds of expression read from the day of writing ("this month", "last year", "today")
WRITING_DAY_KINDS = {"relative", "deictic"}
# how far a remembered context stays valid, in characters (about two paragraphs)
CONTEXT_REACH = 1500
# the words before a year that opens its sentence as the sentence's frame ("In 2019, ...", "During 2019, ...")
FRAMING_YEAR_BEFORE = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)[\"“‘]?(?:In|During|Throughout|By)\s+$")
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
    text = extensions.doc_text(doc)
    dateline_start = dateline_date_start(text)
    candidates = list(find_candidates(text))
    own_sentence_end = 0  # where the sentence that set the context year ends
    for candidate in candidates:
        if candidate.start - reference_end > CONTEXT_REACH:
            reference = reference_day = None
        if candidate.start >= context_year_until:
            context_year = None
        year_here = context_year
        if context_year is not None and candidate.start >= own_sentence_end \
                and counts_from_writing(candidates, candidate, sentence_ends or []):
            # "In October, a truce has held since early this month": a year set in the sentence before does not
            # reach a sentence that counts its other dates from the day of writing
            year_here = None
        context = Context(published, tense_at(doc, candidate.start, candidate.end), reference,
                          reference_day, year_here, report_quarter)
        resolved = normalise(candidate, context)
        if candidate.kind == "clock" and resolved.value and RECURRING_BEFORE.search(text, max(0, candidate.start - 30),
                                                                                    candidate.start):
            # "every morning at 8 a.m.", "daily at noon": the time of a recurring event is a set, on no one day
            resolved = resolved._replace(value="XXXX-XX-XX" + resolved.value[resolved.value.find("T"):], type="SET")
        yield DateExpr(candidate.text, candidate.start, candidate.end, resolved.value, resolved.type)
        if dateline_start is not None and candidate.kind == "date" and candidate.start <= dateline_start < candidate.end:
            # the article was written on its dateline's day: what follows is counted from there
            published = dateline_day(resolved.value, published) or published
        if candidate.kind not in ANCHORING_KINDS or not resolved.value or resolved.value.endswith("_REF") \
                or resolved.type == "SET":
            continue
        reference, reference_end = resolved.value, candidate.end
        if parse_day(resolved.value):
            reference_day = parse_day(resolved.value)
        if candidate.kind == "quarter" and report_quarter is None:
            report_quarter = resolved.value
        year = granularity_year(resolved.value)
        if "year" in candidate.groups and "month" in candidate.groups and not names_a_thing(doc, candidate.start):
            context_year = year
            if sentence_ends is None:
                sentence_ends = [sent.end_char for sent in doc.sents] if doc.has_annotation("SENT_START") else []
            context_year_until = context_year_reach(sentence_ends, candidate.end)
            own_sentence_end = sentence_end(sentence_ends, candidate.end)
        elif candidate.kind == "date" and set(candidate.groups) == {"year"} and year is not None \
                and FRAMING_YEAR_BEFORE.search(text, max(0, candidate.start - 40), candidate.start) \
                and text.startswith(",", candidate.end):
            # a year set before a sentence as its frame ("In 2019, the ministers met in May and in October") is
            # the year of the months the sentence names, not of the next sentence's; a year inside a sentence
            # ("born in 1950 and died on March 3") frames nothing after it
            context_year = year
            if sentence_ends is None:
                sentence_ends = [sent.end_char for sent in doc.sents] if doc.has_annotation("SENT_START") else []
            context_year_until = own_sentence_end = sentence_end(sentence_ends, candidate.end)
        elif year != context_year:
            # a later date read in another year ("will join on March 12") ends the article's detour
            context_year = None


def counts_from_writing(candidates: list, candidate, sentence_ends: list[int]) -> bool:
    """Whether another expression of the candidate's sentence is read from the day of writing: "this month",
    "last year", "yesterday" (kinds ``relative`` and ``deictic``)."""
    start = max((end for end in sentence_ends if end <= candidate.start), default=0)
    end = sentence_end(sentence_ends, candidate.end)
    return any(other is not candidate and other.kind in WRITING_DAY_KINDS and start <= other.start < end
               for other in candidates)


def names_a_thing(doc: Doc, start: int) -> bool:
    """Whether the expression at ``start`` modifies a noun ("the Dec. 21, 1988, bombing", "the August 1988
    cease-fire"), so it dates that thing rather than setting the time of what the article tells next."""
    return previous_word(extensions.doc_text(doc), start) in NOUN_DETERMINERS


def context_year_reach(sentence_ends: list[int], end: int) -> int:
    """Where a year set by an expression ending at ``end`` stops applying: the end of the next sentence."""
    following = [sentence_end for sentence_end in sentence_ends if sentence_end >= end]
    if not sentence_ends:
        return end + CONTEXT_YEAR_REACH
    return following[1] if len(following) > 1 else (following[0] if following else end)


def sentence_end(sentence_ends: list[int], end: int) -> int:
    """Where the sentence holding the expression ending at ``end`` ends."""
    return next((sentence_end for sentence_end in sentence_ends if sentence_end >= end), end + CONTEXT_YEAR_REACH)
