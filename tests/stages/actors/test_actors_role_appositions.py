"""A role phrase and a name set side by side between commas are one person: the role before the name is a mention
of the named person (``candidates.actor_candidates``), and a name NER missed before a role phrase describing it is
a person (``titles.names_before_roles``)."""
from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Chile's foreign minister, Ana Ruiz, said the talks had failed.", [("Ana Ruiz", True, "CHL", "GOV")]),
        ("The Peruvian defence minister, Tomas Vela, visited the base.", [("Tomas Vela", True, "PER", "GOV")]),
        # a person who is only the possessor of the role ("Ruiz's adviser") does not stop it
        ("Ilham Aliyev met him on Monday. Aliyev's foreign policy adviser, Hikmet Hajiyev, said the talks had "
         "failed.", [("Ilham Aliyev", True, "AZE", "GOV"), ("Hikmet Hajiyev", True, None, "GOV")]),
    ],
)
def test_actors_role_before_a_name_is_that_person(nlp, text, found):
    # the whole pipeline: a later stage resolving a party to the role phrase must find the person there too
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 1, 15)
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert [(a.name, a.named, a.country, a.sector) for a in doc._.actors] == found


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        ("Ana Ruiz, Chile's foreign minister, said the talks had failed.", "Ana Ruiz", [("Ana Ruiz", "CHL", "GOV")]),
        ("Tomas Vela, the Peruvian defence minister, visited the base.", "Tomas Vela", [("Tomas Vela", "PER", "GOV")]),
        # a description no person's title heads makes no person of a name
        ("Puerto Varnel, a port city, welcomed the ships.", "Puerto Varnel", []),
    ],
)
def test_actors_name_before_a_role_phrase(base_nlp, text, name, found):
    from pipeline.stages.actors import ActorStage

    doc = base_nlp.make_doc(text)
    doc._.published = dt.date(2025, 1, 15)
    for _, component in base_nlp.pipeline:
        doc = component(doc)
    doc.ents = []  # as when NER misses the name
    doc = ActorStage(base_nlp)(doc)
    assert [(a.name, a.country, a.sector) for a in doc._.actors if a.named and name in a.name] == found
