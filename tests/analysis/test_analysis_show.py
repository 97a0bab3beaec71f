"""pipeline.analysis.show (`parley show`): one article marked inline and listed, on small outputs written by hand."""
from __future__ import annotations

import pytest

from pipeline.analysis.show import ArticleNotFound, Mark, mark_text, nested_marks, show


@pytest.mark.parametrize("spans, kept, crossing", [
    ([(0, 10), (2, 4), (5, 8)], [(0, 10), (2, 4), (5, 8)], []),  # nested
    ([(0, 4), (4, 8)], [(0, 4), (4, 8)], []),  # touching
    ([(0, 5), (3, 8)], [(0, 5)], [(3, 8)]),  # crossing: the later one is not marked inline
    ([(0, 5), (0, 3)], [(0, 5), (0, 3)], []),  # same start: both nest
    ([(4, 30)], [], [(4, 30)]),  # past the end of the text
])
def test_inspect_nested_marks_drops_crossing_spans(spans, kept, crossing):
    marks = [Mark(start, end, "actor", "x") for start, end in spans]
    inline, left_out = nested_marks(marks, length=20)
    assert [(m.start, m.end) for m in inline] == kept
    assert [(m.start, m.end) for m in left_out] == crossing


@pytest.mark.parametrize("text, marks, expected", [
    ("Peskov said", [Mark(0, 6, "actor", "actor a1")], "[Peskov|actor a1] said"),
    ("He said it.", [Mark(8, 10, "quote", "q1")], "He said <<q1 it>>."),
    ("He said Russia won.", [Mark(8, 18, "quote", "q1"), Mark(8, 14, "place", "place p1")],
     "He said <<q1 [Russia|place p1] won>>."),
    ("no marks", [], "no marks"),
])
def test_inspect_mark_text_brackets_spans(text, marks, expected):
    assert mark_text(text, marks) == expected


def test_inspect_show_marks_every_kind_inline(flat_output):
    text = show(flat_output, "talks")
    assert "[Peskov|actor a1]" in text
    assert "[Istanbul|place p3]" in text
    assert "[Tuesday|date 2025-05-13]" in text
    assert "[met|event e1 CONSULT]" in text
    assert "<<q1 [Russia|place p1]" in text
    assert "\033[" not in text


def test_inspect_show_lists_extractions_with_names(flat_output):
    text = show(flat_output, "talks")
    assert "Dmitry Peskov  type=person country=RUS sector=GOV role=spokesman" in text
    assert "ACCUSE/accuse [asserted]  Moscow (p4) -> Ukraine (p2)" in text
    assert "speaker=Dmitry Peskov (a1) cue=said" in text


def test_inspect_show_colours_when_asked(flat_output):
    assert "\033[1;34m" in show(flat_output, "talks", color=True)


def test_inspect_show_tells_why_an_article_has_no_text(flat_output):
    text = show(flat_output, "broken")
    assert "[failed]" in text and "malformed JSON line" in text and "(no text)" in text


def test_inspect_show_rejects_unknown_ids(flat_output):
    with pytest.raises(ArticleNotFound, match="no article 'nope'"):
        show(flat_output, "nope")
