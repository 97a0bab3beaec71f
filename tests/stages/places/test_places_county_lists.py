"""Places stage, counties named in a list before the plural word ("Jackson and Barrow counties")."""
from __future__ import annotations

import pytest

from pipeline.stages.places.county_lists import county_lists
from pipeline.stages.places.scan import _doc_words


@pytest.mark.parametrize("text, expected", [
    ("Schools in Jackson and Barrow counties grew.", ["Jackson County", "Barrow County"]),
    ("Douglas, Lancaster and Sarpy counties gained people.", ["Douglas County", "Lancaster County",
                                                             "Sarpy County"]),
    ("Deputies from Rapides and Avoyelles parishes took part.", ["Rapides Parish", "Avoyelles Parish"]),
    # a word that is no county ends the list; "Counties" in capitals opens a name
    ("Officials of Zorblex and Barrow counties met.", ["Barrow County"]),
    ("The Counties Manukau police said so.", []),
    ("Many counties grew.", []),
])
def test_places_county_list_before_the_plural(blank_nlp, gaz, text, expected):
    words = _doc_words(blank_nlp(text))
    assert [lookup for _, lookup in county_lists(words, gaz)] == expected
