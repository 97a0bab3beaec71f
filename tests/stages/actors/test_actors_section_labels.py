"""A capitalised word alone on its line (bare or in brackets), or a common noun written so ("Background"), is a
page's section label or end mark, no actor (``non_actor_names.names_section_label``)."""
from __future__ import annotations

import pytest

from pipeline.stages.actors.non_actor_names import names_section_label


@pytest.mark.parametrize(("text", "word", "label"), [
    ("ANALYSIS\nKabul says it will finish the canal.", "ANALYSIS", True),
    ("World | Politics\n  EXCLUSIVE  \nThe minister resigned.", "EXCLUSIVE", True),
    # a wire's end mark in brackets
    ("The summit opens on Monday.\n\n(END)\n\nMost viewed", "END", True),
    ("The summit opens on Monday.\n(ENDS)", "ENDS", True),
    # in brackets inside a sentence: an acronym
    ("The party (MORENA) won the vote.", "MORENA", False),
    # in a sentence, or short like an acronym, or not all capitals: a name
    ("Officials at UNICEF said it would help.", "UNICEF", False),
    ("The UN said so.\nIt met.", "UN", False),
    ("Analysis\nThe minister resigned.", "Analysis", False),
])
def test_actors_section_label(base_nlp, text, word, label):
    doc = base_nlp.make_doc(text)
    start = text.index(word)
    assert names_section_label(doc.char_span(start, start + len(word))) is label


def test_actors_known_body_alone_on_its_line_stays(run_actors):
    # the dictionary knows it: the label check never sees it
    assert "North Atlantic Treaty Organization" in [a.name for a in run_actors("NATO\nThe alliance met.")._.actors]


def test_actors_section_label_is_no_actor(run_actors):
    doc = run_actors("ANALYSIS\nThe minister of Peru resigned on Monday.")
    assert [a.name for a in doc._.actors if a.name.isupper() and a.name != "UN"] == []


def test_actors_common_noun_heading_is_no_actor(run_actors):
    # "Background" alone on its line heads a section; a name alone on its line ("Reuters") is no common noun
    doc = run_actors("The vote passed on Monday.\n\nBackground\n\nThe court had ruled in May.\n\nReuters")
    names = [a.name for a in doc._.actors]
    assert "Background" not in names and "Reuters" in names
