"""An official's country is read from a capital of the clause they act in, not from a clause they report
(``context_countries._capital_of_clause``)."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at


@pytest.mark.parametrize(("text", "span", "countries"), [
    # a capital inside what the official reports says nothing of where the official is
    ("Peru will sue over a raid on its embassy in Santiago, Foreign Minister Rosa Quispe said on Saturday.",
     "Rosa Quispe", [[], [None]]),
    ("Interior Minister Tomas Riva said on Monday that rebels had attacked a convoy in Bamako.",
     "Tomas Riva", [[], [None]]),
    # one in the official's own clause, or in their own intended act, still does
    ("Foreign Minister Rosa Quispe told a news conference in Lima that the talks would go on.", "Rosa Quispe",
     [["PER"]]),
    ("Interior Minister Tomas Riva threatened to impose a curfew in Bamako.", "Tomas Riva", [["MLI"]]),
])
def test_actors_capital_of_the_officials_own_clause(run_actors, text, span, countries):
    assert [a.country for a in _actors_at(run_actors(text), span) if a.type == "person"] in countries
