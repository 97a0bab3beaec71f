""""the two" alone names the pair just named, as "both" does (phrases.is_pair_phrase): "met X ... and the two signed
a pact" is the pair's agreement."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Chilean President Ruiz met Peruvian President Soto in Lima and the two signed a trade pact.",
     ("AGREE", {"CHL", "PER"})),
    ("Chilean President Ruiz met Peruvian President Soto in Lima. The two agreed to reopen the border.",
     ("AGREE", {"CHL", "PER"})),
])
def test_events_the_two_alone_is_the_pair(run_stage, text, expected):
    assert expected in [(e.type, set(e.source_countries)) for e in run_stage(text)._.events]
