"""The tense of the verb governing a date (pipeline/stages/dates/tense.py), through the dates stage."""
from __future__ import annotations

import datetime as dt

import pytest


TUE = dt.date(2022, 3, 29)  # a Tuesday


@pytest.mark.parametrize("text, span, value", [
    # a plan in the past perfect is over: the weekday lies behind
    ("The offer had been due to expire on Friday.", "Friday", "2022-03-25"),
    ("The previous offer had been scheduled to expire on Friday.", "Friday", "2022-03-25"),
    # while a plan in the present still looks ahead
    ("The offer is due to expire on Friday.", "Friday", "2022-04-01"),
    # a bare past participle is a reduced passive, done by now, whatever the main clause says
    ("Under the agreement, announced Friday, holders would receive $42 a share.", "Friday", "2022-03-25"),
    ("The ruling, expected Friday, will decide the case.", "Friday", "2022-04-01"),
    # a day named in a possessive, seen from the present tense, has already happened
    ("The notes convert at a premium over Thursday's closing price.", "Thursday", "2022-03-24"),
    ("The index is up 3% from Friday's level.", "Friday", "2022-03-25"),
    ("Voters will go to the polls in Sunday's election.", "Sunday", "2022-04-03"),
])
def test_dates_stage_tense_of_weekday(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]


@pytest.mark.parametrize("text, span, value", [
    # "until" looks ahead, unless the clause is in the past perfect: then the limit has passed
    ("The embargo stays in force until Friday.", "Friday", "2022-04-01"),
    ("Until Friday, the inspectors had not been allowed into the plant.", "Friday", "2022-03-25"),
    ("The militia had held the bridge until Friday.", "Friday", "2022-03-25"),
])
def test_dates_stage_tense_of_until(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]


@pytest.mark.parametrize("text, span, value", [
    # a bare verb form after a singular noun subject is a past that looks like its base form
    ("A slump in mining shares hurt the index on Friday.", "Friday", "2022-03-25"),
    # after a plural subject the bare form stays a present
    ("The two ministers meet on Friday.", "Friday", "2022-04-01"),
    # and nouns joined by "and" are a plural subject
    ("Varnia and Ostland hold talks in Geneva on Friday, officials said.", "Friday", "2022-04-01"),
    ("The army and the police patrol the border on Friday.", "Friday", "2022-04-01"),
])
def test_dates_stage_tense_of_bare_past(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]


@pytest.mark.parametrize("text, span, value", [
    # what someone is invited, urged or agrees to do lies ahead
    ("The president has invited his counterpart to visit on Friday.", "Friday", "2022-04-01"),
    ("The rebels agreed to hand over their weapons on Friday.", "Friday", "2022-04-01"),
    # unless the asking itself is in the past perfect
    ("The envoys had agreed to meet on Friday.", "Friday", "2022-03-25"),
])
def test_dates_stage_tense_of_intention(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]


@pytest.mark.parametrize("text, span, value", [
    # a copula with a word of planning looks ahead, unless in the past perfect
    ("The two presidents are due in Minsk on Monday.", "Monday", "2022-04-04"),
    ("The two presidents had been due in Minsk on Monday.", "Monday", "2022-03-28"),
    # "ahead of" names what is still to come, whatever the tense of the clause
    ("Ahead of Sunday's referendum, the opposition held rallies.", "Sunday", "2022-04-03"),
    ("Ahead of Monday's summit, the envoys met in Oslo.", "Monday", "2022-04-04"),
])
def test_dates_stage_tense_of_plans(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]


@pytest.mark.parametrize("text, span, value", [
    # "could not" is the past of "cannot"
    ("Officials could not be reached for comment on Friday.", "Friday", "2022-03-25"),
    ("Neither the mayor nor his deputy could be located on Friday.", "Friday", "2022-03-25"),
    ("No spokesman could be reached on Friday.", "Friday", "2022-03-25"),
    # while "could" alone is a possibility ahead
    ("The talks could resume on Friday.", "Friday", "2022-04-01"),
])
def test_dates_stage_tense_of_could_not(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]


@pytest.mark.parametrize("text, span, value", [
    # "starting"/"beginning" a day name a time from which something holds: ahead
    ("Starting Friday, the border crossing will be closed.", "Friday", "2022-04-01"),
    ("The curfew, beginning Friday, applies to the whole city.", "Friday", "2022-04-01"),
])
def test_dates_stage_tense_of_starting(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]


@pytest.mark.parametrize("text, span, value", [
    # "this <weekday>" is the one of this week, unless the tense puts it on the other side of the day of writing
    ("The envoys will meet in Orlan this Monday.", "this Monday", "2022-04-04"),
    ("The envoys met in Orlan this Monday.", "this Monday", "2022-03-28"),
    ("The envoys will meet in Orlan this Friday.", "this Friday", "2022-04-01"),
    ("The envoys met in Orlan this Sunday.", "this Sunday", "2022-03-27"),
])
def test_dates_stage_tense_of_this_weekday(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]
