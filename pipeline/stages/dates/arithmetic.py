"""Calendar arithmetic for the temporal values, and the numbers, years, months and days words stand for.

Shifting a day by calendar units, a day at the granularity of a TIMEX3 value,
the nearest weekday, quarters, the day of a holiday, and reading values back
(``parse_day``, ``parse_quarter``, ``reference_date``, ``granularity_year``).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from pipeline.stages.dates.rules import lexicon


def number_value(words: str) -> float | None:
    """3, "three", "twenty four", "a couple of" -> a number; vague quantities -> None."""
    lex = lexicon()
    words = re.sub(r"\s+", " ", words.lower().strip())
    if re.fullmatch(r"\d+(?:\.\d+)?", words):
        return float(words)
    if re.fullmatch(r"\d+ 1/2", words):
        return float(words.split()[0]) + 0.5
    if words in lex["numbers"]:
        return float(lex["numbers"][words])
    parts = re.split(r"[\s-]+", words)
    if len(parts) == 2 and parts[0] in lex["spoken_year_tens"] and parts[1] in lex["spoken_year_units"]:
        return float(lex["spoken_year_tens"][parts[0]] + lex["spoken_year_units"][parts[1]])
    return None


def year_value(text: str) -> int | None:
    text = text.lower().strip()
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    if re.fullmatch(r"\d{2}", text):
        return 1900 + int(text) if int(text) >= 50 else 2000 + int(text)
    if "thousand" in text:
        return 2000
    parts = re.split(r"[\s-]+", text)
    lex = lexicon()
    if parts[0] == "nineteen" and len(parts) >= 2 and parts[1] in lex["spoken_year_tens"]:
        unit = lex["spoken_year_units"].get(parts[2], 0) if len(parts) > 2 else 0
        return 1900 + lex["spoken_year_tens"][parts[1]] + unit
    return None


def month_value(text: str) -> int:
    lex = lexicon()
    key = text.lower().strip()
    return lex["months"].get(key) or lex["month_abbreviations"].get(key) or lex["month_abbreviations"][key + "."]


def day_value(text: str) -> int:
    key = text.lower().strip()
    digits = re.match(r"\d+", key)
    return int(digits.group(0)) if digits else lexicon()["day_ordinal_words"][key]


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift(day: dt.date, amount: int, unit: str) -> dt.date | None:
    """The day ``amount`` calendar units away; None off the calendar ("31 centuries ago")."""
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit, 0) * amount
    days = {"D": 1, "W": 7, "WE": 7}.get(unit, 0) * amount
    year, month = add_months(day.year, day.month, months)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    ordinal = dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1])).toordinal() + days
    return dt.date.fromordinal(ordinal) if 1 <= ordinal <= dt.date.max.toordinal() else None


def shifted(day: dt.date, amount: int, unit: str, granularity: str) -> str | None:
    moved = shift(day, amount, unit)
    return at_granularity(moved, granularity) if moved else None


def at_granularity(day: dt.date, unit: str) -> str:
    """A date as a TIMEX3 value at the granularity of a calendar unit."""
    if unit == "D":
        return day.isoformat()
    if unit == "W":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "WE":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}-WE"
    if unit == "M":
        return f"{day.year}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if unit == "DE":
        return str(day.year)[:3]
    if unit == "CE":
        return str(day.year)[:2]
    return str(day.year)


def weekday_date(published: dt.date, weekday: int, direction: int) -> dt.date:
    """The weekday (1 = Monday) nearest the publication date: direction -1 on or before, +1 on or after,
    0 in the same ISO week, -2 strictly before, +2 strictly after."""
    if direction == 0:
        return published + dt.timedelta(days=weekday - published.isoweekday())
    if direction < 0:
        back = (published.isoweekday() - weekday) % 7
        return published - dt.timedelta(days=back or (7 if direction == -2 else 0))
    ahead = (weekday - published.isoweekday()) % 7
    return published + dt.timedelta(days=ahead or (7 if direction == 2 else 0))


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def last_completed_quarter(day: dt.date) -> tuple[int, int]:
    year, quarter = quarter_of(day)
    return (year, quarter - 1) if quarter > 1 else (year - 1, 4)


def parse_quarter(value: str | None) -> tuple[int, int] | None:
    match = re.fullmatch(r"(\d{4})-Q([1-4])", value or "")
    return (int(match.group(1)), int(match.group(2))) if match else None


def reference_date(value: str | None) -> dt.date | None:
    """The first day of a calendar value (2022, 2022-03, 2022-Q2, 2022-03-29...), None for anything else."""
    match = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?|-Q([1-4]))?(?:$|T)", value or "")
    if not match:
        return None
    year, month, day, quarter = match.groups()
    month = int(month) if month else (int(quarter) - 1) * 3 + 1 if quarter else 1
    return dt.date(int(year), month, int(day) if day else 1)


def parse_day(value: str | None) -> dt.date | None:
    match = re.match(r"(\d{4})-(\d\d)-(\d\d)", value or "")
    return dt.date(*map(int, match.groups())) if match else None


def holiday_date(code: str, year: int) -> dt.date:
    """The day of a holiday in a year, from its rule in the lexicon (FIXED:m:d, NTH:m:weekday:n, LAST:m:weekday,
    ELECTION, EASTER:offset)."""
    kind, *args = code.split(":")
    numbers = [int(arg) for arg in args]
    if kind == "FIXED":
        return dt.date(year, numbers[0], numbers[1])
    if kind == "NTH":
        month, weekday, nth = numbers
        first = weekday_date(dt.date(year, month, 1), weekday, 1)
        return first + dt.timedelta(weeks=nth - 1)
    if kind == "LAST":
        month, weekday = numbers
        return weekday_date(dt.date(year, month, calendar.monthrange(year, month)[1]), weekday, -1)
    if kind == "ELECTION":  # the Tuesday after the first Monday of November
        return weekday_date(dt.date(year, 11, 1), 1, 1) + dt.timedelta(days=1)
    # Easter Sunday (anonymous Gregorian computus), plus an offset in days
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    day = (h + l - 7 * m + 33 * month + 19) % 32
    return dt.date(year, month, day) + dt.timedelta(days=numbers[0])


def granularity_year(value: str | None) -> int | None:
    match = re.match(r"(\d{4})", value or "")
    return int(match.group(1)) if match else None
