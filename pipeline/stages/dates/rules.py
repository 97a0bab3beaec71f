"""The temporal rules and their lexicon, compiled.

The rules (regular expressions) live in ``models/en/temporal_rules.tsv`` and the
word lists they use in ``models/en/temporal_lexicon.json``; the lists fill the
rules' ``{MACROS}``, and each compiled rule carries what every match needs
(``pipeline.stages.dates.rule_keys``) so that it scans only around its keys.
"""
from __future__ import annotations

import functools
import re
import sys
from typing import NamedTuple

if sys.version_info >= (3, 11):
    from re import _parser as sre_parse
else:  # pragma: no cover
    import sre_parse

from pipeline.resources import read_json, read_tsv
from pipeline.stages.dates.rule_keys import Needed, is_lower_case, needed


LEXICON = "temporal_lexicon.json"
RULES = "temporal_rules.tsv"


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
        "QABBR": _alternation(lex["quarter_abbreviations"]),
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
    pattern: str  # the full regular expression, matched case-insensitively
    needs: Needed | None  # what every match holds, None when not known (the rule then scans the whole text)
    lowered: re.Pattern | None  # the same pattern, case-sensitive, for lower-cased text (faster); None if unsafe

    @property
    def regex(self) -> re.Pattern:
        """The rule compiled case-insensitively: needed only where ``lowered`` cannot serve (a text whose windows
        are not exact, or a rule with upper-case literals), so compiled on first use."""
        return _case_insensitive(self.pattern)


@functools.lru_cache(maxsize=None)
def _case_insensitive(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def rules() -> tuple[Rule, ...]:
    table = macros()
    compiled = []
    for row in read_tsv(RULES):
        body = re.sub(r"\{([A-Z]+)\}", lambda m: table[m.group(1)], row["pattern"])
        # a possessive "'s" may follow ("Friday's vote"); any other word character may not
        pattern = rf"(?<![\w$£€'-])(?:{body})(?!\w|-\w)(?!['’](?!s\b)\w)"
        tree = sre_parse.parse(pattern, re.IGNORECASE | re.UNICODE)  # the flags re.compile(pattern, re.I) has
        lowered = re.compile(pattern) if is_lower_case(tree) else None
        compiled.append(Rule(row["rule"], row["kind"], row["type"], pattern, needed(tree), lowered))
    return tuple(compiled)


@functools.lru_cache(maxsize=None)
def all_keys() -> tuple[str, ...]:
    return tuple(sorted({key for rule in rules() if rule.needs for key in rule.needs.keys}))
