"""Places stage, finding: a lone word the model tags as a person, which the article also uses inside a person's full
name, is that person ("Rita Denton ... Denton said"), not the town of the name; a capital or a country word stays a
place ("Anna Paris ... Paris objected"). A full name tagged as a place once and as a person elsewhere, with no
known place in it, is the person."""
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


GPE, IGPE = "B-GPE", "I-GPE"


@pytest.mark.parametrize("words, expected", [
    # a full name the model tags as a place once and as a person elsewhere, with no known place in it: the person
    ([("Varun", PER), ("Teskala", IPER), ("spoke", O), ("and", O), ("Varun", GPE), ("Teskala", IGPE), ("left", O)],
     []),
    # no person of that name in the article: the place entity stays, pointless as it is
    ([("Varun", GPE), ("Teskala", IGPE), ("left", O)], ["Varun Teskala"]),
    # a known place stays a place (here both: the model's "person" is the city too)
    ([("New", PER), ("Orleans", IPER), ("spoke", O), ("and", O), ("New", GPE), ("Orleans", IGPE), ("left", O)],
     ["New Orleans", "New Orleans"]),
])
def test_places_full_person_name_is_no_place(blank_nlp, gaz, words, expected):
    doc = make_doc(blank_nlp.vocab, tokens_of(words))
    assert [t.text for t in find_toponyms(doc, gaz)] == expected
