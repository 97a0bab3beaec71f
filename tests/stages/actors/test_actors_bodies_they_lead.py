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


@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        ("Arvo Kask, who leads the Estonian Centre Party, criticised the plan.", "Arvo Kask", "EST", "PTY"),
        ("Omar Farah, who commands the Kenyan navy, inspected the port.", "Omar Farah", "KEN", "MIL"),
        # the body's name known to the dictionary or the knowledge base
        ("Omar Farah, who chairs Gazprom, inspected the port.", "Omar Farah", "RUS", "BUS"),
        # what one runs that is no body says nothing of one's country
        ("Rosa Diaz, who runs a bakery in Lima, was interviewed.", "Rosa Diaz", None, None),
        # nor does a clause of another verb
        ("Rosa Diaz, who visited the Peruvian navy, was interviewed.", "Rosa Diaz", None, None),
    ],
)
def test_actors_relative_clause_heading_a_body(run_actors, text, span, country, sector):
    assert _people_at(run_actors(text), span) == [(country, sector)]


def test_actors_body_name_after_a_person_role_is_a_person(base_nlp):
    from spacy.tokens import Span

    from pipeline.stages.actors import ActorStage

    doc = base_nlp("The Kenyan foreign minister, Odhiambo Wekesa, said talks would resume.")
    doc.ents = [Span(doc, 5, 7, label="ORG")]
    doc = ActorStage(base_nlp)(doc)
    found = [(a.type, a.country, a.sector) for a in _actors_at(doc, "Odhiambo Wekesa")]
    assert found == [("person", "KEN", "GOV")]
