"""An acronym in brackets right after a body's name is that body, whatever language its letters come from ("the
Movement Toward Socialism (MAS)"), and so is its later bare use (``merging._bracketed_acronym``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 10, 20)


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Voters ended two decades of rule by the Movement Toward Socialism (MAS) on Sunday. The MAS won two seats.",
         "MAS"),
        ("The Coalition of Domestic Election Observers (CODEO) said the tally matched. CODEO deployed 4,500 monitors.",
         "CODEO"),
        ("The Patriotic Union of Farmers (UPA) backed the candidate on Monday. The UPA holds six seats.", "UPA"),
    ],
)
def test_actors_bracketed_acronym_is_the_body_before_it(run_actors, text, acronym):
    doc = run_actors(text, published=PUBLISHED)
    ids = {m.entity_id for m in doc._.actor_mentions if acronym in m.text}
    full = {m.entity_id for m in doc._.actor_mentions if acronym not in m.text and m.text[:1].isupper()}
    assert len(ids) == 1 and ids <= full
