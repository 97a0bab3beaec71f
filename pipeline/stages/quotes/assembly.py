"""Putting the quotes of a Doc together: direct quotes, reported speech and the quotations inside it.

Direct quotes come from the quotation marks (``marks``), framed by the cue around
them (``frames``); reported speech from the parse (``attribution``). A quotation
inside a reported content (a mixed quote) stays part of it; when it is four words
or more and no title, it is also a direct row of its own whose ``part_of`` names
that reported content. Each speaker is resolved to an actor (``speakers``).
"""
from __future__ import annotations

import bisect
from typing import NamedTuple

from spacy.tokens import Doc, Span

from pipeline.records import Quote
from pipeline.stages.extensions import doc_text
from pipeline.stages.quotes.attribution import Attribution, reported_speech
from pipeline.stages.quotes.cues import cue_verbs
from pipeline.stages.quotes.frames import (closing_speaker, is_introduced_name, is_named_work, looks_like_title,
                                           paragraph_spans, quote_frame, runs_on, stands_alone, transcript_turns,
                                           word_count)
from pipeline.stages.quotes.learned_cues import keeps, learned_attributions, probability
from pipeline.stages.quotes.marks import QuoteMarks, find_quote_marks
from pipeline.stages.quotes.speaker_words import names_someone
from pipeline.stages.quotes.speakers import dateline_end, resolve_speaker


MIN_DIRECT_WORDS = 4
# a reading of a passage replaces another one it overlaps when the model finds it this much likelier: a learned
# attribution the rule contents it touches, a rule content another of (nearly) the same passage (chosen on the
# 2-fold split of quotes_train: with no margin the second fold's F1 and speaker accuracy fell)
REPLACE_MARGIN = 0.2


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
    # the learned model's probability of a reported content (none for direct quotes)
    score: float | None = None


def extract_quotes(doc: Doc, *, min_direct_words: int = MIN_DIRECT_WORDS) -> list[Quote]:
    """All quotes of a parsed Doc, direct and reported, in text order with ids q1, q2 ..."""
    marks = list(find_quote_marks(doc_text(doc)))
    paragraphs = paragraph_spans(doc_text(doc))
    # a cue inside quotation marks ("I think ...") belongs to the quoted speaker's own words
    attributions = [attribution for attribution in reported_speech(doc)
                    if not any(mark.start < attribution.cue.start_char < mark.end for mark in marks)]
    turns = [Candidate(start, end, True, cue, speaker) for start, end, cue, speaker in transcript_turns(doc, paragraphs)]
    direct, used, mixed = direct_quotes(doc, marks, paragraphs, attributions, turns, min_direct_words=min_direct_words)
    found = turns + direct
    # the learned cue table drops the rules' hits on cues that rarely attribute and adds the parse's on cues that do
    learned = [attribution for attribution in learned_attributions(doc)
               if not any(mark.start < attribution.cue.start_char < mark.end for mark in marks)]
    reported = gap_fillers(learned, found, reported_quotes(attributions, found, used))
    reported = outermost(reported, found)
    # a mixed quote is part of the reported speech around it (below); alone only when that did not survive
    found += [candidate for candidate in mixed if not holders_of(candidate.start, candidate.end, reported)]
    found += reported + quotations_in_reported(doc, marks, found, reported, attributions,
                                               min_direct_words=min_direct_words)
    return quote_records(doc, sorted(after_dateline(doc, found), key=lambda candidate: candidate.start),
                         tuple((mark.start, mark.end) for mark in marks))


def after_dateline(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Reported contents start after a wire dateline the parse took into them ("GENEVA, June 12 (Reuters) - Talks
    failed, the U.N. said": the content is "Talks failed"): where and when the story was filed is no one's speech."""
    end = dateline_end(doc)
    if not end:
        return found
    text = doc_text(doc)
    start = end + len(text[end:]) - len(text[end:].lstrip())
    moved = {candidate: candidate._replace(start=start) for candidate in found
             if not candidate.direct and candidate.start < end < candidate.end}
    if not moved:
        return found
    return [moved.get(candidate) or candidate._replace(part_of=moved.get(candidate.part_of, candidate.part_of))
            for candidate in found]


def direct_quotes(doc: Doc, marks: list[QuoteMarks], paragraphs: list[tuple[int, int]],
                  attributions: list[Attribution], turns: list[Candidate], *, min_direct_words: int
                  ) -> tuple[list[Candidate], set[int], list[Candidate]]:
    """The quoted passages that are quotations, with the cue and speaker that frame them, the
    attributions (by index) that turned out to be those same quotations, and the quotations that
    are the most of a reported content reaching beyond their marks (``said that “...”``, ``“...” of
    the plan``): the writer's words make that content reported speech, with the quotation a part of it."""
    found: list[Candidate] = []
    mixed_quotes: list[Candidate] = []
    used: set[int] = set()
    # (paragraph index, cue, speaker, where it or its cue starts) of the last quote with a speaker
    previous: tuple[int, Span | None, Span | None, int] | None = None
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
        if not stands_alone(doc, quote, paragraphs[index][0]) or is_quoted_term(article, quote):
            continue  # a phrase quoted inside the writer's own sentence, not a quotation of its own
        if looks_like_title(text) and is_named_work(article, quote.start):
            continue  # "her book, “The Long Road Home”": a title
        cue, speaker = quote_frame(doc, quote, marks, paragraphs, index, [attributions[i] for i in covering])
        used.update(covering)
        continues_speaker = previous is not None and previous[0] == index
        if cue is None and (looks_like_title(text) or is_heading(article, quote, paragraphs[index])
                            or word_count(text) < min_direct_words and not continues_speaker):
            continue  # a title or a heading, or a short phrase nobody is said to have said
        if speaker is None:
            # the next quote of the speaker just quoted, or just reported in this paragraph or the one
            # before ("..., Schiff said. “The other factor is ...”"), whichever came last; a report whose content
            # takes in a quote already framed is where that quote came from ("“...,” Ruiz told Ortega, according
            # to the readout. “...”": the readout passes on Ruiz's words), not a new speaker
            reported = [a for a in attributions if a.speaker is not None and a.end <= quote.start
                        and paragraphs[max(index - 1, 0)][0] <= a.cue.start_char < quote.start
                        and not any(overlap(a.start, a.end, other.start, other.end) for other in found)]
            last = max(reported, key=lambda a: a.cue.start_char, default=None)
            # ... but not a report inside the sentence of the last quote's own cue ("'...,' Mohamad said, referring
            # to a vote the junta has promised. '...'": the junta's promise is no new speaker)
            said_until = previous[1].sent.end_char if previous is not None and previous[1] is not None else -1
            if last is not None and (previous is None or previous[3] < last.cue.start_char) \
                    and last.cue.start_char >= said_until:
                speaker = last.speaker  # its cue stays the reported speech's own
            elif previous is not None and index - previous[0] <= 1:
                cue, speaker = previous[1], previous[2]
        if speaker is not None:
            previous = (index, cue, speaker, max(quote.start, cue.start_char if cue is not None else 0))
        # quoted words the writer's sentence runs on after: reported speech, not a direct quote
        direct = not runs_on(doc, quote)
        (mixed_quotes if mixed else found).append(Candidate(quote.start, quote.end, direct, cue, speaker))
    found = continued_speakers(found, marks, paragraphs, article)
    return closing_speakers(doc, found, marks, paragraphs), used, mixed_quotes


def closing_speakers(doc: Doc, found: list[Candidate], marks: list[QuoteMarks], paragraphs: list[tuple[int, int]]
                     ) -> list[Candidate]:
    """The quotes still without a speaker that the paragraph before introduces by who spoke (``closing_speaker``),
    and the paragraphs continuing such a quote: last, so that a cue at the end of a quote over paragraphs
    (“...¶“...,” she said) comes first."""
    by_start = {mark.start: mark for mark in marks}
    starts = [start for start, _ in paragraphs]
    found = list(found)
    for i, here in enumerate(found):
        if here.speaker is not None or not here.direct or here.start not in by_start:
            continue
        index = bisect.bisect_right(starts, here.start) - 1
        before = found[i - 1] if i else None
        if before is not None and before.speaker is not None and by_start.get(before.start, here).continued \
                and bisect.bisect_right(starts, before.start) == index:
            found[i] = here._replace(cue=before.cue, speaker=before.speaker)  # the next paragraph of that quote
            continue
        frame = closing_speaker(doc, by_start[here.start], marks, paragraphs, index)
        if frame is not None:
            found[i] = here._replace(cue=frame[0], speaker=frame[1])
    return found


def continued_speakers(found: list[Candidate], marks: list[QuoteMarks], paragraphs: list[tuple[int, int]],
                       article: str) -> list[Candidate]:
    """A quote running over paragraphs names its speaker at the end (“...¶“...,” she said): its paragraphs
    before that take the cue and speaker of the quote that continues them in the next paragraph. So does a
    quote right before another in its paragraph, nothing but space between (“...” “...,” she said)."""
    continued = {quote.start for quote in marks if quote.continued}
    starts = [start for start, _ in paragraphs]
    found = list(found)
    for i in range(len(found) - 2, -1, -1):
        here, after = found[i], found[i + 1]
        if here.speaker is None and after.speaker is not None and (
                here.start in continued
                and bisect.bisect_right(starts, after.start) == bisect.bisect_right(starts, here.start) + 1
                or here.end <= after.start and not article[here.end:after.start].strip()):
            found[i] = here._replace(cue=after.cue, speaker=after.speaker)
    return found


def is_heading(article: str, quote: QuoteMarks, paragraph: tuple[int, int]) -> bool:
    """A quoted line alone in its paragraph with every long word capitalised, a full stop or not
    (a subheading ‘All Bets Are Off.’): a heading, not a quotation."""
    text = article[quote.start:quote.end]
    alone = article[paragraph[0]:paragraph[1]].strip() == text.strip()
    return alone and looks_like_title(text.strip("\"“”„«»‘’'` ").rstrip(".!"))


def is_quoted_term(article: str, quote: QuoteMarks) -> bool:
    """A single quoted word run into the writer's sentence (what he calls “hell”, called it “fraud”): a term
    the writer mentions, not words someone is quoted as saying; a one-word answer after a comma or colon
    ("he said, “No.”") still is."""
    before = article[max(0, quote.start - 40):quote.start].rstrip()
    return word_count(article[quote.start:quote.end]) == 1 and before[-1:].isalnum()


def holders_of(start: int, end: int, reported: list[Candidate]) -> list[Candidate]:
    """The reported contents that reach beyond the marks at ``start..end`` on either side, with the marks inside."""
    return [candidate for candidate in reported
            if candidate.start <= start + 1 and end <= candidate.end + 2
            and (candidate.start < start - 1 or candidate.end > end + 1)]


def reaching_into(start: int, end: int, reported: list[Candidate]) -> list[Candidate]:
    """The reported contents a quotation at ``start..end`` is the most of, when the content does not hold the whole
    of it: one the parse cut inside the marks (``Washington wanted "a deal that sticks, not a pause ..."`` ends at
    "sticks", ``there were "two ways ...: militarily, or ..."`` at the colon), or one that is the quoted words
    themselves (``called for "a transparent and neutral inquiry."``, where no cue verb stands next to the marks).
    Either way the quoted words are a quotation inside that reported speech."""
    return [candidate for candidate in reported
            if candidate.start < start - 1 and start + 1 < candidate.end < end - 1
            or start <= candidate.start and candidate.end <= end
            and (candidate.end - candidate.start) * 2 >= end - start]


def asked_to(article: str, start: int, reported: list[Candidate]) -> list[Candidate]:
    """The reported content a quotation right after "to" completes: the one asked of it ("calls on all parties to
    “stop the violence and return to dialogue”": the parse's content of "calls on" is its object alone)."""
    return [candidate for candidate in reported
            if candidate.end < start and article[candidate.end:start].strip() == "to"]


def reported_quotes(attributions: list[Attribution], found: list[Candidate], used: set[int]) -> list[Candidate]:
    """The attributions that are not already a direct quote, nor (nearly) the same passage as one found before
    -- unless the model finds the later reading much likelier (``REPLACE_MARGIN``), which then replaces it."""
    direct_cues = {candidate.cue.start_char for candidate in found if candidate.cue is not None}
    reported = list(found)
    for i, attribution in enumerate(attributions):
        if i in used or attribution.cue.start_char in direct_cues or not keeps(attribution):
            continue  # the cue of a direct quote: what the parse hangs on it is that quote again
        length = attribution.end - attribution.start
        score = probability(attribution)
        # nearly the same passage as one kept is a duplicate, unless the model finds this reading much likelier
        same = [other for other in reported if overlap(other.start, other.end, attribution.start, attribution.end) * 2
                >= max(other.end - other.start, length)]
        if any(other.score is None or other.score + REPLACE_MARGIN >= score for other in same):
            continue
        reported = [other for other in reported if other not in same]
        reported.append(Candidate(attribution.start, attribution.end, False, attribution.cue, attribution.speaker,
                                  score=score))
    return [candidate for candidate in reported if candidate.score is not None]


def outermost(reported: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """The reported contents that lie inside no other quote: a report nested in another one's content ("he said
    that she believed X") is part of that content. Annotated attributions do not nest (in the 840 training
    articles, 1 content of 17,364 lies in another), so the outer one is the attribution."""
    return [candidate for candidate in reported
            if not any(other.start <= candidate.start and candidate.end <= other.end
                       and (other.start, other.end) != (candidate.start, candidate.end) for other in found + reported)]


def gap_fillers(learned: list[Attribution], found: list[Candidate], reported: list[Candidate]) -> list[Candidate]:
    """The reported contents with the learned model's attributions added: one that touches no quote is added, and
    one that touches only rule contents the model finds much less likely replaces them (two readings of the same
    speech with other bounds, or of the writer's words around it: the likelier one stays). Around or inside a
    direct quote, a parse pattern is the same speech again."""
    kept = list(reported)
    fillers: list[Candidate] = []
    for attribution in learned:
        if any(overlap(other.start, other.end, attribution.start, attribution.end) for other in found + fillers):
            continue
        score = probability(attribution)
        rivals = [other for other in kept if overlap(other.start, other.end, attribution.start, attribution.end)]
        if any(other.score is None or other.score + REPLACE_MARGIN >= score for other in rivals):
            continue
        kept = [other for other in kept if other not in rivals]
        fillers.append(Candidate(attribution.start, attribution.end, False, attribution.cue, attribution.speaker,
                                 score=score))
    return kept + fillers


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
        holders = (holders_of(quote.start, quote.end, reported) or reaching_into(quote.start, quote.end, reported)
                   or asked_to(article, quote.start, reported))
        if not holders:
            continue
        text = article[quote.start:quote.end]
        if word_count(text) < min_direct_words or looks_like_title(text) or is_introduced_name(article, quote.start):
            continue
        if any(candidate.direct and overlap(quote.start, quote.end, candidate.start, candidate.end)
               for candidate in found):
            continue  # already a direct quote of its own
        holder = min(holders, key=lambda candidate: candidate.end - candidate.start)
        cue, speaker = holder.cue, holder.speaker
        # the inner act must be one of speech, writing or belief ("Washington had promised that “...”"); a quotation
        # a verb of wanting or backing governs is the outer speaker's words ("X said Chile wanted “...”")
        inner = [a for a in attributions if a.speaker is not None and holder.start <= a.cue.start_char < holder.end
                 and a.start <= quote.start + 1 and min(quote.end, holder.end) <= a.end + 2 and names_someone(a.speaker)
                 and (a.cue.root.lemma_.lower() in cue_verbs() or a.cue.root.pos_ not in ("VERB", "AUX"))
                 and not wished_of(article, a, quote.start)]
        if inner:  # a speech act inside the holder's content, with the quote in its own content
            innermost = min(inner, key=lambda a: a.end - a.start)
            cue, speaker = innermost.cue, innermost.speaker
        parts.append(Candidate(quote.start, quote.end, True, cue, speaker, holder))
    return parts


def wished_of(article: str, inner: Attribution, quote_start: int) -> bool:
    """Whether a quotation completes what an inner act wants of someone ("X said New Delhi expected the government
    to “protect all minorities”"): a wish or request the outer speaker reports in their own words, not words the
    inner speaker is quoted as saying."""
    return article[inner.start:quote_start].rstrip().split()[-1:] == ["to"]


def quote_records(doc: Doc, found: list[Candidate], quotations: tuple[tuple[int, int], ...] = ()) -> list[Quote]:
    """Numbered Quote records with each speaker resolved to its actor (``quotations``: the spans of the article's
    quotation marks, whose words speak for no one after them)."""
    actors = {actor.actor_id: actor for actor in doc._.actors or ()}
    mentions = list(doc._.actor_mentions or ())
    text = doc_text(doc)
    ids = {(candidate.start, candidate.end, candidate.direct): f"q{number}" for number, candidate in enumerate(found, 1)}
    quotes = []
    for number, candidate in enumerate(found, 1):
        speaker = resolve_speaker(doc, candidate.speaker, actors, mentions, (candidate.start, candidate.end),
                                  quotations)
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
