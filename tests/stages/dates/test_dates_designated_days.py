"""A day set aside for something lies ahead of the setting (pipeline/stages/dates/tense.py,
``names_a_designated_day``; models/en/temporal_lexicon.json, "designation_verbs", "designated_day_nouns").

In "declared Wednesday a day of mourning" the weekday is the day declared, not the day of declaring: the declaring
verb is past, the day it names is the coming one. A calendar day set aside in the past is read as any date of a
past-tense clause; "to <date>" after a verb of putting off ("postpone", "delay", "extend") lies ahead.
"""
from __future__ import annotations

import datetime as dt

import pytest


TUE = dt.date(2022, 3, 29)  # a Tuesday


@pytest.mark.parametrize("text, span, value", [
    ("After the blast, the president declared Thursday a national day of mourning.", "Thursday", "2022-03-31"),
    ("The cabinet proclaimed Friday a public holiday to mark the accord.", "Friday", "2022-04-01"),
    ("Election officials named Saturday as the deadline for new candidates.", "Saturday", "2022-04-02"),
    # the day the declaring happened is still a past one
    ("The governor declared a state of emergency on Monday.", "Monday", "2022-03-28"),
    ("The president declared Monday that the war was over.", "Monday", "2022-03-28"),
])
def test_dates_stage_designated_days_lie_ahead(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]


@pytest.mark.parametrize("text, span, value", [
    # a calendar day set aside in the past may itself be past: read as any date of a past-tense clause
    ("The cabinet declared March 25 a day of national mourning after the floods.", "March 25", "2022-03-25"),
    # ... and one still ahead stays this year's
    ("The cabinet declared April 8 a public holiday.", "April 8", "2022-04-08"),
])
def test_dates_stage_past_setting_of_a_calendar_day(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]


@pytest.mark.parametrize("text, span, value", [
    # "to <date>" after a verb of putting off: the new date lies ahead of the putting off
    ("The junta tried to delay the election from March 27 to February.", "February", "2023-02"),
    ("The court postponed the hearing to January 10.", "January 10", "2023-01-10"),
    # a range with no putting off keeps the clause's tense
    ("Prices rose from January to February.", "February", "2022-02"),
])
def test_dates_stage_postponed_to_a_later_date(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]
