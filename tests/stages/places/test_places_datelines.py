"""Places stage, datelines: the towns a story is filed from, and a dateline naming a site."""
from __future__ import annotations

import pytest

from pipeline.stages.places.toponyms import find_toponyms


@pytest.mark.parametrize("text, expected", [
    ("COLUMBUS, Ohio — Voters decided on Tuesday.", ["COLUMBUS", "Ohio"]),
    # a city with its country
    ("TAIPEI, Taiwan (AP) — The coast guard said it tracked two ships.", ["TAIPEI", "Taiwan"]),
    # plain text that opens with its headline
    ("Port strike ends after talks\n\nLISBON, May 2 (Reuters) - Dockers went back to work.", ["LISBON"]),
    # a story filed from two towns
    ("NAIROBI/KAMPALA, April 8 (Reuters) - The two governments signed a trade pact.", ["NAIROBI", "KAMPALA"]),
    # a town in title case, known as a dateline by its agency
    ("Baku (AFP) - the ministry said on Monday that talks would go on.", ["Baku"]),
    # a site standing for the town it is in
    ("UNITED NATIONS, May 5 (Reuters) - the council met.", ["UNITED NATIONS"]),
    # not datelines: a title-case word with no agency; a first line that is a sentence; an unknown word
    ("Moscow - the capital - hosted the talks.", []),
    ("the talks went on for a day.\nLISBON (Reuters) - the dockers went back.", []),
    ("QWXLZ, May 2 (Reuters) - the dockers went back.", []),
])
def test_places_find_dateline(blank_nlp, gaz, text, expected):
    doc = blank_nlp(text)
    datelines = [t for t in find_toponyms(doc, gaz) if t.source == "dateline"]
    assert [t.text for t in datelines] == expected
    assert all(text[t.start:t.end] == t.text for t in datelines)


def test_places_united_nations_dateline_is_the_headquarters(run_stage):
    doc = run_stage("UNITED NATIONS, May 5 (Reuters) - The Security Council met on Monday. The United Nations said.")
    places = {p.name: p for p in doc._.places}
    assert places["United Nations Headquarters"].country == "USA"
    assert [m.text for m in doc._.place_mentions] == ["UNITED NATIONS"]  # the body itself is no place


@pytest.mark.parametrize("text, expected", [
    # a dateline after the headline, on the same line
    ("Port reopens after storm. LISBON — Dockers went back to work on Monday.", ["LISBON"]),
    ("Mayor opens new library. TORRINGTON -- The doors opened at noon.", ["TORRINGTON"]),
    # the items of a digest, each with its dateline and a colon
    ("Graves damaged. NAIROBI: Vandals broke into a cemetery. Crops lost. KAMPALA: Floods hit farms.",
     ["NAIROBI", "KAMPALA"]),
    # not datelines: capitals that are no place the gazetteer knows, or a place not opening a sentence
    ("Scores are in. UPDATE: The game ended late. FINAL WORD — none.", []),
    ("He flew to LISBON: the talks went on.", []),
])
def test_places_find_dateline_inside_the_text(blank_nlp, gaz, text, expected):
    doc = blank_nlp(text)
    datelines = [t for t in find_toponyms(doc, gaz) if t.source == "dateline"]
    assert [t.text for t in datelines] == expected
