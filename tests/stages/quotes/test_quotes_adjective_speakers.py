"""A cue verb hanging on an adjective ("X were more likely to say", "X was quick to claim") is said by the subject of
the adjective's verb. Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, content, speaker", [
    ("Most farmers in the valley were more likely to say that the drought was the main threat.",
     "that the drought was the main threat", "Most farmers"),
    ("Senator Oda Lind was not willing to say whom she would back.", "whom she would back", "Senator Oda Lind"),
    ("The governor was quick to claim that the budget was balanced.", "that the budget was balanced", "The governor"),
    ("Residents are eager to point out that the river has flooded twice.", "that the river has flooded twice",
     "Residents"),
])
def test_quotes_cue_on_an_adjective_takes_the_subject(quotes_of, text, content, speaker):
    doc, quotes = quotes_of(text)
    assert [(q.text, doc.text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None)
            for q in quotes] == [(content, speaker)]
