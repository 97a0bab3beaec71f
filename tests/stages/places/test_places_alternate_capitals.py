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
    # a town that is called so, not the capital (Hong Kong) that once bore the name
    ("Officials in Victoria announced a rail plan.", "Victoria", None, "Victoria"),
    # an old name that is the only big place of that name still finds its capital
    ("Envoys met in Peking to sign the pact.", "Peking", "CHN", "Beijing"),
    ("The court in Kiev ruled against the ministry.", "Kiev", "UKR", "Kyiv"),
    ("Traders in Bombay sold shares all day.", "Bombay", "IND", "Mumbai"),
])
def test_places_capital_under_another_name(gaz, text, name, country, entry_name):
    entry = resolve(gaz, text, [name])[name]
    assert entry.name == entry_name
    if country:
        assert entry.country == country
