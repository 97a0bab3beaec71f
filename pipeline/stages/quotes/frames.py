"""The frame around a direct quote: the cue and the speaker that introduce the quoted words.

A cue verb after the quote in its sentence or before it (``"...," Peskov said``),
a colon ending the paragraph before (``Caddell continued:``, or with no cue verb, the
named subject of that sentence: ``Sanders made the following comment:``), a dash and a name
(``"..." ― Name``), a headline name (``Lavrov: ‘...’``), the parse's attribution
of the quoted clause, or the turns of an interview transcript
(``WALLACE: ...``); and whether quoted words stand alone at all or are a title.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re

from spacy.tokens import Doc, Span, Token

from pipeline.resources import read_words
from pipeline.stages.extensions import doc_text, doc_tokens
from pipeline.stages.quotes.attribution import Attribution
from pipeline.stages.quotes.cues import is_cue_verb
from pipeline.stages.quotes.marks import QuoteMarks
from pipeline.stages.quotes.speaker_words import is_thing, speaker_nouns
from pipeline.stages.quotes.speakers import adjacent_subject, speaker_span, subject_of


SENTENCE_END = {".", "!", "?"}
FRAMING_TAGS = {"VBD", "VBZ"}  # a finite verb in the past or present tense
DASH_SPEAKER = re.compile(r"[ \u00a0]*([―—–])[ \u00a0]*([A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’.-]*){0,4})")
TRANSCRIPT_TURN = re.compile(r"[ \u00a0\"“]*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}) ?(:)[ \u00a0]+")
CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "advcl"}  # what a verb of saying says: it is then no bare "he spoke"
CLOSING_QUOTE_WORDS = 8  # a quoted line shorter than this alone in its paragraph is a heading more often than speech
HEADLINE_WORDS = 16  # a headline's words after the colon; a longer line is a sentence of the story
CLOSING_MARKS = "\"”»’'"


def word_count(text: str) -> int:
    return sum(any(char.isalnum() for char in word) for word in text.split())


def looks_like_title(text: str) -> bool:
    """A quoted title or name ("Gone with the Wind"): no final punctuation and every long word capitalised."""
    inner = text.strip("\"“”„«»‘’'` ")
    words = [word for word in inner.split() if len(word) > 3]
    return bool(words) and inner[-1:] not in ".,!?;:—…" and all(word[:1].isupper() for word in words)


@functools.lru_cache(maxsize=None)
def name_introducers() -> tuple[str, ...]:
    return tuple(sorted(read_words("quote_name_introducers.txt")))


def is_introduced_name(text: str, start: int) -> bool:
    """Whether the quoted words at ``start`` follow a word that makes them a name or a term ("the so-called “coalition
    of the willing”", "a plan dubbed “Shield of the East”", "known as “the Butcher”"): scare quotes, not a quotation."""
    before = text[max(0, start - 30):start].rstrip().lower()
    return any(before.endswith(words) and not before[:-len(words)][-1:].isalnum() for words in name_introducers())


def is_named_work(text: str, start: int) -> bool:
    """Whether the quoted words at ``start`` follow a noun for a work, a publication or a plan and a comma or colon
    ("her book, “The Long Road Home”", "the report: “Borders Under Strain”"): with title-case words
    (``looks_like_title``) they are the work's title, not a quotation."""
    before = text[max(0, start - 40):start].rstrip()
    if not before or before[-1] not in ",:":
        return False
    words = before[:-1].split()
    return bool(words) and words[-1].lower() in read_words("quote_work_nouns.txt")


def stands_alone(doc: Doc, quote: QuoteMarks, paragraph_start: int) -> bool:
    """Whether a quote opens its sentence or follows its cue ("said:", "said,", "said")
    rather than sitting inside a sentence of the writer's ("under “constant attack” from")."""
    before = doc_text(doc)[paragraph_start:quote.start].rstrip()
    if not before or before[-1] in ".!?:,;—–-(…" or before[-1] in CLOSING_MARKS:
        return True
    previous = doc.char_span(paragraph_start, len(before) + paragraph_start, alignment_mode="expand")
    return previous is not None and len(previous) > 0 and is_cue_verb(previous[-1])


def runs_on(doc: Doc, quote: QuoteMarks) -> bool:
    """Whether quoted words end mid-clause and the writer's sentence runs on after them: no punctuation
    before the closing mark and a lowercase word after it that neither is nor shortly precedes a cue
    (“...for the mechanics” of the plan, claimed “Trump exaggerates” the figure): a phrase worked into
    the writer's reported speech, not a direct quote ("“We will win” he said" still is one)."""
    article = doc_text(doc)
    inner = article[quote.start:quote.end].rstrip(CLOSING_MARKS + "“‘`„« \u00a0")
    if not inner[-1:].isalnum():
        return False
    first, last = token_range(doc, quote.start, quote.end)
    after = [token for token in doc_tokens(doc)[last:last + 4] if not token.is_space]
    if not after or not after[0].is_lower or not after[0].is_alpha or after[0].pos_ == "PRON":
        return False
    return not any(is_cue_verb(token) for token in after)


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
    if closing_text[-1:] in (",", "?", "!"):
        verb = framing_verb(after)
        if verb is not None:
            return verb
    for token in reversed(tokens[:first]):
        if token.idx < paragraph[0] or token.text in SENTENCE_END or quoted(token):
            break
        if is_cue_verb(token):
            return token
    return None


def framing_verb(after: list[Token]) -> Token | None:
    """A verb outside the cue lists that frames the quote before it: ``“...,” Kestel barked``, ``“...?” Ruell went
    on``. The quote ends on a comma, question or exclamation mark (the sentence runs on), and within the next four
    words stands a verb in the past or present tense whose subject, a name or a pronoun, is among those words."""
    words = [token for token in after[:5] if not token.is_punct and not token.is_space][:4]
    near = {token.i for token in words}
    for token in words:
        if token.pos_ == "VERB" and token.tag_ in FRAMING_TAGS and any(
                child.dep_ == "nsubj" and child.pos_ in ("PROPN", "PRON") and child.i in near for child in token.children):
            return token
    return None


def inside_marks(token: Token, marks: list[QuoteMarks]) -> bool:
    """Whether a token lies between the marks of a quoted segment."""
    index = bisect.bisect_right([mark.start for mark in marks], token.idx) - 1
    return index >= 0 and token.idx < marks[index].end


def cited_source(verb: Token) -> Token | None:
    """``"...," state TV reported, citing Araghchi``: a medium passing on someone's words names them with
    "citing" or "quoting"; the one cited is the speaker."""
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp", "conj") and child.lemma_.lower() in ("cite", "quote") and child.tag_ == "VBG":
            cited = [grandchild for grandchild in child.children if grandchild.dep_ == "dobj"]
            if cited:
                return cited[0]
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


def colon_subject(doc: Doc, quote: QuoteMarks, paragraphs: list[tuple[int, int]], index: int
                  ) -> tuple[Span, Span] | None:
    """A colon with no cue verb right before a quote: the colon is the cue, and the named subject of the clause
    it closes speaks -- at the end of the paragraph before a quote that fills its own paragraph (``Sanders made the
    following comment:``), or in the quote's own sentence (``The president was blunt: "..."``)."""
    before = doc_text(doc)[paragraphs[index][0]:quote.start]
    if before.strip():
        text = before.rstrip()
        if not text.endswith(":") or text[:-1].rstrip().endswith(":") or not text[:-1].strip():
            return None
        return _colon_speaker(doc, paragraphs[index][0] + len(text) - 1, inline=True)
    if index == 0:
        return None
    previous = paragraphs[index - 1]
    text = doc_text(doc)[previous[0]:previous[1]].rstrip()
    if not text.endswith(":"):
        return None
    return _colon_speaker(doc, previous[0] + len(text) - 1, inline=False)


def _colon_speaker(doc: Doc, at: int, *, inline: bool) -> tuple[Span, Span] | None:
    colon = doc.char_span(at, at + 1, alignment_mode="expand")
    if colon is None:
        return None
    head = colon[0].head  # the verb the colon closes; its sentence's root when the parse ran on past it
    verb = head if head.pos_ in ("VERB", "AUX") and head.i < colon[0].i else colon[0].sent.root
    if inline:
        # in the quote's own sentence the parse may hang the clause before the colon on the quoted words: the
        # last verb before the colon that has a subject closes it ("Lavrov: ..." has none: a headline name)
        sent = colon[0].sent
        clauses = [t for t in doc[sent.start:colon[0].i] if t.pos_ in ("VERB", "AUX")
                   and any(child.dep_ in ("nsubj", "nsubjpass") for child in t.children)]
        if not clauses:
            return None
        verb = clauses[-1]
    subject = subject_of(verb)
    if subject is None or not (subject.pos_ in ("PROPN", "PRON") and subject.tag_ not in ("WP", "WDT", "EX")
                               or is_speaker_noun(subject)):
        return None
    return colon, speaker_span(subject)


def is_speaker_noun(token: Token) -> bool:
    """Whether a common noun describes someone who speaks ("the minister", "the ministry", "the statement"), so
    that ``The minister was blunt: "..."`` is said by the minister while ``The problem is simple: "..."`` is no one's."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in speaker_nouns()


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def dash_attribution(doc: Doc, quote: QuoteMarks, paragraphs: list[tuple[int, int]], index: int
                     ) -> tuple[Span, Span] | None:
    """``“...” ― Carla Sanchez``: a dash right after the closing mark, then the speaker's name; also on the line
    after a quote that ends its paragraph (a pull quote or epigraph: ``“...”¶— José Mulino, President of Panama``)."""
    text = doc_text(doc)
    match = DASH_SPEAKER.match(text, quote.end, paragraphs[index][1])
    below = match is None and index + 1 < len(paragraphs) and not text[quote.end:paragraphs[index][1]].strip()
    if below:
        match = DASH_SPEAKER.match(text, paragraphs[index + 1][0], paragraphs[index + 1][1])
    if match is None:
        return None
    cue = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    speaker = doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
    if below and (speaker is None or speaker[0].pos_ != "PROPN"):
        return None  # a line set off by dashes that names no one ("– An immigrant himself –"): a subheading
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


def headline_name_after(doc: Doc, quote: QuoteMarks, paragraph: tuple[int, int]) -> tuple[Span, Span] | None:
    """``‘We will not be bullied’: Mulino rejects canal claims`` (a headline led by the quote): the quote opens its
    line, a colon follows it, and the name right after the colon speaks."""
    text = doc_text(doc)
    after = text[quote.end:paragraph[1]]
    if text[paragraph[0]:quote.start].strip() or not after.lstrip().startswith(":"):
        return None
    colon = quote.end + after.index(":")
    tokens = [token for token in doc.char_span(colon, paragraph[1], alignment_mode="expand") or ()
              if not token.is_space][1:]
    name = list(itertools.takewhile(lambda token: token.pos_ == "PROPN" and token.is_title, tokens))
    cue = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if not name or cue is None or len(tokens) > HEADLINE_WORDS:
        return None
    return cue, doc[name[0].i:name[-1].i + 1]


@functools.lru_cache(maxsize=None)
def speaking_verbs() -> frozenset[str]:
    return read_words("speaking_verbs.txt")


def closing_speaker(doc: Doc, quote: QuoteMarks, marks: list[QuoteMarks], paragraphs: list[tuple[int, int]],
                    index: int) -> tuple[Span, Span] | None:
    """A quote opening its paragraph with no cue, after a paragraph whose last sentence says who spoke and no more
    ("... and he spoke with the freedom of a man about to hand over.¶“People here ...”"): that speaker, a name or a
    pronoun, says it (a feature's long quote, whose next paragraphs continue it)."""
    text = doc_text(doc)
    if index == 0 or text[paragraphs[index][0]:quote.start].strip() or word_count(
            text[quote.start:quote.end]) < CLOSING_QUOTE_WORDS:
        return None
    previous = doc.char_span(*paragraphs[index - 1], alignment_mode="expand")
    if previous is None or any(previous.start_char <= mark.start < previous.end_char for mark in marks):
        return None  # a paragraph with quotes of its own: its cue is theirs
    last = list(previous.sents)[-1]
    verbs = [token for token in last if token.pos_ == "VERB" and not any(
        child.dep_ in CONTENT_DEPS for child in token.children)
        and (is_cue_verb(token) or token.lemma_.lower() in speaking_verbs())]
    subject = subject_of(verbs[-1]) if verbs else None
    if subject is None or subject.pos_ not in ("PROPN", "PRON") or subject.tag_ in ("WP", "WDT", "EX"):
        return None
    return doc[verbs[-1].i:verbs[-1].i + 1], speaker_span(subject)


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


def quote_frame(doc: Doc, quote: QuoteMarks, marks: list[QuoteMarks], paragraphs: list[tuple[int, int]], index: int,
                covering: list[Attribution]) -> tuple[Span | None, Span | None]:
    """The cue and speaker tokens of a direct quote: a dash and a name after it, the parse's attribution
    of the quoted clause, a cue verb around it, a colon ending the paragraph before, or a headline name."""
    dash = dash_attribution(doc, quote, paragraphs, index)
    if dash is not None:
        return dash
    if covering:
        cue, speaker = covering[0].cue, covering[0].speaker
        cited = cited_source(cue[0])
        if cited is not None:
            return cue, speaker_span(cited)
        if speaker is None or inside_marks(speaker.root, marks):
            # a quoted title taken for the speaker ("said on Fox's “Fox and Friends”"), or no subject at all (the
            # parse hung "said Mara Kestel, half joking" on "joking"): the name next to the cue
            subject = adjacent_subject(cue[0])
            speaker = speaker_span(subject) if subject is not None and not inside_marks(subject, marks) else None
        return cue, speaker
    verb = nearby_cue(doc, quote, marks, paragraphs[index]) or colon_cue(doc, quote, paragraphs, index)
    if verb is not None:
        subject = subject_of(verb)
        if subject is None or inside_marks(subject, marks):
            # the quoted words never name their own speaker: a parse that took a quoted noun for the
            # subject ("“Real trouble,” said Mara Kestel") gives way to the name next to the cue
            subject = adjacent_subject(verb)
        if subject is not None and inside_marks(subject, marks):
            subject = None
        subject = cited_source(verb) or subject
        if verb.idx < quote.start and is_thing(subject):
            # "Asked about the fund agreed last year, she was blunt: '...'": the cue word before the quote has a
            # thing for its subject; the clause the colon right before the quote closes names the speaker
            colon = colon_subject(doc, quote, paragraphs, index)
            if colon is not None:
                return colon
        return doc[verb.i:verb.i + 1], speaker_span(subject) if subject is not None else None
    return (colon_subject(doc, quote, paragraphs, index) or headline_speaker(doc, quote, paragraphs[index][0])
            or headline_name_after(doc, quote, paragraphs[index]) or (None, None))
