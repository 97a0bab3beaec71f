"""Places stage, resolution: a national capital takes its bonus only under the name it goes by; met under an
old or foreign name of it ("Edo" for Tokyo, "Victoria" for Hong Kong) it is weighed like any other town, so a
province or town that bears the name as its own is not outweighed by it."""
from __future__ import annotations

import pytest

from pipeline.stages.places.resolution import resolve_toponyms
from places_helpers import toponyms_in


def resolve(gaz, text, names):
    return {r.toponym.text: r.entry for r in resolve_toponyms(text, toponyms_in(text, names), gaz)}


@pytest.mark.parametrize("text, name, country, entry_name", [
    # a first-level region under its own name, not a capital under an old name of it
    ("Officials in Edo announced a curfew on Monday.", "Edo", "NGA", "Edo"),
    # the Australian state, not the capital (Hong Kong) that once bore the name
    ("Officials in Victoria announced a rail plan.", "Victoria", "AUS", "Victoria State"),
    # a town of the name when the story's other places say so
    ("The ferry from Vancouver to Victoria was cancelled.", "Victoria", "CAN", "Victoria"),
    # an old name that is the only big place of that name still finds its capital
    ("Envoys met in Peking to sign the pact.", "Peking", "CHN", "Beijing"),
    ("The court in Kiev ruled against the ministry.", "Kiev", "UKR", "Kyiv"),
    ("Traders in Bombay sold shares all day.", "Bombay", "IND", "Mumbai"),
])
def test_places_capital_under_another_name(gaz, text, name, country, entry_name):
    names = ["Vancouver", name] if "Vancouver" in text else [name]  # in the order the text names them
    entry = resolve(gaz, text, names)[name]
    assert entry.name == entry_name
    if country:
        assert entry.country == country
