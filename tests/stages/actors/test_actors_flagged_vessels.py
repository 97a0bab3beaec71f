"""A name after "<flag state>-flagged" is a ship, no actor (``non_actor_names.names_flagged_vessel``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 4, 17)


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("Among the vessels named were the Panama-flagged Silver Crane and the Comoros-flagged Nova Star, "
         "officials said.", "Nova Star"),
        ("The coast guard boarded the Togo-flagged Mariana Jones off the coast on Friday.", "Mariana Jones"),
        ("Treasury said the Cameroon-flagged Peter Lang had switched off its transponder.", "Peter Lang"),
    ],
)
def test_actors_flagged_ship_is_no_actor(run_actors, text, ship):
    doc = run_actors(text, published=PUBLISHED)
    assert not [a.name for a in doc._.actors if ship in a.name]
