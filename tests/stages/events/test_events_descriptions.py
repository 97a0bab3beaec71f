"""An event noun inside a noun phrase set beside a party to say what it is is background, like a relative clause
(selection.in_description): "Chile, a signatory to the 1929 treaty with Peru, called for calm" tells of no treaty
signed now."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Chile, a signatory to the 1929 treaty with Peru, called for calm.", []),
    ("Chile, a longtime critic of the sanctions on Peru, signed a trade deal with Bolivia.", ["AGREE"]),
    ("Chile signed a treaty with Peru.", ["AGREE"]),
])
def test_events_event_noun_in_a_description_is_background(code, text, expected):
    assert [e.type for e in code(text)._.events] == expected
