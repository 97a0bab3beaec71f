"""Agent words and phrases matched on the Doc (the longest entry of ``agents.tsv`` ending at a token, on lower-case
forms then lemmas), and the bounds of the noun phrase an agent word heads.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.stages.actors.doc_view import DocView, _view
from pipeline.stages.actors.lexicon import Agent, agents

FORMER_WORDS = {"former", "retired", "ex", "ex-", "onetime", "erstwhile"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "two", "three",
               "several", "some", "many", "dozens", "hundreds", "thousands"}
MAX_AGENT_WORDS = 4


def _agent_match(doc: Doc, i: int, table: dict[str, Agent], first: int) -> tuple[int, Agent | None]:
    """Length and entry of the longest agent word or phrase that ends at token ``i`` and starts at ``first`` or
    later, matched on the words' lower-case forms, then on their lemmas ("ministers" -> "minister")."""
    view = _view(doc)
    if i not in view.agent_end_set:
        return 0, None
    most = min(MAX_AGENT_WORDS, i + 1 - first)
    found = view.agent_matches.get((i, most))
    if found is None:
        found = view.agent_matches[i, most] = _longest_agent(view, i, most, table)
    return found


def _longest_agent(view: DocView, i: int, most: int, table: dict[str, Agent]) -> tuple[int, Agent | None]:
    for n in range(most, 0, -1):
        for words in (view.lower, view.lemma):
            phrase = " ".join(words[i - n + 1:i + 1])
            if phrase in table:
                return n, table[phrase]
            # the tokenizer splits a hyphenated title ("secretary-general" -> secretary, -, general): the table's
            # hyphenated word, not its last part ("general", a soldier's title)
            if " - " in phrase and phrase.replace(" - ", "-") in table:
                return n, table[phrase.replace(" - ", "-")]
    return 0, None


def _agent_at(doc: Doc, i: int, table: dict[str, Agent], *, first: int = 0) -> Agent | None:
    """The longest agent word or phrase that ends at token ``i`` and starts at ``first`` or later."""
    return _agent_match(doc, i, table, first)[1]


def _agent_phrase_length(doc: Doc, i: int, table: dict[str, Agent], *, first: int = 0) -> int:
    return _agent_match(doc, i, table, first)[0]


def _inside_agent_phrase(doc: Doc, i: int) -> bool:
    """True when token ``i`` is part of an agent word or phrase ("Riot" in "Riot police")."""
    table = agents()
    ends = _view(doc).agent_end_set
    for j in range(i, min(len(doc), i + MAX_AGENT_WORDS)):
        if j not in ends:
            continue
        n = _agent_phrase_length(doc, j, table, first=max(0, j - MAX_AGENT_WORDS + 1))
        if n and j - n + 1 <= i:
            return True
    return False


def _continues_phrase(token: Token) -> bool:
    """True when the word modifies a noun to its right ("Foreign" in "Foreign Ministry", "army" in "army
    accountant"), so the phrase is built at its last word instead."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (following is not None and following.pos_ in {"NOUN", "PROPN"}
            and token.dep_ in {"compound", "amod", "nmod", "nummod"} and token.head.i > token.i)


SEPARATORS = {"|", "•", "·"}


def _spaced_dash(doc: Doc, token: Token) -> bool:
    """A dash with spaces around it, which parts phrases; a hyphen inside a word ("Iran-backed") has none."""
    return token.text in {"-", "–", "—", "--"} and bool(token.whitespace_) and token.i > 0 \
        and bool(doc[token.i - 1].whitespace_)


def _phrase_start(doc: Doc, head: Token, claimed: set[int]) -> int:
    """First token of the noun phrase ending at ``head``: its left modifiers, possessor included."""
    start = head.i
    for token in reversed(doc[max(0, head.left_edge.i):head.i]):
        if token.lower_ in {"'s", "’s"} and token.i - 1 in claimed:
            break
        if token.i in claimed or token.is_punct and token.text not in {"-", "'", "’"}:
            break
        if token.text in SEPARATORS or _spaced_dash(doc, token):
            break  # a menu's bar or a spaced dash parts phrases ("Politics | Business", "NAIROBI - Foreign ministers")
        verb_like = token.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "PRON", "SCONJ"}
        if verb_like and token.lower_ not in {"'s", "’s"} | FORMER_WORDS and token.dep_ not in {"amod", "compound"}:
            break
        start = token.i
    return start
