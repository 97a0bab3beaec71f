"""Places stage: finding toponyms, resolving them against the gazetteer, the records, and the suite scorer."""
from __future__ import annotations

import pandas as pd
import pytest
from spacy.tokens import Doc

from pipeline.evaluate import places as scorer
from pipeline.knowledge.gazetteer import gazetteer
from pipeline.stages.places import Toponym, demonym_place, find_toponyms, place_records, resolve_toponyms


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


def make_doc(vocab, tokens):
    """tokens: (word, tag, pos, ent IOB) tuples; every word followed by a space."""
    words, tags, pos, ents = zip(*tokens)
    return Doc(vocab, words=list(words), tags=list(tags), pos=list(pos), ents=list(ents))


def toponyms_in(text: str, names: list[str]) -> list[Toponym]:
    """Toponyms at the first occurrence of each name, in order, looked up by their own text."""
    found, position = [], 0
    for name in names:
        start = text.index(name, position)
        found.append(Toponym(name, start, start + len(name), "ner", name))
        position = start + len(name)
    return found


def resolve(gaz, text, names):
    return {r.toponym.text: r.entry for r in resolve_toponyms(text, toponyms_in(text, names), gaz)}


# ---------------------------------------------------------------------------------------------- resolving

@pytest.mark.parametrize("text, names, name, country, admin1", [
    ("Talks opened in Paris on Monday.", ["Paris"], "Paris", "FRA", None),
    ("The fair in Paris, Texas drew crowds.", ["Paris", "Texas"], "Paris", "USA", "TX"),
    ("He grew up in Athens, Ga., and moved on.", ["Athens", "Ga."], "Athens", "USA", "GA"),
    ("Police in Gainesville and elsewhere in Florida said", ["Gainesville", "Florida"], "Gainesville", "USA", "FL"),
    ("Police in Gainesville and Atlanta, Georgia said", ["Gainesville", "Atlanta", "Georgia"], "Gainesville", "USA", "GA"),
    ("Officials in Washington said", ["Washington"], "Washington", "USA", "DC"),
    ("Moscow said it would respond.", ["Moscow"], "Moscow", "RUS", None),
])
def test_places_resolve_towns_by_context(gaz, text, names, name, country, admin1):
    entry = resolve(gaz, text, names)[name]
    assert entry.country == country
    if admin1:
        assert entry.admin1 == admin1


@pytest.mark.parametrize("text, names, kind, country", [
    ("Troops left Tbilisi and Georgia accused Russia.", ["Tbilisi", "Georgia", "Russia"], "country", "GEO"),
    ("Voters in Atlanta and across Georgia went to the polls.", ["Atlanta", "Georgia"], "region", "USA"),
    # naming the United States (or its capital) is not evidence for one of its states
    ("Washington urged Armenia and Georgia to keep talking.", ["Washington", "Armenia", "Georgia"], "country", "GEO"),
])
def test_places_resolve_georgia_by_context(gaz, text, names, kind, country):
    entry = resolve(gaz, text, names)["Georgia"]
    assert (entry.kind, entry.country) == (kind, country)


def test_places_resolve_country_name_beats_capital(gaz):
    text = "MEXICO CITY — Mexico and the United States agreed."
    entry = resolve(gaz, text, ["MEXICO CITY", "Mexico", "United States"])["Mexico"]
    assert entry.kind == "country" and entry.country == "MEX"


def test_places_resolve_county_gets_a_point_in_its_state(gaz):
    text = "Deputies in Decatur and across DeKalb County, Georgia said"
    entry = resolve(gaz, text, ["Decatur", "DeKalb County", "Georgia"])["DeKalb County"]
    assert entry.country == "USA" and entry.admin1 == "GA"
    assert 33 < entry.lat < 35 and -85.5 < entry.lon < -83.5


@pytest.mark.parametrize("text, names, name, expected", [
    # local news names a county without the word
    ("Schools in Decatur, Ga., and the rest of DeKalb reopened.", ["Decatur", "Ga.", "DeKalb"], "DeKalb",
     ("DeKalb County", "GA")),
    # without that context the town wins
    ("Students at a university in DeKalb, Illinois protested.", ["DeKalb", "Illinois"], "DeKalb", ("DeKalb", "IL")),
])
def test_places_resolve_bare_county_name(gaz, text, names, name, expected):
    entry = resolve(gaz, text, names)[name]
    assert (entry.name, entry.admin1) == expected


def test_places_resolve_england_is_a_region_of_the_uk(gaz):
    entry = resolve(gaz, "Rain swept across England.", ["England"])["England"]
    assert (entry.name, entry.kind, entry.country) == ("England", "region", "GBR")


def test_places_resolve_unknown_name_stays_unresolved(gaz):
    assert resolve(gaz, "They met at Qwxlzyville.", ["Qwxlzyville"])["Qwxlzyville"] is None


# ---------------------------------------------------------------------------------------------- finding

@pytest.mark.parametrize("word, place", [
    ("Turkish", "Turkey"), ("Russian", "Russia"), ("European", "Europe"), ("Kurdish", "Kurdistan"),
    ("English", None), ("Catholic", None),
])
def test_places_demonym_place(word, place):
    assert demonym_place(word) == place


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
    # an unknown place the model tags GPE is kept (resolved to nothing later)
    ([("in", "IN", "ADP", "O"), ("Qwxlzyville", "NNP", "PROPN", "B-GPE")], ["Qwxlzyville"]),
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


@pytest.mark.parametrize("text, expected", [
    ("COLUMBUS, Ohio — Voters decided on Tuesday.", ["COLUMBUS", "Ohio"]),
    # a city with its country
    ("TAIPEI, Taiwan (AP) — The coast guard said it tracked two ships.", ["TAIPEI", "Taiwan"]),
    # plain text that opens with its headline
    ("Port strike ends after talks\n\nLISBON, May 2 (Reuters) - Dockers went back to work.", ["LISBON"]),
    # a story filed from two towns
    ("NAIROBI/KAMPALA, April 8 (Reuters) - The two governments signed a trade pact.", ["NAIROBI", "KAMPALA"]),
    # a town in title case, known as a dateline by its agency
    ("Baku (AFP) - the ministry said on Monday that talks would go on.", ["Baku"]),
    # a site standing for the town it is in
    ("UNITED NATIONS, May 5 (Reuters) - the council met.", ["UNITED NATIONS"]),
    # not datelines: a title-case word with no agency; a first line that is a sentence; an unknown word
    ("Moscow - the capital - hosted the talks.", []),
    ("the talks went on for a day.\nLISBON (Reuters) - the dockers went back.", []),
    ("QWXLZ, May 2 (Reuters) - the dockers went back.", []),
])
def test_places_find_dateline(blank_nlp, gaz, text, expected):
    doc = blank_nlp(text)
    datelines = [t for t in find_toponyms(doc, gaz) if t.source == "dateline"]
    assert [t.text for t in datelines] == expected
    assert all(text[t.start:t.end] == t.text for t in datelines)


@pytest.mark.parametrize("tokens", [
    [("Greer", "NNP", "PROPN", "B-ORG"), ("voted", "VBD", "VERB", "O")],
    [("in", "IN", "ADP", "O"), ("Hagerstown", "NNP", "PROPN", "O"), ("today", "NN", "NOUN", "O")],
])
def test_places_find_small_town_without_place_label_is_weak(blank_nlp, gaz, tokens):
    doc = make_doc(blank_nlp.vocab, tokens)
    assert [t.source for t in find_toponyms(doc, gaz)] == ["weak"]
    assert list(find_toponyms(doc, gaz, weak=False)) == []


@pytest.mark.parametrize("text, others, kept", [
    ("Greer voted.", [], False),
    ("Greer voted, and Spartanburg, South Carolina followed.", ["Spartanburg", "South Carolina"], True),
])
def test_places_resolve_weak_town_needs_backing(gaz, text, others, kept):
    toponyms = [Toponym("Greer", 0, 5, "weak", "Greer")] + toponyms_in(text[5:], others)
    toponyms = [toponyms[0]] + [t._replace(start=t.start + 5, end=t.end + 5) for t in toponyms[1:]]
    resolved = resolve_toponyms(text, toponyms, gaz)
    greer = [r.entry for r in resolved if r.toponym.text == "Greer"]
    assert bool(greer) == kept
    if kept:
        assert greer[0].admin1 == "SC"


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


@pytest.mark.parametrize("words, name, country", [
    (["Pakistan", "-", "administered", "Kashmir"], "Pakistan-administered Kashmir", "PAK"),
    (["Indian", "-", "administered", "Kashmir"], "Indian-administered Kashmir", "IND"),
    # an occupied or seized part keeps the country the whole belongs to
    (["Russian", "-", "occupied", "Crimea"], "Russian-occupied Crimea", "UKR"),
])
def test_places_part_held_by_a_country(blank_nlp, gaz, words, name, country):
    labels = {"Pakistan": "B-GPE", "Indian": "B-NORP", "Russian": "B-NORP", "Kashmir": "B-GPE", "Crimea": "B-GPE"}
    doc = Doc(blank_nlp.vocab, words=["strikes", "in", *words], spaces=[True, True, False, False, True, False],
              tags=["NNS", "IN", "NNP", "HYPH", "VBN", "NNP"], pos=["NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PROPN"],
              ents=["O", "O", labels[words[0]], "O", "O", labels[words[-1]]])
    places, mentions = place_records(resolve_toponyms(doc.text, list(find_toponyms(doc, gaz)), gaz))
    by_id = {p.place_id: p for p in places}
    part = next(by_id[m.entity_id] for m in mentions if m.text == words[-1])  # the mention stays the name
    assert (part.name, part.kind, part.country) == (name, "region", country)


@pytest.mark.parametrize("name, country", [("Russian Qwxlz Highlands", "RUS"), ("Qwxlz Highlands", None),
                                           ("Jordan Qwxlz Creek", None)])
def test_places_records_unknown_place_led_by_a_nationality_word(gaz, name, country):
    text = f"Troops moved into the {name} overnight."
    places, _ = place_records(resolve_toponyms(text, toponyms_in(text, [name]), gaz))
    assert (places[0].name, places[0].lat, places[0].country) == (name, None, country)


def test_places_find_toponym_offsets_are_exact(blank_nlp, gaz):
    doc = make_doc(blank_nlp.vocab, [("Troops", "NNS", "NOUN", "O"), ("left", "VBD", "VERB", "O"),
                                     ("the", "DT", "DET", "B-GPE"), ("Gaza", "NNP", "PROPN", "I-GPE"),
                                     ("Strip", "NNP", "PROPN", "I-GPE")])
    (toponym,) = find_toponyms(doc, gaz)
    assert doc.text[toponym.start:toponym.end] == toponym.text == "Gaza Strip"


# ---------------------------------------------------------------------------------------------- records

def test_places_records_one_place_per_distinct_place(gaz):
    text = "Russia said Russian troops left Russia."
    toponyms = [Toponym("Russia", 0, 6, "ner", "Russia"), Toponym("Russian", 12, 19, "nationality", "Russia"),
                Toponym("Russia", 32, 38, "ner", "Russia")]
    places, mentions = place_records(resolve_toponyms(text, toponyms, gaz))
    assert [(p.place_id, p.name, p.kind, p.country) for p in places] == [("p1", "Russia", "country", "RUS")]
    assert [(m.entity_id, m.kind, m.start, m.end) for m in mentions] == [
        ("p1", "place", 0, 6), ("p1", "place", 12, 19), ("p1", "place", 32, 38)]


@pytest.mark.parametrize("text, toponyms, expected", [
    ("Turkish officials arrived.", [Toponym("Turkish", 0, 7, "nationality", "Turkey")], {"Turkey": False}),
    ("Turkish officials arrived in Turkey.", [Toponym("Turkish", 0, 7, "nationality", "Turkey"),
                                             Toponym("Turkey", 29, 35, "ner", "Turkey")], {"Turkey": True}),
    # a nationality word the model labelled as a place is still only a nationality word
    ("He flew to the Angolan capital.", [Toponym("Angolan", 15, 22, "ner", "Angola")], {"Angola": False}),
    ("The EU renewed its sanctions.", [Toponym("EU", 4, 6, "ner", "EU")], {"European Union": False}),
    ("Envoys gathered in Vienna.", [Toponym("Vienna", 19, 25, "ner", "Vienna")], {"Vienna": True}),
])
def test_places_records_named_only_when_a_mention_names_the_location(gaz, text, toponyms, expected):
    assert all(text[t.start:t.end] == t.text for t in toponyms)
    places, mentions = place_records(resolve_toponyms(text, toponyms, gaz))
    assert {p.name: p.named for p in places} == expected
    assert len(mentions) == len(toponyms)  # every mention is kept, named or not


def test_places_records_unresolved_place_keeps_null_coordinates(gaz):
    text = "They met at Qwxlzyville."
    places, mentions = place_records(resolve_toponyms(text, toponyms_in(text, ["Qwxlzyville"]), gaz))
    assert places[0].lat is None and places[0].lon is None and places[0].country is None
    assert mentions[0].text == "Qwxlzyville"


# ---------------------------------------------------------------------------------------------- pipeline

@pytest.mark.parametrize("config, expected", [({}, ["Greer", "South Carolina"]), ({"weak": False}, ["South Carolina"])])
def test_places_stage_factory_options(blank_nlp, config, expected):
    blank_nlp.add_pipe("parley_places", config=config)
    doc = make_doc(blank_nlp.vocab, [("Greer", "NNP", "PROPN", "B-ORG"), (",", ",", "PUNCT", "O"),
                                     ("South", "NNP", "PROPN", "B-GPE"), ("Carolina", "NNP", "PROPN", "I-GPE"),
                                     ("voted", "VBD", "VERB", "O")])
    doc = blank_nlp(doc)
    assert [m.text for m in doc._.place_mentions] == expected
    assert {p.country for p in doc._.places} == {"USA"}


@pytest.mark.parametrize("text, mention, country", [
    ("Kyiv rejected the proposal on Tuesday, officials said.", "Kyiv", "UKR"),
    ("Turkiye said it would host the talks in Istanbul next week.", "Turkiye", "TUR"),
    ("Shelling was reported across the Donbas and in Crimea overnight.", "Crimea", "UKR"),
])
def test_places_pipeline_finds_and_places(run_stage, text, mention, country):
    doc = run_stage(text)
    by_id = {p.place_id: p for p in doc._.places}
    found = {m.text: by_id[m.entity_id] for m in doc._.place_mentions}
    assert mention in found
    assert found[mention].country == country and found[mention].lat is not None
    assert all(doc.text[m.start:m.end] == m.text for m in doc._.place_mentions)


# ---------------------------------------------------------------------------------------------- scorer

def _tables(mentions, places):
    return {"mentions": pd.DataFrame(mentions, columns=["article_id", "entity_id", "kind", "text", "start", "end"]),
            "places": pd.DataFrame(places, columns=["article_id", "place_id", "name", "kind", "country", "lat", "lon",
                                                    "geonames_id"])}


@pytest.mark.parametrize("mentions, places, expected", [
    # exact span, point 50 km away: matched and near
    ([("a", "p1", "place", "Kyiv", 0, 4)], [("a", "p1", "Kyiv", "city", "UKR", 50.9, 30.5, None)],
     {"precision": 1.0, "recall": 0.5, "acc@161km": 1.0}),
    # matched but on the wrong continent
    ([("a", "p1", "place", "Kyiv", 0, 4)], [("a", "p1", "Kyiv", "city", "UKR", -30.0, 30.5, None)],
     {"precision": 1.0, "recall": 0.5, "acc@161km": 0.0}),
    # matched with null coordinates: counts as not near
    ([("a", "p1", "place", "Kyiv", 0, 4)], [("a", "p1", "Kyiv", "other", None, None, None, None)],
     {"precision": 1.0, "recall": 0.5, "acc@161km": 0.0}),
    # overlap below half of the longer span: no match; actor mentions are ignored
    ([("a", "p1", "place", "K", 0, 1), ("a", "a1", "actor", "Lviv", 10, 14)],
     [("a", "p1", "Kyiv", "city", "UKR", 50.45, 30.52, None)],
     {"precision": 0.0, "recall": 0.0, "acc@161km": 0.0}),
])
def test_places_scorer(mentions, places, expected):
    gold = {"a": {"places": [{"start": 0, "end": 4, "lat": 50.45, "lon": 30.52},
                             {"start": 10, "end": 14, "lat": 49.84, "lon": 24.03}]}}
    figures = scorer.score([{"id": "a"}], gold, _tables(mentions, places))
    for name, value in expected.items():
        assert figures[name] == pytest.approx(value)


@pytest.mark.parametrize("a, b, km", [((50.45, 30.52), (49.84, 24.03), 470), ((0, 0), (0, 1), 111)])
def test_places_scorer_distance(a, b, km):
    assert scorer.distance_km(*a, *b) == pytest.approx(km, rel=0.02)


def test_places_dev_suite_smoke(eval_dir, nlp):
    from pipeline.evaluate import evaluate

    figures = evaluate(eval_dir / "places", nlp=nlp, limit=10)
    # a floor well under the measured DEV figures: catches a broken stage, not a small regression
    assert figures["f1"] > 0.6 and figures["acc@161km"] > 0.6


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


@pytest.mark.parametrize(
    "text, name, kind, country",
    [
        ("The delegations met at Dolmabahce Palace in Istanbul on Friday.", "Dolmabahce Palace", "other", "TUR"),
        ("Rockets were fired at southern Israel overnight.", "southern Israel", "region", "ISR"),
        ("Fighting spread across eastern Ukraine and reached Kharkiv.", "eastern Ukraine", "region", "UKR"),
        # the part is named as the text names the whole, not by the whole's formal name
        ("Aid convoys reached eastern Congo on Monday.", "eastern Congo", "region", "COD"),
    ],
)
def test_places_sites_and_parts_of_places(run_stage, text, name, kind, country):
    doc = run_stage(text)
    assert (name, kind, country) in {(p.name, p.kind, p.country) for p in doc._.places}


def test_places_site_takes_the_point_of_the_town_named_with_it(run_stage):
    doc = run_stage("The delegations met at Dolmabahce Palace in Istanbul on Friday.")
    by_name = {p.name: p for p in doc._.places}
    assert (by_name["Dolmabahce Palace"].lat, by_name["Dolmabahce Palace"].lon) == \
        (by_name["Istanbul"].lat, by_name["Istanbul"].lon)


def test_places_part_of_a_place_keeps_the_name_as_its_mention(run_stage):
    doc = run_stage("Rockets were fired at southern Israel overnight.")
    assert [m.text for m in doc._.place_mentions] == ["Israel"]  # gold sets mark the name, not the direction


def test_places_part_of_a_city_is_the_city(run_stage):
    doc = run_stage("Thousands marched in central Seoul on Saturday.")
    assert [(p.name, p.kind) for p in doc._.places] == [("Seoul", "city")]


def test_places_united_nations_dateline_is_the_headquarters(run_stage):
    doc = run_stage("UNITED NATIONS, May 5 (Reuters) - The Security Council met on Monday. The United Nations said.")
    places = {p.name: p for p in doc._.places}
    assert places["United Nations Headquarters"].country == "USA"
    assert [m.text for m in doc._.place_mentions] == ["UNITED NATIONS"]  # the body itself is no place
