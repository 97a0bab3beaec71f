"""Places stage, parts of places: "southern Israel", "Pakistan-administered Kashmir", "central Seoul"."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.stages.places.place_records import place_records
from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import find_toponyms


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


def test_places_part_of_a_place_keeps_the_name_as_its_mention(run_stage):
    doc = run_stage("Rockets were fired at southern Israel overnight.")
    assert [m.text for m in doc._.place_mentions] == ["Israel"]  # gold sets mark the name, not the direction


def test_places_part_of_a_city_is_the_city(run_stage):
    doc = run_stage("Thousands marched in central Seoul on Saturday.")
    assert [(p.name, p.kind) for p in doc._.places] == [("Seoul", "city")]
