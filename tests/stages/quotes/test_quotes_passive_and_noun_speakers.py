"""Passive subjects as learned attributions, the speaker of a reporting noun in a prepositional phrase, and a
dash that ends a reported content (pipeline/stages/quotes/learned_cues.py, attribution.py). Sentences written for
these tests (invented names)."""
from __future__ import annotations

import pytest

from pipeline.stages.quotes.attribution import noun_attributions, reported_speech
from pipeline.stages.quotes.learned_cues import SEPARATE_KINDS, features, pattern_attributions


@pytest.mark.parametrize("text, content, agent", [
    # a passive without an agent: what is said of the subject, by no one the sentence names
    ("The new tariff was widely criticized in the capital.", "The new tariff", None),
    # a passive with an agent: the agent is the speaker
    ("The harbour plan was rejected by the council of Dunmore.", "The harbour plan", "the council of Dunmore"),
])
def test_quotes_passive_subject_pattern(run_stage, text, content, agent):
    doc = run_stage(text)
    found = [(doc.text[a.start:a.end], a.speaker.text if a.speaker is not None else None)
             for a in pattern_attributions(list(doc)) if a.kind == "passive_subject"]
    assert found == [(content, agent)]


@pytest.mark.parametrize("text", [
    # an active verb has no passive subject, even when it borrows a passive subject ("is expected to win")
    "The mayor praised the new bridge.",
    "Governor Tom Reyes is expected to win the nomination.",
])
def test_quotes_no_passive_subject_pattern_for_active_verbs(run_stage, text):
    doc = run_stage(text)
    assert not [a for a in pattern_attributions(list(doc)) if a.kind == "passive_subject"
                and a.cue[0].lemma_ != "expect"]


def test_quotes_passive_subject_has_weights_of_its_own(run_stage):
    doc = run_stage("The new tariff was widely criticized in the capital.")
    attribution = next(a for a in pattern_attributions(list(doc)) if a.kind == "passive_subject")
    assert "passive_subject" in SEPARATE_KINDS
    assert all(name.startswith("passive_subject:") for name in features(attribution))


@pytest.mark.parametrize("text, content, speaker", [
    # a reporting noun in a prepositional phrase: the subject of the verb the preposition hangs on speaks
    ("The council of Dunmore responded angrily to the claim that the bridge was unsafe.",
     "that the bridge was unsafe", "The council of Dunmore"),
    ("Opposition leaders clung to the hope that the vote would be delayed.",
     "that the vote would be delayed", "Opposition leaders"),
])
def test_quotes_noun_in_a_prepositional_phrase_takes_the_verbs_subject(run_stage, text, content, speaker):
    doc = run_stage(text)
    found = [(doc.text[a.start:a.end], a.speaker.text if a.speaker is not None else None)
             for a in noun_attributions(doc)]
    assert (content, speaker) in found


@pytest.mark.parametrize("text, content", [
    # a dash that sets off the writer's apposition at the content's end, as a comma does
    ("The minister said she opposed the trade pact \u2014 one of the biggest goals of the government.",
     "she opposed the trade pact"),
    ("Senator Ben Ruiz said he backed the harbour plan -- the project the mayor proposed last year.",
     "he backed the harbour plan"),
])
def test_quotes_dash_aside_ends_the_content(run_stage, text, content):
    doc = run_stage(text)
    assert content in [doc.text[a.start:a.end] for a in reported_speech(doc)]
