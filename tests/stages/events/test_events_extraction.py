"""Dates carried across the sentences of a story (pipeline.stages.events.extraction)."""
from __future__ import annotations

import pytest

from events_stage_docs import _placed, _scene


@pytest.mark.parametrize("text, expected", [
    # an undated event told in the simple past goes on with the day the sentence before it named ...
    ("Talks ended in Doha. Later, officials met again. On Monday, Rwanda cut ties with Belgium. Rwanda accused "
     "Belgium of bias.", ["2025-01-13", "2025-01-13"]),
    # ... but not across a paragraph break, nor when it is told in the present perfect
    ("Talks ended in Doha. Later, officials met again. On Monday, Rwanda cut ties with Belgium.\n\nRwanda accused "
     "Belgium of bias.", ["2025-01-13", None]),
    ("Talks ended in Doha. Later, officials met again. On Monday, Rwanda cut ties with Belgium. Rwanda has accused "
     "Belgium of bias.", ["2025-01-13", None]),
])
def test_events_date_carried_from_the_previous_sentence(base_nlp, text, expected):
    import datetime as dt

    doc = _placed(base_nlp, text, {}, {"Monday": "2025-01-13"}, published=dt.date(2025, 1, 18))
    assert [event.date for event in doc._.events if event.type in {"SANCTION", "ACCUSE"}] == expected


@pytest.mark.parametrize("text, expected", [
    # the day the sentence before gave its event goes on, even when the story's day gave it ("said ... had")
    ("Russia and Ukraine held talks on Friday. The talks lasted two hours. A Ukrainian source said Russia had "
     "demanded a ceasefire. Kyiv rejected the demand.",
     [("CONSULT", None, "2025-01-17"), ("REQUEST", None, "2025-01-17"), ("REJECT", None, "2025-01-17")]),
    # ... but not into a new paragraph
    ("Russia and Ukraine held talks on Friday. The talks lasted two hours. A Ukrainian source said Russia had "
     "demanded a ceasefire.\n\nKyiv rejected the demand.",
     [("CONSULT", None, "2025-01-17"), ("REQUEST", None, "2025-01-17"), ("REJECT", None, None)]),
])
def test_events_date_carried_from_a_dated_report(base_nlp, text, expected):
    assert _scene(base_nlp, text, {}, {"Friday": "2025-01-17"}) == expected
