"""A named person said to head a body takes what the text leaves open from that body: through an appositive headed
by a role word ("X, head of Y", ``ner_names._of_body_after``) or a relative clause ("X, who leads Y",
``ner_names._led_body``); and a name NER took for a body, set after a person's role between commas, is a person."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at


def _people_at(doc, span):
    return [(a.country, a.sector) for a in _actors_at(doc, span) if a.type == "person"]


@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        # a role word with no sector of its own, or a weak one, is of the body after "of"/"for"
        ("Hassan Ali Nur, head of Somalia's intelligence agency, resigned.", "Hassan Ali Nur", "SOM", "SPY"),
        ("Arvo Kask, leader of the Estonian Centre Party, criticised the plan.", "Arvo Kask", "EST", "PTY"),
        ("Pedro Salas, spokesman for the Peruvian army, spoke to reporters.", "Pedro Salas", "PER", "MIL"),
        # a title before the name keeps its own sector
        ("General Karim Haddad, head of the army's intelligence branch, spoke.", "Karim Haddad", None, "MIL"),
    ],
)
def test_actors_appositive_role_reads_the_body_after_it(run_actors, text, span, country, sector):
    assert _people_at(run_actors(text), span) == [(country, sector)]
