"""A cue the parse joins to a reported clause whose subject is a country or capital speaks for the one who reports it
("X told reporters that Chile would look elsewhere and described the move as "..."": X's words)
(pipeline/stages/quotes/speakers.py, ``subject_of``). Sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    ("In Lima, cabinet spokesman Jorge Salas told reporters that Peru would seek other markets and described the ban "
     "as \"a setback, but not a disaster for our fishermen\".", "Jorge Salas"),
    ("Presidential spokeswoman Aline Kabbage told journalists that Brazil would appeal and described the ruling as "
     "\"an insult to every farmer in the south\".", "Aline Kabbage"),
    ("The ministry's spokesman, Rustam Aliyev, told reporters that Tashkent would respond and branded the decision "
     "\"a gross violation of our agreements\".", "Rustam Aliyev"),
])
def test_quotes_place_subject_speaks_through_the_reporter(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert direct and all(speaker in (q.speaker or "") for q in direct)
