"""Places stage: an agreement or plan named after a place ("the Ionian Sea Initiative", "the Dayton Accords") is
a document, not a site: the place named inside it is the toponym, as in a body named after its town."""
from __future__ import annotations

import pytest

from pipeline.stages.places.place_records import place_records
from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import find_toponyms
from places_helpers import make_doc


def _places(blank_nlp, gaz, words: list[str], label: str):
    entity = [(word, "NNP", "PROPN", ("B-" if i == 0 else "I-") + label) for i, word in enumerate(words)]
    tokens = [("Officials", "NNS", "NOUN", "O"), ("praised", "VBD", "VERB", "O"), ("the", "DT", "DET", "O"),
              *entity, ("on", "IN", "ADP", "O"), ("Sunday", "NNP", "PROPN", "O")]
    doc = make_doc(blank_nlp.vocab, tokens)
    toponyms = list(find_toponyms(doc, gaz))
    places, mentions = place_records(resolve_toponyms(doc.text, toponyms, gaz))
    return places, mentions


@pytest.mark.parametrize("words, label, mention, country", [
    (["Black", "Sea", "Initiative"], "LOC", "Black Sea", None),
    (["Geneva", "Conventions"], "GPE", "Geneva", "CHE"),
    (["Dayton", "Accords"], "LOC", "Dayton", "USA"),
    (["Oslo", "Agreement"], "LOC", "Oslo", "NOR"),
    (["Kyoto", "Protocol"], "GPE", "Kyoto", "JPN"),
    (["Tashkent", "Declaration"], "LOC", "Tashkent", "UZB"),
])
def test_places_agreement_named_after_a_place_names_that_place(blank_nlp, gaz, words, label, mention, country):
    places, mentions = _places(blank_nlp, gaz, words, label)
    assert [m.text for m in mentions] == [mention]
    assert [(p.country, p.lat is not None) for p in places] == [(country, True)]


@pytest.mark.parametrize("words, label", [
    (["Lucerne", "Harbour", "Front"], "LOC"),  # a site named after its town stays the whole name, at the town
])
def test_places_site_named_after_a_place_keeps_its_whole_name(blank_nlp, gaz, words, label):
    places, mentions = _places(blank_nlp, gaz, words, label)
    assert [m.text for m in mentions] == [" ".join(words)]
