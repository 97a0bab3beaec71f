"""What every match of a temporal rule needs: its keys and how far it reads around them.

Read off the parsed rule (Python's own regex parser) by :func:`needed`; the spans
module scans each rule only in windows around its keys, and :func:`is_lower_case`
says whether a rule may be matched against lower-cased text. No rules or lexicon
here: only regular expression trees.
"""
from __future__ import annotations

import re
import sys
from typing import NamedTuple

if sys.version_info >= (3, 11):
    from re import _constants as sre_constants
else:  # pragma: no cover
    import sre_constants


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
