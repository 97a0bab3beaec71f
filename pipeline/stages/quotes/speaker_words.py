"""Words that tell whether a phrase can name a speaker: descriptions of speakers ("the spokesman", "the ministry",
"the statement"), the agent words of people and groups, and common nouns that name no one ("the test")."""
from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from pipeline.resources import read_tsv


@functools.lru_cache(maxsize=None)
def speaker_nouns() -> dict[str, str]:
    """Descriptions of a speaker ("spokesman", "ministry") -> the actor type they stand for; besides the table's,
    every one-word title or occupation of a person in the actors' agent lexicon ("the lawyer", "the economist":
    a person named before)."""
    nouns = {row["word"].lower(): "person" for row in read_tsv("agents.tsv")
             if row["type"] == "person" and " " not in row["word"] and row["word"].isalpha()}
    nouns.update({row["noun"].lower(): row["type"] for row in read_tsv("quote_speaker_nouns.tsv")})
    return nouns


@functools.lru_cache(maxsize=None)
def agent_words() -> frozenset[str]:
    """The words for people and groups of the actors' agent lexicon ("protesters", "rebels", "official")."""
    return frozenset(row["word"] for row in read_tsv("agents.tsv") if row["type"] in ("person", "group"))


def is_thing(token: Token | None) -> bool:
    """A common noun that names no one who could speak ("the test", "the launch"): no name, no speaker noun, no
    agent word ("protesters", "rebels"), and no part of an actor the actors stage found."""
    if token is None or token.pos_ != "NOUN" or token.ent_type_:
        return False
    if {token.lemma_.lower(), token.lower_} & (speaker_nouns().keys() | agent_words()):
        return False
    return not any(m.start <= token.idx < m.end for m in token.doc._.actor_mentions or ())


def is_description(text: str) -> bool:
    """Whether a mention is an unnamed description ("the official", "a Kremlin spokesman"), not a name: its last
    word is a description's noun written in lower case ("The Turkish Foreign Ministry" is a body's name)."""
    words = text.split()
    return len(words) > 1 and words[0].lower() in ("the", "a", "an") and words[-1] in speaker_nouns()


NAMED_SPEAKER_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


def names_someone(speaker: Span) -> bool:
    """Whether a speaker phrase names who speaks ("Washington", "Philippine officials", "Hamas", "the Hamas
    statement, which read") or is a person's own pronoun ("according to state media, he said “...”": the
    medium passes on his words), rather than standing for a body or group named before ("its staff")."""
    tokens = list(speaker)
    if len(tokens) == 1 and tokens[0].lower_ in ("he", "she"):
        return True
    if len(tokens) == 1 and tokens[0].tag_ in ("WDT", "WP") and tokens[0].head.dep_ == "relcl":
        antecedent = tokens[0].head.head  # "which" of "the statement, which read": the statement
        tokens = list(speaker.doc[antecedent.left_edge.i:antecedent.i + 1])
    return any(token.pos_ == "PROPN" or token.ent_type_ in NAMED_SPEAKER_LABELS for token in tokens)


def is_label(token: Token) -> bool:
    """A word or name that opens a line and a colon closes ("Reuters: Minister Ivo Lark said ...", "Interview: '...',
    says Aldo Ferri", "China Daily: ..."): a headline's kicker or a transcript's turn tag, which the parse may make a
    second subject of the verb after it; not a subject that a colon follows in mid-line ("Three envoys: ...")."""
    doc = token.doc
    start = token.left_edge.i
    opens_line = start == 0 or "\n" in doc[start - 1].text_with_ws
    return opens_line and token.i + 1 < len(doc) and doc[token.i + 1].text == ":"
