"""Normalising temporal expressions to TIMEX3 values (pipeline/stages/dates/normalise.py and the normalisers
it calls): no spaCy model needed."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.dates.context import Context
from pipeline.stages.dates.normalise import normalise
from pipeline.stages.dates.spans import find_candidates


TUE = dt.date(2022, 3, 29)  # a Tuesday, ISO week 13


MON = dt.date(1989, 10, 30)  # a Monday


def resolve(text: str, published: dt.date | None, tense: str | None = None):
    context = Context(published, tense)
    return [(c.text, *normalise(c, context)) for c in find_candidates(text)]


@pytest.mark.parametrize("text, published, tense, span, value, kind", [
    # absolute dates at their own granularity
    ("The treaty was signed on March 10th, 2014 in Minsk.", TUE, "past", "March 10th, 2014", "2014-03-10", "DATE"),
    ("It was signed on 24 February 2022.", TUE, "past", "24 February 2022", "2022-02-24", "DATE"),
    ("Elections were held in June 2019.", TUE, "past", "June 2019", "2019-06", "DATE"),
    ("Talks began in 2014.", TUE, "past", "2014", "2014", "DATE"),
    ("The deal expires on 2023-01-31.", TUE, "future", "2023-01-31", "2023-01-31", "DATE"),
    ("Fighting resumed in mid-1996.", TUE, "past", "mid-1996", "1996", "DATE"),
    ("They met in the late 1970s.", TUE, "past", "the late 1970s", "197", "DATE"),
    ("It was the bloodiest war of the 20th century.", TUE, "past", "the 20th century", "19", "DATE"),
    ("Nineteen ninety-six was a hard year.", TUE, None, "Nineteen ninety-six", "1996", "DATE"),
    # deictic words
    ("The minister arrived today.", TUE, "past", "today", "2022-03-29", "DATE"),
    ("The minister arrived yesterday.", TUE, "past", "yesterday", "2022-03-28", "DATE"),
    ("The minister arrives tomorrow.", TUE, "future", "tomorrow", "2022-03-30", "DATE"),
    ("Both sides are now talking.", TUE, "present", "now", "PRESENT_REF", "DATE"),
    ("He recently resigned.", TUE, "past", "recently", "PAST_REF", "DATE"),
    ("A deal is possible in the near future.", TUE, "present", "the near future", "FUTURE_REF", "DATE"),
    # relative calendar units, with TimeBank's extent ("last", "early" inside)
    ("The envoy visited last week.", TUE, "past", "last week", "2022-W12", "DATE"),
    ("The envoy visits this week.", TUE, "present", "this week", "2022-W13", "DATE"),
    ("Prices rose last month.", TUE, "past", "last month", "2022-02", "DATE"),
    ("Prices rose earlier this month.", TUE, "past", "earlier this month", "2022-03", "DATE"),
    ("Trade grew this year.", TUE, "past", "this year", "2022", "DATE"),
    ("The vote is due early next year.", TUE, "future", "early next year", "2023", "DATE"),
    ("Profit fell in the third quarter.", MON, "past", "the third quarter", "1989-Q3", "DATE"),
    ("Third-quarter profit fell.", MON, "past", "Third-quarter", "1989-Q3", "DATE"),
    ("Sales fell in the first half of 2021.", TUE, "past", "the first half of 2021", "2021-H1", "DATE"),
    ("A summit is planned for the second half of the year.", TUE, "future", "the second half of the year", "2022-H2",
     "DATE"),
    ("The fighting stopped last fall.", TUE, "past", "last fall", "2021-FA", "DATE"),
    ("Talks resume this summer.", TUE, "future", "this summer", "2022-SU", "DATE"),
    ("The boy was found on Thanksgiving Day.", dt.date(2000, 1, 7), "past", "Thanksgiving Day", "1999-11-25", "DATE"),
    # offsets from the publication date
    ("He left a year ago.", TUE, "past", "a year ago", "2021", "DATE"),
    ("He left three days ago.", TUE, "past", "three days ago", "2022-03-26", "DATE"),
    ("He left two weeks ago.", TUE, "past", "two weeks ago", "2022-W11", "DATE"),
    ("He left several years ago.", TUE, "past", "several years ago", "PAST_REF", "DATE"),
    # weekdays: the direction comes from the tense
    ("The ministers met on Tuesday.", TUE, "past", "Tuesday", "2022-03-29", "DATE"),
    ("The ministers met on Monday.", TUE, "past", "Monday", "2022-03-28", "DATE"),
    ("The ministers will meet on Monday.", TUE, "future", "Monday", "2022-04-04", "DATE"),
    ("The ministers will meet on Thursday.", TUE, "future", "Thursday", "2022-03-31", "DATE"),
    ("The ministers meet on Thursday.", TUE, "present", "Thursday", "2022-03-31", "DATE"),
    ("The ministers met last Tuesday.", TUE, "past", "last Tuesday", "2022-03-22", "DATE"),
    ("The ministers meet next Tuesday.", TUE, "present", "next Tuesday", "2022-04-05", "DATE"),
    # months without a year: the latest one in the past, the coming one in the future
    ("The rebels attacked in October.", TUE, "past", "October", "2021-10", "DATE"),
    ("The summit opens in October.", TUE, "future", "October", "2022-10", "DATE"),
    ("The summit opened on Feb. 24.", TUE, "past", "Feb. 24", "2022-02-24", "DATE"),
    ("The dividend is payable Dec. 15.", MON, "present", "Dec. 15", "1989-12-15", "DATE"),
    ("The ceasefire ended last April.", TUE, "past", "last April", "2021-04", "DATE"),
    ("The ceasefire holds until May.", TUE, "present", "May", "2022-05", "DATE"),
    # times of day
    ("They met Tuesday morning.", TUE, "past", "Tuesday morning", "2022-03-29", "DATE"),
    ("The blast came at 3 p.m.", TUE, "past", "3 p.m.", "2022-03-29T15:00", "TIME"),
    ("The blast came at about 10:35 a.m. Monday.", TUE, "past", "about 10:35 a.m. Monday", "2022-03-28T10:35", "TIME"),
    ("He will speak tonight.", TUE, "future", "tonight", "2022-03-29TNI", "TIME"),
    # durations and sets are recognised as such, not turned into a day
    ("The talks lasted for three days.", TUE, "past", "three days", "P3D", "DURATION"),
    ("Prices rose in the past three months.", TUE, "past", "the past three months", "P3M", "DURATION"),
    ("A two-year truce was agreed.", TUE, "past", "two-year", "P2Y", "DURATION"),
    ("The flight took five hours.", TUE, "past", "five hours", "PT5H", "DURATION"),
    ("The crisis has lasted two decades.", TUE, "present", "two decades", "P20Y", "DURATION"),
    ("The council meets every year.", TUE, "present", "every year", "P1Y", "SET"),
    ("The figures are published daily.", TUE, "present", "daily", "P1D", "SET"),
    ("The council meets each Tuesday.", TUE, "present", "each Tuesday", "XXXX-WXX-2", "SET"),
])
def test_timex_resolves_expression(text, published, tense, span, value, kind):
    assert (span, value, kind) in resolve(text, published, tense)


@pytest.mark.parametrize("text, value", [
    ("They met on Tuesday.", None),
    ("The deal came last week.", None),
    ("It was signed on March 3, 2014.", "2014-03-03"),
    ("Prices rose in the past three months.", "P3M"),
    ("The talks stalled recently.", "PAST_REF"),
])
def test_timex_without_publication_date(text, value):
    (found,) = resolve(text, None)
    assert found[1] == value


@pytest.mark.parametrize("context, text, value", [
    # anchored on a date named just before
    (Context(TUE, "past", reference_day=dt.date(2014, 2, 24)), "The next day troops moved in.", "2014-02-25"),
    (Context(TUE, "past", reference_day=dt.date(2014, 2, 24)), "The following day troops moved in.", "2014-02-25"),
    (Context(TUE, "past", reference="2014-02-24", reference_day=dt.date(2014, 2, 24)),
     "The following week troops moved in.", "2014-W10"),
    # a part of the day named last, or of the day after or before it
    (Context(TUE, "past", reference_day=dt.date(2022, 3, 22)), "The next morning, troops withdrew.",
     "2022-03-23TMO"),
    (Context(TUE, "past", reference_day=dt.date(2022, 3, 22)), "Shelling resumed that night.", "2022-03-22TNI"),
    (Context(TUE, "past", reference_day=dt.date(2022, 3, 22)), "They had met the previous evening.",
     "2022-03-21TEV"),
    (Context(TUE, "past"), "The next morning, troops withdrew.", None),
    # a clock time told in the past without its day is on the day named last; in the future, or with no day
    # named, on the day of writing
    (Context(TUE, "past", reference_day=dt.date(2021, 11, 5)), "The guard was shot at 10 p.m.", "2021-11-05T22:00"),
    (Context(TUE, "completed", reference_day=dt.date(2022, 3, 27)), "Polls had closed at 8 p.m.", "2022-03-27T20:00"),
    (Context(TUE, "future", reference_day=dt.date(2022, 3, 27)), "Polls will close at 8 p.m.", "2022-03-29T20:00"),
    (Context(TUE, "past"), "The guard was shot at 10 p.m.", "2022-03-29T22:00"),
    # "or so" keeps an offset an offset
    (Context(TUE, "past"), "Then, a week or so ago, the general changed his plan.", "2022-W12"),
    # "a year earlier" in a report about a quarter is that quarter a year before
    (Context(MON, "past", reference="1989-Q3"), "Profit was $5 million a year earlier.", "1988-Q3"),
    (Context(MON, "past", report_quarter="1989-Q3"), "Sales rose in the year-ago quarter.", "1988-Q3"),
    # the year an article set carries over to a date given without one
    (Context(dt.date(2025, 5, 2), "past", context_year=2022), "Russia attacked on February 24.", "2022-02-24"),
    (Context(dt.date(2025, 5, 2), "future", context_year=2022), "Talks resume on June 4.", "2025-06-04"),
])
def test_timex_anchors_on_context(context, text, value):
    values = [normalise(c, context).value for c in find_candidates(text)]
    assert value in values


@pytest.mark.parametrize("text, published, tense, expected", [
    # the second day of a range is an expression of its own, in the month (and year) of the first
    ("The summit meets on April 24 and 25 in Vienna.", TUE, "future",
     [("April 24", "2022-04-24"), ("25", "2022-04-25")]),
    ("Voting ran from Oct. 3 to 7.", TUE, "past", [("Oct. 3", "2021-10-03"), ("7", "2021-10-07")]),
    ("Talks are set for June 9 or 10, 2024.", TUE, "future", [("June 9", "2024-06-09"), ("10, 2024", "2024-06-10")]),
    # but not a count that follows a date, nor a day before the first
    ("Clashes on May 2 and 14 people were hurt.", TUE, "past", [("May 2", "2022-05-02")]),
    ("It was held on Jan. 12 and 3 others followed.", TUE, "past", [("Jan. 12", "2022-01-12")]),
    ("The vote on June 20 and 2 ministers resigned.", TUE, "past", [("June 20", "2021-06-20")]),
    ("Between Oct. 3 and 7.5% of voters abstained.", TUE, "past", [("Oct. 3", "2021-10-03")]),
])
def test_timex_second_day_of_range(text, published, tense, expected):
    assert [(span, value) for span, value, _ in resolve(text, published, tense)] == expected


@pytest.mark.parametrize("text, published, tense, span, value", [
    # "the week of" a day is that day's ISO week
    ("A hearing is planned the week of March 6.", dt.date(2000, 2, 24), "future", "the week of March 6", "2000-W10"),
    ("They met the week of Jan. 9, 2023.", TUE, "past", "the week of Jan. 9, 2023", "2023-W02"),
    # modifiers that TimeBank keeps inside the expression
    ("The deal should close around Nov. 1.", MON, "future", "around Nov. 1", "1989-11-01"),
    ("No profit is expected until 1994 or later.", MON, "future", "1994 or later", "1994"),
    ("Cash flow should hold for 1990 and beyond.", MON, "future", "1990 and beyond", "1990"),
    ("Late Monday the council adjourned.", dt.date(1998, 3, 25), "past", "Late Monday", "1998-03-23"),
    ("Rescuers arrived early today.", TUE, "past", "early today", "2022-03-29"),
    # but "earlier" and "later" before a day are signals relating it to another event, outside the expression
    ("Earlier Sunday, police cleared the square.", dt.date(1998, 3, 22), "past", "Sunday", "1998-03-22"),
    ("Later Friday, the talks resumed.", TUE, "past", "Friday", "2022-03-25"),
    ("The minister will speak later today.", TUE, "future", "today", "2022-03-29"),
    ("Earlier yesterday the ferry was cancelled.", TUE, "past", "yesterday", "2022-03-28"),
    # "then current" looks back
    ("Holders could buy at half the then current price.", MON, "past", "then current", "PAST_REF"),
])
def test_timex_modified_expressions(text, published, tense, span, value):
    assert (span, value) in [(found, resolved) for found, resolved, _ in resolve(text, published, tense)]
