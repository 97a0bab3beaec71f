"""A cue the parse joins to the reported clause of another cue ("X said the test was a success and insisted it
...") speaks for that cue's subject when the clause's subject is a thing that says nothing
(pipeline/stages/quotes/speakers.py, ``subject_of``; speaker_words.py, ``is_thing``)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    ('The state news agency said the launch of the new rocket was a success and insisted it "posed no danger to any '
     'neighbouring state."', "The state news agency"),
    ('The army said the operation in the north was over and added that "all units have returned to their bases in '
     'good order."', "The army"),
    # people or groups in the reported clause may speak themselves: as before
    ('Police said the protesters had gathered at dawn and insisted that "the march will go ahead whatever the court '
     'decides."', "the protesters"),
])
def test_quotes_joined_cue_speaks_for_the_reporter(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert [doc.text[q.speaker_start:q.speaker_end] for q in direct] == [speaker]
