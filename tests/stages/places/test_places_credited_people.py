"""The people a byline or a wire's credit line names are writers and editors, not places, though their names are
towns' ("Editing by Lincoln Feast", "By Sydney Brennan"); the town after "in" in a credit line stays a place
(pipeline/stages/places/unplaced_names.py)."""
from __future__ import annotations

import pytest

from pipeline.stages.places.unplaced_names import credited_people


@pytest.mark.parametrize("text, names", [
    ("(Reporting by Tomas Varga; Editing by Lincoln Feast)", ["Tomas Varga", "Lincoln Feast"]),
    ("(Reporting by Ana Ruiz and Jordan Hale in Madrid; Writing by Austin Reyes)",
     ["Ana Ruiz and Jordan Hale", "Austin Reyes"]),
    ("Additional reporting by Victoria Lind, Chester Moss and Paris Quay; editing by Troy Bell.",
     ["Victoria Lind, Chester Moss and Paris Quay", "Troy Bell."]),
    ("Talks ended.\nBy Sydney Brennan\n\nThe ministers met.", ["Sydney Brennan"]),
    ("Talks ended.\nBy Florence Adeyemi and Dale Orr | Harbour Post\n", ["Florence Adeyemi and Dale Orr"]),
    # a paragraph opening "By <day>, <place>" is no byline; "by" inside a sentence is no credit
    ("Talks ended.\nBy Friday, Kyiv had agreed.\n", []),
    ("The decision was made by Chester officials.", []),
])
def test_places_credited_people(text, names):
    assert [text[start:end] for start, end in credited_people(text)] == names


@pytest.mark.parametrize("text, absent, present", [
    ("The ministers met in Lagos on Monday.\n\n(Reporting by Ade Bello in Abuja; Editing by Lincoln Feast)",
     "Lincoln", ("Abuja", "NGA")),
    ("Tarsk and Brelin signed the deal in Geneva.\n\n(Reporting by Emma Farge; Editing by Lincoln Hale)",
     "Lincoln", ("Geneva", "CHE")),
    ("The talks ended in Oslo.\n\n(Reporting by Dallas Green and Ana Ruiz; Editing by Tom Hogue)",
     "Dallas", ("Oslo", "NOR")),
])
def test_places_credit_names_are_no_places(run_stage, text, absent, present):
    places = [(p.name, p.country) for p in run_stage(text)._.places]
    assert present in places and not any(absent in name for name, _ in places)
