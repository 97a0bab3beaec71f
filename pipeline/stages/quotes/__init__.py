"""Quotes stage: direct and reported speech, each attributed to its speaker and cue.

Direct quotes come from the quotation marks (``quote_marks``), framed by the cue
around them (``"...," Peskov said``, ``Lavrov said: "..."``, ``"..." ― Name``,
transcript turns); reported speech comes from the parse (``quote_attributions``).
A quotation inside a reported content (a mixed quote) stays part of it; when it
is four words or more and no title, it is also a direct row of its own whose
``part_of`` names that reported content. Each speaker is resolved to an actor of
``doc._.actors``; pronouns and descriptions ("he", "the spokesman", "who") to the
actor they stand for.
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.stages.extensions import doc_text, doc_tokens
from pipeline.stages.quotes.attribution import (LEMMAS_KEY, Attribution, adjacent_subject, is_cue_verb, reported_speech,
                                 speaker_span, subject_of)
from pipeline.stages.quotes.marks import QuoteMarks, find_quote_marks
from pipeline.records import Actor, Mention, Quote
from pipeline.resources import read_tsv

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
GROUP_PRONOUNS = {"they", "it", "we", "its", "their"}
SENTENCE_END = {".", "!", "?"}
DASH_SPEAKER = re.compile(r"[ \u00a0]*([―—–])[ \u00a0]*([A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’.-]*){0,4})")
TRANSCRIPT_TURN = re.compile(r"[ \u00a0\"“]*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}) ?(:)[ \u00a0]+")
CLOSING_MARKS = "\"”»’'"
MIN_DIRECT_WORDS = 4
# how far back (characters) a pronoun or description looks for the actor it stands for
COREFERENCE_WINDOW = 1500
# the actor types a description or pronoun can stand for
ACTOR_TYPES = {"person": {"person"}, "organization": {"organization", "government", "group"}}


class Speaker(NamedTuple):
    name: str | None
    actor_id: str | None
    start: int | None
    end: int | None


@Language.factory(
    "parley_quotes",
    assigns=["doc._.quotes"],
    requires=["token.dep", "token.lemma", "doc._.actors", "doc._.actor_mentions"],
    default_config={"min_direct_words": MIN_DIRECT_WORDS},
)
def make_quotes(nlp: Language, name: str, *, min_direct_words: int = MIN_DIRECT_WORDS) -> "QuoteStage":
    return QuoteStage(min_direct_words=min_direct_words)


class QuoteStage:
    def __init__(self, *, min_direct_words: int = MIN_DIRECT_WORDS):
        self.min_direct_words = min_direct_words

    def __call__(self, doc: Doc) -> Doc:
        quotes = list(extract_quotes(doc, min_direct_words=self.min_direct_words))
        doc.user_data.pop(LEMMAS_KEY, None)
        self.set_annotations(doc, quotes)
        return doc

    @staticmethod
    def set_annotations(doc: Doc, quotes: list[Quote]) -> None:
        doc._.quotes = quotes


@functools.lru_cache(maxsize=None)
def speaker_nouns() -> dict[str, str]:
    """Descriptions of a speaker ("spokesman", "ministry") -> the actor type they stand for."""
    return {row["noun"].lower(): row["type"] for row in read_tsv("quote_speaker_nouns.tsv")}


# ---------------------------------------------------------------- direct quotes


def word_count(text: str) -> int:
    return sum(any(char.isalnum() for char in word) for word in text.split())


def looks_like_title(text: str) -> bool:
    """A quoted title or name ("Gone with the Wind"): no final punctuation and every long word capitalised."""
    inner = text.strip("\"“”„«»‘’'` ")
    words = [word for word in inner.split() if len(word) > 3]
    return bool(words) and inner[-1:] not in ".,!?;:—…" and all(word[:1].isupper() for word in words)


def stands_alone(doc: Doc, quote: QuoteMarks, paragraph_start: int) -> bool:
    """Whether a quote opens its sentence or follows its cue ("said:", "said,", "said")
    rather than sitting inside a sentence of the writer's ("under “constant attack” from")."""
    before = doc_text(doc)[paragraph_start:quote.start].rstrip()
    if not before or before[-1] in ".!?:,;—–-(…" or before[-1] in CLOSING_MARKS:
        return True
    previous = doc.char_span(paragraph_start, len(before) + paragraph_start, alignment_mode="expand")
    return previous is not None and len(previous) > 0 and is_cue_verb(previous[-1])


def token_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token indices covering the characters ``start..end``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 0, 0
    return span.start, span.end


def nearby_cue(doc: Doc, quote: QuoteMarks, marks: list[QuoteMarks], paragraph: tuple[int, int]) -> Token | None:
    """The cue verb of the frame around a direct quote: after it in its sentence, else before it."""
    starts = [mark.start for mark in marks]  # the marks are in text order and never overlap

    def quoted(token: Token) -> bool:
        index = bisect.bisect_right(starts, token.idx) - 1
        return index >= 0 and token.idx < marks[index].end

    tokens = doc_tokens(doc)
    first, last = token_range(doc, quote.start, quote.end)
    closing_text = doc_text(doc)[quote.start:quote.end].rstrip("\"”»’'` ")
    ends_sentence = closing_text[-1:] in (".", "…")
    after: list[Token] = []
    for token in tokens[last:]:
        if token.idx >= paragraph[1] or quoted(token):
            break
        after.append(token)
        if token.text in SENTENCE_END:
            break
    if not (ends_sentence and after and after[0].is_title and len(after) > 6):
        for token in after:
            if is_cue_verb(token):
                return token
    for token in reversed(tokens[:first]):
        if token.idx < paragraph[0] or token.text in SENTENCE_END or quoted(token):
            break
        if is_cue_verb(token):
            return token
    return None


def colon_cue(doc: Doc, quote: QuoteMarks, paragraphs: list[tuple[int, int]], index: int) -> Token | None:
    """``Caddell continued:`` closing the paragraph before a quote that fills its own paragraph."""
    if index == 0 or doc_text(doc)[paragraphs[index][0]:quote.start].strip():
        return None
    previous = paragraphs[index - 1]
    if not doc_text(doc)[previous[0]:previous[1]].rstrip().endswith(":"):
        return None
    first, last = token_range(doc, previous[0], previous[1])
    cues = [token for token in doc_tokens(doc)[first:last] if is_cue_verb(token)]
    return cues[-1] if cues else None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def dash_attribution(doc: Doc, quote: QuoteMarks, paragraph_end: int) -> tuple[Span, Span] | None:
    """``“...” ― Carla Sanchez``: a dash right after the closing mark, then the speaker's name."""
    match = DASH_SPEAKER.match(doc_text(doc), quote.end, paragraph_end)
    if match is None:
        return None
    cue = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    speaker = doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
    return (cue, speaker) if cue is not None and speaker is not None else None


def headline_speaker(doc: Doc, quote: QuoteMarks, paragraph_start: int) -> tuple[Span, Span] | None:
    """``Lavrov: ‘We will respond’`` (headline style): a short verbless name before a colon."""
    before = doc_text(doc)[paragraph_start:quote.start]
    colon = before.rstrip().rfind(":")
    if colon < 0 or before[colon + 1:].strip() or not before[:colon].strip():
        return None
    name = doc.char_span(paragraph_start, paragraph_start + colon, alignment_mode="expand")
    cue = doc.char_span(paragraph_start + colon, paragraph_start + colon + 1, alignment_mode="expand")
    if name is None or cue is None or len(name) > 8 or any(token.pos_ in ("VERB", "AUX") for token in name):
        return None
    return cue, name


def transcript_turns(doc: Doc, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, Span, Span]]:
    """``WALLACE: Governor, ...`` paragraphs of an interview transcript: (start, end, cue, speaker).

    Only when at least two different speaker labels take turns, so that a lone "UPDATE:" is no speaker.
    """
    text = doc_text(doc)
    turns = []
    for start, end in paragraphs:
        match = TRANSCRIPT_TURN.match(text, start, end)
        if match is None:
            continue
        cue = doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
        speaker = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        content_end = start + len(text[start:end].rstrip(" \"”"))
        if cue is not None and speaker is not None and content_end > match.end():
            turns.append((match.end(), content_end, cue, speaker))
    if len({speaker.text for *_, speaker in turns}) < 2:
        return []
    return turns


# ---------------------------------------------------------------- speakers


def resolve_speaker(doc: Doc, span: Span | None, actors: dict[str, Actor], mentions: list[Mention]) -> Speaker:
    """The speaker's canonical actor: a mention inside the span; else an actor sharing the name's last word
    ("Wang" -> Wang Yi); else, for a pronoun or a description ("he", "the ministry"), the nearest actor of
    that kind named before it (never another description), preferring one named as a subject. A definite
    description ("the Kremlin official") goes that last way even when a mention lies inside it."""
    if span is None:
        return Speaker(None, None, None, None)
    start, end = span.start_char, span.end_char
    head = span.root
    # "the Kremlin official", "the ministry": a description of someone named before, even when the
    # actors stage took the description itself (or a name inside it) for an actor
    described = (head.pos_ == "NOUN" and head.is_lower and span[0].lower_ == "the"
                 and head.lemma_.lower() in speaker_nouns())
    inside = [] if described else [m for m in mentions if m.start < end and m.end > start]
    if inside:
        mention = min(inside, key=lambda m: abs(m.end - end))
        return Speaker(actors[mention.entity_id].name if mention.entity_id in actors else mention.text,
                       mention.entity_id, start, end)
    if head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl" and head.head.head is not head.head:
        # "Morial, who told ...": the pronoun names the speaker, its antecedent says who that is
        antecedent = resolve_speaker(doc, speaker_span(head.head.head), actors, mentions)
        return Speaker(antecedent.name, antecedent.actor_id, start, end)
    if head.pos_ == "PROPN":
        namesakes = [actor for actor in actors.values() if actor.name.split()[-1:] == [head.text]]
        if namesakes:
            return Speaker(namesakes[0].name, namesakes[0].actor_id, start, end)
    word = head.lower_
    wanted = (speaker_nouns().get(span.text.lower()) or speaker_nouns().get(head.lemma_.lower())
              or ("person" if word in PERSON_PRONOUNS else "organization" if word in GROUP_PRONOUNS else None))
    before = [m for m in mentions if start - COREFERENCE_WINDOW <= m.end <= start
              and m.entity_id in actors and actors[m.entity_id].type in ACTOR_TYPES.get(wanted, ())
              and not is_description(m.text)]
    if before:
        # the nearest subject, else the nearest mention (a stable sort keeps the first of equals first)
        nearest_first = sorted(before, key=lambda m: m.end, reverse=True)
        mention = next((m for m in nearest_first if _is_subject(doc, m)), nearest_first[0])
        return Speaker(actors[mention.entity_id].name, mention.entity_id, start, end)
    return Speaker(span.text, None, start, end)


def is_description(text: str) -> bool:
    """Whether a mention is an unnamed description ("the official", "a Kremlin spokesman"), not a name."""
    words = text.lower().split()
    return len(words) > 1 and words[0] in ("the", "a", "an") and words[-1] in speaker_nouns()


def _is_subject(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(token.dep_ in ("nsubj", "nsubjpass") for token in span)


# ---------------------------------------------------------------- putting it together


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


class Candidate(NamedTuple):
    """A quote found but not yet numbered: its span, whether direct, its cue and speaker tokens, and
    for a quotation inside reported speech, the reported speech it is part of."""

    start: int
    end: int
    direct: bool
    cue: Span | None
    speaker: Span | None
    part_of: Candidate | None = None


def extract_quotes(doc: Doc, *, min_direct_words: int = MIN_DIRECT_WORDS) -> list[Quote]:
    """All quotes of a parsed Doc, direct and reported, in text order with ids q1, q2 ..."""
    marks = list(find_quote_marks(doc_text(doc)))
    paragraphs = paragraph_spans(doc_text(doc))
    # a cue inside quotation marks ("I think ...") belongs to the quoted speaker's own words
    attributions = [attribution for attribution in reported_speech(doc)
                    if not any(mark.start < attribution.cue.start_char < mark.end for mark in marks)]
    turns = [Candidate(start, end, True, cue, speaker) for start, end, cue, speaker in transcript_turns(doc, paragraphs)]
    direct, used = direct_quotes(doc, marks, paragraphs, attributions, turns, min_direct_words=min_direct_words)
    found = turns + direct
    reported = reported_quotes(attributions, found, used)
    found += reported + quotations_in_reported(doc, marks, found, reported, attributions,
                                               min_direct_words=min_direct_words)
    return quote_records(doc, sorted(found, key=lambda candidate: candidate.start))


def direct_quotes(doc: Doc, marks: list[QuoteMarks], paragraphs: list[tuple[int, int]],
                  attributions: list[Attribution], turns: list[Candidate], *, min_direct_words: int
                  ) -> tuple[list[Candidate], set[int]]:
    """The quoted passages that are quotations, with the cue and speaker that frame them, and the
    attributions (by index) that turned out to be those same quotations."""
    found: list[Candidate] = []
    used: set[int] = set()
    previous: tuple[int, Span | None, Span | None] | None = None  # (paragraph index, cue, speaker) of the last one
    article = doc_text(doc)
    for quote in marks:
        text = article[quote.start:quote.end]
        index = next((i for i, (start, end) in enumerate(paragraphs) if start <= quote.start < end), 0)
        if any(overlap(quote.start, quote.end, turn.start, turn.end) for turn in turns):
            continue
        # reported content that reaches beyond the marks with the quote inside it: a mixed quote
        mixed = [i for i, a in enumerate(attributions)
                 if a.start <= quote.start + 1 and quote.end <= a.end + 2
                 and (a.start < quote.start - 1 or a.end > quote.end + 1)]
        covering = [i for i, a in enumerate(attributions)
                    if overlap(quote.start, quote.end, a.start, a.end) * 2 >= (a.end - a.start) and i not in mixed]
        if mixed and (word_count(text) < min_direct_words
                      or (quote.end - quote.start) * 2 < attributions[mixed[0]].end - attributions[mixed[0]].start):
            continue  # a mixed quote: the reported content around it is the quote
        if not stands_alone(doc, quote, paragraphs[index][0]):
            continue  # a phrase quoted inside the writer's own sentence, not a quotation of its own
        cue, speaker = quote_frame(doc, quote, marks, paragraphs, index, [attributions[i] for i in covering])
        used.update(covering)
        continues_speaker = previous is not None and previous[0] == index
        if cue is None and (looks_like_title(text) or word_count(text) < min_direct_words and not continues_speaker):
            continue  # a title, or a short phrase nobody is said to have said
        if speaker is None and previous is not None and index - previous[0] <= 1:
            cue, speaker = previous[1], previous[2]  # the next quote of the speaker just quoted
        if speaker is not None:
            previous = (index, cue, speaker)
        found.append(Candidate(quote.start, quote.end, True, cue, speaker))
    return found, used


def quote_frame(doc: Doc, quote: QuoteMarks, marks: list[QuoteMarks], paragraphs: list[tuple[int, int]], index: int,
                covering: list[Attribution]) -> tuple[Span | None, Span | None]:
    """The cue and speaker tokens of a direct quote: a dash and a name after it, the parse's attribution
    of the quoted clause, a cue verb around it, a colon ending the paragraph before, or a headline name."""
    dash = dash_attribution(doc, quote, paragraphs[index][1])
    if dash is not None:
        return dash
    if covering:
        return covering[0].cue, covering[0].speaker
    verb = nearby_cue(doc, quote, marks, paragraphs[index]) or colon_cue(doc, quote, paragraphs, index)
    if verb is not None:
        subject = subject_of(verb) or adjacent_subject(verb)
        return doc[verb.i:verb.i + 1], speaker_span(subject) if subject is not None else None
    return headline_speaker(doc, quote, paragraphs[index][0]) or (None, None)


def reported_quotes(attributions: list[Attribution], found: list[Candidate], used: set[int]) -> list[Candidate]:
    """The attributions that are not already a direct quote, nor (nearly) the same passage as one found before."""
    direct_cues = {candidate.cue.start_char for candidate in found if candidate.cue is not None}
    reported = list(found)
    for i, attribution in enumerate(attributions):
        if i in used or attribution.cue.start_char in direct_cues:
            continue  # the cue of a direct quote: what the parse hangs on it is that quote again
        length = attribution.end - attribution.start
        if any(overlap(other.start, other.end, attribution.start, attribution.end) * 2 >= max(other.end - other.start, length)
               for other in reported):
            continue
        reported.append(Candidate(attribution.start, attribution.end, False, attribution.cue, attribution.speaker))
    return reported[len(found):]


def quotations_in_reported(doc: Doc, marks: list[QuoteMarks], found: list[Candidate], reported: list[Candidate],
                           attributions: list[Attribution], *, min_direct_words: int) -> list[Candidate]:
    """The quotations inside reported speech (``said it was “a historic day for both nations”``): the quoted
    words as a direct quote of their own, part of the innermost reported content around them. Short quoted
    phrases (scare quotes, terms) and titles stay only inside the content. The words are those of the speaker
    of the innermost speech act around them, which may be one the content reports when it names its speaker
    ("Araghchi said Washington had promised that “...”": Washington's words; but "the agency said its staff
    had confirmed levels were “...”": the agency's)."""
    parts = []
    article = doc_text(doc)
    for quote in marks:
        # contents reaching beyond the marks on either side, with the marks inside them
        holders = [candidate for candidate in reported
                   if candidate.start <= quote.start + 1 and quote.end <= candidate.end + 2
                   and (candidate.start < quote.start - 1 or candidate.end > quote.end + 1)]
        if not holders:
            continue
        text = article[quote.start:quote.end]
        if word_count(text) < min_direct_words or looks_like_title(text):
            continue
        if any(candidate.direct and overlap(quote.start, quote.end, candidate.start, candidate.end)
               for candidate in found):
            continue  # already a direct quote of its own
        holder = min(holders, key=lambda candidate: candidate.end - candidate.start)
        cue, speaker = holder.cue, holder.speaker
        inner = [a for a in attributions if a.speaker is not None and holder.start <= a.cue.start_char < holder.end
                 and a.start <= quote.start + 1 and quote.end <= a.end + 2 and names_someone(a.speaker)]
        if inner:  # a speech act inside the holder's content, with the quote in its own content
            innermost = min(inner, key=lambda a: a.end - a.start)
            cue, speaker = innermost.cue, innermost.speaker
        parts.append(Candidate(quote.start, quote.end, True, cue, speaker, holder))
    return parts


NAMED_SPEAKER_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


def names_someone(speaker: Span) -> bool:
    """Whether a speaker phrase names who speaks ("Washington", "Philippine officials", "Hamas", "the Hamas
    statement, which read") rather than standing for someone named before ("he", "its staff")."""
    tokens = list(speaker)
    if len(tokens) == 1 and tokens[0].tag_ in ("WDT", "WP") and tokens[0].head.dep_ == "relcl":
        antecedent = tokens[0].head.head  # "which" of "the statement, which read": the statement
        tokens = list(speaker.doc[antecedent.left_edge.i:antecedent.i + 1])
    return any(token.pos_ == "PROPN" or token.ent_type_ in NAMED_SPEAKER_LABELS for token in tokens)


def quote_records(doc: Doc, found: list[Candidate]) -> list[Quote]:
    """Numbered Quote records with each speaker resolved to its actor."""
    actors = {actor.actor_id: actor for actor in doc._.actors or ()}
    mentions = list(doc._.actor_mentions or ())
    text = doc_text(doc)
    ids = {(candidate.start, candidate.end, candidate.direct): f"q{number}" for number, candidate in enumerate(found, 1)}
    quotes = []
    for number, candidate in enumerate(found, 1):
        speaker = resolve_speaker(doc, candidate.speaker, actors, mentions)
        cue = candidate.cue
        holder = candidate.part_of
        quotes.append(Quote(
            quote_id=f"q{number}", text=text[candidate.start:candidate.end], start=candidate.start,
            end=candidate.end, direct=candidate.direct,
            speaker=speaker.name, speaker_id=speaker.actor_id, speaker_start=speaker.start, speaker_end=speaker.end,
            cue=cue.text if cue is not None else None,
            cue_start=cue.start_char if cue is not None else None,
            cue_end=cue.end_char if cue is not None else None,
            part_of=ids[holder.start, holder.end, holder.direct] if holder is not None else None,
        ))
    return quotes
