"""A pronoun stands for a name the parse left as a sentence's root after a live blog's time line ("11:40 EDT¶President
X, making his debut, offered ... "...," he said."), not for a subject of an earlier entry
(pipeline/stages/quotes/speakers.py, ``_is_subject``). Sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    ("12:15 EDT\nBrazil's Luiz Inacio Lula da Silva replied quickly. Lula said: \"Sovereignty is not negotiable, and "
     "nobody will intimidate Brazil.\"\n\n11:40 EDT\nIndonesian President Prabowo Subianto, making his first "
     "appearance at the assembly, offered to send troops to Gaza as part of any peace force. \"Indonesia is ready "
     "to send 20,000 of our sons and daughters,\" he said.", "Prabowo Subianto"),
])
def test_quotes_pronoun_takes_a_root_name_after_a_time_line(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    found = [q for q in quotes if q.direct and "Indonesia is ready" in q.text]
    assert found and found[0].speaker == speaker
