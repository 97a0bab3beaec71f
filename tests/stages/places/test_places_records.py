"""Places stage, records: one Place per distinct place, one Mention per toponym, and which places are named."""
from __future__ import annotations

import pytest

from pipeline.stages.places.place_records import place_records
from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import Toponym
from places_helpers import toponyms_in


@pytest.mark.parametrize("name, country", [("Russian Qwxlz Highlands", "RUS"), ("Qwxlz Highlands", None),
                                           ("Jordan Qwxlz Creek", None)])
def test_places_records_unknown_place_led_by_a_nationality_word(gaz, name, country):
    text = f"Troops moved into the {name} overnight."
    places, _ = place_records(resolve_toponyms(text, toponyms_in(text, [name]), gaz))
    assert (places[0].name, places[0].lat, places[0].country) == (name, None, country)


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
