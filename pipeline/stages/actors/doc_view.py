"""The token attributes the actors stage reads, as plain lists built once per Doc (``DocView``) and cached in
``doc.user_data`` while the stage runs; text and character offsets of token ranges read off it.
"""
from __future__ import annotations

from typing import NamedTuple

from spacy import symbols
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from pipeline.stages import extensions
from pipeline.stages.actors.lexicon import Agent, _agent_last_words


class DocView(NamedTuple):
    """The token attributes the stage's whole-Doc scans read, as plain lists built once per Doc: spaCy creates
    a new Token or Span on every ``doc[i]``, iteration or ``doc.ents``, so the scans index these lists and
    make Tokens only where a candidate is found."""

    lower: list[str]
    lemma: list[str]  # lower-case lemmas
    pos: list[int]  # spaCy's symbol ids (``spacy.symbols``)
    tag: list[int]  # hashes of the fine-grained tags
    ents: tuple[Span, ...]
    agent_ends: list[int]  # tokens that may end an agent word or phrase, in order
    agent_end_set: frozenset[int]
    orth: list[str]  # the tokens' text
    with_ws: list[str]  # the tokens' text with their trailing space
    idx: list[int]  # character offsets
    person: list[bool]  # inside a PERSON entity
    text: str  # the Doc's text (``extensions.doc_text``, shared with the later stages)
    agent_matches: dict[tuple[int, int], tuple[int, "Agent | None"]]  # (last token, most words) -> ``_agent_match``
    surnames: frozenset[str]  # lower-case last words of the people NER named in two words or more
    punct: list[bool]  # the tokens' ``is_punct``


def _span_text(view: DocView, start: int, end: int) -> str:
    """The text of tokens ``start:end`` (``doc[start:end].text`` without building the Span)."""
    return "".join(view.with_ws[start:end - 1]) + view.orth[end - 1]


def _char_end(view: DocView, end: int) -> int:
    """Character offset where the token before ``end`` ends."""
    return view.idx[end - 1] + len(view.orth[end - 1])


_VIEW_KEY = ("parley", "actor_view")
VIEW_ATTRS = ["LOWER", "LEMMA", "POS", "TAG", "ORTH", "SPACY", "IDX", "ENT_TYPE", "IS_PUNCT"]
PERSON_LABEL = get_string_id("PERSON")
NOMINAL_POS = {symbols.NOUN, symbols.PROPN, symbols.ADJ}
VERBAL_POS = {symbols.VERB, symbols.AUX}
PLURAL_NOUN_TAGS = {get_string_id("NNS"), get_string_id("NNPS")}


def _view(doc: Doc) -> DocView:
    """The Doc's view, cached in ``user_data`` while the stage runs (``ActorStage`` drops it)."""
    view = doc.user_data.get(_VIEW_KEY)
    if view is None or len(view.lower) != len(doc):
        strings = doc.vocab.strings
        columns = doc.to_array(VIEW_ATTRS).T.tolist() if len(doc) else [[] for _ in VIEW_ATTRS]
        lower, lemma, pos, tag, orth, space, idx, ent_type, punct = columns
        lower = [strings[value] for value in lower]
        lemma = [strings[value].lower() for value in lemma]
        orth = [strings[value] for value in orth]
        with_ws = [word + " " if spaced else word for word, spaced in zip(orth, space)]
        person = [value == PERSON_LABEL for value in ent_type]
        last_words = _agent_last_words()
        agent_ends = [i for i, (word, base) in enumerate(zip(lower, lemma)) if word in last_words or base in last_words]
        ents = extensions.doc_ents(doc)
        surnames = frozenset(lower[ent.end - 1] for ent in ents if ent.label_ == "PERSON" and len(ent) > 1)
        view = DocView(lower, lemma, pos, tag, ents, agent_ends, frozenset(agent_ends), orth, with_ws, idx, person,
                       extensions.doc_text(doc), {}, surnames, [bool(value) for value in punct])
        doc.user_data[_VIEW_KEY] = view
    return view
