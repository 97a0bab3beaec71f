"""A year set in one sentence ("in November 2022") carries to the months of the next, but not to a next sentence
whose other dates count from the day of writing ("since early this month", "last week"): that sentence's months
are read from the publication date too (pipeline/stages/dates/__init__.py, ``counts_from_writing``)."""
from __future__ import annotations

import datetime as dt

import pytest


MON = dt.date(2024, 12, 23)  # a Monday


@pytest.mark.parametrize("text, span, value", [
    ("The Dravik truce collapsed in March 2021. Fighting that flared in September has eased since early this month.",
     "September", "2024-09"),
    ("Talks with Orvane broke down on June 3, 2022. Convoys halted in August have moved again since last week.",
     "August", "2024-08"),
    ("Prices rose sharply in May 2023. In October, the bank said today, they fell.", "October", "2024-10"),
    # with no date counted from the day of writing, the month stays in the year set before
    ("The Dravik truce collapsed in March 2021. Fighting flared again in September.", "September", "2021-09"),
    ("Talks broke down on June 3, 2022. Convoys halted in August.", "August", "2022-08"),
])
def test_dates_writing_day_sentences(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, MON)]
