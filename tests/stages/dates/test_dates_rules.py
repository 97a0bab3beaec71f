"""The compiled temporal rules (pipeline/stages/dates/rules.py)."""
from __future__ import annotations

from pipeline.stages.dates.rules import rules


def test_timex_every_rule_scans_around_keys():
    # a rule without keys would scan every text whole again: the dates stage's old cost
    assert [rule.name for rule in rules() if rule.needs is None or rule.lowered is None] == []
