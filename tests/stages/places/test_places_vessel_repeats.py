"""A ship named after a place is no place: after a lower-case ship noun or a flag ("the Panama-flagged Baltic
Sun"), and, for a name of two words or more, wherever the story repeats it ("the Baltic Sun's crew")
(pipeline/stages/places/unplaced_names.py)."""
from __future__ import annotations

import pytest

from pipeline.stages.places.unplaced_names import vessel_mentions


@pytest.mark.parametrize("text, names", [
    ("The Panama-flagged Adriatic Dawn sank. The Adriatic Dawn's crew was saved.", ["Adriatic Dawn", "Adriatic Dawn"]),
    ("The Cypriot-flagged Odessa hit a mine.", ["Odessa"]),
    ("the tanker Basra Pearl left. Later the Basra Pearl docked.", ["Basra Pearl", "Basra Pearl"]),
    # one word is the ship only where it is introduced; an airline's name keeps its place
    ("the frigate Hamburg sailed. Hamburg welcomed it.", ["Hamburg"]),
    ("national carrier Qatar Airways flew to Qatar Airways hubs.", ["Qatar Airways"]),
    # a nationality word after the flag qualifies the ship noun after it
    ("The Panama-flagged Turkish cargo vessel Ilgaz ran aground.", ["Ilgaz"]),
    # "flagged" as a verb names no ship
    ("Officials flagged Iran's role in the attack.", []),
])
def test_places_vessel_mentions(blank_nlp, text, names):
    doc = blank_nlp(text)
    assert [text[start:end] for start, end in vessel_mentions(doc)] == names


@pytest.mark.parametrize("text, absent, present", [
    ("The Liberian-flagged Aegean Breeze was hit off Yemen on Tuesday. The Aegean Breeze's crew of 20 was rescued.",
     "Aegean", "Yemen"),
    ("The Maltese-flagged Nordic Aurora left the port of Gdansk. Divers inspected the Nordic Aurora's anchor.",
     "Aurora", "Gdańsk"),
])
def test_places_vessels_are_no_places(run_stage, text, absent, present):
    names = [p.name for p in run_stage(text)._.places]
    assert present in names and not any(absent in name for name in names)
