"""A report nested in another report's content is part of that content, not an attribution of its own (annotated
attributions do not nest). Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest

from pipeline.stages.quotes.assembly import Candidate, outermost


@pytest.mark.parametrize("text, content, cue", [
    # a cue verb inside another cue verb's "that" clause
    ("The union argued that the company claimed profits had fallen.",
     "that the company claimed profits had fallen", "argued"),
    ("The council warned that the builders had promised the tower would open in May.",
     "that the builders had promised the tower would open in May", "warned"),
    ("Dr. Lena Voss wrote that her critics insist the trial was flawed.",
     "that her critics insist the trial was flawed", "wrote"),
])
def test_quotes_nested_report_is_part_of_the_outer_content(quotes_of, text, content, cue):
    _, quotes = quotes_of(text)
    assert [(q.text, q.cue) for q in quotes if q.part_of is None] == [(content, cue)]


@pytest.mark.parametrize("spans, kept", [
    ([(0, 50), (20, 40)], [(0, 50)]),  # inside another: dropped
    ([(0, 50), (60, 80)], [(0, 50), (60, 80)]),  # apart: both kept
    ([(0, 50), (0, 50)], [(0, 50), (0, 50)]),  # the same span is no nesting
])
def test_quotes_outermost_keeps_contents_inside_no_other(spans, kept):
    reported = [Candidate(start, end, False, None, None) for start, end in spans]
    assert [(c.start, c.end) for c in outermost(reported, [])] == kept

