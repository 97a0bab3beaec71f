"""Counties named in a list before the plural word ("Jackson and Barrow counties", "Douglas, Lancaster and Sarpy
counties", "Rapides and Avoyelles parishes"): each name is a county of that name, whatever else it may be."""
from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Span

from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.stages.places.scan import _Words

# the plural word -> the singular a county's name ends in
PLURALS = {"counties": "County", "parishes": "Parish", "boroughs": "Borough"}
LIST_WORDS = frozenset({",", "and", "&", "or"})
MAX_NAME_TOKENS = 3
PLURAL_WORD = re.compile(r"\b(?:" + "|".join(PLURALS) + r")\b")  # lower case only: "Counties" opens a name


def county_lists(words: _Words, gaz: Gazetteer) -> Iterator[tuple[Span, str]]:
    """(span, lookup) for each name of a list of counties written before the plural: the capitalized words
    between the list's commas and "and", looked up with the singular ("Barrow" -> "Barrow County"); a name
    the gazetteer does not hold as a county ends the list."""
    tokens = words.tokens
    for match in PLURAL_WORD.finditer(words.text):  # the text, not every token: the word is rare
        plural = words.doc.char_span(match.start(), match.end())
        if plural is None:
            continue
        i, singular = plural.start, PLURALS[match.group()]
        found: list[tuple[Span, str]] = []
        end = i
        while end > 0:
            start = end
            while start > 0 and end - start < MAX_NAME_TOKENS and tokens[start - 1].text[:1].isupper() \
                    and tokens[start - 1].is_alpha:
                start -= 1
            if start == end:
                break
            span = words.doc[start:end]
            lookup = f"{span.text} {singular}"
            if not any(c.entry.feature == "county" for c in gaz.candidates(lookup)):
                break
            found.append((span, lookup))
            end = start
            while end > 0 and tokens[end - 1].lower_ in LIST_WORDS:
                end -= 1
            if end == start:
                break
        yield from reversed(found)
