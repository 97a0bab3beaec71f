"""A headline over the first paragraph (a known failure), a colon that carries a cue to the next line, and a colon
after a speaker noun's clause, which gives that speaker (pipeline/stages/quotes/frames.py). Sentences written for
these tests (invented names)."""
from __future__ import annotations

import pytest


def spoken(doc, quotes):
    return [(q.text, doc.text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None)
            for q in quotes]


@pytest.mark.parametrize("text, content, speaker", [
    # a headline with no full stop: the parse hangs the next line on "says", which reports the headline's clause
    ("Norland rejects talks with Sarova, minister says\n"
     "The foreign minister of Norland, Anna Berg, said on Tuesday that her country would hold no talks.",
     "that her country would hold no talks", "The foreign minister of Norland, Anna Berg,"),
])
@pytest.mark.xfail(strict=True, reason="known failure: the parse runs a headline with no full stop into the next "
                   "line; keeping contents on their cue's line was measured and cost a PolNeAR DEV match")
def test_quotes_content_of_the_next_line_is_not_the_headline_cue_s(quotes_of, text, content, speaker):
    doc, quotes = quotes_of(text)
    assert (content, speaker) in spoken(doc, quotes)
    assert not [q for q in quotes if q.cue == "says" and q.start > text.index("\n")]


@pytest.mark.parametrize("text", [
    # a colon carries the cue over to the next line
    "The mayor of Dunmore added:\nThe harbour will reopen in the spring and the ferry will run again.",
])
def test_quotes_colon_carries_a_cue_to_the_next_line(quotes_of, text):
    doc, quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["The harbour will reopen in the spring and the ferry will run again"]


@pytest.mark.parametrize("text, speaker", [
    # a speaker noun as the subject of the clause the colon closes
    ('The minister was blunt: "We will not sign this agreement under any pressure."', "The minister"),
    ('The ministry was clear: "No ship will dock in Dunmore until the fees are paid."', "The ministry"),
])
def test_quotes_colon_after_a_speaker_noun_clause(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    assert [speaker for _, speaker in spoken(doc, quotes)] == [speaker]


def test_quotes_colon_after_a_thing_names_no_speaker(quotes_of):
    doc, quotes = quotes_of('The problem was simple: "There is not enough water for every farm in the valley."')
    assert [speaker for _, speaker in spoken(doc, quotes)] == [None]
