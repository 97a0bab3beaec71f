"""Known names the model missed: a scan of the capitalized words of a stretch of text for names the gazetteer
knows ("Turkiye objected"), nationality words and state abbreviations, longest first."""
from __future__ import annotations

import bisect
from typing import Iterator, NamedTuple

from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from pipeline.stages.extensions import doc_text, doc_tokens
from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.stages.places.names import LEADING_WORDS, _known, _name_word, demonym_place

MAX_NAME_TOKENS = 5


class _Words(NamedTuple):
    """A Doc's tokens and text, and the words a name may start at, gathered once per Doc for the scans."""

    doc: Doc
    tokens: list[Token]
    text: str
    starts: list[int]  # positions of capitalized words other than "The", in order
    proper: list[bool]  # each token's part of speech is PROPN (read once: ``token.pos_`` builds a string)


def _doc_words(doc: Doc) -> _Words:
    tokens, text = doc_tokens(doc), doc_text(doc)
    # the first letter read from the text at each token's offset: cheaper than asking every Token for its text
    starts = [i for i, offset in enumerate(doc.to_array("IDX").tolist()) if text[offset].isupper()
              and tokens[i].lower_ not in LEADING_WORDS and (tokens[i].is_alpha or tokens[i].text.endswith("."))]
    proper = [pos == PROPN for pos in doc.to_array("POS").tolist()]
    return _Words(doc, tokens, text, starts, proper)


def _scan(words: _Words, start: int, end: int, gaz: Gazetteer, *,
          nationalities: bool) -> Iterator[tuple[Span, str, str]]:
    """Known names (longest first) among the capitalized words of doc[start:end]: (span, source, lookup)."""
    position = bisect.bisect_left(words.starts, start)
    while position < len(words.starts) and words.starts[position] < end:
        i = words.starts[position]
        hit = _name_at(words, i, end, gaz, nationalities=nationalities)
        if hit:
            n, source, lookup = hit
            yield words.doc[i:i + n], source, lookup
            position = bisect.bisect_left(words.starts, i + n, position)
        else:
            position += 1


def _name_at(words: _Words, i: int, end: int, gaz: Gazetteer, *, nationalities: bool) -> tuple[int, str, str] | None:
    """The longest known name starting at word i and ending by ``end``: (its length in words, source, lookup)."""
    tokens, text = words.tokens, words.text
    token = tokens[i]
    longest = 1  # the words from i on are _capitalized up to this length, and no further
    while longest < min(MAX_NAME_TOKENS, end - i) and _name_word(tokens[i + longest]):
        longest += 1
    start_char = token.idx
    for n in range(longest, 0, -1):
        last = tokens[i + n - 1]
        end_char = last.idx + len(last.text)
        name = text[start_char:end_char]
        if gaz.is_abbreviation(name):
            return n, "gazetteer", name
        if last.is_punct:
            continue
        if n == 1 and text[end_char:end_char + 1] == "." and gaz.is_abbreviation(name + "."):
            return n, "gazetteer", name + "."
        place = demonym_place(name) if nationalities else None
        if place is not None and last.tag_ in {"JJ", "NNP", "NN"}:
            return n, "nationality", place
        proper = words.proper[i:i + n]
        paired = n == 1 and _paired_place(words, i, gaz)
        if not (any(proper) or paired) or (n == 1 and len(token.text) <= 3 and not token.is_upper):
            continue
        if n == 1 and token.is_sent_start and not proper[0]:
            continue
        if _known(name, gaz, strong_only=True):
            return n, "gazetteer", name
        if (all(proper) or paired) and _known(name, gaz, strong_only=False):
            return n, "weak", name
    return None


def _paired_place(words: _Words, i: int, gaz: Gazetteer) -> bool:
    """Word i is one of two places joined by a hyphen ("the Iasi-Ungheni line", "the Sumy-Kharkiv road"), both
    known to the gazetteer and neither a nationality word ("Franco-German"): the model often tags such a pair
    as adjectives, and the scan would skip a word no proper noun."""
    tokens = words.tokens
    if i + 2 < len(tokens) and tokens[i + 1].text == "-" and not tokens[i].whitespace_ \
            and not tokens[i + 1].whitespace_:
        other = tokens[i + 2]
    elif i >= 2 and tokens[i - 1].text == "-" and not tokens[i - 2].whitespace_ and not tokens[i - 1].whitespace_:
        other = tokens[i - 2]
    else:
        return False
    return all(word.text[:1].isupper() and word.is_alpha and demonym_place(word.text) is None
               and gaz.candidates(word.text) for word in (tokens[i], other))
