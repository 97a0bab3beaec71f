"""Places stage: a site named after a small town that several places are named ("Cowan Park": Cowan, Tennessee;
Cowan, New South Wales) lies at that town only when the story backs it (its country or state named, a town near
it); otherwise it gets no point rather than a namesake's. A big town's site ("Cairo Stadium") and a name only one
place bears ("Hubbardston Park") lie at the town as before."""
from __future__ import annotations

import pytest

from pipeline.stages.places.place_records import place_records
from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import Toponym
from places_helpers import toponyms_in


def _site(gaz, text: str, site: str, inner: str, others: list[str]):
    start = text.index(site)
    toponyms = [Toponym(site, start, start + len(site), "ner", inner, True), *toponyms_in(text, others)]
    toponyms.sort(key=lambda t: t.start)
    places, mentions = place_records(resolve_toponyms(text, toponyms, gaz))
    site_id = next(m.entity_id for m in mentions if m.text == site)
    return next(p for p in places if p.place_id == site_id)


@pytest.mark.parametrize("text, site, inner, others, placed, country", [
    # the story names the small town's state, its country, or a town near it: the site is there
    ("Boaters met at Cowan Park in Tennessee on Sunday.", "Cowan Park", "Cowan", ["Tennessee"], True, "USA"),
    ("Tullahoma residents rallied at Cowan Park on Sunday.", "Cowan Park", "Cowan", ["Tullahoma"], True, "USA"),
    ("Officials in the United States praised Cowan Park on Sunday.", "Cowan Park", "Cowan", ["United States"],
     True, "USA"),
    # nothing in the story backs the small town: no point, no country (a namesake's site is elsewhere)
    ("Tokyo residents rallied at Cowan Park on Sunday.", "Cowan Park", "Cowan", ["Tokyo"], False, None),
    # a name only one place bears, and a big town, need no backing
    ("Tokyo residents rallied at Hubbardston Park on Sunday.", "Hubbardston Park", "Hubbardston", ["Tokyo"],
     True, "USA"),
    ("Fans filled the Cairo Stadium before flying to Madrid.", "Cairo Stadium", "Cairo", ["Madrid"], True, "EGY"),
])
def test_places_small_town_site_needs_backing(gaz, text, site, inner, others, placed, country):
    found = _site(gaz, text, site, inner, others)
    assert (found.lat is not None, found.country) == (placed, country)
