"""Places stage, sites: facilities at their town, sites named without a town, and the country and point a site
takes."""
from __future__ import annotations

import pytest

from pipeline.stages.places.place_records import place_records
from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import Toponym, find_toponyms
from places_helpers import make_doc, toponyms_in


def test_places_facility_stands_at_its_town(blank_nlp, gaz):
    doc = make_doc(blank_nlp.vocab, [("at", "IN", "ADP", "O"), ("Cairo", "NNP", "PROPN", "B-FAC"),
                                     ("Stadium", "NNP", "PROPN", "I-FAC")])
    toponyms = list(find_toponyms(doc, gaz))
    assert [(t.text, t.lookup, t.facility) for t in toponyms] == [("Cairo Stadium", "Cairo", True)]
    (place,), _ = place_records(resolve_toponyms(doc.text, toponyms, gaz))
    assert (place.name, place.kind, place.country) == ("Cairo Stadium", "other", "EGY")
    assert abs(place.lat - 30.06) < 0.5 and abs(place.lon - 31.25) < 0.5


W = ("NNP", "PROPN")  # tag and part of speech of a capitalized name word


@pytest.mark.parametrize("tokens, expected", [
    # a seat of government the model calls an organisation, named as the place where something happens
    ([("talks", "NNS", "NOUN", "O"), ("at", "IN", "ADP", "O"), ("the", "DT", "DET", "B-ORG"),
      ("White", *W, "I-ORG"), ("House", *W, "I-ORG")], [("White House", "other", "USA")]),
    # the same body acting is an actor only
    ([("the", "DT", "DET", "B-ORG"), ("White", *W, "I-ORG"), ("House", *W, "I-ORG"), ("said", "VBD", "VERB", "O")],
     []),
    # a site whose kind is named before "of", in the country of the town named next to it
    ([("at", "IN", "ADP", "O"), ("the", "DT", "DET", "B-FAC"), ("Great", *W, "I-FAC"), ("Hall", *W, "I-FAC"),
      ("of", "IN", "ADP", "I-FAC"), ("the", "DT", "DET", "I-FAC"), ("People", "NNPS", "PROPN", "I-FAC"),
      ("in", "IN", "ADP", "O"), ("Beijing", *W, "B-GPE")],
     [("Great Hall of the People", "other", "CHN"), ("Beijing", "city", "CHN")]),
])
def test_places_sites_named_without_a_town(blank_nlp, gaz, tokens, expected):
    doc = make_doc(blank_nlp.vocab, tokens)
    places, _ = place_records(resolve_toponyms(doc.text, list(find_toponyms(doc, gaz)), gaz))
    assert [(p.name, p.kind, p.country) for p in places] == expected


def test_places_site_far_from_towns_takes_the_country_of_the_closest(gaz):
    text = "Leaders met at the Grand Qwxl Palace. " + "Nothing else happened that day. " * 12 + \
        "Later the envoys flew to Shanghai and then to Tokyo."
    start = text.index("Grand")
    toponyms = [Toponym("Grand Qwxl Palace", start, start + 17, "site", "Grand Qwxl Palace", facility=True),
                *toponyms_in(text, ["Shanghai", "Tokyo"])]
    places, _ = place_records(resolve_toponyms(text, toponyms, gaz))
    site = places[0]
    assert (site.name, site.country, site.lat) == ("Grand Qwxl Palace", "CHN", None)  # too far to take its point


def test_places_site_far_from_towns_is_in_the_dateline_town_country(gaz):
    # the reporter files from the town the site is in, however often the story names another country's towns
    filler = "Nothing else happened. " * 12
    text = f"HANOI, June 3 (Reuters) - {filler}Leaders met at the Grand Qwxl Palace. {filler}" \
        "The envoys had come from Shanghai and later flew to Guangzhou."
    start = text.index("Grand")
    dateline = Toponym("HANOI", 0, 5, "dateline", "Hanoi")
    toponyms = [dateline, Toponym("Grand Qwxl Palace", start, start + 17, "site", "Grand Qwxl Palace", facility=True),
                *toponyms_in(text, ["Shanghai", "Guangzhou"])]
    places, _ = place_records(resolve_toponyms(text, toponyms, gaz))
    assert [(p.name, p.country) for p in places if p.kind == "other"] == [("Grand Qwxl Palace", "VNM")]


def test_places_site_takes_the_point_of_the_town_named_with_it(run_stage):
    doc = run_stage("The delegations met at Dolmabahce Palace in Istanbul on Friday.")
    by_name = {p.name: p for p in doc._.places}
    assert (by_name["Dolmabahce Palace"].lat, by_name["Dolmabahce Palace"].lon) == \
        (by_name["Istanbul"].lat, by_name["Istanbul"].lon)


def _tokens(words):
    """(word, label) pairs: capitalized words as proper nouns, the rest as lower-case nouns."""
    return [(word, "NNP" if word[:1].isupper() else "NN", "PROPN" if word[:1].isupper() else "NOUN", iob)
            for word, iob in words]


@pytest.mark.parametrize("words, expected", [
    # lower-case words after a name saying what kind of site it is: the whole name is a site at its town,
    # whatever label the model gave it
    ([("the", "O"), ("Osaka", "B-WORK_OF_ART"), ("Hinode", "I-WORK_OF_ART"), ("nuclear", "O"), ("power", "O"),
      ("plant", "O")], [("Osaka Hinode", "Osaka", True)]),
    ([("the", "O"), ("Cairo", "B-ORG"), ("Qwarel", "I-ORG"), ("dam", "O")], [("Cairo Qwarel", "Cairo", True)]),
    # no site word after it: only the town inside the name
    ([("the", "O"), ("Osaka", "B-WORK_OF_ART"), ("Hinode", "I-WORK_OF_ART"), ("festival", "O")],
     [("Osaka", "Osaka", False)]),
    # a site word after a name with no known place in it: nothing
    ([("the", "O"), ("Qwarel", "B-ORG"), ("Hinode", "I-ORG"), ("plant", "O")], []),
])
def test_places_name_followed_by_site_word_is_a_site(blank_nlp, gaz, words, expected):
    doc = make_doc(blank_nlp.vocab, _tokens(words))
    assert [(t.text, t.lookup, t.facility) for t in find_toponyms(doc, gaz)] == expected
