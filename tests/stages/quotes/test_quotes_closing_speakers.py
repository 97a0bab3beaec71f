"""A quote that opens its paragraph with no cue, after a paragraph whose last sentence says who spoke and no more,
is that speaker's, and so are the paragraphs that continue it (pipeline/stages/quotes/frames.py,
``closing_speaker``). Sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    ("The snow in Tromso had not yet melted when Norway's fisheries minister, Cecilie Myrseth, met us at the quay. "
     "She had just come back from Brussels, and she spoke slowly and with care.\n\n“We have fished these waters for "
     "a thousand years. Nobody in Brussels will tell us how to do it now.\n\n“But we are ready to talk, and we "
     "are ready to listen to our neighbours.”\n\nThe talks resume in March.", "Cecilie Myrseth"),
    ("Tuvalu's prime minister, Feleti Teo, sat down in a small office above the harbour. He talked for an hour "
     "about the sea.\n\n“Every year the water comes a little closer to our houses, and every year we are told "
     "to wait for the next conference.”\n\nTeo leaves for Bonn next week.", "Feleti Teo"),
])
def test_quotes_closing_speaker_says_the_next_quote(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert direct and all(q.speaker == speaker for q in direct)
