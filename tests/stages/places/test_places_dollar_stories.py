"""Places stage, a story that names no other place and counts in dollars is American local news: its lone
ambiguous town is the American one ("Mansfield OKs $10 million"), unless other places say otherwise."""
from __future__ import annotations

import pytest

from pipeline.stages.places.resolution import resolve_toponyms
from places_helpers import toponyms_in


@pytest.mark.parametrize("text, names, expected", [
    ("Mansfield OKs refinancing $10.3 million in debt for its roads.", ["Mansfield"], ["USA"]),
    ("Windsor joins a $2 million tax credit program.", ["Windsor"], ["USA"]),
    # no dollars: the biggest town of the name
    ("Mansfield OKs refinancing its debt for new roads.", ["Mansfield"], ["GBR"]),
    ("Windsor joins a tax credit program.", ["Windsor"], ["CAN"]),
    # other places of the story decide
    ("Leeds and Mansfield councils spent $3 million on buses.", ["Leeds", "Mansfield"], ["GBR", "GBR"]),
])
def test_places_dollar_story_prefers_american_towns(gaz, text, names, expected):
    resolved = resolve_toponyms(text, toponyms_in(text, names), gaz)
    assert [r.entry.country for r in resolved] == expected
