"""Places stage, finding: a name the model took for a person or a body, followed by a comma and a state or country,
is a town when the gazetteer has a town of that name (by any of its names) in that state or country ("Matias
Romero, Oaxaca, Mexico"); a person's name before a country stays a person."""
from __future__ import annotations

import pytest

from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc

O = "O"


def tokens_of(words):
    return [(word, "," if word == "," else "NNP", "PUNCT" if word == "," else "PROPN", iob) for word, iob in words]


@pytest.mark.parametrize("words, expected", [
    ([("Matias", "B-PERSON"), ("Romero", "I-PERSON"), (",", O), ("Oaxaca", "B-GPE"), (",", O), ("Mexico", "B-GPE")],
     ["Matias Romero", "Oaxaca", "Mexico"]),
    ([("Matias", "B-ORG"), ("Romero", "I-ORG"), (",", O), ("Mexico", "B-GPE")], ["Matias Romero", "Mexico"]),
    # no town of that name in the country named after it
    ([("Matias", "B-PERSON"), ("Romero", "I-PERSON"), (",", O), ("Ohio", "B-GPE")], ["Ohio"]),
    ([("Maria", "B-PERSON"), ("Quixtenbrand", "I-PERSON"), (",", O), ("Mexico", "B-GPE")], ["Mexico"]),
])
def test_places_name_placed_by_next(blank_nlp, gaz, words, expected):
    doc = make_doc(blank_nlp.vocab, tokens_of(words))
    assert [t.text for t in find_toponyms(doc, gaz)] == expected
