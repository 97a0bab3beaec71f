""""the week" said bare: the week the story is about, left unspecified within the year of writing (YYYY-WXX);
followed by a word that places it, it is not taken as such (the fixture's day is Tuesday 2022-03-29)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("For the week, the Norvel index gained 2.1%.", [("the week", "2022-WXX", "DATE")]),
    ("Thursday was the week's quietest session in Tolk.", [("Thursday", "2022-03-24", "DATE"),
                                                          ("the week", "2022-WXX", "DATE")]),
    ("Grain prices in Varno rose sharply during the week.", [("the week", "2022-WXX", "DATE")]),
    # a week placed by what follows is not the week at hand
    ("The ministers met in Tolk the week before the vote.", []),
    ("Sales at Orvane rose in the week ended Friday.", [("Friday", "2022-03-25", "DATE")]),
    # the weekend and counted or relative weeks keep their own readings
    ("The Varno council met over the weekend.", [("the weekend", "2022-W12-WE", "DATE")]),
    ("The Varno council met last week.", [("last week", "2022-W12", "DATE")]),
])
def test_bare_the_week(dated, text, expected):
    assert [(d.text, d.value, d.type) for d in dated(text) if d.type != "DURATION"] == expected
