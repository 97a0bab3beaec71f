"""Pairing quotation marks (pipeline/stages/quotes/marks.py): no model needed."""
from __future__ import annotations

import pytest

from pipeline.stages.quotes.marks import find_quote_marks


def marked(text: str) -> list[str]:
    return [text[quote.start:quote.end] for quote in find_quote_marks(text)]


@pytest.mark.parametrize("text, expected", [
    ('"We expect talks," Peskov said.', ['"We expect talks,"']),
    ("“We expect talks,” Peskov said.", ["“We expect talks,”"]),
    ("«Nous attendons», a dit Macron.", ["«Nous attendons»"]),
    ("The minister said ‘the door is open’ to talks.", ["‘the door is open’"]),
    ("The minister said 'the door is open' to talks.", ["'the door is open'"]),
    ("''The door is open,'' the envoy said.", ["''The door is open,''"]),
    ('"We expect talks," Peskov said, "to resume."', ['"We expect talks,"', '"to resume."']),
])
def test_quote_marks_finds_each_style(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize("text, expected", [
    # apostrophes and possessives are not quotation marks
    ("Moscow’s envoy didn't go and the voters’ mood held.", []),
    ("The ministers' talks and Kyiv's plan.", []),
    # a nested quote stays inside the outer one
    ("“He told me ‘never again’ and left,” she said.", ["“He told me ‘never again’ and left,”"]),
])
def test_quote_marks_apostrophes_and_nesting(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quote running over two paragraphs: no closing mark before the next paragraph's opening one
    ("“We will not give up.\n\n“We will return to the table,” she said.",
     ["“We will not give up.", "“We will return to the table,”"]),
    # one stray mark loses at most its own paragraph's quote, never the next paragraph's
    ('He said "this will pass.\n\nLater: “We are ready,” the envoy said.', ["“We are ready,”"]),
    ("A stray “ mark here. Then “a proper quote” there.", ["“a proper quote”"]),
    ("An unclosed “quote at the end", []),
])
def test_quote_marks_paragraphs_and_bad_marks(text, expected):
    assert marked(text) == expected



@pytest.mark.parametrize("text, expected", [
    # a quote opened with one style and closed with another, split by its attribution
    ('“We are ready," the minister wrote. "The rest is up to them.”',
     ['“We are ready,"', '"The rest is up to them.”']),
    ('"We will sign the deal,” Berg said on Monday. “The rest is up to Oslo."',
     ['"We will sign the deal,”', '“The rest is up to Oslo."']),
    # an opening curly mark used as the closing one at the end of a quote
    ("“The vote is over. We won it.“ Then he left.", ["“The vote is over. We won it.“"]),
    # doubled apostrophes close a curly opener
    ("“The door is open,'' the envoy said.", ["“The door is open,''"]),
    # a straight inch mark after a number closes nothing, and the later quote still pairs
    ("He is 6'3\" tall and said “no way out” today.", ["“no way out”"]),
    # a closing curly mark at the start of a paragraph opens nothing
    ("”Not a quote here. “A real quote,” she said.", ["“A real quote,”"]),
])
def test_quote_marks_pair_mixed_styles(text, expected):
    assert marked(text) == expected
