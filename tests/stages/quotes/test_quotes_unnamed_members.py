"""One unnamed member of a body the phrase names ("a White House official", "a Pentagon official") speaks for that body
(pipeline/stages/quotes/roles.py, ``unnamed_member_body``). Sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    ("Vance will visit the base next week. A White House official described the trip as \"a chance to learn more "
     "about the island and its security\".", "White House"),
    ("Talks resumed in Doha. A Pentagon official described the strikes as \"a warning to anyone who targets our "
     "troops\".", "Pentagon"),
])
def test_quotes_unnamed_member_speaks_for_the_body(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert direct and {q.speaker for q in direct} == {speaker}
