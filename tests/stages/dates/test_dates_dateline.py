"""The dateline of a wire story (pipeline/stages/dates/dateline.py) and the day it sets for the rest of the text."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.dates.dateline import dateline_date_start, dateline_day

SAT = dt.date(2025, 5, 17)  # a Saturday, the day after the datelines below


@pytest.mark.parametrize("text, date, expected", [
    ("OSLO, May 16 (Reuters) - The envoys met.", "May 16", True),
    ("VALLETTA, Malta, May 16 (AP) — The envoys met.", "May 16", True),
    ("MINSK, May 16. /BelTA/. The envoys met.", "May 16", True),
    ("LIMA, May 16 -- The envoys met.", "May 16", True),
    ("Tbilisi, May 16 (AFP) – The envoys met.", "May 16", True),
    # a place in title case with no agency could open any sentence (the shared dateline parser's rule)
    ("Tbilisi, May 16 – The envoys met.", "May 16", False),
    # a date inside the first sentence is no dateline
    ("On May 16, the envoys met.", "May 16", False),
    ("The envoys, May 16 and 17, met twice.", "May 16", False),
    ("Talks ended on May 16 - the envoys left.", "May 16", False),
])
def test_dateline_date_start(text, date, expected):
    assert (dateline_date_start(text) == text.index(date)) is expected


@pytest.mark.parametrize("value, published, expected", [
    ("2025-05-16", SAT, dt.date(2025, 5, 16)),
    ("2025-05-18", SAT, dt.date(2025, 5, 18)),  # a day ahead across time zones
    ("2025-03-02", SAT, None),  # far from publication: not the day of writing
    ("2025-05", SAT, None),  # not a day
    ("2025-05-16", None, dt.date(2025, 5, 16)),
])
def test_dateline_day(value, published, expected):
    assert dateline_day(value, published) == expected


@pytest.mark.parametrize("text, span, value", [
    # the day of writing is the dateline's, not the (later) publication date's
    ("OSLO, May 16 (Reuters) - The mediator said today that talks would resume.", "today", "2025-05-16"),
    ("OSLO, May 16 (Reuters) - The envoys first met on Saturday in a hotel.", "Saturday", "2025-05-10"),
    ("OSLO, May 16 (Reuters) - The envoys will meet again on Friday.", "Friday", "2025-05-16"),
    ("OSLO, May 16 (Reuters) - The mediator arrived yesterday.", "yesterday", "2025-05-15"),
    # without a dateline the publication date holds
    ("The mediator said today that talks would resume.", "today", "2025-05-17"),
])
def test_dateline_anchors_the_article(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, SAT)]
