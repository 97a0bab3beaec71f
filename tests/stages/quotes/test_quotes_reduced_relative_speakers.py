"""A speaker with a reduced relative clause ("The man the police arrested said ...") is the noun it describes, not
the relative clause's subject (pipeline/stages/quotes/speakers.py, ``reduced_relative_subject``). Sentences written
for these tests (invented)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, content, speaker", [
    ("The man the police arrested said he had been in the city for two days.",
     "he had been in the city for two days", "The man"),
    ("The woman the court convicted told reporters that she would appeal the verdict.",
     "that she would appeal the verdict", "The woman"),
    ("The driver the officers stopped claimed that the brakes had failed.", "that the brakes had failed",
     "The driver"),
    # a true relative clause with a cue keeps its own subject as the speaker
    ("The man who the police said had fled was arrested on Monday.", "who the police said had fled", "the police"),
])
def test_quotes_reduced_relative_clause_speaker(quotes_of, text, content, speaker):
    doc, quotes = quotes_of(text)
    assert [(q.text, doc.text[q.speaker_start:q.speaker_end]) for q in quotes] == [(content, speaker)]
