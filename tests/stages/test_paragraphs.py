"""The paragraph stage: blank lines start sentences; single line breaks do not."""
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
