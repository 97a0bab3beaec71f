"""Places stage, the spaCy component: factory options, the full pipeline, and a floor on the DEV suite."""
from __future__ import annotations

import pytest

from places_helpers import make_doc


@pytest.mark.parametrize("config, expected", [({}, ["Greer", "South Carolina"]), ({"weak": False}, ["South Carolina"])])
def test_places_stage_factory_options(blank_nlp, config, expected):
    blank_nlp.add_pipe("parley_places", config=config)
    doc = make_doc(blank_nlp.vocab, [("Greer", "NNP", "PROPN", "B-ORG"), (",", ",", "PUNCT", "O"),
                                     ("South", "NNP", "PROPN", "B-GPE"), ("Carolina", "NNP", "PROPN", "I-GPE"),
                                     ("voted", "VBD", "VERB", "O")])
    doc = blank_nlp(doc)
    assert [m.text for m in doc._.place_mentions] == expected
    assert {p.country for p in doc._.places} == {"USA"}


@pytest.mark.parametrize("text, mention, country", [
    ("Kyiv rejected the proposal on Tuesday, officials said.", "Kyiv", "UKR"),
    ("Turkiye said it would host the talks in Istanbul next week.", "Turkiye", "TUR"),
    ("Shelling was reported across the Donbas and in Crimea overnight.", "Crimea", "UKR"),
])
def test_places_pipeline_finds_and_places(run_stage, text, mention, country):
    doc = run_stage(text)
    by_id = {p.place_id: p for p in doc._.places}
    found = {m.text: by_id[m.entity_id] for m in doc._.place_mentions}
    assert mention in found
    assert found[mention].country == country and found[mention].lat is not None
    assert all(doc.text[m.start:m.end] == m.text for m in doc._.place_mentions)


def test_places_dev_suite_smoke(eval_dir, nlp):
    from pipeline.evaluate import evaluate

    figures = evaluate(eval_dir / "places", nlp=nlp, limit=10)
    # a floor well under the measured DEV figures: catches a broken stage, not a small regression
    assert figures["f1"] > 0.6 and figures["acc@161km"] > 0.6
