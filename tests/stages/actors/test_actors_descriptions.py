"""Country, sector and role from a phrase's words (``pipeline.stages.actors.descriptions``)."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at

from pipeline.stages.actors.descriptions import country_of_span


@pytest.mark.parametrize(
    ("text", "span", "country"),
    [
        ("Russian forces advanced.", "Russian forces", "RUS"),
        ("The Kremlin denied it.", "The Kremlin", "RUS"),
        ("Talks in Moscow ended.", "Moscow", "RUS"),
        ("The EU imposed sanctions.", "EU", "EU"),
        ("The weather was fine.", "weather", None),
    ],
)
def test_actors_country_of_span(run_actors, text, span, country):
    doc = run_actors(text)
    start = doc.text.index(span)
    assert country_of_span(doc.char_span(start, start + len(span))) == country


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("President Bush met the king in Cairo on Monday.", "Bush", None),  # not a man from the town of Būsh
    ],
)
def test_actors_person_name_is_not_a_city(run_stage, text, name, country):
    doc = run_stage(text)
    (actor,) = [a for a in doc._.actors if name in a.name]
    assert (actor.type, actor.country) == ("person", country)


@pytest.mark.parametrize(
    ("text", "span", "country"),
    [
        ("Colombia's defence minister said the talks would resume.", "Colombia's defence minister", "COL"),
        ("The Chilean president Rafael Montoya visited the port on Friday.", "Rafael Montoya", "CHL"),
        ("Tomas Halvorsen of Bulgaria addressed the summit.", "Tomas Halvorsen", "BGR"),
        ("President Lansana Kouyate of Guinea met the envoy.", "Lansana Kouyate", "GIN"),
        ("The Bulgarian Socialist Party called for early elections.", "Bulgarian Socialist Party", "BGR"),
        ("Bogota's mayor closed the schools after the floods.", "Bogota's mayor", "COL"),
        ("Marta Ilescu, a Romanian diplomat, led the delegation.", "Marta Ilescu", "ROU"),
        ("The Peruvian Congress voted to remove the president.", "Peruvian Congress", "PER"),
        ("Tomas Halvorsen of the village council asked a question.", "Tomas Halvorsen", None),
    ],
)
def test_actors_country_from_the_words_around_a_name(run_actors, text, span, country):
    found = _actors_at(run_actors(text), span)
    assert found and found[0].country == country


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("South Korean troops crossed the line.", "South Korean troops", "KOR"),
        ("The Saudi Arabian envoy left Paris.", "Saudi Arabian envoy", "SAU"),
        ("President Bush spoke on Monday.", "President Bush", None),  # a person's name is no town
        ("The visiting delegation left.", "visiting delegation", None),
        # "States" closing another name is that name's word, not the USA ("the States")
        ("The Council of the Baltic Sea States met.", "Council of the Baltic Sea States", None),
        ("Envoys of the Gulf States met.", "Gulf States", None),
        ("Officials from the States arrived.", "Officials from the States", "USA"),
        ("The United States objected.", "United States", "USA"),
    ],
)
def test_actors_phrase_country_reads_the_same_inside_and_outside_the_stage(base_nlp, text, phrase, country):
    from pipeline.stages.actors.descriptions import phrase_country
    from pipeline.stages.actors.doc_view import _VIEW_KEY, _view

    doc = base_nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    outside = phrase_country(span)  # as other stages call it: from the span's own tokens
    _view(doc)  # as while the actors stage runs
    inside = phrase_country(span)
    doc.user_data.pop(_VIEW_KEY)
    assert outside == inside == country


@pytest.mark.parametrize(
    ("text", "span", "sector"),
    [
        ("The Indian Premier League was suspended for a week.", "Indian Premier League", "NGO"),
        ("The Labour Party leader spoke in Leeds.", "Labour Party leader", "PTY"),
        ("An army accountant was arrested in Lagos.", "army accountant", "MIL"),
    ],
)
def test_actors_person_title_as_modifier_gives_no_sector(run_actors, text, span, sector):
    found = _actors_at(run_actors(text), span)
    assert sector in {a.sector for a in found}, found
