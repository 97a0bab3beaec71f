"""Finding temporal expressions in text: candidate spans, before normalisation. No spaCy here.

Each rule scans only short windows around the words it cannot match without
(its keys, ``pipeline.stages.dates.rule_keys``); the result is the same as
scanning the whole text. Overlapping matches are resolved leftmost-longest then
by rule order, the second day of a range ("April 24 and 25") becomes a candidate
of its own, and readings that are no dates ("may" the modal) are dropped.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator, NamedTuple

from pipeline.stages.dates.arithmetic import day_value
from pipeline.stages.dates.generic_uses import is_generic_today
from pipeline.stages.dates.number_names import names_a_thing
from pipeline.stages.dates.rule_keys import LONG_RUN, Needed
from pipeline.stages.dates.rules import Rule, all_keys, lexicon, rules
from pipeline.stages.dates.word_names import in_headline, is_first_name_month, is_name_word


class Candidate(NamedTuple):
    """A span a rule matched, before normalisation."""

    rule: str
    kind: str
    type: str
    start: int
    end: int
    text: str
    groups: dict


# non-ASCII letters that IGNORECASE matches to an ASCII one ("\u017f" long s, Kelvin sign): str.lower() does
# not fold them the same way, so a text holding one is scanned whole
FOLDS_TO_ASCII = re.compile(r"[a-z]", re.IGNORECASE)


class Scan(NamedTuple):
    """A text prepared for scanning rule by rule around their keys."""

    lowered: str
    positions: dict[str, list[int]]  # key -> where it occurs in the lower-cased text


def prepare_scan(text: str) -> Scan | None:
    """The text lower-cased, and where each rule key occurs in it; None when windows would not be exact for this
    text (a long run of spaces or digits, or letters that lower-case or fold differently from the regex engine)."""
    lowered = text.lower()
    if len(lowered) != len(text) or LONG_RUN.search(text):
        return None
    if not text.isascii() and any(FOLDS_TO_ASCII.match(char) for char in set(text) if not char.isascii()):
        return None
    positions: dict[str, list[int]] = {}
    for key in all_keys():
        at = lowered.find(key)
        while at >= 0:
            positions.setdefault(key, []).append(at)
            at = lowered.find(key, at + 1)
    return Scan(lowered, positions)


def rule_matches(rule: Rule, text: str, scan: Scan | None) -> Iterator[tuple[int, int, dict]]:
    """(start, end, named groups) of each match of one rule, as ``rule.regex.finditer(text)`` finds them,
    scanning only around the rule's keys.

    A match holds one of the rule's keys and reads no further around it than ``rule.needs`` says, so it lies
    inside that key's window, and the regex engine decides it the same way in the window as in the whole text.
    """
    if scan is None or rule.needs is None:
        windows = [(0, len(text))]
        regex, haystack = rule.regex, text
    else:
        windows = key_windows(rule.needs, scan.positions, len(text))
        regex, haystack = (rule.lowered, scan.lowered) if rule.lowered else (rule.regex, text)
    for window_start, window_end in windows:
        for match in regex.finditer(haystack, window_start, window_end):
            groups = {name: text[match.start(name):match.end(name)]
                      for name, value in match.groupdict().items() if value is not None}
            yield match.start(), match.end(), groups


def key_windows(needs: Needed, positions: dict[str, list[int]], length: int) -> list[tuple[int, int]]:
    """The stretches of text around the occurrences of a rule's keys, overlapping ones merged."""
    before, after = needs.before + 1, needs.after + 1
    spans = sorted((max(0, at - before), min(length, at + after)) for key in needs.keys for at in positions.get(key, ()))
    if not spans:
        return []
    merged = [list(spans[0])]
    for start, end in spans[1:]:
        if start > merged[-1][1]:
            merged.append([start, end])
        else:
            merged[-1][1] = max(merged[-1][1], end)
    return [(start, end) for start, end in merged]


def find_candidates(text: str) -> list[Candidate]:
    """Every rule match, overlaps resolved leftmost-longest then by rule order; false positives dropped."""
    found = []
    scan = prepare_scan(text)
    for order, rule in enumerate(rules()):
        if scan is not None and rule.needs is not None and rule.needs.keys.isdisjoint(scan.positions):
            continue  # none of the words this rule needs is in the text
        for start, end, groups in rule_matches(rule, text, scan):
            candidate = signalled_duration(Candidate(rule.name, rule.kind, rule.type, start, end, text[start:end], groups))
            if not is_blocked(candidate, text):
                found.append((candidate.start, -(candidate.end - candidate.start), order, candidate))
    found.extend((candidate.start, -(candidate.end - candidate.start), len(rules()), candidate)
                 for candidate in year_range_candidates(text))
    # a dashed range of days reads its year at its end, so it goes before a rule's reading of its first day
    found.extend((candidate.start, -(candidate.end - candidate.start), -1, candidate)
                 for candidate in day_range_candidates(text))
    chosen: list[Candidate] = []
    taken_until = -1
    for _, _, _, candidate in sorted(found, key=lambda item: item[:3]):
        if candidate.start >= taken_until:
            chosen.append(candidate)
            taken_until = candidate.end
            second = second_day(candidate, text)
            if second is not None:
                if "year" in second.groups and "year" not in candidate.groups:
                    # "June 9 or 10, 2024": the year closing the range holds for its first day too
                    chosen[-1] = candidate._replace(groups={**candidate.groups, "year": second.groups["year"]})
                chosen.append(second)
                taken_until = second.end
    return clocks_on_their_day(chosen, text)


# what the day of a clock time may be: a weekday, a month and day, "today"
DAY_GROUPS = ("weekday", "month", "day", "year", "deictic")
ON_DAY = re.compile(r"\s+on\s+")


def clocks_on_their_day(chosen: list[Candidate], text: str) -> list[Candidate]:
    """"at 9 p.m. on Tuesday", "at noon on March 3": a clock time and the day it is on, two TIMEX3 joined by
    the signal "on"; the clock time takes that day (its own rules read a day only when no "on" comes between)."""
    for index, (candidate, following) in enumerate(zip(chosen, chosen[1:])):
        if candidate.kind != "clock" or set(DAY_GROUPS) & candidate.groups.keys():
            continue
        if following.kind not in ("weekday", "date", "deictic") \
                or not ON_DAY.fullmatch(text, candidate.end, following.start):
            continue
        day = {name: value for name, value in following.groups.items() if name in DAY_GROUPS}
        if following.kind == "deictic" \
                and following.groups["deictic"].lower() not in ("today", "yesterday", "tomorrow"):
            continue
        if "weekday" in day or "deictic" in day or {"month", "day"} <= day.keys():
            chosen[index] = candidate._replace(groups={**candidate.groups, **day})
    return chosen


# "April 24 and 25", "from May 3 to 7": the second day of a range, in the month of the first; not when a
# noun follows the number ("April 24 and 25 people")
SECOND_DAY = re.compile(r"\s+(?:and|or|to|through|until)\s+(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)"
                        r"(?:,\s+(?P<year>(?:1[5-9]|20)\d\d))?(?![.,]\d)(?=\s*(?:[.,;:)]|$)|\s+(?:in|at|on|when|with)\b)")


def second_day(candidate: Candidate, text: str) -> Candidate | None:
    """The day closing a range opened by a month-and-day candidate, as a candidate of its own."""
    if candidate.kind != "date" or "day" not in candidate.groups or "month" not in candidate.groups:
        return None
    match = SECOND_DAY.match(text, candidate.end)
    if match is None or day_value(match.group("day")) <= day_value(candidate.groups["day"]):
        return None
    groups = {"month": candidate.groups["month"], "day": match.group("day")}
    year = match.group("year") or candidate.groups.get("year")
    if year:
        groups["year"] = year
    end = match.end("year") if match.group("year") else match.end("day")
    return Candidate("second_day", "date", "DATE", match.start("day"), end, text[match.start("day"):end], groups)


# "1990-1995", "the 2014–2022 war": two years joined by a dash, each an expression of its own (TimeBank), which
# the rules' word boundaries (no hyphen on either side) keep from matching; the second one later than the first
# and within a century of it, so that a phone or serial number ("555-1990") is no range
YEAR_RANGE = re.compile(r"(?<![\w$£€'.,/-])((?:1[5-9]|20)\d\d)[-–]((?:1[5-9]|20)\d\d)(?![\w%/]|[.,]\d|-\w)")


def year_range_candidates(text: str) -> Iterator[Candidate]:
    """Both years of each year range in the text, as candidates."""
    for match in YEAR_RANGE.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        if not first < second < first + 100:
            continue
        for group in (1, 2):
            start, end = match.span(group)
            yield Candidate("year_range", "date", "DATE", start, end, text[start:end], {"year": text[start:end]})


DAY = r"(?:[12]\d|3[01]|0?[1-9])"
# where a range may be: two numbers joined by a dash; its month lies within RANGE_BEFORE characters before the
# dash, its end within RANGE_AFTER after it ("15-16 September, 2024")
DASHED_NUMBERS = re.compile(r"(?<!\d)\d{1,2}[-–]\d{1,2}(?!\d)")
RANGE_BEFORE, RANGE_AFTER = 24, 40


@functools.lru_cache(maxsize=None)
def day_range_patterns() -> tuple[re.Pattern, ...]:
    """"May 15-16", "Sept. 3–5, 2024", "15-16 May": a month and two days joined by a dash, and an optional year."""
    months = "|".join(re.escape(name) for name in sorted({*lexicon()["months"], *lexicon()["month_abbreviations"]},
                                                          key=len, reverse=True))
    year = r"(?P<year>(?:1[5-9]|20)\d\d)"
    end = r"(?![\w%/-]|[.,]\d)"
    return (re.compile(rf"(?<![\w.])(?P<month>(?:{months}))\s+(?P<day>{DAY})[-–](?P<day2>{DAY})(?:,\s+{year})?{end}",
                       re.IGNORECASE),
            re.compile(rf"(?<![\w.,/-])(?P<day>{DAY})[-–](?P<day2>{DAY})\s+(?P<month>(?:{months}))"
                       rf"(?:,?\s+{year})?{end}",
                       re.IGNORECASE))


def day_range_candidates(text: str) -> Iterator[Candidate]:
    """Both days of a range written with a dash ("talks on May 15-16", "on 15-16 May"), each a date of its own as
    in "May 15 and 16"; the month must be capitalised, and the second day later than the first."""
    dashes = [dash.start() for dash in DASHED_NUMBERS.finditer(text)]
    matches = {match.span(): match for pattern in day_range_patterns() for at in dashes
               for match in pattern.finditer(text, max(0, at - RANGE_BEFORE), at + RANGE_AFTER)}
    for _, match in sorted(matches.items()):
        if not match.group("month")[:1].isupper() or int(match.group("day2")) <= int(match.group("day")):
            continue
        groups = {"month": match.group("month"), **({"year": match.group("year")} if match.group("year") else {})}
        month_first = match.start("month") < match.start("day")
        # the first day: "May 15" or "15"; the second: "16" or "16 May" (with the year when it ends the range)
        first_end = match.end("day")
        second_start = match.start("day2")
        end = match.end("year") if match.group("year") else (match.end("day2") if month_first else match.end("month"))
        yield Candidate("day_range", "date", "DATE", match.start(), first_end, text[match.start():first_end],
                        {**groups, "day": match.group("day")})
        yield Candidate("day_range", "date", "DATE", second_start, end, text[second_start:end],
                        {**groups, "day": match.group("day2")})


# the direction word closing an offset, with the "or so" before it ("three days or so later")
OFFSET_TAIL = re.compile(r"(?:\s+or\s+so)?\s+\S+$")


def signalled_duration(candidate: Candidate) -> Candidate:
    """"three days later", "a week afterwards": a duration and a signal that counts it from another event
    (TimeML's SIGNAL), so the TIMEX3 is the duration alone ("[three days] later"); "ago" and "earlier" stay in
    the expression ("[two years ago]", "[a year earlier]")."""
    direction = candidate.groups.get("dir", "").lower()
    if candidate.kind != "offset" or direction not in lexicon()["signal_offset_directions"]:
        return candidate
    text = OFFSET_TAIL.sub("", candidate.text)
    groups = {name: value for name, value in candidate.groups.items() if name != "dir"}
    return Candidate(candidate.rule, "duration", "DURATION", candidate.start, candidate.start + len(text), text, groups)


def previous_word(text: str, start: int) -> str:
    match = re.search(r"([\w'-]+)\W*$", text[max(0, start - 30):start])
    return match.group(1).lower() if match else ""


def is_blocked(candidate: Candidate, text: str) -> bool:
    """Reject readings that are not dates: "may" the modal, "march" the verb, a bare number."""
    lex = lexicon()
    month = candidate.groups.get("month")
    if month and month[:1].islower() and not month.isdigit():
        return True  # lower-case month names are verbs or modals ("may", "march")
    if candidate.rule == "month" and month:
        has_modifier = "mod" in candidate.groups or "rel" in candidate.groups
        if month.lower() in lex["ambiguous_months"] and not has_modifier:
            return previous_word(text, candidate.start) not in lex["month_triggers"]
        if not has_modifier and is_first_name_month(text, candidate.start, candidate.end):
            return True  # "June Carter", "met August Wilson": a month before a surname is a person's name
    if candidate.rule == "quarter_abbr" and candidate.groups["q"][:1] == "q":
        return True  # "Q3" is written with a capital; "q3" is a code, not a quarter
    weekday = candidate.groups.get("weekday") or candidate.groups.get("weekdays")
    if candidate.rule in ("weekday", "set_weekdays", "set_weekday_parts") and weekday[:1].islower():
        return True  # "a sunday best", "fridays" as a brand: a weekday is written with a capital
    if candidate.rule == "weekday" and candidate.text == weekday and is_in_a_name(candidate, text):
        return True
    if candidate.kind == "deictic" and is_generic_today(text, candidate.start, candidate.end):
        return True  # "today's youth": "today" meaning "in our time" names no day
    if candidate.kind in ("deictic", "day_part") and is_name_word(text, candidate.start, candidate.end):
        return True  # "USA Today", "the Tonight Show": a capitalised day word inside a sentence is a name's
    if candidate.kind == "season" and not {"rel", "year", "relyear"} & candidate.groups.keys():
        # "the fall of the government", "the spring of hope"; "the Summer Palace", "the Winter Olympics": a
        # season before a capitalised word opens a name
        return bool(re.match(r"\s+of\b", text[candidate.end:]) or SEASON_NAME_WORD.match(text, candidate.end))
    if candidate.kind == "holiday" and not {"rel", "year"} & candidate.groups.keys():
        # "Christmas Island", "the Good Friday Agreement": a holiday before a capitalised word opens a name
        return opens_a_name(candidate.start, candidate.end, text)
    if candidate.rule == "weekday" and candidate.text == weekday and \
            f"{previous_word(text, candidate.start)} {weekday.lower()}" in lex["holidays"]:
        # the weekday of a holiday that opens a name ("the Good [Friday] Agreement")
        return opens_a_name(candidate.start, candidate.end, text)
    if candidate.rule in ("clock_word", "day_part_bare"):
        word = candidate.groups.get("pod") or candidate.groups["clockword"]
        if word[:1].isupper() and opens_a_name(candidate.start, candidate.end, text):
            return True  # "the Evening Standard", "Midnight Mass": a capitalised time of day opening a name
        return not is_time_of_day(candidate, text)
    if candidate.rule == "year" and candidate.text.isdigit() and names_a_thing(text, candidate.start, candidate.end):
        return True  # "Resolution 1701", "Flight 1549": the number of a thing, or part of its name
    if candidate.rule == "year":
        # "1990" before a unit ("1990 shares", "2000 years") is a number, not a year
        following = re.match(r"\s*(%|[a-z]+)", text[candidate.end:candidate.end + 20].lower())
        return bool(following) and following.group(1) in lex["blocked_following_year"]
    if candidate.kind == "duration" and candidate.text.lower() in ("a second", "one second"):
        # "a second round", "a second term": the ordinal before a noun, not one second
        following = re.match(r"\s+([a-z]+)", text[candidate.end:candidate.end + 20])
        return bool(following) and following.group(1) not in lex["words_after_a_second"]
    if candidate.kind == "offset" and candidate.groups.get("dir", "").lower() in ("after", "before"):
        # "13 days after the bombing": a duration followed by a preposition, not "13 days after"
        return bool(re.match(r"\s*[\w$]", text[candidate.end:]))
    return False


def opens_a_name(start: int, end: int, text: str) -> bool:
    """Whether a capitalised word (not "I") follows start..end outside a headline, so that it opens a name."""
    return bool(SEASON_NAME_WORD.match(text, end)) and not in_headline(text, start, end)


def is_time_of_day(candidate: Candidate, text: str) -> bool:
    """A time of day named without its day ("at [noon]", "by [mid-afternoon]", "in [the morning]") is a TIMEX3
    when a preposition places something at it; the day is the one the story is on. A part of the day must be
    singular and, unless it is a "mid-" part, take "the": "at night" and "in mornings" are habits, and "the
    morning of May 3" is the part of a day named after it."""
    if previous_word(text, candidate.start) not in lexicon()["time_of_day_prepositions"]:
        return False
    if candidate.rule == "clock_word":
        return True
    pod = candidate.groups["pod"].lower()
    if pod.endswith("s") or pod == "overnight" or re.match(r"\s+of\b", text[candidate.end:]):
        return False
    if not (pod.startswith("mid") or candidate.text[:3].lower() == "the"):
        return False
    # "in the morning papers", "the night the plane went down": a part of the day that modifies a noun or
    # opens a clause names no time of its own; it ends its phrase ("in the morning, ...", "in the morning to ...")
    following = re.match(r"\s*([a-z]+)", text[candidate.end:candidate.end + 20])
    return following is None or following.group(1) in lexicon()["words_after_time_of_day"]


# a capitalised word (not "I") after "the <season>": the season opens a name ("the Summer Palace")
SEASON_NAME_WORD = re.compile(r"[ \t]+(?!I\b)[A-Z][a-z]")
# a capitalised word after "the <weekday>" that still reads as a date ("the Monday March 3 vote")
NAME_WORD = re.compile(r"\s+([A-Z][a-z]+)\b")


def is_in_a_name(candidate: Candidate, text: str) -> bool:
    """"the Sunday Times", "the Friday Mosque", "the Monday Club": a bare weekday after "the" and before a
    capitalised word opens a name; a month, weekday or time word after it, or a preposition of time before "the",
    keeps it a date."""
    following = NAME_WORD.match(text, candidate.end)
    if following is None or previous_word(text, candidate.start) != "the":
        return False
    before = text[max(0, candidate.start - 12):candidate.start]
    if re.search(r"\b(?:on|by|until|since)\s+the\s+$", before, re.IGNORECASE):
        return False  # "on the Sunday President Varga arrived": a day
    word = following.group(1).lower()
    lex = lexicon()
    return not (word in lex["months"] or word in lex["weekdays"] or word in lex["parts_of_day"]
                or word in lex["month_abbreviations"] or f"{word}." in lex["month_abbreviations"])
