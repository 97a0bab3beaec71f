"""The dates stage (pipeline/stages/dates/__init__.py): the model's parse and the article's own context."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.dates import date_expressions


TUE = dt.date(2022, 3, 29)  # a Tuesday


@pytest.mark.parametrize("text, published, span, value, kind", [
    # the tense of the governing verb sets the direction of a weekday
    ("Russian and Ukrainian negotiators met in Istanbul on Monday.", TUE, "Monday", "2022-03-28", "DATE"),
    ("Russian and Ukrainian negotiators will meet in Istanbul on Monday.", TUE, "Monday", "2022-04-04", "DATE"),
    ("The foreign ministers will hold talks on Thursday.", TUE, "Thursday", "2022-03-31", "DATE"),
    ("The foreign ministers held talks on Thursday.", TUE, "Thursday", "2022-03-24", "DATE"),
    ("The minister said on Tuesday that talks would continue.", TUE, "Tuesday", "2022-03-29", "DATE"),
    # a reporting verb right before the date sets its direction, whatever the reported clause says
    ("The rebel group said on Monday it would not attend the talks.", TUE, "Monday", "2022-03-28", "DATE"),
    ("Trading in the shares is to resume on Thursday.", TUE, "Thursday", "2022-03-31", "DATE"),
    # a month without a year
    ("The rebels seized the town in October.", TUE, "October", "2021-10", "DATE"),
    ("The country has had no elected officials since May.", TUE, "May", "2021-05", "DATE"),
    ("The board created a new office, effective June 1.", TUE, "June 1", "2022-06-01", "DATE"),
    ("The summit will open in October.", TUE, "October", "2022-10", "DATE"),
    # TIMEX3 granularity
    ("Exports fell sharply last week.", TUE, "last week", "2022-W12", "DATE"),
    ("The talks in Istanbul lasted for three days.", TUE, "three days", "P3D", "DURATION"),
    ("They met Tuesday morning in the capital.", TUE, "Tuesday morning", "2022-03-29", "DATE"),
])
def test_dates_stage_resolves(dated, text, published, span, value, kind):
    found = dated(text, published)
    assert (span, value, kind) in [(d.text, d.value, d.type) for d in found]


def test_dates_stage_offsets_index_text(dated):
    text = "On Feb. 24, 2022, Russian troops crossed the border. A year later, the war goes on."
    for date in dated(text):
        assert text[date.start:date.end] == date.text


@pytest.mark.parametrize("text, published, span, value", [
    # anchoring on a date mentioned just before
    ("Troops crossed the border on Feb. 24, 2014. The next day, they seized the airport.", TUE, "The next day",
     "2014-02-25"),
    # a year the article sets carries over to the next sentence
    ("Russia invaded on Feb. 24, 2022. On March 2, troops entered Kherson.", dt.date(2025, 5, 2), "March 2",
     "2022-03-02"),
    # but not to a distant paragraph
    ("Russia invaded on Feb. 24, 2022. " + "Fighting went on for many months in the east. " * 6
     + "Talks were held on March 2.", dt.date(2025, 5, 2), "March 2", "2025-03-02"),
])
def test_dates_stage_anchors_on_article(dated, text, published, span, value):
    found = [(d.text, d.value) for d in dated(text, published)]
    assert (span, value) in found


@pytest.mark.parametrize("text, span, value", [
    # a date that only dates a thing ("the 1988 bombing") sets no year for what follows
    ("The two agents were charged in the Dec. 21, 1988, bombing of a jet. They were removed from the list after "
     "Libya agreed in January to hand them over.", "January", "2022-01"),
    # a date read in another year in between ends the article's detour into the past
    ("The countries were invited to join in July 2019. They will join on April 12, and the president signed the "
     "accession treaty on February 10.", "February 10", "2022-02-10"),
    # while without one the year still carries over
    ("The countries were invited to join in July 2019. The president signed the accession treaty on February 10.",
     "February 10", "2019-02-10"),
])
def test_dates_stage_context_year_limits(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]


def test_dates_stage_report_quarter_is_the_first_named(dated):
    # an earnings report names its quarter first; a quarter named in passing does not replace it
    text = ("Profit rose 20% in the third quarter. After a flat second quarter, sales recovered. "
            "In the year-earlier period, the company lost money.")
    found = [(d.text, d.value) for d in dated(text, dt.date(1989, 10, 30))]
    assert ("the year-earlier period", "1988-Q3") in found


def test_dates_stage_context_year_applies_to_older_events(dated):
    text = "Russia invaded Ukraine on Feb. 24, 2022. On Feb. 26, Kyiv was under fire."
    found = [(d.text, d.value) for d in dated(text, dt.date(2025, 5, 2))]
    assert ("Feb. 26", "2022-02-26") in found


@pytest.mark.parametrize("text", [
    "Do you have a car?",
    "Officials may march to the parliament.",
    "It was the second time the talks failed.",
])
def test_dates_stage_finds_nothing(dated, text):
    assert [d for d in dated(text) if d.type in ("DATE", "TIME")] == []


def test_dates_stage_without_publication_date(dated):
    found = {d.text: d.value for d in dated("The envoy arrived on Tuesday, two days after the 2014 vote.", None)}
    assert found["Tuesday"] is None
    assert found["2014"] == "2014"


def test_dates_stage_works_without_parse(blank_nlp):
    doc = blank_nlp("The ministers met on Monday, March 28.")
    doc._.published = TUE
    assert [(d.text, d.value) for d in date_expressions(doc)] == [("Monday, March 28", "2022-03-28")]


def test_dates_stage_in_full_pipeline(nlp):
    from pipeline.nlp import make_doc

    doc = nlp(make_doc(nlp, "The talks ended yesterday.", published=TUE))
    assert [(d.text, d.value, d.type) for d in doc._.dates] == [("yesterday", "2022-03-28", "DATE")]


@pytest.mark.parametrize("text, published, span, value", [
    # a month named alone in the future tense may be the current month
    ("The offer will expire at the end of March.", TUE, "the end of March", "2022-03"),
    ("The new rules will take effect in March.", TUE, "March", "2022-03"),
    ("The new rules will take effect in February.", TUE, "February", "2023-02"),
])
def test_dates_stage_future_month(dated, text, published, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, published)]


@pytest.mark.parametrize("text, published, span, value", [
    # a quarter told in the past tense that has not begun yet this year is last year's
    ("The carmaker posted a fourth-quarter loss.", TUE, "fourth-quarter", "2021-Q4"),
    ("The carmaker posted a first-quarter loss.", dt.date(2022, 5, 3), "first-quarter", "2022-Q1"),
    # looking ahead it is this year's
    ("The carmaker expects a fourth-quarter loss.", TUE, "fourth-quarter", "2022-Q4"),
])
def test_dates_stage_quarter_year(dated, text, published, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, published)]


FEB = dt.date(2025, 2, 10)


@pytest.mark.parametrize("text, published, span, value", [
    # a season named bare takes the direction of the tense
    ("The talks collapsed in the autumn.", FEB, "the autumn", "2024-FA"),
    ("Elections are planned for the autumn.", FEB, "the autumn", "2025-FA"),
    # the winter takes the year of its December: in February, the one under way began last year
    ("Fighting eased over the winter.", FEB, "the winter", "2024-WI"),
    ("Fighting will ease over the winter.", dt.date(2025, 11, 10), "the winter", "2025-WI"),
])
def test_dates_stage_season_year(dated, text, published, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, published)]


@pytest.mark.parametrize("text, span, value", [
    # "the next (previous) day" before the story names a day counts from the day of writing
    ("The accord was signed in Orlan the previous day.", "the previous day", "2022-03-28"),
    ("The envoys will return to Orlan the next day.", "the next day", "2022-03-30"),
    # "that day" with no day named before names none
    ("The envoys left Orlan that day.", "that day", None),
])
def test_dates_stage_next_day_without_a_named_day(dated, text, span, value):
    assert (span, value) in [(d.text, d.value) for d in dated(text, TUE)]
