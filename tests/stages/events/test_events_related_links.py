"""Lines of a scraped page that link to other stories ("Related: ...", a "Related coverage" line over headlines)
tell other news: no event is read from them (related_links)."""
from __future__ import annotations

import pytest

from pipeline.stages.events.related_links import related_link_spans

STORY = "Chile and Peru agreed on Monday to reopen the border.\n"


@pytest.mark.parametrize("tail, linked", [
    ("Related: Bolivia accuses Chile of blocking exports", ["Related: Bolivia accuses Chile of blocking exports"]),
    ("READ MORE: Peru recalls envoy from Quito", ["READ MORE: Peru recalls envoy from Quito"]),
    ("Related coverage\nBolivia accuses Chile of blocking exports\nPeru recalls envoy from Quito",
     ["Related coverage", "Bolivia accuses Chile of blocking exports", "Peru recalls envoy from Quito"]),
    ("See also\nPeru recalls envoy from Quito\nThe talks will resume in May, officials said.",
     ["See also", "Peru recalls envoy from Quito"]),
    ("Related talks between Bolivia and Chile will start in May.", []),
    ("Recommended measures were sent to both governments.", []),
])
def test_events_related_link_lines(tail, linked):
    text = STORY + tail
    assert [text[start:end] for start, end in related_link_spans(text)] == linked


@pytest.mark.parametrize("text, types", [
    (STORY + "Related: Bolivia accuses Chile of blocking exports", ["AGREE"]),
    (STORY + "\nRelated coverage\nBolivia recalls its ambassador from Chile\n", ["AGREE"]),
    (STORY + "Related talks between Bolivia and Chile will start in May.", ["AGREE", "CONSULT"]),
])
def test_events_none_from_related_links(code, text, types):
    assert [e.type for e in code(text)._.events] == types
