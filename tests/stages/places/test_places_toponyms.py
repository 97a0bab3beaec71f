"""Places stage, finding toponyms: entities, nationality words, known names, abbreviations, weak towns, titles."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc


@pytest.mark.parametrize("tokens, expected", [
    ([("the", "DT", "DET", "O"), ("UN", "NNP", "PROPN", "B-ORG"), ("said", "VBD", "VERB", "O")], []),
    ([("U.S.", "NNP", "PROPN", "B-GPE"), ("Secretary", "NNP", "PROPN", "O"), ("of", "IN", "ADP", "O"),
      ("State", "NNP", "PROPN", "O"), ("flew", "VBD", "VERB", "O"), ("to", "IN", "ADP", "O"),
      ("Washington", "NNP", "PROPN", "B-GPE")], ["U.S.", "Washington"]),
])
def test_places_find_skips_organisations_and_titles(blank_nlp, gaz, tokens, expected):
    doc = make_doc(blank_nlp.vocab, tokens)
    assert [t.text for t in find_toponyms(doc, gaz)] == expected


def test_places_find_nationality_adjective_as_evidence(blank_nlp, gaz):
    doc = make_doc(blank_nlp.vocab, [("a", "DT", "DET", "O"), ("Turkish", "JJ", "ADJ", "B-NORP"),
                                     ("city", "NN", "NOUN", "O")])
    (toponym,) = find_toponyms(doc, gaz)
    assert (toponym.text, toponym.lookup, toponym.source) == ("Turkish", "Turkey", "nationality")


@pytest.mark.parametrize("plural, expected", [(False, []), (True, ["Russians"])])
def test_places_find_plural_nationalities_only_on_request(blank_nlp, gaz, plural, expected):
    doc = make_doc(blank_nlp.vocab, [("Russians", "NNPS", "PROPN", "B-NORP"), ("voted", "VBD", "VERB", "O")])
    assert [t.text for t in find_toponyms(doc, gaz, plural_nationalities=plural)] == expected


@pytest.mark.parametrize("tokens, expected", [
    # metonymy: the model calls the capital an organisation
    ([("Kyiv", "NNP", "PROPN", "B-ORG"), ("rejected", "VBD", "VERB", "O"), ("it", "PRP", "PRON", "O")], ["Kyiv"]),
    # an organisation that shares its name with a small town is not taken for sure (see the weak tests)
    ([("Dover", "NNP", "PROPN", "B-ORG"), ("rose", "VBD", "VERB", "O")], []),
    # a mixed-case name
    ([("in", "IN", "ADP", "O"), ("DeKalb", "NNP", "PROPN", "B-GPE")], ["DeKalb"]),
    # a name the model missed
    ([("Turkiye", "NNP", "PROPN", "O"), ("objected", "VBD", "VERB", "O")], ["Turkiye"]),
    # a generic word tagged as a place
    ([("the", "DT", "DET", "O"), ("Valley", "NNP", "PROPN", "B-LOC"), ("grew", "VBD", "VERB", "O")], []),
    # a place inside an organisation's name
    ([("the", "DT", "DET", "O"), ("Russian", "JJ", "ADJ", "B-ORG"), ("Foreign", "NNP", "PROPN", "I-ORG"),
      ("Ministry", "NNP", "PROPN", "I-ORG")], ["Russian"]),
    # a single person word the model tagged GPE, when the article names the person in full
    ([("Muhammadu", "NNP", "PROPN", "B-PERSON"), ("Buhari", "NNP", "PROPN", "I-PERSON"), ("met", "VBD", "VERB", "O"),
      ("Buhari", "NNP", "PROPN", "B-GPE"), ("aides", "NNS", "NOUN", "O")], []),
    # joining particles in a name
    ([("in", "IN", "ADP", "O"), ("Port", "NNP", "PROPN", "B-GPE"), ("-", "HYPH", "PUNCT", "I-GPE"),
      ("au", "NNP", "PROPN", "I-GPE"), ("-", "HYPH", "PUNCT", "I-GPE"), ("Prince", "NNP", "PROPN", "I-GPE")],
     ["Port - au - Prince"]),
    # an unknown word the model also tags as an organisation is not taken as an unresolved place
    ([("Zorblax", "NNP", "PROPN", "B-ORG"), ("Ltd", "NNP", "PROPN", "I-ORG"), ("said", "VBD", "VERB", "O"),
      ("Zorblax", "NNP", "PROPN", "B-GPE"), ("grew", "VBD", "VERB", "O")], []),
    # an unknown place of several words the model tags GPE is kept (resolved to nothing later); a lone unknown
    # word, see test_places_unknown_words.py
    ([("in", "IN", "ADP", "O"), ("Qwxlzy", "NNP", "PROPN", "B-GPE"), ("Falls", "NNP", "PROPN", "I-GPE")],
     ["Qwxlzy Falls"]),
    # "Paris, Texas" tagged as one entity is two toponyms
    ([("Paris", "NNP", "PROPN", "B-GPE"), (",", ",", "PUNCT", "I-GPE"), ("Texas", "NNP", "PROPN", "I-GPE")],
     ["Paris", "Texas"]),
    # an unknown code the model tagged as a place
    ([("M23", "NNP", "PROPN", "B-GPE"), ("fighters", "NNS", "NOUN", "O"), ("advanced", "VBD", "VERB", "O")], []),
    # a capital under its older spelling, which the gazetteer holds only as an alternate name
    ([("Kiev", "NNP", "PROPN", "B-PERSON"), ("objected", "VBD", "VERB", "O")], ["Kiev"]),
    # one country's name the model cut in two at its "and"; two places joined by "and" stay two
    ([("Trinidad", "NNP", "PROPN", "B-PERSON"), ("and", "CC", "CCONJ", "O"), ("Tobago", "NNP", "PROPN", "B-ORG"),
      ("voted", "VBD", "VERB", "O")], ["Trinidad and Tobago"]),
    ([("Oslo", "NNP", "PROPN", "B-GPE"), ("and", "CC", "CCONJ", "O"), ("Lima", "NNP", "PROPN", "B-GPE"),
      ("agreed", "VBD", "VERB", "O")], ["Oslo", "Lima"]),
])
def test_places_find_toponyms(blank_nlp, gaz, tokens, expected):
    doc = make_doc(blank_nlp.vocab, tokens)
    assert [t.text for t in find_toponyms(doc, gaz, weak=False)] == expected


def test_places_find_nationality_after_hyphen(blank_nlp, gaz):
    doc = make_doc(blank_nlp.vocab, [("an", "DT", "DET", "O"), ("anti-Russian", "JJ", "ADJ", "B-NORP"),
                                     ("rally", "NN", "NOUN", "O")])
    (toponym,) = find_toponyms(doc, gaz)
    assert (toponym.text, toponym.lookup) == ("Russian", "Russia")
    assert doc.text[toponym.start:toponym.end] == "Russian"


def test_places_find_abbreviation_with_split_dot(blank_nlp, gaz):
    doc = Doc(blank_nlp.vocab, words=["in", "Hanover", ",", "Vt", ".", "today"],
              spaces=[True, False, True, False, True, False],
              tags=["IN", "NNP", ",", "NNP", ".", "NN"], pos=["ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "NOUN"],
              ents=["O", "B-GPE", "O", "B-GPE", "O", "O"])
    toponyms = list(find_toponyms(doc, gaz))
    assert [(t.text, t.lookup) for t in toponyms] == [("Hanover", "Hanover"), ("Vt", "Vt.")]
    resolved = {r.toponym.text: r.entry for r in resolve_toponyms(doc.text, toponyms, gaz)}
    assert resolved["Vt"].name == "Vermont"


def test_places_find_name_with_admin_word(blank_nlp, gaz):
    doc = make_doc(blank_nlp.vocab, [("in", "IN", "ADP", "O"), ("Fujian", "NNP", "PROPN", "B-GPE"),
                                     ("province", "NN", "NOUN", "I-GPE")])
    toponyms = list(find_toponyms(doc, gaz))
    assert [(t.text, t.lookup) for t in toponyms] == [("Fujian province", "Fujian")]
    (resolved,) = resolve_toponyms(doc.text, toponyms, gaz)
    assert (resolved.entry.kind, resolved.entry.country) == ("region", "CHN")


@pytest.mark.parametrize("tokens", [
    [("Greer", "NNP", "PROPN", "B-ORG"), ("voted", "VBD", "VERB", "O")],
    [("in", "IN", "ADP", "O"), ("Hagerstown", "NNP", "PROPN", "O"), ("today", "NN", "NOUN", "O")],
])
def test_places_find_small_town_without_place_label_is_weak(blank_nlp, gaz, tokens):
    doc = make_doc(blank_nlp.vocab, tokens)
    assert [t.source for t in find_toponyms(doc, gaz)] == ["weak"]
    assert list(find_toponyms(doc, gaz, weak=False)) == []


def test_places_find_toponym_offsets_are_exact(blank_nlp, gaz):
    doc = make_doc(blank_nlp.vocab, [("Troops", "NNS", "NOUN", "O"), ("left", "VBD", "VERB", "O"),
                                     ("the", "DT", "DET", "B-GPE"), ("Gaza", "NNP", "PROPN", "I-GPE"),
                                     ("Strip", "NNP", "PROPN", "I-GPE")])
    (toponym,) = find_toponyms(doc, gaz)
    assert doc.text[toponym.start:toponym.end] == toponym.text == "Gaza Strip"


@pytest.mark.parametrize(
    "text, not_places",
    [
        ("President Bush met the king in Cairo on Monday. Bush said the talks went well.", {"Bush", "Būsh"}),
        ("Mr. Hamilton flew to Ottawa.", {"Hamilton"}),
    ],
)
def test_places_titled_person_is_not_a_town(run_stage, text, not_places):
    doc = run_stage(text)
    assert not {place.name for place in doc._.places} & not_places
    assert not {m.text for m in doc._.place_mentions} & not_places
