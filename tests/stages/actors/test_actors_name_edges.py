"""NER's names cut to one name (``pipeline.stages.actors.name_spans.trimmed_name`` and ``_name_text``): no name runs
over a line break or into a bracketed acronym, and none ends with the full stop of its sentence."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 7, 15)
PRESS_RELEASE = """MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF KORVANIA
PRESS RELEASE
Korvan, 15 July 2025

Korvania and Varnia Sign Memorandum of Understanding on Border Management

Foreign Minister Alen Dovar signed the memorandum on Tuesday."""


@pytest.mark.parametrize(
    "text",
    [
        "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF KORVANIA\nPRESS RELEASE\nThe minister met the envoys.",
        PRESS_RELEASE,
        "The Treasury's Office of Foreign Assets Control (OFAC) has sanctioned dozens of officials.",
        "\"We will not yield,\" the minister wrote on X. \"The world is watching.\"",
        "Ukraine's foreign minister rejected the claim. \"Russia is lying,\" he wrote on X.",
    ],
)
def test_actors_names_have_no_breaks_brackets_or_final_stops(run_actors, text):
    doc = run_actors(text, published=PUBLISHED)
    names = [a.name for a in doc._.actors if a.named]
    assert not [name for name in names if "\n" in name or "(" in name or "[" in name or name.endswith(".")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Treasury's Office of Foreign Assets Control (OFAC) has sanctioned dozens of officials.",
         "Office of Foreign Assets Control"),
        (PRESS_RELEASE, "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF KORVANIA"),
        ("\"We will not yield,\" the minister wrote on X. \"The world is watching.\"", "X"),
    ],
)
def test_actors_trimmed_name_kept(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    assert name in [a.name for a in doc._.actors]


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("JOHANNESBURG - Foreign ministers from the Group of 20 opened talks in Johannesburg on Thursday.",
         "JOHANNESBURG"),
        ("NAIROBI — Senior officials from both countries met in Nairobi on Monday.", "NAIROBI"),
    ],
)
def test_actors_no_name_runs_over_a_spaced_dash(run_actors, text, bad):
    doc = run_actors(text, published=PUBLISHED)
    assert not [a.name for a in doc._.actors if bad in a.name]
    assert not [m.text for m in doc._.actor_mentions if bad in m.text]


def test_actors_hyphen_inside_a_name_stays(run_actors):
    doc = run_actors("Iran-backed fighters of Lashkar-e-Taiba attacked the post.", published=PUBLISHED)
    assert "Lashkar-e-Taiba" in [a.name for a in doc._.actors]


@pytest.mark.parametrize(
    ("text", "label", "trimmed"),
    [
        # a page's bar or bullet parts the items of a line: the name stops before it
        ("Related: Andean Trade Agreement | Council conclusions", "Andean Trade Agreement | Council",
         "Andean Trade Agreement"),
        ("Tags: Andean Trade Agreement • Council", "Andean Trade Agreement • Council", "Andean Trade Agreement"),
    ],
)
def test_actors_names_stop_at_item_separators(base_nlp, text, label, trimmed):
    from spacy.tokens import Span

    from pipeline.stages.actors.name_spans import trimmed_name
    doc = base_nlp.make_doc(text)
    start = text.index(label)
    span = doc.char_span(start, start + len(label))
    assert trimmed_name(Span(doc, span.start, span.end, label="ORG")).text == trimmed
