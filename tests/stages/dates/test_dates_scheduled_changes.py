"""A change of status told in the present ("takes effect", "comes into force", "expires") lies ahead of the day
of writing (models/en/temporal_lexicon.json, "scheduled_change_phrases"; pipeline/stages/dates/tense.py).

TimeML values a weekday or a date without a year by the event it attaches to: a law that "takes effect on
Jan. 1" has not yet done so, so the day is the coming one; told after the fact the verb is past ("took effect").
"""
from __future__ import annotations

import datetime as dt

import pytest


TUE = dt.date(2022, 3, 29)  # a Tuesday


@pytest.mark.parametrize("text, span, value", [
    ("The Corvanian law, passed in 2010, takes effect on January 1.", "January 1", "2023-01-01"),
    ("The sanctions on Tessel come into force on Sunday.", "Sunday", "2022-04-03"),
    ("The Orlan treaty enters into force on Feb. 1.", "Feb. 1", "2023-02-01"),
    ("The truce between the two valleys expires on Monday.", "Monday", "2022-04-04"),
    ("The new tariffs go into effect on March 1.", "March 1", "2023-03-01"),
    # told in the past, or since a day, the change is behind us
    ("The Corvanian law took effect on January 1.", "January 1", "2022-01-01"),
    ("The truce between the two valleys expired on Monday.", "Monday", "2022-03-28"),
    ("The ban has taken effect since Monday.", "Monday", "2022-03-28"),
    # other present-tense verbs are read as before
    ("The ministers meet again on Friday.", "Friday", "2022-04-01"),
])
def test_dates_stage_tense_of_scheduled_changes(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]
