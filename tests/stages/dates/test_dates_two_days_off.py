""""the day before yesterday" and "the day after tomorrow": one TIMEX3 each, two days from the day of writing
(the fixture's day is Tuesday 2022-03-29)."""
from __future__ import annotations

import pytest



@pytest.mark.parametrize("text, expected", [
    ("Ms. Orvane landed in Tolk the day before yesterday.", [("the day before yesterday", "2022-03-27", "DATE")]),
    ("The Varno council votes the day after tomorrow.", [("the day after tomorrow", "2022-03-31", "DATE")]),
    # "yesterday" and "tomorrow" alone are unchanged
    ("The Varno council voted yesterday.", [("yesterday", "2022-03-28", "DATE")]),
    ("The day before, the Varno council met; it meets again tomorrow.", [("tomorrow", "2022-03-30", "DATE")]),
])
def test_two_days_from_the_day_of_writing(dated, text, expected):
    assert [(d.text, d.value, d.type) for d in dated(text)] == expected
