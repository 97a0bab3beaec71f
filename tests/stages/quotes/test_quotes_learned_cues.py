"""The learned attribution model (pipeline/stages/quotes/learned_cues.py) through the quotes stage: parse patterns it
adds where the cue lists have nothing, and rule hits it drops because their cue rarely attributes anything.
Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest

from pipeline.stages.quotes.learned_cues import features, pattern_attributions, weights


@pytest.mark.parametrize("text, content, speaker, cue", [
    # a verb's object: praise or blame of a thing ("touted her record")
    ("The mayor of Port Ellis touted her record on public transit at the town hall.",
     "her record on public transit", "The mayor of Port Ellis", "touted"),
    # an intention: "hopes to ..."
    ("Governor Tom Reyes hopes to win the nomination next spring.",
     "to win the nomination next spring", "Governor Tom Reyes", "hopes"),
    # a particle verb with a "that" clause: "pointed out that ..."
    ("The minister pointed out that the reserves had fallen for a third month.",
     "that the reserves had fallen for a third month", "The minister", "pointed"),
    # a vote reported as what the voters want: "voted to ..."
    ("The senators voted to approve the budget on Friday.", "to approve the budget on Friday", "The senators", "voted"),
    # a reporting noun with a possessor, as the object of a verb the data says attributes ("renewed his call for
    # X"): the data says the noun's own rule hit ("call for" X, by "his") is rarely the annotated one
    ("The minister renewed his call for a ceasefire in Gaza.", "his call for a ceasefire in Gaza", "The minister",
     "renewed"),
])
def test_quotes_learned_pattern_is_added(quotes_of, text, content, speaker, cue):
    doc, quotes = quotes_of(text)
    assert [(q.text, q.direct, doc.text[q.speaker_start:q.speaker_end], q.cue) for q in quotes] == [
        (content, False, speaker, cue)]


@pytest.mark.parametrize("text", [
    # a reporting noun the data says is rarely an attribution ("the threat of a strike" is a fact of the story)
    "The threat of a strike hung over the talks in Dunmore.",
    # a belief verb the data says is usually the writer's claim, not an attribution ("voters know that ...")
    "Most voters know that the bridge is closed.",
    # a verb and object that nobody says: nothing to add
    "The company launched a new phone in March.",
])
def test_quotes_learned_model_finds_no_attribution(quotes_of, text):
    _, quotes = quotes_of(text)
    assert quotes == []


@pytest.mark.parametrize("text, kinds", [
    ("Olga Marsh described the agreement as a turning point.", {"dobj", "prep_as"}),
    ("Governor Tom Reyes hopes to win.", {"xcomp"}),
    ("Her claim that the vote was rigged spread fast.", {"noun_that"}),
])
def test_quotes_pattern_kinds_of_a_parse(run_stage, text, kinds):
    doc = run_stage(text)
    assert kinds <= {attribution.kind for attribution in pattern_attributions(list(doc))}


def test_quotes_learned_features_are_weighted(run_stage):
    doc = run_stage("Governor Tom Reyes hopes to win the nomination next spring.")
    hope = next(a for a in pattern_attributions(list(doc)) if a.kind == "xcomp" and a.cue.text == "hopes")
    lemma = hope.cue[0].lemma_.lower()
    names = features(hope)
    assert names[:4] == ["bias", "k=xcomp", f"l={lemma}", f"kl=xcomp|{lemma}"]
    assert weights()[f"kl=xcomp|{lemma}"] > 0
