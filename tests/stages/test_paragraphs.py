"""The paragraph stage: blank lines start sentences, and single line breaks after a line standing on its own."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.stages.paragraphs import mark_paragraphs, paragraph_starts


@pytest.mark.parametrize(
    "words, spaces, expected",
    [
        (["Title", "\n\n", "Body", "."], [False, False, False, False], [2]),
        (["Title", "Body", "."], [False, False, False], []),
        (["Line", "\n", "same", "paragraph", "."], [False, False, True, False, False], []),
        # a single line break after a short line with no closing punctuation (a menu, a title, a byline)
        (["World", "|", "Politics", "\n", "Ports", "reopen"], [True, True, False, False, True, False], [4]),
        (["By", "Ann", "Lee", "\n", "“", "We", "agree"], [True, True, False, False, False, True, False], [4]),
        # ... or after a full stop or a closing quote
        (["They", "met", ".", "\n", "Talks", "ended"], [True, False, False, False, True, False], [4]),
        (["He", "said", "“", "no", ".", "”", "\n", "2", "died"], [True, True, False, False, False, False, False,
                                                                   True, False], [7]),
        # not after a line wrapped at a fixed width, nor one ending in a comma or colon, nor before a small letter
        (["The"] + ["long"] * 14 + ["talks", "between", "the", "two", "sides", "ended", "with", "President", "\n",
                                   "Lee", "."], [True] * 22 + [False, False, False, False], []),
        (["He", "said", ":", "\n", "“", "No"], [True, False, False, False, False, False], []),
        (["Ann", "Lee", ",", "\n", "Minister"], [True, False, False, False, False], []),
        (["One", ".", "\n\n\n", "Two", "."], [False, False, False, False, False], [3]),
        (["End", "\n\n"], [False, False], []),
    ],
)
def test_paragraphs_starts(blank_nlp, words, spaces, expected):
    doc = Doc(blank_nlp.vocab, words=words, spaces=spaces)
    assert paragraph_starts(doc) == expected


def test_paragraphs_parser_keeps_them(nlp):
    assert nlp.pipe_names.index("parley_paragraphs") < nlp.pipe_names.index("parser")
    doc = nlp("Kremlin says talks may resume\n\nWednesday, May 14, 2025\n\nMOSCOW - Talks may resume.")
    assert [sent.text.strip() for sent in doc.sents] == [
        "Kremlin says talks may resume", "Wednesday, May 14, 2025", "MOSCOW - Talks may resume."]


def test_paragraphs_component_sets_sentence_starts(blank_nlp):
    doc = mark_paragraphs(Doc(blank_nlp.vocab, words=["A", "\n\n", "B"], spaces=[False, False, False]))
    assert doc[2].is_sent_start
