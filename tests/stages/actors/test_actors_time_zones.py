"""A time zone's abbreviation right after a clock time is no body (``non_actor_names.names_time_zone``)."""
from __future__ import annotations

import pytest

from pipeline.stages.actors.non_actor_names import names_time_zone


@pytest.mark.parametrize(("text", "word", "zone"), [
    ("Updated Tuesday 4 March 2025, 09:15 EAT", "EAT", True),
    ("The ceasefire starts at 0600 GMT on Friday.", "GMT", True),
    ("Polls close at 8 p.m. CET, officials said.", "CET", True),
    # no clock time before it: a body's acronym
    ("On Friday ECOWAS said the talks would resume.", "ECOWAS", False),
    ("The 2024 AU summit opened.", "AU", False),
    ("The 1994 RPF offensive ended the war.", "RPF", False),
])
def test_time_zone_after_clock_time(base_nlp, text, word, zone):
    doc = base_nlp.make_doc(text)
    start = text.index(word)
    assert names_time_zone(doc.char_span(start, start + len(word))) is zone


def test_actors_time_zone_is_no_actor(run_actors):
    doc = run_actors("Updated Tuesday 4 March 2025, 09:15 EAT\n\nThe talks resumed in Nairobi.")
    assert "EAT" not in [a.name for a in doc._.actors]
