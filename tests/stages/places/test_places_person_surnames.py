"""Places stage, finding: a lone word the model tags as a person, which the article also uses inside a person's full
name, is that person ("Rita Denton ... Denton said"), not the town of the name; a capital or a country word stays a
place ("Anna Paris ... Paris objected")."""
from __future__ import annotations

import pytest

from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc

O, PER, IPER = "O", "B-PERSON", "I-PERSON"


def tokens_of(words):
    return [(word, "NNP" if word[:1].isupper() else "VBD", "PROPN" if word[:1].isupper() else "VERB", iob)
            for word, iob in words]


@pytest.mark.parametrize("words, expected", [
    # the surname of a person the article names in full: the person
    ([("Rita", PER), ("Denton", IPER), ("spoke", O), ("and", O), ("Denton", PER), ("said", O)], []),
    ([("Carl", PER), ("McKinney", IPER), ("voted", O), ("and", O), ("McKinney", PER), ("objected", O)], []),
    # no full name in the article: the known town, as before
    ([("Denton", PER), ("grew", O)], ["Denton"]),
    # a capital stays a place even when someone bears its name
    ([("Anna", PER), ("Paris", IPER), ("spoke", O), ("and", O), ("Paris", PER), ("objected", O)], ["Paris"]),
])
def test_places_person_surname_is_no_town(blank_nlp, gaz, words, expected):
    doc = make_doc(blank_nlp.vocab, tokens_of(words))
    assert [t.text for t in find_toponyms(doc, gaz)] == expected
