"""What every match of a temporal rule needs (pipeline/stages/dates/rule_keys.py)."""
from __future__ import annotations

import pytest

from pipeline.stages.dates.rule_keys import is_lower_case, needed
from pipeline.stages.dates.rules import sre_parse


@pytest.mark.parametrize("pattern, expected", [
    (r"(?:early\s+)?(?P<month>jan|feb)\s+\d", ({"jan", "feb"}, 10, 9)),  # before: "early" and 5 spaces at most
    (r"(?P<year>1[89]\d\d)'?s", ({"18", "19"}, 0, 6)),
    (r"the\s+weekend", ({"weekend"}, 8, 7)),  # the longer literal is the more selective key
    (r"(?:every|each)\s+week", ({"week"}, 10, 4)),  # one key rather than two
    (r"(?:mon|tues)day", ({"monday", "tuesday"}, 0, 7)),
    (r"\d+\s+years(?=\s+ago)", ({"years"}, 10, 13)),  # the lookahead reads on after the match
    (r"\w+ago", None),  # an unbounded repeat of word characters: no window holds every match
    (r"(?:day)?\s*\d", None),  # nothing every match must hold
])
def test_timex_needed_keys_and_reach(pattern, expected):
    needs = needed(sre_parse.parse(pattern, 0))
    assert (needs and (set(needs.keys), needs.before, needs.after)) == expected


@pytest.mark.parametrize("pattern, expected", [
    (r"(?=\w+£)the\s+[^x]\d", True),
    (r"[A-Z]\d", False),  # upper case letters would not match lower-cased text
    (r"(?:jan|Feb)", False),
    (r"(?<![\w$£€'-])mid-?[a-z]", True),
])
def test_timex_is_lower_case(pattern, expected):
    assert is_lower_case(sre_parse.parse(pattern, 0)) == expected
