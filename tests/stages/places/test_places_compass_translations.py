"""Places stage: a region named with an English compass word that the gazetteer knows only by its French name
("North Kivu" is Nord-Kivu) is read by that name (``names._compass_translated``); names the gazetteer has in English
stay as they are."""
from __future__ import annotations

import pytest

from pipeline.stages.places.names import _compass_translated


@pytest.mark.parametrize("name, found", [
    ("North Kivu", "Nord-Kivu"),
    ("South Kivu", "Sud-Kivu"),  # the gazetteer has it in English too: only used when the English name fails
    ("North Carolina", None),  # no French name of a region
    ("Kivu", None),  # no compass word
])
def test_places_compass_translated(gaz, name, found):
    assert _compass_translated(name, gaz) == found


def test_places_north_kivu_is_in_congo(run_stage):
    doc = run_stage("Fighting spread across North Kivu on Monday, officials in Goma said.")
    assert [(p.name, p.country) for p in doc._.places if "Kivu" in p.name] == [("Nord-Kivu", "COD")]
