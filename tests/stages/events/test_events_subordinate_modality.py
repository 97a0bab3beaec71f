"""An adverbial clause opened by a conjunction ("after X insisted ...", "because Y refused ...") tells an event of its
own: what governs the main clause ("failed to", "will") does not set its modality (modality.is_subordinate_clause)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger, modality", [
    ("Chilean and Peruvian negotiators failed to agree on a plan after Lima insisted that the tariffs be lifted.",
     "insisted", "asserted"),
    ("Chilean and Peruvian negotiators failed to agree on a plan after Lima insisted that the tariffs be lifted.",
     "agree", "negated"),
    ("Chile will reopen the border because Peru withdrew its troops.", "withdrew", "asserted"),
])
def test_events_subordinate_clause_keeps_its_own_modality(code, text, trigger, modality):
    found = {e.trigger.split(" ... ")[-1]: e.modality for e in code(text)._.events}
    assert found.get(trigger) == modality
