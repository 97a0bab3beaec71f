"""What someone is told, warned or advised to do lies ahead of the telling (models/en/temporal_lexicon.json,
"intention_verbs"; pipeline/stages/dates/tense.py).

TimeML values a date by the event it attaches to: in "told to leave by Friday" that is the leaving, which a
directive verb puts after the telling, as "ordered" and "urged" already did. Directives do not say the act took
place ("forced to leave" would), so the day is the coming one.
"""
from __future__ import annotations

import datetime as dt

import pytest


TUE = dt.date(2022, 3, 29)  # a Tuesday


@pytest.mark.parametrize("text, span, value", [
    ("The ambassador was summoned on Monday and told to leave by Friday.", "Friday", "2022-04-01"),
    ("Residents of Maroa were warned to leave the valley by Friday.", "Friday", "2022-04-01"),
    ("Travellers were advised to avoid the border until Sunday.", "Sunday", "2022-04-03"),
    ("Officials in Tessel reminded voters to register by Friday.", "Friday", "2022-04-01"),
    # the telling's own date is still the past one
    ("The minister told reporters on Monday that talks had failed.", "Monday", "2022-03-28"),
    # a telling in the past perfect has its act behind it too
    ("The envoys had been told to leave on Friday.", "Friday", "2022-03-25"),
])
def test_dates_stage_tense_of_directive_verbs(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]


@pytest.mark.parametrize("text, span, value", [
    # a passive infinitive is an infinitive: what is asked to be done lies ahead of the asking ...
    ("Latvia has called for the dispute to be discussed by EU ministers on Monday.", "Monday", "2022-04-04"),
    # guard: one of purpose after a past act takes the tense of that act
    ("The suspects were taken to the capital on Sunday to be questioned.", "Sunday", "2022-03-27"),
])
def test_dates_stage_tense_of_passive_infinitives(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]
