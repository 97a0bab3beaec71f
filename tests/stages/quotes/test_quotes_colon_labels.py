"""A word a colon closes is a label, not a speaker (``speaker_words.is_label``): a headline's kicker ("Interview:",
"Analysis:") or a briefing transcript's turn tag ("AFP:", "Reuters:"), which the parse may make a second subject of
the cue verb after it; the verb's other subject speaks. Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest


def speakers(quotes):
    return {q.text.strip("\"'“”‘’ ,."): q.speaker for q in quotes}


@pytest.mark.parametrize("text, words, speaker", [
    # a headline's kicker before a quote and an inverted cue
    ("Interview: 'Our region cannot take another war', says regional bloc chief Aldo Ferri\n\nBy Lena Moss\n\n"
     "Aldo Ferri has led the bloc since 2020.", "Our region cannot take another war", "Aldo Ferri"),
    # a transcript's turn tag before a reporter's question that quotes someone
    ("Reuters: Deputy Foreign Minister Ivo Lark said on Monday that \"the president's words do not alter our "
     "policy\" and that he will not apologise. What is your comment?\n\nSpokesperson Mei Tan: The other side is "
     "muddying the waters.", "the president's words do not alter our policy", "Ivo Lark"),
    ("AFP: Defence Minister Carla Dunn told parliament on Tuesday that \"our patrols will continue in those "
     "waters\". How do you respond?\n\nSpokesperson Mei Tan: We urge restraint.",
     "our patrols will continue in those waters", "Carla Dunn"),
])
def test_quotes_colon_label_is_no_speaker(quotes_of, text, words, speaker):
    _, quotes = quotes_of(text)
    found = speakers(quotes)
    assert found.get(words) == speaker, found


WARNS = ("Analysis: 'The ceasefire will not hold past the winter', warns defence analyst Petra Holm\n\n"
         "Petra Holm studies the region's armies.")


def test_quotes_colon_label_never_speaks(quotes_of):
    # the parse makes the kicker the only subject of "warns" (and the name its object): no speaker, not the kicker
    _, quotes = quotes_of(WARNS)
    assert speakers(quotes).get("The ceasefire will not hold past the winter") != "Analysis"


@pytest.mark.xfail(strict=True, reason="known failure: the parse makes the name after an inverted 'warns' its object")
def test_quotes_inverted_cue_with_an_object_speaker(quotes_of):
    _, quotes = quotes_of(WARNS)
    assert speakers(quotes).get("The ceasefire will not hold past the winter") == "Petra Holm"


@pytest.mark.parametrize("text, words, speaker", [
    # a name before a colon that opens the line is its speaker when nothing else is the subject
    ("Spokesperson Mei Tan: The other side is muddying the waters and must stop now.",
     "The other side is muddying the waters and must stop now", "Mei Tan"),
])
def test_quotes_turn_tag_still_speaks_its_turn(quotes_of, text, words, speaker):
    _, quotes = quotes_of(text)
    assert speakers(quotes).get(words) == speaker
