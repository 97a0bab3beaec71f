"""Finding temporal expressions in text and normalising them to TIMEX3 values.

The rules (regular expressions) live in ``models/en/temporal_rules.tsv`` and the
word lists they use in ``models/en/temporal_lexicon.json``; this module compiles
them, finds candidate spans (:func:`find_candidates`) and turns one candidate
into a value given its anchor context (:func:`normalise`). No spaCy here: the
dates stage supplies the tense of the governing verb.

For speed each rule scans only short windows around the words it cannot match
without (:func:`needed`, read off the parsed rule); the result is the same as
scanning the whole text.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import sys
from typing import Iterator, NamedTuple

if sys.version_info >= (3, 11):
    from re import _constants as sre_constants, _parser as sre_parse
else:  # pragma: no cover
    import sre_constants
    import sre_parse

from pipeline.resources import read_json, read_tsv

LEXICON = "temporal_lexicon.json"
RULES = "temporal_rules.tsv"

# a month named without a year is read as the coming one when it is at most this many months ahead
MONTHS_AHEAD_IN_PAST = 2
MONTHS_AHEAD_IN_PRESENT = 4
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


class Candidate(NamedTuple):
    """A span a rule matched, before normalisation."""

    rule: str
    kind: str
    type: str
    start: int
    end: int
    text: str
    groups: dict


class Context(NamedTuple):
    """What a relative expression is resolved against."""

    published: dt.date | None
    tense: str | None = None  # past | completed (surely before: "since May") | present | future | None
    reference: str | None = None  # the last DATE value resolved before this one (for "a year earlier")
    reference_day: dt.date | None = None  # the last day-level date before this one (for "the next day")
    context_year: int | None = None  # a year the article itself set ("on Feb. 24, 2022, ...")
    report_quarter: str | None = None  # the last quarter named (for "the quarter", "the year-ago period")


class Resolved(NamedTuple):
    value: str | None
    type: str


# ---------------------------------------------------------------- compiling the rules


def _alternation(words) -> str:
    """A regex alternation of words, longest first, inner spaces matching any whitespace."""
    escaped = (re.escape(word).replace(r"\ ", r"\s+") for word in sorted(set(words), key=len, reverse=True))
    return "(?:" + "|".join(escaped) + ")"


@functools.lru_cache(maxsize=None)
def lexicon() -> dict:
    return read_json(LEXICON)


@functools.lru_cache(maxsize=None)
def macros() -> dict[str, str]:
    lex = lexicon()
    full_months = _alternation(lex["months"])
    abbreviations = _alternation(lex["month_abbreviations"])
    tens = _alternation(lex["spoken_year_tens"])
    units = _alternation(lex["spoken_year_units"])
    number_words = _alternation(lex["numbers"])
    compound = _alternation(lex["number_words_compound"])
    return {
        "MONTH": full_months,
        "MONTHABBR": abbreviations,
        "ANYMONTH": f"(?:{full_months}|{abbreviations})",
        "WEEKDAY": _alternation(lex["weekdays"]),
        "WEEKDAYS": _alternation(lex["weekday_plurals"]),
        "SEASON": _alternation(lex["seasons"]),
        "POD": _alternation(lex["parts_of_day"]),
        "QORD": _alternation(lex["quarter_ordinals"]),
        "DAYNUM": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)",
        "DAYORD": _alternation(lex["day_ordinal_words"]),
        "YEAR": r"(?<![\d,.$£€])(?:1[5-9]\d\d|20\d\d)(?![\d%]|[.,]\d)",
        "SPOKENYEAR": rf"nineteen[\s-]+{tens}(?:[\s-]+{units})?",
        "DECADEWORD": _alternation(lex["decade_words"]),
        "NUM": rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|{compound}[\s-]+{units}|{number_words})",
        "VAGUE": _alternation(lex["vague_numbers"]),
        "UNIT": _alternation(lex["units"]),
        "REL": _alternation(lex["relative_words"]),
        "OFFSETDIR": _alternation(lex["offset_directions"]),
        "POSMOD": _alternation(lex["position_modifiers"]),
        "QMOD": _alternation(lex["quantity_modifiers"]),
        "DEICTIC": _alternation(lex["deictic"]),
        "DAYPART": _alternation(lex["day_parts_deictic"]),
        "SETWORD": _alternation(lex["set_words"]),
        "TZ": _alternation(lex["time_zones"]),
        "FINPERIOD": _alternation(lex["financial_periods"]),
        "HOLIDAY": _alternation(lex["holidays"]),
        "CLOCKWORD": _alternation(lex["clock_words"]),
    }


class Rule(NamedTuple):
    name: str
    kind: str
    type: str
    regex: re.Pattern
    needs: Needed | None  # what every match holds, None when not known (the rule then scans the whole text)
    lowered: re.Pattern | None  # the same pattern, case-sensitive, for lower-cased text (faster); None if unsafe


@functools.lru_cache(maxsize=None)
def rules() -> tuple[Rule, ...]:
    table = macros()
    compiled = []
    for row in read_tsv(RULES):
        pattern = re.sub(r"\{([A-Z]+)\}", lambda m: table[m.group(1)], row["pattern"])
        # a possessive "'s" may follow ("Friday's vote"); any other word character may not
        regex = re.compile(rf"(?<![\w$£€'-])(?:{pattern})(?!\w|-\w)(?!['’](?!s\b)\w)", re.IGNORECASE)
        tree = sre_parse.parse(regex.pattern, regex.flags)
        lowered = re.compile(regex.pattern) if is_lower_case(tree) else None
        compiled.append(Rule(row["rule"], row["kind"], row["type"], regex, needed(tree), lowered))
    return tuple(compiled)


@functools.lru_cache(maxsize=None)
def all_keys() -> tuple[str, ...]:
    return tuple(sorted({key for rule in rules() if rule.needs for key in rule.needs.keys}))


# ---------------------------------------------------------------- reading what a rule needs

# Scanning the whole text with each of the ~40 rules was most of the dates stage's time. A rule can only match
# where one of its keys occurs (the month rules at a month name, the durations at a unit word) and a match spans
# a bounded number of characters, so each rule scans only windows around its keys. Keys and widths are read off
# the parsed rules (Python's own regex parser), so they follow any change to the rules and lexicon.

REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None))
# an unbounded repeat of spaces or hyphens ("\s+", "[\s-]+") or of digits ("\d+") is counted as at most this
# many characters; a text holding a longer run of either is scanned whole (news text hardly ever does)
RUN_CAP = 5
LONG_RUN = re.compile(rf"[\s-]{{{RUN_CAP + 1}}}|\d{{{RUN_CAP + 1}}}")
SPACE_RUN = {(sre_constants.CATEGORY, sre_constants.CATEGORY_SPACE), (sre_constants.LITERAL, ord("-"))}
DIGIT_RUN = {(sre_constants.CATEGORY, sre_constants.CATEGORY_DIGIT)}
# non-ASCII letters that IGNORECASE matches to an ASCII one ("\u017f" long s, Kelvin sign): str.lower() does
# not fold them the same way, so a text holding one is scanned whole
FOLDS_TO_ASCII = re.compile(r"[a-z]", re.IGNORECASE)


class Needed(NamedTuple):
    """Strings one of which every match of a (sub)pattern contains, and how far the match reads around it."""

    keys: frozenset[str]  # lower case
    before: int  # the most characters a match starts before a key
    after: int  # the most characters a match (lookaheads included) reads from the start of a key on

    def selectivity(self) -> tuple[int, int, int]:
        return min(map(len, self.keys)), -len(self.keys), -(self.before + self.after)


def needed(tree) -> Needed | None:
    """What every match of a parsed (sub)pattern needs; None when nothing is known or its width is unbounded.

    A sequence needs what any one of its parts needs (the most selective part is kept), an alternation what
    one of its branches needs, a repeat what its body needs if it occurs at least once.
    """
    items = flattened(tree)
    widths = [max_width([item]) for item in items]
    if None in widths:
        return None
    ends = [sum(widths[:i]) for i in range(len(items) + 1)]  # where each part starts, at the most
    best = None

    def keep(inner: Needed | None, start: int, end: int, offset: int = 0) -> None:
        # a key found inside parts start..end, ``offset`` characters at the most after their start
        nonlocal best
        if inner is None or not inner.keys or "" in inner.keys:
            return
        candidate = Needed(inner.keys, ends[start] + offset + inner.before, inner.after + offset + ends[-1] - ends[end])
        if best is None or candidate.selectivity() > best.selectivity():
            best = candidate

    # consecutive parts with few readings ("jan|feb|...", "1[5-9]", "the") make one key of their concatenations
    run_start, run = None, frozenset()
    for i, item in enumerate(items + [(None, None)]):
        readings = few_strings([item])
        if readings is not None and run_start is not None and len(run) * len(readings) <= MAX_READINGS:
            run = frozenset(head + tail for head in run for tail in readings)
            continue
        if run_start is not None:
            keep(Needed(run, 0, ends[i] - ends[run_start]), run_start, i)
        run_start, run = (i, readings) if readings is not None else (None, frozenset())
        op, av = item
        if readings is not None or op is None:
            continue
        if op is sre_constants.BRANCH:
            branches = [needed(branch) for branch in av[1]]
            if all(branches):
                keep(Needed(frozenset().union(*(branch.keys for branch in branches)),
                            max(branch.before for branch in branches), max(branch.after for branch in branches)),
                     i, i + 1)
        elif op is sre_constants.SUBPATTERN:
            keep(needed(av[-1]), i, i + 1)
        elif op in REPEATS and av[0] >= 1:
            # the key may be in any turn of the repeat: count the other turns on both sides
            others = widths[i] - max_width(av[2])
            keep(needed(av[2]), i, i + 1, others)
    if best is None:
        return None
    # a string holding a shorter key holds that key too: keep the shorter ones only
    return best._replace(keys=frozenset(key for key in best.keys if not any(other != key and other in key
                                                                            for other in best.keys)))


# the most strings a run of parts may read as before it is split into shorter keys
MAX_READINGS = 64


def flattened(tree) -> list:
    """A parsed sequence with its groups opened up ("(?P<year>19\\d\\d)," reads as "19\\d\\d,")."""
    items = []
    for op, av in tree:
        if op is sre_constants.SUBPATTERN and not av[1] and not av[2]:
            items.extend(flattened(av[-1]))
        else:
            items.append((op, av))
    return items


def few_strings(tree) -> frozenset[str] | None:
    """Every string (lower-cased) a parsed sequence can match, when they are few; None otherwise."""
    readings = frozenset({""})
    for op, av in tree:
        if op is sre_constants.LITERAL:
            options = frozenset({chr(av).lower()})
        elif op is sre_constants.IN and all(item in (sre_constants.LITERAL, sre_constants.RANGE) for item, _ in av):
            chars = [chr(value) for item, value in av if item is sre_constants.LITERAL]
            chars += [chr(code) for item, value in av if item is sre_constants.RANGE
                      for code in range(value[0], value[1] + 1)]
            options = frozenset(char.lower() for char in chars)
        elif op is sre_constants.SUBPATTERN:
            options = few_strings(av[-1])
        elif op is sre_constants.BRANCH:
            branches = [few_strings(branch) for branch in av[1]]
            options = None if None in branches else frozenset().union(*branches)
        else:
            return None
        if options is None or len(readings) * len(options) > MAX_READINGS:
            return None
        readings = frozenset(head + tail for head in readings for tail in options)
    return readings


def max_width(tree) -> int | None:
    """The most characters a match of a parsed (sub)pattern reads, lookaheads included; None when unbounded."""
    total = 0
    for op, av in tree:
        if op in (sre_constants.LITERAL, sre_constants.NOT_LITERAL, sre_constants.IN, sre_constants.ANY):
            width = 1
        elif op is sre_constants.AT:
            width = 0
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            direction, body = av
            width = max_width(body) if direction > 0 else 0  # a lookbehind reads text before the match
        elif op is sre_constants.SUBPATTERN:
            width = max_width(av[-1])
        elif op is sre_constants.BRANCH:
            widths = [max_width(branch) for branch in av[1]]
            width = None if None in widths else max(widths)
        elif op in REPEATS:
            low, high, body = av
            if high == sre_constants.MAXREPEAT:
                if not is_run_char(body):
                    return None
                high = RUN_CAP
            body_width = max_width(body)
            width = None if body_width is None else high * body_width
        else:
            return None
        if width is None:
            return None
        total += width
    return total


def is_run_char(body) -> bool:
    """Whether a repeated body is one space or hyphen, or one digit (the runs LONG_RUN looks for)."""
    items = list(body)
    if len(items) != 1:
        return False
    op, av = items[0]
    chars = {(op, av)} if op is sre_constants.LITERAL else {tuple(item) for item in av} if op is sre_constants.IN else None
    return bool(chars) and (chars <= SPACE_RUN or chars <= DIGIT_RUN)


def is_lower_case(tree) -> bool:
    """Whether every character a parsed pattern names is lower-case ASCII or has no case, so that matching it
    case-sensitively against lower-cased text finds what IGNORECASE finds in the text itself."""
    for op, av in tree:
        if op in (sre_constants.LITERAL, sre_constants.NOT_LITERAL):
            chars = [chr(av)]
        elif op is sre_constants.RANGE:
            chars = [chr(code) for code in range(av[0], av[1] + 1)]
        else:
            if op is sre_constants.BRANCH:
                parts = av[1]
            elif op is sre_constants.IN:
                parts = [av]
            elif op in (sre_constants.SUBPATTERN, sre_constants.ASSERT, sre_constants.ASSERT_NOT) or op in REPEATS:
                parts = [av[-1]]
            else:
                parts = []
            if not all(is_lower_case(part) for part in parts):
                return False
            continue
        if any(char != char.lower() or not (char.isascii() or char == char.upper()) for char in chars):
            return False
    return True


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


# ---------------------------------------------------------------- finding spans


def find_candidates(text: str) -> list[Candidate]:
    """Every rule match, overlaps resolved leftmost-longest then by rule order; false positives dropped."""
    found = []
    scan = prepare_scan(text)
    for order, rule in enumerate(rules()):
        if scan is not None and rule.needs is not None and rule.needs.keys.isdisjoint(scan.positions):
            continue  # none of the words this rule needs is in the text
        for start, end, groups in rule_matches(rule, text, scan):
            candidate = Candidate(rule.name, rule.kind, rule.type, start, end, text[start:end], groups)
            if not is_blocked(candidate, text):
                found.append((candidate.start, -(candidate.end - candidate.start), order, candidate))
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
    if candidate.rule in ("weekday", "set_weekdays") and candidate.groups.get("weekday", "x")[:1].islower():
        return True
    if candidate.kind == "season" and not {"rel", "year"} & candidate.groups.keys():
        # "the fall of the government", "the spring of hope"
        return bool(re.match(r"\s+of\b", text[candidate.end:]))
    if candidate.rule == "year":
        # "1990" before a unit ("1990 shares", "2000 years") is a number, not a year
        following = re.match(r"\s*(%|[a-z]+)", text[candidate.end:candidate.end + 20].lower())
        return bool(following) and following.group(1) in lex["blocked_following_year"]
    if candidate.kind == "offset" and candidate.groups.get("dir", "").lower() in ("after", "before"):
        # "13 days after the bombing": a duration followed by a preposition, not "13 days after"
        return bool(re.match(r"\s*[\w$]", text[candidate.end:]))
    return False


# ---------------------------------------------------------------- calendar arithmetic


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


def direction_of(tense: str | None) -> int:
    return {"past": -1, "completed": -1, "future": 1}.get(tense or "", 0)


def year_for_month(month: int, context: Context, day: int = 1) -> int:
    """The year of a month (and day) given without one: the article's own year if it set one, else the
    nearest such month in the direction of the tense, else the publication year."""
    published = context.published
    if context.context_year and context.context_year < published.year and context.tense != "future":
        return context.context_year
    direction = direction_of(context.tense)
    ahead = (month - published.month) % 12  # months from the publication month forward to this one
    if direction > 0:
        return published.year if (month, day) >= (published.month, published.day) else published.year + 1
    # past tense, or no tense: the latest such month, unless it is only a little ahead (a deadline,
    # a payment date: "payable Dec. 15", "extended to Nov. 20")
    tolerance = {"past": MONTHS_AHEAD_IN_PAST, "completed": -1}.get(context.tense or "", MONTHS_AHEAD_IN_PRESENT)
    if ahead <= tolerance:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


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


# ---------------------------------------------------------------- normalising


def normalise(candidate: Candidate, context: Context) -> Resolved:
    """The TIMEX3 value and type of a candidate; value None when it cannot be resolved."""
    handler = NORMALISERS[candidate.kind]
    return handler(candidate, context)


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
            if rel in ("last", "this past"):
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


def _decade(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    if "decade" in groups:
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
    quarter = lexicon()["quarter_ordinals"][groups["q"].lower()]
    year = next((year_value(groups[key]) for key in ("year", "year2", "year3") if key in groups), None)
    if year is None and "relyear" in groups and context.published:
        year = context.published.year + lexicon()["relative_words"][groups["relyear"].lower()]
    if year is None:
        year = context.context_year or (context.published.year if context.published else None)
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
        anchor = context.reference_day
    elif anchored and reference_date(context.reference):
        anchor = reference_date(context.reference)
    if anchor is None:
        return Resolved(None, "DATE")
    if unit == "D" and not anchored and amount == 0:
        return Resolved(anchor.isoformat(), "DATE")
    return Resolved(shifted(anchor, amount, unit, unit), "DATE")


def _season(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    season = lexicon()["seasons"][groups["season"].lower()]
    year = year_value(groups["year"]) if "year" in groups else None
    published = context.published
    if year is None and published:
        rel = re.sub(r"\s+", " ", groups.get("rel", "").lower())
        first, last = SEASON_MONTHS[season]
        amount = lexicon()["relative_words"].get(rel, 0) if rel else 0
        if rel == "this past":
            amount = -1
        month = published.month if published.month > 2 or season != "WI" else published.month + 12
        year = published.year
        if amount < 0:
            year = published.year if last < month else published.year - 1
        elif amount > 0:
            year = published.year if first > month else published.year + 1
        elif context.context_year:
            year = context.context_year
    return Resolved(f"{year}-{season}" if year else f"XXXX-{season}", "DATE")


def _weekday(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    published = context.published
    weekday = lexicon()["weekdays"][groups["weekday"].lower()]
    pod = lexicon()["parts_of_day"].get(groups.get("pod", "").lower())
    kind = "TIME" if pod else "DATE"
    rel = re.sub(r"\s+", " ", groups.get("rel", "").lower())
    anchored = rel in ("the previous", "the following", "the next", "that")
    anchor = (context.reference_day or published) if anchored else published
    if anchor is None:
        return Resolved(None, kind)
    direction = {"last": -2, "this past": -2, "the previous": -2, "next": 2, "this coming": 2,
                 "the following": 2, "the next": 2, "this": 0}.get(rel)
    if direction is None:
        direction = {"past": -1, "completed": -1, "future": 1, "present": 0}.get(context.tense or "", -1)
    day = weekday_date(anchor, weekday, direction)
    return Resolved(day.isoformat() + (f"T{pod}" if pod else ""), kind)


def _weekend(candidate: Candidate, context: Context) -> Resolved:
    """"the weekend": the last one in a past-tense sentence, else the coming one."""
    if context.published is None:
        return Resolved(None, "DATE")
    saturday = weekday_date(context.published, 6, direction_of(context.tense) or 1)
    return Resolved(at_granularity(saturday, "WE"), "DATE")


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


def _clock(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    base = _base_day(groups, context)
    if "clockword" in groups:
        clock = lexicon()["clock_words"][groups["clockword"].lower()]
    else:
        hour = int(groups["hour"]) % 12 + (12 if groups["ampm"].lower().startswith("p") else 0)
        clock = f"{hour:02d}:{groups.get('minute', '00')}"
    return Resolved(f"{base.isoformat()}T{clock}" if base else None, "TIME")


def _base_day(groups: dict, context: Context) -> dt.date | None:
    if "month" in groups and "day" in groups:
        return parse_day(_date(Candidate("", "date", "DATE", 0, 0, "", {"month": groups["month"], "day": groups["day"]}),
                               context).value)
    if "weekday" in groups:
        return parse_day(_weekday(Candidate("", "weekday", "DATE", 0, 0, "", {"weekday": groups["weekday"]}),
                                  context).value)
    if "deictic" in groups:
        return _deictic_day(groups["deictic"].upper(), context)
    return context.published


def _deictic_day(code: str, context: Context) -> dt.date | None:
    if context.published is None:
        return None
    offset = {"TODAY": 0, "YESTERDAY": -1, "TOMORROW": 1, "LASTWEEK": -7}[code]
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
    day = _deictic_day(day_code, context)
    if day is None:
        return Resolved(None, "TIME")
    if pod == "WE":
        return Resolved(at_granularity(day, "WE"), "DATE")
    return Resolved(f"{day.isoformat()}T{pod}", "TIME")


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


def _duration(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    unit = lexicon()["units"][groups["unit"].lower()]
    amount = number_value(groups["num"]) if "num" in groups else None
    if unit == "2W":
        unit, amount = "W", (amount or 1) * 2
    return Resolved(duration_value(amount, unit), "DURATION")


def duration_value(amount: float | None, unit: str) -> str:
    """P3D, PT5H, P2Y6M, PXY ..."""
    if unit == "DE":
        unit, amount = "Y", amount * 10 if amount is not None else None
    if unit == "CE":
        unit, amount = "Y", amount * 100 if amount is not None else None
    time_unit = {"S": "S", "MIN": "M", "H": "H"}.get(unit)
    prefix = "PT" if time_unit else "P"
    letter = time_unit or unit
    if amount is None:
        return f"{prefix}X{letter}"
    if amount != int(amount):
        if unit == "Y":
            return f"P{int(amount)}Y{int(round((amount % 1) * 12))}M"
        return f"{prefix}{amount:g}{letter}"
    return f"{prefix}{int(amount)}{letter}"


def _set(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    lex = lexicon()
    if "setword" in groups:
        return Resolved(lex["set_words"][groups["setword"].lower()], "SET")
    if "weekdays" in groups or "weekday" in groups:
        name = groups.get("weekday") or groups["weekdays"]
        number = lex["weekdays"].get(name.lower()) or lex["weekday_plurals"][name.lower()]
        pod = lex["parts_of_day"].get(groups.get("pod", "").lower())
        return Resolved(f"XXXX-WXX-{number}" + (f"T{pod}" if pod else ""), "SET")
    if "month" in groups:
        return Resolved(f"XXXX-{month_value(groups['month']):02d}", "SET")
    unit = lex["units"][groups["unit"].lower()]
    return Resolved(duration_value(2 if unit == "2W" else 1, "W" if unit == "2W" else unit), "SET")


NORMALISERS = {
    "date": _date,
    "week_of": _week_of,
    "decade": _decade,
    "century": _century,
    "quarter": _quarter,
    "half": _half,
    "financial": _financial,
    "relative": _relative,
    "season": _season,
    "weekday": _weekday,
    "clock": _clock,
    "weekend": _weekend,
    "holiday": _holiday,
    "deictic": _deictic,
    "day_part": _day_part,
    "day_part_after": _day_part_after,
    "offset": _offset,
    "duration": _duration,
    "set": _set,
}


def granularity_year(value: str | None) -> int | None:
    match = re.match(r"(\d{4})", value or "")
    return int(match.group(1)) if match else None


def timexes(text: str, context: Context) -> Iterator[tuple[Candidate, Resolved]]:
    """Candidates with values, resolved in a fixed context (the stage threads context through itself)."""
    for candidate in find_candidates(text):
        yield candidate, normalise(candidate, context)
