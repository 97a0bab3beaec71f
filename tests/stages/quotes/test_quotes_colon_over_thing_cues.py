"""A cue word earlier in the sentence whose subject is a thing ("the pact agreed at the summit") gives way to the
clause a colon closes right before the quote ("she was blunt: '...'") (pipeline/stages/quotes/frames.py,
``quote_frame``)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    ("Asked about the water fund agreed at last year's summit in Nairobi, she was blunt: 'A fund with no money in it "
     "is a press release, not a fund.'", "she"),
    ('Asked about the trade pact agreed at the summit in Lima in May, the minister was blunt: "A pact with no money '
     'behind it is a photo opportunity, nothing more."', "the minister"),
    # a cue whose subject is a person stays the frame
    ('Peskov said: "The agenda is very rich and the talks will be long."', "Peskov"),
])
def test_quotes_colon_clause_speaks_over_a_thing_cue(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert [doc.text[q.speaker_start:q.speaker_end] for q in direct] == [speaker]
