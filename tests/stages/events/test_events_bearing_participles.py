"""A thing described by what was done with it bears on whom that was done to (parties.BEARING_PREPS): "lifted the
sanctions imposed on X" acts on X; the participle's author ("held by X") is not whom the act bears on."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Norway decided to lift the sanctions imposed on Chile last year.", ("CONCEDE", {"NOR"}, {"CHL"})),
    ("Canada will not lift the embargo imposed on Cuba.", ("CONCEDE", {"CAN"}, {"CUB"})),
    ("The Dutch government eased restrictions placed on Ghana.", ("CONCEDE", {"NLD"}, {"GHA"})),
    ("Japan will partly lift the sanctions imposed on India and Pakistan.", ("CONCEDE", {"JPN"}, {"IND", "PAK"})),
    # the author of the thing is no target of the act on it
    ("Chile released the prisoners held by Peru.", ("CONCEDE", {"CHL"}, set())),
])
def test_events_participle_names_whom_the_object_bears_on(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events][:1] == [expected]
