"""A quotation that completes what an inner act wants of someone ("X said Paris expected Rome to “...”") is the outer
speaker's words, not the inner speaker's (pipeline/stages/quotes/assembly.py, ``wished_of``). Sentences written for
these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    ("Foreign ministry spokesman Tomas Brezina said Prague expected the new government to “respect every "
     "agreement signed by its predecessors.”", "Tomas Brezina"),
    ("Spokeswoman Ingrid Solberg said Norway expected both parties to “return to the negotiating table without "
     "preconditions”.", "Ingrid Solberg"),
    ("Deputy spokesman Arvid Holm said Stockholm expected the new cabinet to “honour every commitment made by its "
     "predecessors.”", "Arvid Holm"),
])
def test_quotes_wished_quotation_is_the_outer_speakers(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert direct and all(speaker in (q.speaker or "") for q in direct)
