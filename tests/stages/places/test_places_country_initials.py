"""Places stage: a country's initials right before a noun or title they qualify ("U.S. officials", "UK troops")
are a nationality word, evidence of the country but no place named; used as a noun ("left for the UK") they
name it."""
from __future__ import annotations

import pytest

from pipeline.stages.places.place_records import place_records
from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc


def _named(blank_nlp, gaz, tokens):
    doc = make_doc(blank_nlp.vocab, tokens)
    places, _ = place_records(resolve_toponyms(doc.text, list(find_toponyms(doc, gaz)), gaz))
    return {p.name: p.named for p in places}


GPE = lambda word: (word, "NNP", "PROPN", "B-GPE")  # noqa: E731


@pytest.mark.parametrize("tokens, named", [
    ([GPE("U.S."), ("envoy", "NN", "NOUN", "O"), ("Kestrel", "NNP", "PROPN", "B-PERSON"),
      ("left", "VBD", "VERB", "O")], False),
    ([GPE("UK"), ("troops", "NNS", "NOUN", "O"), ("withdrew", "VBD", "VERB", "O")], False),
    ([("Troops", "NNS", "NOUN", "O"), ("flew", "VBD", "VERB", "O"), ("to", "IN", "ADP", "O"), ("the", "DT", "DET", "O"),
      GPE("UK"), ("on", "IN", "ADP", "O"), ("Monday", "NNP", "PROPN", "O")], True),
    ([GPE("Britain"), ("troops", "NNS", "NOUN", "O"), ("withdrew", "VBD", "VERB", "O")], True),  # a name, not initials
])
def test_places_country_initials_as_nationality(blank_nlp, gaz, tokens, named):
    places = _named(blank_nlp, gaz, tokens)
    country = next(name for name in places if name in {"United States", "United Kingdom"})
    assert places[country] is named
