"""Unnamed actors a place or people word stands for: a capital or seat acting for its government ("Moscow
said"), unless it only opens the story's dateline, and a plural nationality noun for a group ("two Russians").
"""
from __future__ import annotations

from typing import Iterator

from spacy import symbols
from spacy.tokens import Doc, Span, Token

from pipeline.knowledge import countries
from pipeline.stages.actors.candidate import Candidate
from pipeline.stages.actors.descriptions import land_of_people
from pipeline.stages.actors.doc_view import PLURAL_NOUN_TAGS, VERBAL_POS, DocView, _span_text, _view
from pipeline.stages.actors.lexicon import _strip_the
from pipeline.stages.actors.phrases import DETERMINERS, _continues_phrase, _phrase_start
from pipeline.stages.datelines import Dateline, find_dateline

# a capital or seat of government in these roles acts, so it stands for the government ("Moscow said")
AGENT_DEPS = {"nsubj", "nsubjpass", "csubj"}


DATELINE_SEPARATORS = {"—", "–", "-", "--", ",", "("}


def _in_dateline(ent: Span, dateline: Dateline | None) -> bool:
    """ "MOSCOW —" opening a story says where it was filed, not who acted."""
    if dateline is not None and dateline.start <= ent.start_char and ent.end_char <= dateline.end:
        return True
    # until the shared parser looks past a date line under the title ("Talks resume\n\nMay 14, 2025\n\nMOSCOW —"):
    # a place in capitals opening a later paragraph before a dash or comma
    doc = ent.doc
    return (ent.start > 0 and "\n" in doc[ent.start - 1].text_with_ws and ent.text.isupper() and ent.end < len(doc)
            and doc[ent.end].text in DATELINE_SEPARATORS)


def metonym_candidates(doc: Doc, claimed: set[int]) -> Iterator[Candidate]:
    """Capitals (and other seats) standing for their government when they act: "Kyiv rejected", "Moscow said"."""
    view = _view(doc)
    fragment = not any(pos in VERBAL_POS for pos in view.pos)
    dateline = find_dateline(view.text)
    for start, end in [*((ent.start, ent.end) for ent in view.ents), *((i, i + 1) for i in _bare_propn(view))]:
        if any(i in claimed for i in range(start, end)):
            continue
        text = _strip_the(_span_text(view, start, end))
        code = countries.metonym_code(text) or countries.capital_code(text)
        if code is None:
            continue
        ent = doc[start:end]
        if not (fragment or ent.root.dep_ in AGENT_DEPS or _passive_agent(ent.root)) or _in_dateline(ent, dateline):
            continue
        claimed.update(token.i for token in ent)
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        name = f"Government of {countries.country_name(code)}"
        yield Candidate(start, ent.end, name, "government", code, "GOV", None, False, f"government:{code}",
                        named=False)


def _passive_agent(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def _bare_propn(view: DocView) -> Iterator[int]:
    """Proper nouns NER left out (so "Kyiv rejected" is seen even without an entity)."""
    in_ents = {i for ent in view.ents for i in range(ent.start, ent.end)}
    for i, pos in enumerate(view.pos):
        if i not in in_ents and (pos == symbols.PROPN or len(view.pos) == 1):
            yield i


def nationality_candidates(doc: Doc, claimed: set[int]) -> Iterator[Candidate]:
    """People named by a plural nationality noun ("two Russians", "Brazilians"): an unnamed group with a country
    and no sector. An adjective ("Russian") is no actor."""
    view = _view(doc)
    for i, tag in enumerate(view.tag):
        if i in claimed or tag not in PLURAL_NOUN_TAGS:
            continue
        token = doc[i]
        code = countries.demonym_code(token.text)
        if code is None or not token.text[:1].isupper() or _continues_phrase(token):
            continue
        start = _phrase_start(doc, token, claimed)
        words = [t for t in doc[start:token.i + 1] if t.lower_ not in DETERMINERS]
        name = doc[words[0].i:token.i + 1].text if words else token.text
        code = land_of_people(token, ethnic=any(t.lower_ == "ethnic" for t in doc[start:token.i])) or code
        yield Candidate(start, token.i + 1, name, "group", code, None, None, False,
                        f"nationality:{code}:{token.lower_}", named=False)

