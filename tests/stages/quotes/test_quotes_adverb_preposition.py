"""A participle cue hanging on a preposition that hangs on an adverb ("aside from saying", "apart from
noting") speaks for the subject of the verb that adverb modifies."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, content, speaker", [
    ("Governor Tomas Reyka declined to name a successor, aside from saying he wants someone from the north.",
     "he wants someone from the north", "Tomas Reyka"),
    ("Finance Minister Ana Velic refused to discuss the budget, apart from noting that the deficit had narrowed.",
     "the deficit had narrowed", "Ana Velic"),
])
def test_participle_after_adverb_preposition(quotes_of, text, content, speaker):
    _, quotes = quotes_of(text)
    start = text.index(content)
    rows = [quote for quote in quotes if min(quote.end, start + len(content)) - max(quote.start, start)
            > len(content) // 2]
    assert rows, [(quote.text, quote.speaker) for quote in quotes]
    assert any(speaker.split()[-1] in (quote.speaker or "") for quote in rows), \
        [(quote.text, quote.speaker) for quote in rows]
