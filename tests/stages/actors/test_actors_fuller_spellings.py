"""A person named first in full, with the "bin" names the knowledge base leaves out, is the person the base knows
by the shorter name (``pipeline.stages.actors.merging._fold_fuller_spellings``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 4)


def _people(doc):
    return sorted(a.name for a in doc._.actors if a.named and a.type == "person")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ('Dr. Majed bin Mohammed Al Ansari, the foreign ministry spokesman, told a briefing in Doha on Tuesday that '
         'talks would resume. "We are hopeful," Al Ansari said.', ["Majed al-Ansari"]),
    ],
)
def test_actors_fuller_spelling_joins_known_person(run_actors, text, people):
    doc = run_actors(text, published=PUBLISHED)
    assert _people(doc) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # another person's name that does not begin as the known one's stays apart
        ('Khalid bin Mohammed Al Ansari, a businessman, met the foreign ministry spokesman on Tuesday. "We are '
         'hopeful," Majed al-Ansari said.', ["Khalid bin Mohammed Al Ansari", "Majed al-Ansari"]),
    ],
)
def test_actors_other_fuller_name_stays_apart(run_actors, text, people):
    doc = run_actors(text, published=PUBLISHED)
    assert _people(doc) == people
