"""Normalising expressions that name a calendar period: dates, months and years, the week of a day,
decades, centuries, quarters, halves, financial periods, seasons and holidays.

Each normaliser turns one candidate into a TIMEX3 value in its context; what a
part left out (the year, mostly) is read from the publication date, the tense and
the article's own year.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from pipeline.stages.dates.arithmetic import (at_granularity, day_value, granularity_year, holiday_date,
                                              last_completed_quarter, month_value, parse_day, parse_quarter, quarter_of,
                                              shift, year_value)
from pipeline.stages.dates.context import Context, Resolved, direction_of, year_for_month
from pipeline.stages.dates.rules import lexicon
from pipeline.stages.dates.spans import Candidate


SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _date(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    year = year_value(groups["year"]) if "year" in groups else None
    if "month" not in groups:
        return Resolved(str(year) if year else None, "DATE")
    month = int(groups["month"]) if groups["month"].isdigit() else month_value(groups["month"])
    published = context.published
    if "relyear" in groups and published:
        year = published.year + lexicon()["relative_words"][groups["relyear"].lower()]
    if "day" not in groups:
        if year is None and published:
            rel = groups.get("rel", "").lower()
            if rel == "last":
                # "last February", written in March, is not the month just ended (that one is "last month", or
                # "February"): it is a year before, as "last March" is; months further back are this year's
                year = published.year if month < published.month - 1 else published.year - 1
            elif rel == "this past":
                year = published.year if month < published.month else published.year - 1
            elif rel in ("next", "this coming"):
                year = published.year if month > published.month else published.year + 1
            elif rel == "this":
                year = published.year
            else:
                year = year_for_month(month, context)
        return Resolved(f"{year}-{month:02d}" if year else f"XXXX-{month:02d}", "DATE")
    day = day_value(groups["day"])
    if year is None and published:
        if "weekday" in groups:
            weekday = lexicon()["weekdays"][groups["weekday"].lower()]
            fits = [y for y in (published.year, published.year - 1, published.year + 1)
                    if day <= calendar.monthrange(y, month)[1] and dt.date(y, month, day).isoweekday() == weekday]
            year = fits[0] if fits else year_for_month(month, context, day)
        else:
            year = year_for_month(month, context, day)
    if year is None:
        return Resolved(f"XXXX-{month:02d}-{day:02d}", "DATE")
    if day > calendar.monthrange(year, month)[1]:
        return Resolved(None, "DATE")
    return Resolved(f"{year}-{month:02d}-{day:02d}", "DATE")


def _week_of(candidate: Candidate, context: Context) -> Resolved:
    """"the week of March 6": the ISO week holding that day."""
    day = parse_day(_date(candidate, context).value)
    return Resolved(at_granularity(day, "W") if day else None, "DATE")


def _nth_week(candidate: Candidate, context: Context) -> Resolved:
    """"the first week of April": the ISO week holding the first (second, ...) seven days of the month; "the last
    week" the one holding its last seven."""
    month_groups = {key: candidate.groups[key] for key in ("month", "year") if key in candidate.groups}
    month = re.fullmatch(r"(\d{4})-(\d\d)", _date(candidate._replace(groups=month_groups), context).value or "")
    if month is None:
        return Resolved(None, "DATE")
    year, month_number = int(month.group(1)), int(month.group(2))
    nth = candidate.groups["nth"].lower()
    days = calendar.monthrange(year, month_number)[1]
    day = days - 6 if nth in ("last", "final") else 1 + 7 * (lexicon()["day_ordinal_words"][nth] - 1)
    return Resolved(at_granularity(dt.date(year, month_number, day), "W"), "DATE")


def _decade(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    if "decade" in groups:
        if groups["decade"].endswith("00") and groups["decade"] < "2000":
            # "the 1800s" is the hundred years 1800-1899, a century (TIMEX3 "18"); "the 2000s" stays a decade
            return Resolved(groups["decade"][:2], "DATE")
        return Resolved(groups["decade"][:3], "DATE")
    if "decade2" in groups:
        return Resolved("19" + groups["decade2"][0], "DATE")
    return Resolved("19" + str(lexicon()["decade_words"][groups["decadeword"].lower()]), "DATE")


def _century(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    number = int(groups["century"]) if "century" in groups else lexicon()["day_ordinal_words"][groups["centuryword"].lower()]
    return Resolved(f"{number - 1:02d}", "DATE")


def _quarter(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    name = groups["q"].lower()
    # "the last quarter of 2021" is its fourth; alone, "the last quarter" is the one before this (rule relative_unit)
    quarter = 4 if name in ("last", "final") else \
        lexicon()["quarter_ordinals"].get(name) or lexicon()["quarter_abbreviations"][name]
    year = next((year_value(groups[key]) for key in ("year", "year2", "year3") if key in groups), None)
    if year is None and "relyear" in groups and context.published:
        year = context.published.year + lexicon()["relative_words"][groups["relyear"].lower()]
    if year is None:
        year = context.context_year or (context.published.year if context.published else None)
        if year and not context.context_year and direction_of(context.tense) < 0 \
                and (quarter - 1) * 3 + 1 > context.published.month:
            # a quarter reported in the past tense that has not begun yet this year is last year's
            # ("posted a fourth-quarter loss", written in February)
            year -= 1
    if year and "yearago" in groups:
        year -= 1
    return Resolved(f"{year}-Q{quarter}" if year else f"XXXX-Q{quarter}", "DATE")


def _half(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    half = 1 if groups["half"].lower() == "first" else 2  # second, last, latter
    year = year_value(groups["year"]) if "year" in groups else None
    if year is None and context.published:
        year = context.published.year + lexicon()["relative_words"].get(groups.get("relyear", "this").lower(), 0)
    return Resolved(f"{year}-H{half}" if year else None, "DATE")


def _financial(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    code = lexicon()["financial_periods"].get(re.sub(r"\s+", " ", groups.get("fin", "").lower()), "REPORT_Q")
    if "yearago" in groups:
        code = "YEARAGO_Q"  # "the same period last year", "the same quarter a year earlier"
    reported = parse_quarter(context.report_quarter)
    if reported is None and context.published:
        reported = last_completed_quarter(context.published)
    if reported is None:
        return Resolved(None, "DATE")
    year, quarter = reported
    if "year" in groups:
        year = year_value(groups["year"])
    if "endmonth" in groups and code == "REPORT_Q" and context.published:
        # "the quarter ended Sept. 30": the calendar quarter that month closes, in the latest such year
        month = month_value(groups["endmonth"])
        quarter = (month - 1) // 3 + 1
        year = context.published.year if month <= context.published.month else context.published.year - 1
    if code == "CURRENT_Q" and context.published:
        year, quarter = quarter_of(context.published)
    elif code == "NEXT_Q" and context.published:
        year, quarter = quarter_of(shift(context.published, 1, "Q") or context.published)
    elif code == "YEARAGO_Q":
        year -= 1
    elif code == "PREV_Q":
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    return Resolved(f"{year}-Q{quarter}", "DATE")


def _season(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    season = lexicon()["seasons"][groups["season"].lower()]
    year = year_value(groups["year"]) if "year" in groups else None
    published = context.published
    if year is None and published and "relyear" in groups:
        # "the spring of last year", "the autumn of next year": the season of the year named from the day of
        # writing, as "the first half of last year" is that year's half
        year = published.year + lexicon()["relative_words"][groups["relyear"].lower()]
    if year is None and published:
        rel = re.sub(r"\s+", " ", groups.get("rel", "").lower())
        first, last = SEASON_MONTHS[season]
        amount = lexicon()["relative_words"].get(rel, 0) if rel else 0
        if rel == "this past":
            amount = -1
        named_year = context.context_year or granularity_year(context.reference)
        if rel == "that" and named_year:
            # "that winter": the season of the year the story last named
            return Resolved(f"{named_year}-{season}", "DATE")
        month = published.month if published.month > 2 or season != "WI" else published.month + 12
        year = published.year
        if amount < 0:
            year = published.year if last < month else published.year - 1
        elif amount > 0:
            year = published.year if first > month else published.year + 1
        elif context.context_year:
            year = context.context_year
        elif not rel:
            year = season_year_by_tense(season, month, published.year, direction_of(context.tense))
    return Resolved(f"{year}-{season}" if year else f"XXXX-{season}", "DATE")


def season_year_by_tense(season: str, month: int, year: int, direction: int) -> int:
    """The year of a season named bare ("in the autumn"): the one under way or last begun in the past tense, the
    one under way or next to come in the future tense, else this year's. ``month`` counts January and February as
    13 and 14 for the winter, which takes the year of its December."""
    first, last = SEASON_MONTHS[season]
    if season == "WI" and month > 12:
        year -= 1
    if direction < 0 and first > month:
        return year - 1
    if direction > 0 and last < month:
        return year + 1
    return year


def _holiday(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    code = lexicon()["holidays"][re.sub(r"\s+", " ", groups["holiday"].lower())]
    year = year_value(groups["year"]) if "year" in groups else None
    published = context.published
    if year is None and published is None:
        return Resolved(None, "DATE")
    if year is None:
        rel = groups.get("rel", "").lower()
        direction = {"last": -1, "next": 1}.get(rel, direction_of(context.tense))
        this_year = holiday_date(code, published.year)
        year = published.year
        if direction < 0 and this_year > published:
            year -= 1
        elif direction > 0 and this_year < published:
            year += 1
    return Resolved(holiday_date(code, year).isoformat(), "DATE")
