"""Normalising expressions relative to the publication date or to a date named before them.

"last week", "the next day", weekdays and weekends, clock times, "today" and
"yesterday", parts of the day ("Tuesday morning", "that night") and offsets
("three days ago", "a year earlier").
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from pipeline.stages.dates.arithmetic import (at_granularity, number_value, parse_day, parse_quarter, reference_date,
                                              shifted, weekday_date)
from pipeline.stages.dates.calendar_dates import _date
from pipeline.stages.dates.context import Context, Resolved, direction_of
from pipeline.stages.dates.rules import lexicon
from pipeline.stages.dates.spans import Candidate


# units whose fractions are counted in a smaller one, and how many of it make one
FRACTION_UNITS = {"Y": ("M", 12), "DE": ("Y", 10), "CE": ("Y", 100)}


def _relative(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    lex = lexicon()
    unit_word = re.sub(r"\s+", " ", groups["unit"].lower())
    unit = "Y" if unit_word == "fiscal year" else lex["calendar_units"][unit_word]
    rel_word = re.sub(r"^(?:the|that)\s+", "", re.sub(r"\s+", " ", groups.get("rel", "this").lower()))
    amount = -1 if rel_word == "last" or rel_word == "previous" else lex["relative_words"].get(rel_word, 0)
    anchored = rel_word in lex["anchored_relative_words"] or candidate.text.lower().startswith(("the next", "that"))
    anchor = context.published
    if anchored and unit == "D":
        # "the next day" counts from the day the story last named, or, before it names one, the day of writing;
        # "that day" without a day named before names none
        anchor = context.reference_day or (context.published if amount else None)
    elif anchored and reference_date(context.reference):
        anchor = reference_date(context.reference)
    if anchor is None:
        return Resolved(None, "DATE")
    if unit == "D" and not anchored and amount == 0:
        return Resolved(anchor.isoformat(), "DATE")
    return Resolved(shifted(anchor, amount, unit, unit), "DATE")


def _week_at_hand(candidate: Candidate, context: Context) -> Resolved:
    """"the week" said bare: a week of the year of writing that the text does not pin down (TimeBank's YYYY-WXX)."""
    return Resolved(f"{context.published.year}-WXX" if context.published else None, "DATE")


def _weekday(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    published = context.published
    weekday = lexicon()["weekdays"][groups["weekday"].lower()]
    # a weekday with its part of the day ("Friday night", "Tuesday morning") is dated to the day, as TimeBank
    # annotates it: the part of the day only places the event within a day the reader knows by name
    kind = "DATE"
    rel = re.sub(r"\s+", " ", groups.get("rel", "").lower())
    anchored = rel in ("the previous", "the following", "the next", "that")
    anchor = (context.reference_day or published) if anchored else published
    if anchor is None:
        return Resolved(None, kind)
    if "relweek" in groups:
        # "Friday next week", "Monday last week": that weekday in the week named, counted from the day of writing
        week = lexicon()["relative_words"][groups["relweek"].lower()]
        return Resolved(weekday_date(anchor + dt.timedelta(weeks=week), weekday, 0).isoformat(), kind)
    direction = {"last": -2, "this past": -2, "the previous": -2, "next": 2, "this coming": 2,
                 "the following": 2, "the next": 2, "this": 0}.get(rel)
    if direction is None:
        direction = {"past": -1, "completed": -1, "future": 1, "present": 0,
                     "timetable": 0}.get(context.tense or "", -1)
        if context.tense == "timetable" and weekday < anchor.isoweekday():
            # a finite present verb with a weekday is a timetable ("the talks, which open on Monday", "voters go to
            # the polls on Sunday"): written on a Wednesday, a Monday so told is the coming one, not this week's
            direction = 1
    elif direction == 0 and direction_of(context.tense):
        # "this Monday" is the one of this week, unless the tense puts it on the other side of today: "will meet
        # this Monday", written on a Wednesday, is the coming one; "met this Friday" the one just past
        same_week = weekday_date(anchor, weekday, 0)
        if (same_week - anchor).days * direction_of(context.tense) < 0:
            direction = 2 * direction_of(context.tense)
    day = weekday_date(anchor, weekday, direction)
    return Resolved(day.isoformat(), kind)


def _ordinal_day(candidate: Candidate, context: Context) -> Resolved:
    """"on the 25th": that day of the month of the day the story last named, or else of the month of writing,
    a month back when a past clause puts it after the day of writing, a month on when a future one puts it
    before."""
    day = int(candidate.groups["day"][:-2])  # "25th"
    anchor = context.reference_day or context.published
    if anchor is None:
        return Resolved(None, "DATE")
    year, month = anchor.year, anchor.month
    if context.reference_day is None:
        step = direction_of(context.tense)
        if step and (day - anchor.day) * step < 0:
            month += step
            year, month = (year - 1, 12) if month == 0 else (year + 1, 1) if month == 13 else (year, month)
    if day > calendar.monthrange(year, month)[1]:
        return Resolved(None, "DATE")
    return Resolved(dt.date(year, month, day).isoformat(), "DATE")


def _weekend(candidate: Candidate, context: Context) -> Resolved:
    """"the weekend": the last one in a past-tense sentence, else the coming one."""
    if context.published is None:
        return Resolved(None, "DATE")
    saturday = weekday_date(context.published, 6, direction_of(context.tense) or 1)
    return Resolved(at_granularity(saturday, "WE"), "DATE")


def _clock(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    base = _base_day(groups, context)
    if "clockword" in groups:
        clock = lexicon()["clock_words"][groups["clockword"].lower()]
    elif "pod" in groups:
        clock = lexicon()["parts_of_day"][re.sub(r"\s+", " ", groups["pod"].lower())]
    else:
        hour = int(groups["hour"]) % 12 + (12 if groups["ampm"].lower().startswith("p") else 0)
        clock = f"{hour:02d}:{groups.get('minute', '00')}"
    return Resolved(f"{base.isoformat()}T{clock}" if base else None, "TIME")


def _base_day(groups: dict, context: Context) -> dt.date | None:
    if "month" in groups and "day" in groups:
        day_groups = {name: groups[name] for name in ("month", "day", "year") if name in groups}
        return parse_day(_date(Candidate("", "date", "DATE", 0, 0, "", day_groups), context).value)
    if "weekday" in groups:
        return parse_day(_weekday(Candidate("", "weekday", "DATE", 0, 0, "", {"weekday": groups["weekday"]}),
                                  context).value)
    if "deictic" in groups:
        return _deictic_day(groups["deictic"].upper(), context)
    if context.tense in ("past", "completed") and context.reference_day and context.published \
            and context.reference_day <= context.published:
        # a clock time told in the past without its day is on the day the story last named ("On Oct. 23 ...
        # he was shot at 10 p.m."), not on the day of writing
        return context.reference_day
    if context.tense == "future" and context.reference_day and context.published \
            and context.reference_day >= context.published:
        # and one told in the future on the coming day it last named ("The talks open on Monday. The ministers
        # will arrive at noon.")
        return context.reference_day
    return context.published


def _deictic_day(code: str, context: Context) -> dt.date | None:
    if context.published is None:
        return None
    offset = {"TODAY": 0, "YESTERDAY": -1, "TOMORROW": 1, "LASTWEEK": -7,
              "DAYBEFOREYESTERDAY": -2, "DAYAFTERTOMORROW": 2}[code]
    return context.published + dt.timedelta(days=offset)


def _deictic(candidate: Candidate, context: Context) -> Resolved:
    code = lexicon()["deictic"][re.sub(r"\s+", " ", candidate.groups["deictic"].lower())]
    if code.endswith("_REF"):
        return Resolved(code, "DATE")
    day = _deictic_day(code, context)
    return Resolved(day.isoformat() if day else None, "DATE")


def _day_part(candidate: Candidate, context: Context) -> Resolved:
    code = lexicon()["day_parts_deictic"][re.sub(r"\s+", " ", candidate.groups["daypart"].lower())]
    day_code, pod = code.split(":")
    if day_code == "OVERNIGHT":
        day = _overnight(context)
    else:
        day = _deictic_day(day_code, context)
    if day is None:
        return Resolved(None, "TIME")
    if pod == "WE":
        return Resolved(at_granularity(day, "WE"), "DATE")
    return Resolved(f"{day.isoformat()}T{pod}", "TIME")


def _overnight(context: Context) -> dt.date | None:
    """"overnight" told in the past is last night, the night before the day of writing ("drones struck
    overnight, officials said on Friday" is Thursday night); told in the present or future it is tonight."""
    if context.published is None:
        return None
    return context.published - dt.timedelta(days=1 if context.tense in ("past", "completed") else 0)


def _day_part_after(candidate: Candidate, context: Context) -> Resolved:
    """"the next morning", "that night": a part of the day named last, or of the day after or before it."""
    groups = candidate.groups
    pod = lexicon()["parts_of_day"][groups["pod"].lower()]
    rel = re.sub(r"\s+", " ", groups["rel"].lower())
    day = context.reference_day
    if day is None:
        return Resolved(None, "TIME")
    day += dt.timedelta(days={"the next": 1, "the following": 1, "the previous": -1}.get(rel, 0))
    return Resolved(f"{day.isoformat()}T{pod}", "TIME")


def _offset(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    lex = lexicon()
    unit = lex["units"][groups["unit"].lower()]
    direction_word = re.sub(r"\s+", " ", groups["dir"].lower())
    direction = lex["offset_directions"][direction_word]
    amount = number_value(groups["num"])
    if amount is not None and ("half" in groups or "halfafter" in groups):
        amount += 0.5  # "two and a half years ago", "a year and a half ago"
    if amount is not None and amount != int(amount) and unit in FRACTION_UNITS:
        # a fraction of a year, decade or century is counted in the next smaller unit: "a year and a half ago"
        # is 18 months ago, a date at month granularity
        unit, amount = FRACTION_UNITS[unit][0], amount * FRACTION_UNITS[unit][1]
    if amount is None or amount != int(amount) or unit in ("S", "MIN", "H"):
        return Resolved("PAST_REF" if direction < 0 else "FUTURE_REF", "DATE")
    amount = int(amount) * direction
    if unit == "2W":
        unit, amount = "W", amount * 2
    anchored = direction_word in lex["anchored_offset_directions"]
    reference_quarter = parse_quarter(context.reference) or parse_quarter(context.report_quarter)
    if unit == "Y" and reference_quarter:
        year, quarter = reference_quarter
        return Resolved(f"{year + amount}-Q{quarter}", "DATE")
    anchor = context.published
    if anchored and unit == "D" and context.reference_day:
        anchor = context.reference_day
    if anchor is None:
        return Resolved(None, "DATE")
    granularity = {"DE": "Y", "CE": "Y"}.get(unit, unit)
    return Resolved(shifted(anchor, amount, unit, granularity), "DATE")
