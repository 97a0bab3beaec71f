""""last" with a month's name: the month just ended is "last month" (or the name alone), so "last February" written
in March is the February a year before; a month further back is this year's."""
from __future__ import annotations

import datetime as dt

import pytest

MARCH_2 = dt.date(2022, 3, 2)
OCTOBER_20 = dt.date(2022, 10, 20)
JANUARY_10 = dt.date(2022, 1, 10)


@pytest.mark.parametrize("text, published, expected", [
    ("The Tolk bridge collapsed last February.", MARCH_2, [("last February", "2021-02", "DATE")]),
    ("The Tolk bridge collapsed last March.", MARCH_2, [("last March", "2021-03", "DATE")]),
    # months further back are the latest ones
    ("The Varno council was elected last April.", OCTOBER_20, [("last April", "2022-04", "DATE")]),
    ("The Varno council was elected last August.", OCTOBER_20, [("last August", "2022-08", "DATE")]),
    ("Orvane shares fell last December.", JANUARY_10, [("last December", "2021-12", "DATE")]),
    # "this past" names the month just ended
    ("The Tolk bridge collapsed this past February.", MARCH_2, [("this past February", "2022-02", "DATE")]),
])
def test_last_with_a_month_name(dated, text, published, expected):
    assert [(d.text, d.value, d.type) for d in dated(text, published)] == expected
