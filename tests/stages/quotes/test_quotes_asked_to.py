"""A quotation right after "to" completes the reported content of the request before it ("calls on all members of
the council to “...”", where the parse's content is the object alone): a direct row, part of that content
(pipeline/stages/quotes/assembly.py, ``asked_to``)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quotation, speaker", [
    ('The Secretariat calls on all members of the council to "respect the ceasefire and return to the table."',
     '"respect the ceasefire and return to the table."', "The Secretariat"),
    ('The Commission calls on all states in the region to "open their borders to those fleeing the fighting."',
     '"open their borders to those fleeing the fighting."', "The Commission"),
    # a content that already holds the quotation: as before
    ('The UN chief urged both sides to "exercise maximum restraint and avoid any further escalation."',
     '"exercise maximum restraint and avoid any further escalation."', "The UN chief"),
])
def test_quotes_quotation_after_to_completes_the_request(quotes_of, text, quotation, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert [q.text for q in direct] == [quotation] and direct[0].part_of is not None
    assert doc.text[direct[0].speaker_start:direct[0].speaker_end] == speaker
