"""Where an object content ends: a learned object pattern takes the complements that say something of the object,
and an object cue's content stops before a verb joined to the cue. Sentences written for these tests (invented
names)."""
from __future__ import annotations

import pytest

from pipeline.stages.quotes.learned_cues import pattern_attributions


@pytest.mark.parametrize("text, cue, content", [
    # a predicate said of the object ("X as Y") is part of the content
    ("Critics cast the senator as a friend of the banks.", "cast", "the senator as a friend of the banks"),
    # a preposition completing the verb ("blamed X on Y")
    ("The governor blamed the outage on hackers.", "blamed", "the outage on hackers"),
    # an adjunct of place or time is not
    ("Voters praised the mayor during the debate.", "praised", "the mayor"),
])
def test_quotes_learned_object_takes_its_complements(run_stage, text, cue, content):
    doc = run_stage(text)
    objects = [doc.text[a.start:a.end] for a in pattern_attributions(list(doc)) if a.kind == "dobj" and a.cue.text == cue]
    assert objects == [content]


@pytest.mark.parametrize("text, content", [
    # "called X Y and <verb> ...": the joined verb is a predicate of its own, not part of what was called
    ("The coach called the referee a disgrace and walked out of the stadium.", "the referee a disgrace"),
    ("The minister urged calm and promised a full inquiry.", "calm"),
    ("Ms. Grey called the ruling a victory and thanked her lawyers.", "the ruling a victory"),
])
def test_quotes_object_content_stops_before_a_joined_verb(quotes_of, text, content):
    _, quotes = quotes_of(text)
    assert content in [q.text for q in quotes]
