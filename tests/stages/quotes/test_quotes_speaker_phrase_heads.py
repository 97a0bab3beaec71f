"""A speaker phrase that names two actors speaks for the one its head names (``speakers.resolve_speaker``): the
name before "of"/"at" and the body after it ("Anna Berg of the Vilnius Institute"), the name after a body's or
title's words ("Vilnius Institute director Anna Berg"). Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    # the head first, the body in a modifier after it
    ("Anna Berg of the Vilnius Institute said the talks were stalled.", "Anna Berg"),
    ("Analyst Anna Berg of the Vilnius Institute said the talks were stalled.", "Anna Berg"),
    ('"The talks are stalled," said Anna Berg of the Vilnius Institute.', "Anna Berg"),
    ("Tomas Varga at the Danube Centre told reporters the ceasefire would hold.", "Tomas Varga"),
    # the head last, the body before it
    ("Vilnius Institute director Anna Berg said the talks were stalled.", "Anna Berg"),
    ("The Danube Centre's Tomas Varga said the ceasefire would hold.", "Tomas Varga"),
])
def test_quotes_speaker_is_the_phrase_head(quotes_of, text, speaker):
    _, quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == [speaker]
