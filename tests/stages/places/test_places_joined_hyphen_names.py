"""A hyphenated place name the model tagged only in part ("Gilgit" of "Gilgit-Baltistan") is one toponym when the
gazetteer knows the whole; names joined by a spaced dash stay two (pipeline/stages/places/joined_names.py)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, mention", [
    ("Hotel owners say the tourism trade of Gilgit-Baltistan attractive to investors is still small.",
     "Gilgit-Baltistan"),
    ("The Gilgit-Baltistan government opened two new schools this spring.", "Gilgit-Baltistan"),
])
def test_places_hyphenated_name_is_whole(run_stage, text, mention):
    mentions = [m.text for m in run_stage(text)._.place_mentions]
    assert mention in mentions and "Gilgit" not in mentions


@pytest.mark.parametrize("text, mentions", [
    ("The night train Paris - London was cancelled on Sunday.", {"Paris", "London"}),
])
def test_places_spaced_dash_keeps_two_names(run_stage, text, mentions):
    assert {m.text for m in run_stage(text)._.place_mentions} == mentions
