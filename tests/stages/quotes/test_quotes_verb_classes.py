"""A cue verb too rare in the training data for a weight of its own shares the weight of its VerbNet class
(pipeline/stages/quotes/learned_cues.py, models/en/verb_classes.tsv): "castigated X" is judged as "criticized X" is,
"surmised that X" as "guessed that X". Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest

from pipeline.stages.quotes.learned_cues import features, pattern_attributions, verb_classes, weights


@pytest.mark.parametrize("text, content, speaker, cue", [
    # a verb of judging (judgment-33.1) with its object: what is judged is the content
    ("Senator Ruth Okafor castigated the housing plan of the council.", "the housing plan of the council",
     "Senator Ruth Okafor", "castigated"),
    ("The governor commended the firefighters for their work.", "the firefighters for their work", "The governor",
     "commended"),
    # a verb of guessing (conjecture-29.5) with a "that" clause
    ("Analyst Vera Lind surmised that the bank would cut rates in March.", "that the bank would cut rates in March",
     "Analyst Vera Lind", "surmised"),
])
def test_quotes_rare_cue_verb_shares_its_class_weight(quotes_of, text, content, speaker, cue):
    doc, quotes = quotes_of(text)
    lemma = doc[[token.text for token in doc].index(cue)].lemma_.lower()
    assert f"l={lemma}" not in weights()  # the verb has no weight of its own: its class carries it
    assert [(q.text, q.direct, doc.text[q.speaker_start:q.speaker_end], q.cue) for q in quotes] == [
        (content, False, speaker, cue)]


@pytest.mark.parametrize("lemma, verb_class", [
    ("say", "say-37.7"),
    ("grumble", "complain-37.8"),
    ("castigate", "judgment-33.1"),
    ("describe", "characterize-29.2"),
])
def test_quotes_verb_classes_list_verbnet_classes(lemma, verb_class):
    assert verb_class in verb_classes()[lemma]


@pytest.mark.parametrize("text, cue, kind, has_classes", [
    # a verb's classes are features, alone and with the pattern's kind
    ("Senator Ruth Okafor castigated the plan.", "castigated", "dobj", True),
    # a noun's are not: VerbNet lists verbs
    ("Her claim that the vote was rigged spread fast.", "claim", "noun_that", False),
])
def test_quotes_verb_class_features(run_stage, text, cue, kind, has_classes):
    doc = run_stage(text)
    attribution = next(a for a in pattern_attributions(list(doc)) if a.kind == kind and a.cue.text == cue)
    names = features(attribution)
    class_names = [name for name in names if name.startswith(("c=", "kc="))]
    if has_classes:
        assert "c=judgment-33.1" in class_names and f"kc={kind}|judgment-33.1" in class_names
    else:
        assert class_names == []
