"""A time of day named without its day ("at noon", "by mid-afternoon", "in the morning"), and the day a clock time
is on (pipeline/stages/dates/spans.py, relative.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.dates.context import Context
from pipeline.stages.dates.normalise import normalise
from pipeline.stages.dates.spans import find_candidates


TUE = dt.date(2022, 3, 29)  # a Tuesday


def times(text: str, context: Context = Context(TUE)) -> list[tuple[str, str | None, str]]:
    return [(c.text, r.value, r.type) for c, r in ((c, normalise(c, context)) for c in find_candidates(text))]


@pytest.mark.parametrize("text, span, value", [
    ("The convoy is due to leave the port at noon.", "noon", "2022-03-29T12:00"),
    ("Voting stations close at midday.", "midday", "2022-03-29T12:00"),
    ("The ultimatum expires around midnight.", "midnight", "2022-03-29T24:00"),
    ("By mid-afternoon, the shelling of Varnok had stopped.", "mid-afternoon", "2022-03-29TAF"),
    ("By mid afternoon, the crowd in Tesmar Square had grown.", "mid afternoon", "2022-03-29TAF"),
    ("Delegates arrived in the morning and left in the evening.", "the morning", "2022-03-29TMO"),
    ("Delegates arrived in the morning and left in the evening.", "the evening", "2022-03-29TEV"),
    ("Shots were heard during the night, residents said.", "the night", "2022-03-29TNI"),
    ("The envoys worked until the evening to finish the text.", "the evening", "2022-03-29TEV"),
])
def test_time_of_day_after_a_preposition_is_a_time(text, span, value):
    assert (span, value, "TIME") in times(text)


@pytest.mark.parametrize("text", [
    "For the rebels of Ostrava, high noon has come.",          # no preposition places anything at it
    "Patrols in the old town go out at night.",               # a habit: no "the"
    "He reads the papers in the mornings.",                   # plural: a habit
    "Nothing about it was in the morning papers.",            # modifies a noun
    "Tapes from the night the ferry sank were released.",     # opens a clause
    "The attack came on the morning of the vote.",            # the part of a day named after it
])
def test_time_of_day_without_a_place_in_time_is_no_timex(text):
    assert [item for item in times(text) if item[0].lower().endswith(("noon", "night", "morning", "mornings"))
            and item[2] == "TIME"] == []


@pytest.mark.parametrize("text, reference_day, tense, span, value", [
    # a clock time told in the future is on the coming day the story last named
    ("The ministers will arrive at noon.", dt.date(2022, 4, 1), "future", "noon", "2022-04-01T12:00"),
    ("The vote will close at 8 p.m.", dt.date(2022, 4, 3), "future", "8 p.m.", "2022-04-03T20:00"),
    # one told in the past on the past day it last named
    ("The gunmen struck at 10 p.m.", dt.date(2022, 3, 25), "past", "10 p.m.", "2022-03-25T22:00"),
    # a named day on the wrong side of the tense is no anchor: the day of writing is
    ("The ministers will arrive at noon.", dt.date(2022, 3, 25), "future", "noon", "2022-03-29T12:00"),
    ("The gunmen struck at 10 p.m.", dt.date(2022, 4, 1), "past", "10 p.m.", "2022-03-29T22:00"),
])
def test_clock_time_is_on_the_day_the_story_is_on(text, reference_day, tense, span, value):
    context = Context(TUE, tense=tense, reference=reference_day.isoformat(), reference_day=reference_day)
    assert (span, value, "TIME") in times(text, context)


@pytest.mark.parametrize("text, span, value", [
    # a clock time followed by "on" and a day is on that day, whatever day the story is on
    ("The ceasefire began at midnight on Sunday.", "midnight", "2022-03-27T24:00"),
    ("The envoys will meet at noon on Thursday.", "noon", "2022-03-31T12:00"),
    ("The talks will resume at 10 a.m. on Friday.", "10 a.m.", "2022-04-01T10:00"),
    ("The convoy was hit at 9 p.m. on March 3.", "9 p.m.", "2022-03-03T21:00"),
    ("The mayor of Drelsk was shot at 10 p.m. on Oct. 23, 2009.", "10 p.m.", "2009-10-23T22:00"),
    ("Polls open at 7 a.m. on tomorrow's ballot.", "7 a.m.", "2022-03-30T07:00"),
    # without "on" the clock rule reads the day itself
    ("The vote closed at 8 p.m. Sunday.", "8 p.m. Sunday", "2022-03-27T20:00"),
])
def test_clock_time_takes_the_day_after_on(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]


@pytest.mark.parametrize("text, span, value", [
    # a part of the day before "yesterday", "today" or "tomorrow" is that part of that day
    ("In Tallor at mid-afternoon yesterday, the market was calm.", "mid-afternoon yesterday", "2022-03-28TAF"),
    ("The talks broke up in the evening yesterday.", "the evening yesterday", "2022-03-28TEV"),
    ("The envoy landed late afternoon yesterday.", "late afternoon yesterday", "2022-03-28TAF"),
    ("The council meets morning tomorrow.", "morning tomorrow", "2022-03-30TMO"),
])
def test_day_part_before_a_deictic_day(text, span, value):
    assert (span, value, "TIME") in times(text)

