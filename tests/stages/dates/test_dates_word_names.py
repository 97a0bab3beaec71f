"""A capitalised day word inside a sentence is part of a name ("USA Today"), no date
(pipeline/stages/dates/word_names.py)."""
from __future__ import annotations

import pytest

from pipeline.stages.dates.spans import find_candidates


@pytest.mark.parametrize("text, spans", [
    # part of a title or name
    ("A poll by Orlan Today found that support for the mayor fell.", []),
    ("The minister told the Tesmar Tonight programme that talks would go on.", []),
    ("She starred in Harbour Now, a film about the Orlan docks.", []),
    ("The Star's Today section ran the story, and the minister left for Tesmar today.", ["today"]),
    # opening a sentence, a quotation or a clause: the day of writing
    ("Today the Orlan assembly voted on the port.", ["Today"]),
    ('The mayor said: "Today we open the port."', ["Today"]),
    ("``Today the port opens,'' the mayor said.", ["Today"]),
    ("The talks ended -- Tomorrow the ministers fly home.", ["Tomorrow"]),
    ("The minister spoke.\nToday, the port reopens.", ["Today"]),
    # a line's first word, under a title line that has no full stop
    ("Port talks resume in Orlan\nToday the ministers meet again.", ["Today"]),
    # a headline capitalises every word
    ("Orlan Port Reopens Today After Strike\nThe port reopened.", ["Today"]),
])
def test_capitalised_day_word_in_a_name(text, spans):
    assert [candidate.text for candidate in find_candidates(text)] == spans


@pytest.mark.parametrize("text, spans", [
    # a month before a surname is a first name
    ("The minister met June Carter in Orlan.", []),
    ("April Varga, the mayor of Tesmar, resigned.", []),
    # a month that introduces a time, or a month modifying a noun, stays a date
    ("The board met in June and President Varga spoke.", ["June"]),
    ("In June President Varga visited Orlan.", ["June"]),
    ("The June Fed meeting was held in Tesmar.", ["June"]),
    ("The port opened on June 5 in Orlan.", ["June 5"]),
    ("Talks resumed in October Monday, officials said.", ["October", "Monday"]),
])
def test_month_as_first_name(text, spans):
    assert [candidate.text for candidate in find_candidates(text)] == spans


@pytest.mark.parametrize("text, spans", [
    # a holiday opening a place's or an event's name
    ("Refugees were held on Christmas Island near Orlan.", []),
    ("The Easter Rising was recalled in Tesmar.", []),
    ("The Good Friday Agreement was signed in Orlan.", []),
    # the holiday itself
    ("The port closes on Christmas Day and reopens after Easter.", ["Christmas Day", "Easter"]),
    ("On Good Friday the talks in Tesmar ended.", ["Good Friday"]),
    ("Orlan Shops Close For Christmas Holiday\nThe shops closed.", ["Christmas"]),
])
def test_holiday_opening_a_name(text, spans):
    assert [candidate.text for candidate in find_candidates(text)] == spans


@pytest.mark.parametrize("text, spans", [
    # a capitalised time of day opening a name
    ("The mayor wrote in the Evening Courier about the Orlan port.", []),
    ("The blast came during Midnight Mass in Tesmar.", []),
    # the time of day itself
    ("The mayor left Orlan in the evening.", ["the evening"]),
    ("The ferry sails at Noon.", ["Noon"]),
])
def test_time_of_day_opening_a_name(text, spans):
    assert [candidate.text for candidate in find_candidates(text)] == spans
