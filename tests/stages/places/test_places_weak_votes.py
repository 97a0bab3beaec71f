"""Places stage, resolution: small towns met without a place label vote for the article's leading state, unless
their name is one ordinary English word ("Central", "Federal", "Spring")."""
from __future__ import annotations

import pytest

from pipeline.stages.places.resolution import _not_a_word, resolve_toponyms
from places_helpers import toponyms_in

LABELLED = ["Greene County", "Jefferson County"]  # counties of a dozen states each


def resolve(gaz, text, names, weak):
    toponyms = [t._replace(source="weak") if t.text in weak else t for t in toponyms_in(text, names)]
    return {r.toponym.text: r.entry for r in resolve_toponyms(text, toponyms, gaz)}


@pytest.mark.parametrize("name, votes", [
    ("Cornersville", True),
    ("Rogersville", True),
    ("Spring Hill", True),  # a name of two words is a name even when its words are ordinary
    ("Central", False),  # an adjective
    ("Federal", False),
    ("Spring", False),  # a verb
    ("Hope", False),
])
def test_places_weak_town_votes(name, votes):
    assert _not_a_word(name) is votes


def test_places_weak_town_breaks_a_tie_of_states(gaz):
    # the labelled names lie in many states alike; the village the model left untagged lies in one of them
    text = "Crews from Greene County and Jefferson County cleared roads near Cornersville."
    resolved = resolve(gaz, text, LABELLED + ["Cornersville"], {"Cornersville"})
    assert {(resolved[name].country, resolved[name].admin1) for name in LABELLED} == {("USA", "TN")}


def test_places_common_word_town_casts_no_vote(gaz):
    # "Central" is a word here, not Central, Tennessee: the readings are those of the labelled names alone
    text = "Crews from Greene County and Jefferson County cleared roads, Central Office said."
    alone = resolve(gaz, text, LABELLED, set())
    with_word = resolve(gaz, text, LABELLED + ["Central"], {"Central"})
    assert {name: with_word[name] for name in LABELLED} == alone


@pytest.mark.parametrize("text, weak, kept", [
    # a village of the state the article names, met without a place label: kept
    ("Storms hit Knoxville, Tennessee, and later Cornersville.", "Cornersville", True),
    # an ordinary word that is also a town of that state: the word, not the town
    ("Storms hit Knoxville, Tennessee, and Central Office staff stayed home.", "Central", False),
])
def test_places_common_word_town_is_not_kept(gaz, text, weak, kept):
    resolved = resolve(gaz, text, ["Knoxville", "Tennessee", weak], {weak})
    assert (weak in resolved) is kept
