"""Names of one place joined by "and" that the model cut in two: two entities around "and" or "and the" ("Antigua"
and "Barbuda" as two people; "St Vincent" and "Grenadines"), or an entity and the capitalized words after its "and"
that the model left untagged ("Sao Tome" and "Principe"), one name when the gazetteer knows the whole strongly; and
a hyphenated name the model tagged in part ("Gilgit" of "Gilgit-Baltistan", "Baden" of "Baden-Wurttemberg"): the
hyphen written without spaces, the whole known strongly."""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Span

from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.stages.places.names import _known
from pipeline.stages.places.scan import _Words

JOINERS = (["and"], ["and", "the"], ["-"])  # "-" only written tight, inside one word ("Gilgit-Baltistan")
MAX_TAIL_WORDS = 3  # capitalized words of an untagged second half


def joined_names(words: _Words, ents: list[Span], trimmed: dict[int, Span | None], gaz: Gazetteer) -> Iterator[Span]:
    """Each joined name, in text order (``trimmed``: each entity's span without a leading "the" and the like)."""
    doc, tokens, text = words.doc, words.tokens, words.text
    for first, second in zip(ents, [*ents[1:], None]):
        head = trimmed[first.start]
        if head is None:
            continue
        for joiner in JOINERS:
            after = head.end + len(joiner)
            if [token.lower_ for token in tokens[head.end:after]] != joiner:
                continue
            if joiner == ["-"] and (tokens[head.end - 1].whitespace_ or tokens[head.end].whitespace_):
                continue  # "Paris - London": two names
            if second is not None and second.start == after:
                ends = [trimmed[second.start].end] if trimmed[second.start] is not None else []
            else:  # an untagged tail: capitalized words outside every entity
                tail = after
                while tail < min(len(tokens), after + MAX_TAIL_WORDS) and tokens[tail].ent_iob_ == "O" \
                        and tokens[tail].is_alpha and tokens[tail].text[:1].isupper():
                    tail += 1
                ends = list(range(tail, after, -1))
            for end in ends:
                joined = doc[head.start:end]
                if _known(text[joined.start_char:joined.end_char], gaz, strong_only=True):
                    yield joined
                    break
