"""Reported speech found in the parse: a cue and the content it attributes to a speaker.

Cue verbs with a clausal complement (``X said (that) ...``), parenthetical cues
(``The test, North Korea said, was ...``), cue verbs whose object is the content
(``urged X to ...``, ``called for X``, lexicon ``models/en/cue_objects.txt``),
passives (``X is expected to ...``), reporting nouns (``Kyiv's claim that ...``)
and cue phrases (``according to X``). Pure functions over a parsed Doc; the
quotes stage (``assembly``) decides what becomes a quote.
"""
from __future__ import annotations

from typing import Iterator, NamedTuple

from spacy.tokens import Doc, Span, Token

from pipeline.stages.extensions import doc_tokens
from pipeline.stages.quotes.cues import (cue_nouns, cue_phrases, cue_verbs, is_cue_verb, lemma_tokens, object_cues,
                                          word_tokens)
from pipeline.stages.quotes.speakers import participle_speaker, speaker_span, subject_of


CONTENT_DEPS = {"ccomp"}
# clauses hanging on a parenthetical cue that still belong to the content around it
CONTENT_CLAUSE_DEPS = {"advcl", "ccomp", "xcomp"}
# dependents of an object cue that hold its content ("called the talks 'constructive'", "urged X to go")
OBJECT_DEPS = {"dobj", "dative", "oprd", "attr", "acomp", "xcomp", "ccomp"}
RELATIVE_CONTENT = {"what", "which"}  # "what the senators said", "which he said were at his side"
PASSIVE_PREPOSITIONS = {"of", "for", "as", "about"}
NOUN_CUE_PREPOSITIONS = {"of", "for", "about", "against"}
# prepositions that complete an object cue ("accused X of Y", "cited X as Y"); others are adjuncts ("in a ruling")
OBJECT_PREPOSITIONS = {"of", "for", "as", "about", "to", "with", "from"}
CONTRAST_WORDS = {"although", "though", "whereas"}
# a dash that sets off the writer's aside at a content's end ("the trade pact -- one of his goals") as a comma does
DASHES = {"—", "–", "--", "-"}
# "Name: statement" paragraphs: at most this many tokens of name, more than this many of statement
MAX_LABEL_TOKENS = 5
MIN_LABELLED_TOKENS = 4
QUOTE_CHARS = {"\"", "“", "”", "«", "»", "‘", "’", "'", "''", "``"}


class Attribution(NamedTuple):
    """What the parse says: a content span, the cue that introduces it, the speaker span (if any) and
    the kind of pattern that found it (``clause``, ``passive``, ``object``, ``noun``, ``phrase``, ``label``,
    or a parse pattern of ``learned_cues``) -- the key, with the cue's lemma, of the learned cue table."""

    start: int
    end: int
    cue: Span
    speaker: Span | None
    kind: str = "clause"


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range ``start..end`` without punctuation and spaces at its edges, as character offsets."""
    tokens = doc_tokens(doc)
    while start < end and (tokens[start].is_punct or tokens[start].is_space):
        start += 1
    while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space):
        end -= 1
    if end <= start:
        return None
    return tokens[start].idx, tokens[end - 1].idx + len(tokens[end - 1])


def reported_speech(doc: Doc) -> list[Attribution]:
    """Every attribution the parse shows: cue verbs, passives, reporting nouns, cue phrases and
    ``Name: statement`` paragraphs."""
    return [*clause_attributions(doc), *phrase_attributions(doc), *noun_attributions(doc), *label_attributions(doc)]


def label_attributions(doc: Doc) -> Iterator[Attribution]:
    """``Marco Rubio: I'm Not Interested In Being Vice President`` -- a paragraph (a headline, an interview
    turn) that opens with a name and a colon: the name speaks the rest of the paragraph."""
    tokens = doc_tokens(doc)
    for token in word_tokens(doc, ":"):
        if token.i == 0:
            continue
        start = token.i
        while start > 0 and "\n" not in tokens[start - 1].text_with_ws and token.i - start < MAX_LABEL_TOKENS:
            start -= 1
        opens_paragraph = start == 0 or "\n" in tokens[start - 1].text_with_ws
        if not opens_paragraph or not all(t.pos_ == "PROPN" or t.text == "." for t in tokens[start:token.i]):
            continue
        label = doc[start:token.i]
        stop = paragraph_end(tokens, token.i + 1)
        span = trimmed(doc, token.i + 1, stop)
        if span is not None and stop - token.i > MIN_LABELLED_TOKENS:
            yield Attribution(span[0], span[1], doc[token.i:token.i + 1], label, "label")


def paragraph_end(tokens: list[Token], start: int) -> int:
    """The index after the last token of the paragraph holding token ``start`` (the Doc's end at most)."""
    return next((i for i in range(start, len(tokens)) if "\n" in tokens[i].text_with_ws), len(tokens) - 1) + 1


def clause_attributions(doc: Doc) -> Iterator[Attribution]:
    """``X said (that) ...``, ``..., X added``, ``X told reporters ...``: a cue verb and its clausal complement.

    Also the parenthetical ``The test, North Korea said, was its biggest`` (the clause around the cue, in
    parts), a relative object (``what the senators said``) and, for the verbs of ``cue_objects.txt``, the
    object itself (``urged Republicans to join``, ``called for a ceasefire``).
    """
    objects = object_cues()
    object_verbs = {verb for verb, _ in objects}
    for token in lemma_tokens(doc, cue_verbs() | object_verbs):
        is_clause_cue = is_cue_verb(token)
        if not is_clause_cue and not (token.pos_ == "VERB" and token.lemma_.lower() in object_verbs):
            continue
        cue = doc[token.i:token.i + 1 + _particle(token)]
        if any(child.dep_ == "auxpass" for child in token.children):
            yield from passive_attributions(token, cue)
            continue
        subject = subject_of(token)
        contents = clause_contents(token, subject) if is_clause_cue else []
        kind = "clause"
        if not contents and subject is not None:
            # an object without a speaker is a name or a description ("a group called X"), not speech
            kind = "object"
            cue, contents = object_contents(token, cue, objects)
        if subject is None and contents:
            subject = participle_speaker(token)
        speaker = speaker_span(subject) if subject is not None and contents else None
        for start, end in contents:
            span = trimmed(doc, start, content_end(doc, start, end))
            if span is not None:
                yield Attribution(span[0], span[1], cue, speaker, kind)


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
            yield Attribution(span[0], span[1], cue, speaker, "passive")


def content_end(doc: Doc, start: int, end: int) -> int:
    """Where a reported content should end: before what the writer adds after it -- a trailing
    ", although ...", a non-restrictive ", who ..." or ", the ..." apposition at its end, or
    "and suggested ..." (another cue of the same speaker)."""
    tokens = doc_tokens(doc)
    for token in tokens[start + 1:end - 1]:
        following = tokens[token.i + 1]
        if token.text == "," or token.text in DASHES:
            if following.lower_ in CONTRAST_WORDS or starts_trailing_aside(following, end):
                return token.i
        elif token.dep_ == "cc" and following.dep_ == "conj" and is_cue_verb(following):
            return token.i
    return end


def starts_trailing_aside(token: Token, end: int) -> bool:
    """Whether ``token`` opens a relative clause or an apposition that runs to the content's end."""
    candidates = [token, *(head for head in token.ancestors if head.i < end)]
    return any(head.dep_ in ("relcl", "appos") and head.left_edge.i == token.i and head.right_edge.i >= end - 2
               and not (head.dep_ == "appos" and any(t.dep_ == "conj" for t in head.subtree))
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
        tokens = doc_tokens(token.doc)
        start = following.i + 1
        ends_line = "\n" in following.text_with_ws or start < len(tokens) and "\n" in tokens[start].text
        start += int(start < len(tokens) and tokens[start].is_space)
        stop = paragraph_end(tokens, start)
        if not (start < len(tokens) and tokens[start].text in QUOTE_CHARS) and (ends_line or not contents):
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
                cue = doc[cue.start:child.i + 1]
                # "called on Obama to retaliate": a complement after the object completes it
                completing = [sibling for sibling in token.rights if sibling.i > child.i and sibling.dep_ in OBJECT_DEPS]
                last = completing[0] if completing else targets[0]
                return cue, [(targets[0].left_edge.i, last.right_edge.i + 1)]
    if (lemma, None) not in objects:
        return cue, []
    parts: list[Token] = []
    for child in token.rights:
        if child.dep_ in ("cc", "conj") and any(t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")
                                               for t in token.rights if t.i >= child.i):
            break  # "called her a fraud and boycotted the debate": a verb joined to the cue is a predicate of its own
        if child.dep_ in OBJECT_DEPS or parts and child.dep_ in ("cc", "conj") \
                or parts and child.dep_ == "prep" and child.lower_ in OBJECT_PREPOSITIONS:
            parts.append(child)
        elif parts and child.dep_ in ("punct", "advcl", "npadvmod") and child.text not in QUOTE_CHARS:
            break  # what follows is the writer's: a clause after a comma, a time adverbial
    if not parts:
        return cue, []
    return cue, [(parts[0].left_edge.i, parts[-1].right_edge.i + 1)]


def noun_attributions(doc: Doc) -> Iterator[Attribution]:
    """``the claim that ...``, ``his call for talks``, ``criticism of the plan``: a reporting noun and what it reports;
    the speaker is its possessor when there is one."""
    nouns = cue_nouns()
    for token in lemma_tokens(doc, nouns):
        if token.pos_ != "NOUN":
            continue
        owners = [child for child in token.lefts if child.dep_ == "poss"]
        if not owners and token.dep_ == "dobj":
            # "critics voiced criticism of ...", "she issued a warning that ...": whoever does it
            owners = [subject for subject in (subject_of(token.head),) if subject is not None]
        elif not owners and token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ == "VERB":
            # "X said in a statement that ...", "rivals cling to the hope that ...": the subject of the verb the
            # noun's preposition hangs on
            owners = [subject for subject in (subject_of(token.head.head),) if subject is not None]
        speaker = speaker_span(owners[0]) if owners else None
        for child in token.rights:
            if child.dep_ in ("acl", "ccomp") and any(t.lower_ == "that" and t.dep_ == "mark" for t in child.lefts):
                target = child
            elif child.dep_ == "prep" and child.lower_ in NOUN_CUE_PREPOSITIONS:
                target = next((t for t in child.children if t.dep_ in ("pobj", "pcomp")), None)
            else:
                continue
            if target is not None:
                start = child.i if child.dep_ != "prep" else target.left_edge.i
                span = trimmed(doc, min(start, target.left_edge.i), content_end(doc, start, target.right_edge.i + 1))
                if span is not None:
                    yield Attribution(span[0], span[1], doc[token.i:child.i + 1 if child.dep_ == "prep" else token.i + 1],
                                      speaker, "noun")
            break


def phrase_attributions(doc: Doc) -> Iterator[Attribution]:
    """``according to X, ...``: the rest of the clause the phrase modifies is the content."""
    tokens = doc_tokens(doc)
    for phrase in cue_phrases():
        size = len(phrase)
        for i in [first.i for first in word_tokens(doc, phrase[0])
                  if tuple(token.lower_ for token in tokens[first.i:first.i + size]) == phrase]:
            cue = doc[i:i + size]
            objects = [token for token in cue[-1].children if token.dep_ == "pobj"]
            if objects:
                speaker = speaker_span(objects[0])
            else:  # a parse that missed the object: the words up to the next punctuation
                stop = next((j for j in range(cue.end, len(tokens)) if tokens[j].is_punct or tokens[j].is_space),
                            len(tokens))
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
                    yield Attribution(span[0], span[1], cue, speaker, "phrase")


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
    tokens = doc_tokens(token.doc)
    return int(token.i + 1 < len(tokens) and tokens[token.i + 1].dep_ == "prt")
