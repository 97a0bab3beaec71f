"""Quotes stage: direct and reported speech, each attributed to its speaker and cue.

Direct quotes come from the quotation marks (``quote_marks``), reported speech
from the parse (a cue verb from ``models/en/cues.txt`` with a clausal
complement, or "according to X"). Each quote's speaker is the cue's subject,
resolved to an actor of ``doc._.actors``; pronouns and descriptions ("he", "the
spokesman") go to the nearest actor named before them.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import extensions  # noqa: F401
from .quote_marks import QuoteMarks, find_quote_marks
from .records import Actor, Mention, Quote
from .resources import read_words

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
CONTENT_DEPS = {"ccomp"}
# clauses hanging on a parenthetical cue that still belong to the content around it
CONTENT_CLAUSE_DEPS = {"advcl", "ccomp", "xcomp"}
# dependents of an object cue that hold its content ("called the talks 'constructive'", "urged X to go")
OBJECT_DEPS = {"dobj", "dative", "oprd", "attr", "acomp", "xcomp", "ccomp"}
# participles and coordinated verbs that borrow their subject from the verb they hang on ("..., adding that")
BORROWING_DEPS = {"advcl", "conj", "xcomp", "pcomp"}
# where a speaker noun phrase stops: relative clauses, appositions, parentheticals
SPEAKER_STOP_DEPS = {"relcl", "acl", "appos", "punct", "cc", "conj", "advmod", "prep"}
RELATIVE_CONTENT = {"what", "which"}  # "what the senators said", "which he said were at his side"
PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"they", "it", "we"}
SENTENCE_END = {".", "!", "?"}
PASSIVE_PREPOSITIONS = {"of", "for", "as", "about"}
# prepositions that complete an object cue ("accused X of Y", "cited X as Y"); others are adjuncts ("in a ruling")
OBJECT_PREPOSITIONS = {"of", "for", "as", "about", "to", "with", "from"}
CONTRAST_WORDS = {"although", "though", "whereas"}
DASH_SPEAKER = re.compile(r"[ \u00a0]*([―—–])[ \u00a0]*([A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’.-]*){0,4})")
TRANSCRIPT_TURN = re.compile(r"[ \u00a0\"“]*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}) ?(:)[ \u00a0]+")
CLOSING_MARKS = "\"”»’'"
QUOTE_CHARS = {"\"", "“", "”", "«", "»", "‘", "’", "'", "''", "``"}
MIN_DIRECT_WORDS = 4
# how far back (characters) a pronoun or description looks for the actor it stands for
COREFERENCE_WINDOW = 1500


class Attribution(NamedTuple):
    """What the parse says: a content span, the cue that introduces it and the speaker span (if any)."""

    start: int
    end: int
    cue: Span
    speaker: Span | None


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
        self.set_annotations(doc, quotes)
        return doc

    @staticmethod
    def set_annotations(doc: Doc, quotes: list[Quote]) -> None:
        doc._.quotes = quotes


def cue_verbs() -> frozenset[str]:
    return frozenset(entry for entry in read_words("cues.txt") if " " not in entry)


def object_cues() -> frozenset[tuple[str, str | None]]:
    """(verb lemma, preposition or None) pairs whose object is reported content."""
    return frozenset((entry.split()[0], entry.split()[1] if " " in entry else None)
                     for entry in read_words("cue_objects.txt"))


def cue_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(entry.split()) for entry in read_words("cues.txt") if " " in entry)


def speaker_nouns() -> frozenset[str]:
    return read_words("quote_speaker_nouns.txt")


# ---------------------------------------------------------------- reported speech


def is_cue_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in cue_verbs()


def subject_of(verb: Token) -> Token | None:
    """The cue's subject; participles and conjoined verbs borrow the subject of the verb they hang on."""
    seen = 0
    while verb is not None and seen < 4:
        subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if verb.dep_ not in BORROWING_DEPS or verb.head is verb:
            return None
        verb, seen = verb.head, seen + 1
    return None


def adjacent_subject(verb: Token) -> Token | None:
    """For a cue the parser left without a subject: the name or pronoun right before it ("Clinton said,")
    or a name right after it ("said Peskov")."""
    doc = verb.doc
    left = verb.i - 1
    while left >= 0 and doc[left].pos_ in ("ADV", "AUX", "PART"):
        left -= 1
    if left >= 0 and doc[left].pos_ in ("PROPN", "PRON", "NOUN") and doc[left].tag_ not in ("WP", "WDT"):
        return doc[left]
    if verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ == "PROPN":
        return doc[verb.i + 1]
    return None


def speaker_span(head: Token) -> Span:
    """The noun phrase naming the speaker: the subject's left part up to its head, plus modifiers like "for X"."""
    doc = head.doc
    start = head.left_edge.i
    for child in head.lefts:
        if child.dep_ in ("punct", "appos", "relcl") or child.text in (",", "("):
            start = max(start, child.right_edge.i + 1)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in SPEAKER_STOP_DEPS and not (child.dep_ == "prep" and child.text.lower() in ("for", "of", "at")):
            break
        end = child.right_edge.i + 1
    return doc[min(start, head.i):end]


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range ``start..end`` without punctuation and spaces at its edges, as character offsets."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end <= start:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def clause_attributions(doc: Doc) -> Iterator[Attribution]:
    """``X said (that) ...``, ``..., X added``, ``X told reporters ...``: a cue verb and its clausal complement.

    Also the parenthetical ``The test, North Korea said, was its biggest`` (the clause around the cue, in
    parts), a relative object (``what the senators said``) and, for the verbs of ``cue_objects.txt``, the
    object itself (``urged Republicans to join``, ``called for a ceasefire``).
    """
    objects = object_cues()
    object_verbs = {verb for verb, _ in objects}
    for token in doc:
        is_clause_cue = is_cue_verb(token)
        if not is_clause_cue and not (token.pos_ == "VERB" and token.lemma_.lower() in object_verbs):
            continue
        cue = doc[token.i:token.i + 1 + _particle(token)]
        if any(child.dep_ == "auxpass" for child in token.children):
            yield from passive_attributions(token, cue)
            continue
        subject = subject_of(token)
        speaker = speaker_span(subject) if subject is not None else None
        contents = clause_contents(token, subject) if is_clause_cue else []
        if not contents and subject is not None:
            # an object without a speaker is a name or a description ("a group called X"), not speech
            cue, contents = object_contents(token, cue, objects)
        for start, end in contents:
            span = trimmed(doc, start, content_end(doc, start, end))
            if span is not None:
                yield Attribution(span[0], span[1], cue, speaker)


def passive_attributions(token: Token, cue: Span) -> Iterator[Attribution]:
    """``X is expected to ...``, ``X was accused of ...``, ``X was criticized by Y``: the speaker is the
    agent (often none), the content the verb's complement, else (with an agent) the passive subject."""
    doc = token.doc
    agents = [grandchild for child in token.children if child.dep_ == "agent"
              for grandchild in child.children if grandchild.dep_ == "pobj"]
    speaker = speaker_span(agents[0]) if agents else None
    contents = [child for child in token.rights if child.dep_ in ("xcomp", "ccomp")]
    contents += [grandchild for child in token.rights if child.dep_ == "prep" and child.lower_ in PASSIVE_PREPOSITIONS
                 for grandchild in child.children if grandchild.dep_ in ("pobj", "pcomp")]
    if not contents and speaker is not None:
        contents = [child for child in token.lefts if child.dep_ == "nsubjpass"]
    for content in contents[:1]:
        span = trimmed(doc, content.left_edge.i, content.right_edge.i + 1)
        if span is not None:
            yield Attribution(span[0], span[1], cue, speaker)


def content_end(doc: Doc, start: int, end: int) -> int:
    """Where a reported content should end: before what the writer adds after it -- a trailing
    ", although ...", a non-restrictive ", who ..." or ", the ..." apposition at its end, or
    "and suggested ..." (another cue of the same speaker)."""
    for token in doc[start + 1:end - 1]:
        following = doc[token.i + 1]
        if token.text == "," and following.lower_ in CONTRAST_WORDS:
            return token.i
        if token.text == "," and starts_trailing_aside(following, end):
            return token.i
    return end


def starts_trailing_aside(token: Token, end: int) -> bool:
    """Whether ``token`` opens a relative clause or an apposition that runs to the content's end."""
    candidates = [token, *(head for head in token.ancestors if head.i < end)]
    return any(head.dep_ in ("relcl", "appos") and head.left_edge.i == token.i and head.right_edge.i >= end - 2
               for head in candidates)


def clause_contents(token: Token, subject: Token | None) -> list[tuple[int, int]]:
    """Token ranges of what a speech verb reports: its clausal complement, the clause around a
    parenthetical cue, or a relative pronoun object."""
    contents = [(child.left_edge.i, child.right_edge.i + 1) for child in token.children if child.dep_ in CONTENT_DEPS]
    if not contents:
        # "said legalizing it could put ...": a clause the parser took for a bare (non-"to") complement
        contents = [(child.left_edge.i, child.right_edge.i + 1) for child in token.rights
                    if child.dep_ == "xcomp" and not any(grandchild.lower_ == "to" for grandchild in child.lefts)]
    if contents and subject is not None:
        # "Though the transition was smooth, he said, replacing her would be hard": the fronted clause too
        contents += [(child.left_edge.i, child.right_edge.i + 1) for child in token.lefts
                     if child.dep_ == "advcl" and child.right_edge.i < subject.left_edge.i]
    if not contents and token.dep_ == "parataxis" and subject is not None:
        # "The test, North Korea said, was its biggest": the clause around the cue, in parts
        cue_part = {token.i} | {t.i for child in token.children if child.dep_ not in CONTENT_CLAUSE_DEPS
                                for t in child.subtree}
        contents = _runs([t.i for t in token.head.subtree if t.i not in cue_part])
    if not contents:
        contents = [(child.i, child.i + 1) for child in token.lefts
                    if child.dep_ == "dobj" and child.lower_ in RELATIVE_CONTENT]
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.text == ":":
        # "X said: the talks are over" -- the rest of the paragraph, or the next one when the colon ends its own
        doc = token.doc
        start = following.i + 1
        ends_line = "\n" in following.text_with_ws or start < len(doc) and "\n" in doc[start].text
        start += int(start < len(doc) and doc[start].is_space)
        stop = next((t.i for t in doc[start:] if "\n" in t.text_with_ws), len(doc) - 1) + 1
        if not (start < len(doc) and doc[start].text in QUOTE_CHARS) and (ends_line or not contents):
            contents = [(start, stop if ends_line else min(stop, following.sent.end))]
    return contents


def object_contents(token: Token, cue: Span, objects: frozenset[tuple[str, str | None]]
                    ) -> tuple[Span, list[tuple[int, int]]]:
    """The object of an object cue with its complements ("accused X of Y", "cited X as Y"),
    or the object of its preposition ("called for X"); the cue then includes the preposition."""
    doc, lemma = token.doc, token.lemma_.lower()
    for child in token.rights:
        if child.dep_ == "prep" and child.i == cue.end and (lemma, child.lower_) in objects:
            targets = [grandchild for grandchild in child.children if grandchild.dep_ in ("pobj", "pcomp")]
            if targets:
                if child.i == cue.end:
                    cue = doc[cue.start:child.i + 1]
                # "called on Obama to retaliate": a complement after the object completes it
                completing = [sibling for sibling in token.rights if sibling.i > child.i and sibling.dep_ in OBJECT_DEPS]
                last = completing[0] if completing else targets[0]
                return cue, [(targets[0].left_edge.i, last.right_edge.i + 1)]
    if (lemma, None) not in objects:
        return cue, []
    parts: list[Token] = []
    for child in token.rights:
        if child.dep_ in OBJECT_DEPS or parts and child.dep_ in ("cc", "conj") \
                or parts and child.dep_ == "prep" and child.lower_ in OBJECT_PREPOSITIONS:
            parts.append(child)
        elif parts and child.dep_ in ("punct", "advcl", "npadvmod") and child.text not in QUOTE_CHARS:
            break  # what follows is the writer's: a clause after a comma, a time adverbial
    if not parts:
        return cue, []
    return cue, [(parts[0].left_edge.i, parts[-1].right_edge.i + 1)]


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """Contiguous token ranges of a set of token indices."""
    runs: list[tuple[int, int]] = []
    for index in sorted(indices):
        if runs and runs[-1][1] == index:
            runs[-1] = (runs[-1][0], index + 1)
        else:
            runs.append((index, index + 1))
    return runs


def _particle(token: Token) -> int:
    """1 when the cue verb has a particle right after it ("point out")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return int(following is not None and following.dep_ == "prt")


def phrase_attributions(doc: Doc) -> Iterator[Attribution]:
    """``according to X, ...``: the rest of the clause the phrase modifies is the content."""
    lowered = [token.lower_ for token in doc]
    for phrase in cue_phrases():
        size = len(phrase)
        for i in range(len(doc) - size + 1):
            if tuple(lowered[i:i + size]) != phrase:
                continue
            cue = doc[i:i + size]
            objects = [token for token in cue[-1].children if token.dep_ == "pobj"]
            if objects:
                speaker = speaker_span(objects[0])
            else:  # a parse that missed the object: the words up to the next punctuation
                stop = next((token.i for token in doc[cue.end:] if token.is_punct or token.is_space), len(doc))
                speaker = doc[cue.end:stop] if stop > cue.end else None
            phrase_tokens = {token.i for token in cue[0].subtree} | set(range(i, i + size))
            if speaker is not None:
                phrase_tokens |= set(range(speaker.start, speaker.end))
                phrase_tokens |= {token.i for token in speaker.root.subtree}
            clause = cue[0].head
            while clause.dep_ not in ("ROOT", "ccomp") and clause.head is not clause:
                clause = clause.head
            if clause.i in phrase_tokens:
                continue
            rest = [token.i for token in clause.subtree if token.i not in phrase_tokens]
            for start, end in _runs(rest):
                span = trimmed(doc, start, end)
                if span is not None and end - start > 1:
                    yield Attribution(span[0], span[1], cue, speaker)


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
    before = doc.text[paragraph_start:quote.start].rstrip()
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
    inside = [(mark.start, mark.end) for mark in marks]

    def quoted(token: Token) -> bool:
        return any(start <= token.idx < end for start, end in inside)

    first, last = token_range(doc, quote.start, quote.end)
    closing_text = doc.text[quote.start:quote.end].rstrip("\"”»’'` ")
    ends_sentence = closing_text[-1:] in (".", "…")
    after: list[Token] = []
    for token in doc[last:]:
        if token.idx >= paragraph[1] or quoted(token):
            break
        after.append(token)
        if token.text in SENTENCE_END:
            break
    if not (ends_sentence and after and after[0].is_title and len(after) > 6):
        for token in after:
            if is_cue_verb(token):
                return token
    for token in reversed(doc[:first]):
        if token.idx < paragraph[0] or token.text in SENTENCE_END or quoted(token):
            break
        if is_cue_verb(token):
            return token
    return None


def colon_cue(doc: Doc, quote: QuoteMarks, paragraphs: list[tuple[int, int]], index: int) -> Token | None:
    """``Caddell continued:`` closing the paragraph before a quote that fills its own paragraph."""
    if index == 0 or doc.text[paragraphs[index][0]:quote.start].strip():
        return None
    previous = paragraphs[index - 1]
    if not doc.text[previous[0]:previous[1]].rstrip().endswith(":"):
        return None
    first, last = token_range(doc, previous[0], previous[1])
    cues = [token for token in doc[first:last] if is_cue_verb(token)]
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
    match = DASH_SPEAKER.match(doc.text, quote.end, paragraph_end)
    if match is None:
        return None
    cue = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    speaker = doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
    return (cue, speaker) if cue is not None and speaker is not None else None


def headline_speaker(doc: Doc, quote: QuoteMarks, paragraph_start: int) -> tuple[Span, Span] | None:
    """``Lavrov: ‘We will respond’`` (headline style): a short verbless name before a colon."""
    before = doc.text[paragraph_start:quote.start]
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
    turns = []
    for start, end in paragraphs:
        match = TRANSCRIPT_TURN.match(doc.text, start, end)
        if match is None:
            continue
        cue = doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
        speaker = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        content_end = len(doc.text[:end].rstrip(" \"”"))
        if cue is not None and speaker is not None and content_end > match.end():
            turns.append((match.end(), content_end, cue, speaker))
    if len({speaker.text for *_, speaker in turns}) < 2:
        return []
    return turns


# ---------------------------------------------------------------- speakers


def resolve_speaker(doc: Doc, span: Span | None, actors: dict[str, Actor], mentions: list[Mention]) -> Speaker:
    """The speaker's canonical actor: a mention inside the span, else (pronoun, description) the nearest before it."""
    if span is None:
        return Speaker(None, None, None, None)
    start, end = span.start_char, span.end_char
    inside = [m for m in mentions if m.start < end and m.end > start]
    if inside:
        mention = min(inside, key=lambda m: abs(m.end - end))
        return Speaker(actors[mention.entity_id].name if mention.entity_id in actors else mention.text,
                       mention.entity_id, start, end)
    head = span.root
    if head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl" and head.head.head is not head.head:
        # "Morial, who told ...": the pronoun names the speaker, its antecedent says who that is
        antecedent = resolve_speaker(doc, speaker_span(head.head.head), actors, mentions)
        return Speaker(antecedent.name, antecedent.actor_id, start, end)
    word = head.lower_
    wanted = None
    if word in PERSON_PRONOUNS or head.lemma_.lower() in speaker_nouns() or span.text.lower() in speaker_nouns():
        wanted = "person"
    elif word in GROUP_PRONOUNS:
        wanted = "organization"
    if wanted is not None:
        before = [m for m in mentions if m.end <= start and start - m.end <= COREFERENCE_WINDOW
                  and m.entity_id in actors and actors[m.entity_id].type == wanted]
        if before:
            mention = max(before, key=lambda m: m.end)
            return Speaker(actors[mention.entity_id].name, mention.entity_id, start, end)
    return Speaker(span.text, None, start, end)


# ---------------------------------------------------------------- putting it together


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def extract_quotes(doc: Doc, *, min_direct_words: int = MIN_DIRECT_WORDS) -> list[Quote]:
    """All quotes of a parsed Doc, direct and reported, in text order with ids q1, q2 ..."""
    actors = {actor.actor_id: actor for actor in doc._.actors or ()}
    mentions = list(doc._.actor_mentions or ())
    marks = list(find_quote_marks(doc.text))
    paragraphs = paragraph_spans(doc.text)
    # a cue inside quotation marks ("I think ...") belongs to the quoted speaker's own words
    attributions = [attribution for attribution in (*clause_attributions(doc), *phrase_attributions(doc))
                    if not any(mark.start < attribution.cue.start_char < mark.end for mark in marks)]

    turns = transcript_turns(doc, paragraphs)
    found: list[tuple[int, int, bool, Span | None, Span | None]] = [  # start, end, direct, cue, speaker
        (start, end, True, cue, speaker) for start, end, cue, speaker in turns]
    used: set[int] = set()
    previous_speaker: tuple[int, Span | None, Span | None] | None = None  # (paragraph index, cue, speaker)
    for quote in marks:
        text = doc.text[quote.start:quote.end]
        index = next((i for i, (start, end) in enumerate(paragraphs) if start <= quote.start < end), 0)
        if any(overlap(quote.start, quote.end, start, end) for start, end, *_ in turns):
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
        cue = speaker = None
        dash = dash_attribution(doc, quote, paragraphs[index][1])
        if dash is not None:
            cue, speaker = dash
        elif covering:
            attribution = attributions[covering[0]]
            used.update(covering)
            cue, speaker = attribution.cue, attribution.speaker
        else:
            verb = nearby_cue(doc, quote, marks, paragraphs[index]) or colon_cue(doc, quote, paragraphs, index)
            if verb is not None:
                subject = subject_of(verb) or adjacent_subject(verb)
                cue, speaker = doc[verb.i:verb.i + 1], speaker_span(subject) if subject is not None else None
        if cue is None:
            cue, speaker = headline_speaker(doc, quote, paragraphs[index][0]) or (None, None)
        continues_speaker = previous_speaker is not None and previous_speaker[0] == index
        if cue is None and (looks_like_title(text) or word_count(text) < min_direct_words and not continues_speaker):
            continue  # a title, or a short phrase nobody is said to have said
        if speaker is None and previous_speaker is not None and index - previous_speaker[0] <= 1:
            cue, speaker = previous_speaker[1], previous_speaker[2]
        if speaker is not None:
            previous_speaker = (index, cue, speaker)
        found.append((quote.start, quote.end, True, cue, speaker))

    direct_cues = {cue.start_char for *_, cue, _ in found if cue is not None}
    for i, attribution in enumerate(attributions):
        if i in used or attribution.cue.start_char in direct_cues:
            continue  # the cue of a direct quote: what the parse hangs on it is that quote again
        if any(overlap(start, end, attribution.start, attribution.end) * 2 >= max(end - start, attribution.end - attribution.start)
               for start, end, *_ in found):
            continue
        found.append((attribution.start, attribution.end, False, attribution.cue, attribution.speaker))

    quotes = []
    for number, (start, end, direct, cue, speaker_tokens) in enumerate(sorted(found, key=lambda item: item[0]), 1):
        speaker = resolve_speaker(doc, speaker_tokens, actors, mentions)
        quotes.append(Quote(
            quote_id=f"q{number}", text=doc.text[start:end], start=start, end=end, direct=direct,
            speaker=speaker.name, speaker_id=speaker.actor_id,
            speaker_start=speaker.start, speaker_end=speaker.end,
            cue=cue.text if cue is not None else None,
            cue_start=cue.start_char if cue is not None else None,
            cue_end=cue.end_char if cue is not None else None,
        ))
    return quotes
