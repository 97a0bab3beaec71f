"""A description set right before a body's name ("the militant group Hamas") is a mention of that body, which
keeps its name and takes the description's country and sector where it has none."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The militant group Hamas said it would respond.", "Hamas", "PSE"),
        ("Syria's state news agency SANA reported the strike.", "SANA", "SYR"),
        ("The Russian space agency Orbitalis launched the probe.", "Orbitalis", "RUS"),
    ],
)
def test_actors_description_before_a_name_is_one_actor(run_actors, text, name, country):
    doc = run_actors(text)
    assert [(a.name, a.country) for a in doc._.actors] == [(name, country)]
