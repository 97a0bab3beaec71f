"""A role no one named before holds ("“...,” the envoy said") is the person the next sentences name as a subject
("Maria Lindqvist, a former Swedish diplomat, said ...") (pipeline/stages/quotes/speakers.py, ``named_after``).
Sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    ("UN envoy warns Yemen truce is fraying\n\nNEW YORK, May 3 (Reuters) - The United Nations' top official for "
     "Yemen told the Security Council on Tuesday that the truce was fraying.\n\n\"The fighting around Marib has "
     "grown worse every week, and the ceasefire is holding only in name,\" the envoy said, speaking by video link "
     "from Amman.\n\nHans Lindqvist, a former Swedish diplomat who took up the post last year, said his office had "
     "recorded dozens of violations.", "Hans Lindqvist"),
])
def test_quotes_role_is_the_person_named_next(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert direct and {q.speaker for q in direct} == {speaker}
