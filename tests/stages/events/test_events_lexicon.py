"""The events stage's word lists and PLOVER table (pipeline.stages.events.lexicon)."""
from __future__ import annotations

import pytest

from pipeline.stages.events.lexicon import plover_types, quad_class, trigger_rules

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_events_plover_table_has_the_16_types():
    assert set(plover_types()) == PLOVER


def test_events_trigger_lexicon_uses_only_plover_types():
    assert {rule.type for rules in trigger_rules().values() for rule in rules} == PLOVER


def test_events_reference_nouns_refer_to_plover_types():
    from pipeline.stages.events.lexicon import reference_nouns

    assert all(types and set(types) <= PLOVER for types in reference_nouns().values())


@pytest.mark.parametrize("cameo, expected", [("03", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3),
                                             ("14", 4), ("20", 4)])
def test_events_quad_class_follows_cameo_root(cameo, expected):
    assert quad_class(cameo) == expected
