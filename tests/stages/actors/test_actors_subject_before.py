"""An official with no country, opening the sentence after one whose subject is a country or its body, is of that
country (``context_countries._subject_country_before``), before the dateline's."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at


@pytest.mark.parametrize(("text", "span", "countries"), [
    ("LIMA (AP) - Peru closed the border on Friday. The Bolivian government rejected the claim. Defence Minister "
     "Ana Roca said troops would stay.", "Ana Roca", [["BOL"]]),
    ("QUITO (AP) - Ecuador recalled its envoy. Colombia's foreign ministry called the move regrettable. Foreign "
     "Minister Luis Pardo said talks would go on.", "Luis Pardo", [["COL"]]),
    # in a new paragraph the story may have turned elsewhere: the dateline's country stays
    ("LIMA (AP) - The Bolivian government rejected the claim.\n\nDefence Minister Ana Roca said troops would stay.",
     "Ana Roca", [["PER"]]),
    # not opening the sentence: the official is named inside another's clause
    ("LIMA (AP) - Bolivia rejected the claim. Officials said Defence Minister Ana Roca would resign.", "Ana Roca",
     [["PER"]]),
])
def test_actors_country_of_the_subject_before(run_actors, text, span, countries):
    assert [a.country for a in _actors_at(run_actors(text), span) if a.type == "person"] in countries
