"""Country and IGO codes named in a run of words ("North Korea", "Hungarian", "the U.N.", "the Kremlin").

``codes_in`` is remembered per Doc while ``extract_events`` runs (the memo lives under ``_CODES_KEY`` in
``doc.user_data`` and is removed when the run ends).
"""
from __future__ import annotations

import functools
from typing import Iterable

from spacy.tokens import Token

from pipeline.knowledge import countries
from pipeline.stages.events.lexicon import igo_parents
from pipeline.stages.extensions import doc_tokens


def codes_in(tokens: Iterable[Token]) -> list[str]:
    """Country or IGO codes named in a run of tokens of one Doc: the longest name first ("North Korea",
    "Hungarian", "U.N."). Remembered while ``extract_events`` runs on the Doc: it resolves a phrase as a
    source, again as a target, and so on."""
    tokens = list(tokens)
    memo = tokens[0].doc.user_data.get(_CODES_KEY) if tokens else None
    if memo is None:
        return find_codes(tokens)
    key = tuple(token.i for token in tokens)
    found = memo.get(key)
    if found is None:
        found = memo[key] = tuple(find_codes(tokens))
    return list(found)


_CODES_KEY = ("parley", "event_codes")  # the memo of one extract_events run, removed when it ends


def find_codes(tokens: list[Token]) -> list[str]:
    """``codes_in`` without the memo."""
    tokens = [token for token in tokens if not token.is_punct or token.text == "."]
    positions = [token.i for token in tokens]
    spaced = [token.text_with_ws for token in tokens]
    words = doc_tokens(tokens[0].doc) if tokens else []  # the dropped punctuation too: "anti", "-" before a name
    found: list[str] = []
    i = 0
    while i < len(tokens):
        at = positions[i]
        if at >= 2 and countries.is_stance([words[at - 2].text, words[at - 1].text]):
            i += 1  # "anti-Syria": against the country, not of it
            continue
        for size in (4, 3, 2, 1):
            last = i + size - 1
            if last >= len(tokens) or positions[last] - positions[i] != size - 1:
                continue  # not a run of adjacent words
            text = "".join(spaced[i:last]) + tokens[last].text  # the words' text, as Doc[i:last + 1].text
            code = text_code(text)
            if code and countries.is_igo(code) and all(t.ent_type_ == "PERSON" for t in tokens[i:last + 1]):
                code = None  # part of a person's name ("Kim Jong Un" is no UN official)
            if code:
                if code not in found:
                    found.append(code)
                i += size
                break
        else:
            i += 1
    return found


@functools.lru_cache(maxsize=2 ** 16)
def text_code(text: str) -> str | None:
    """ISO3 or IGO code of a country, demonym, capital, seat of government or international organisation (an
    organ by its organisation's code, as actors are: "the Security Council" -> UN)."""
    if countries.normalize(text) not in lexicon_keys():
        return None  # most phrases tried are no name at all: one lookup instead of four
    igo = countries.igo_code(text)
    if igo:
        return igo_parents().get(igo, igo)
    return countries.country_code(text) or countries.metonym_code(text) or countries.capital_code(text)


@functools.lru_cache(maxsize=None)
def lexicon_keys() -> frozenset[str]:
    """Every lookup key ``text_code`` can find (a name's key must be one of these for any lookup to hit)."""
    lexicon = countries.lexicon()
    return frozenset().union(lexicon.igos, lexicon.names, lexicon.demonyms, lexicon.metonyms, lexicon.capitals)
