"""A thing that speaks and names its author with "by" ("an analysis by X found", "according to a study by X") speaks
for that author; "from" after other nouns names no author. Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    ("According to an analysis by the Halden Institute, turnout rose sharply in the north.", "Halden Institute"),
    ("A study by Marrow University found that the river was polluted.", "Marrow University"),
    # "from" after a common noun says where they are from, not who wrote them
    ("Farmers from Ostrava said that the harvest was poor.", "Farmers"),
])
def test_quotes_thing_speaks_for_its_author(quotes_of, text, speaker):
    _, quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == [speaker]
