"""Reported speech found in the parse (pipeline/stages/quotes/attribution.py): on a hand-built parse and
through the stage on the model's parse."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.stages.quotes.attribution import clause_attributions


def test_quotes_clause_attribution_from_hand_built_parse():
    nlp = spacy.blank("en")
    words = ["Peskov", "said", "that", "talks", "would", "resume", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, True, True, True, False, False],
              heads=[1, 1, 5, 5, 5, 1, 1], deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct"],
              pos=["PROPN", "VERB", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT"],
              lemmas=["Peskov", "say", "that", "talk", "would", "resume", "."])
    found = list(clause_attributions(doc))
    assert [(doc.text[a.start:a.end], a.cue.text, a.speaker.text) for a in found] == [
        ("that talks would resume", "said", "Peskov")]


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("Peskov said that the talks would resume in Geneva next week.",
     "that the talks would resume in Geneva next week", "Peskov", "said"),
    ("The talks will resume in Geneva next week, Peskov added.",
     "The talks will resume in Geneva next week", "Peskov", "added"),
    ("According to the Kremlin, the talks will resume in Geneva next week.",
     "the talks will resume in Geneva next week", "the Kremlin", "According to"),
    ("The Turkish foreign minister told reporters the talks would resume next week.",
     "the talks would resume next week", "The Turkish foreign minister", "told"),
    ("The talks will resume next week, said the Turkish foreign minister.",
     "The talks will resume next week", "the Turkish foreign minister", "said"),
])
def test_quotes_reported_speech(quotes_of, text, content, speaker, cue):
    doc, quotes = quotes_of(text)
    assert [(q.text, q.direct, doc.text[q.speaker_start:q.speaker_end], q.cue) for q in quotes] == [
        (content, False, speaker, cue)]


@pytest.mark.parametrize("text, contents, speaker", [
    # a parenthetical cue: the clause around it, in its two parts
    ("The latest test, North Korea said, was its biggest yet.", ["The latest test", "was its biggest yet"],
     "North Korea"),
    # a passive cue without an agent has no speaker
    ("North Korea is not thought to be capable of delivering warheads.",
     ["to be capable of delivering warheads"], None),
    # ... and what it says of its subject is an attribution too (the learned passive-subject pattern)
    ("The envoy was accused of leaking the draft to the press.", ["The envoy", "leaking the draft to the press"], None),
])
def test_quotes_parenthetical_and_passive_cues(quotes_of, text, contents, speaker):
    doc, quotes = quotes_of(text)
    assert [q.text for q in quotes] == contents
    assert {None if q.speaker_start is None else doc.text[q.speaker_start:q.speaker_end] for q in quotes} == {speaker}


@pytest.mark.parametrize("text, expected", [
    ("Marco Rubio: I Am Not Interested In Being Vice President.\n\nThe senator spoke on Monday.",
     [("I Am Not Interested In Being Vice President", "Marco Rubio", ":")]),
    # a label that is not a name is no speaker
    ("Bottom line: the talks will not resume before the summer.", []),
])
def test_quotes_name_colon_statement(quotes_of, text, expected):
    doc, quotes = quotes_of(text)
    assert [(q.text, doc.text[q.speaker_start:q.speaker_end], q.cue) for q in quotes if q.cue == ":"] == expected


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("Kyiv's claim that the bridge was hit could not be verified.", "that the bridge was hit", "Kyiv's", "claim"),
    ("The envoy's warning that the truce would collapse went unheeded.", "that the truce would collapse",
     "The envoy's", "warning"),
])
def test_quotes_reporting_nouns(quotes_of, text, content, speaker, cue):
    doc, quotes = quotes_of(text)
    found = [(q.text, doc.text[q.speaker_start:q.speaker_end], q.cue) for q in quotes if q.cue == cue]
    assert found == [(content, speaker, cue)]


@pytest.mark.parametrize("text, content, speaker, cue", [
    # verbs that give their object a name or a verdict: the object and its complement are the content
    ("Berg branded the proposal a cynical attempt to split the alliance.",
     "the proposal a cynical attempt to split the alliance", "Berg", "branded"),
    ("The ministry labelled the report a fabrication from start to finish.",
     "the report a fabrication from start to finish", "The ministry", "labelled"),
    ("The senator hailed the agreement as a victory for both nations.",
     "the agreement as a victory for both nations", "The senator", "hailed"),
])
def test_quotes_naming_verbs_report_their_object(quotes_of, text, content, speaker, cue):
    doc, quotes = quotes_of(text)
    assert [(q.text, q.direct, doc.text[q.speaker_start:q.speaker_end], q.cue) for q in quotes] == [
        (content, False, speaker, cue)]
