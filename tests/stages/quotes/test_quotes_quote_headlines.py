"""A headline led by a quote names its speaker after a colon ("‘...’: Name rejects claims", "“...”: Name on trade")
(pipeline/stages/quotes/frames.py, ``headline_name_after``). Sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quoted, speaker", [
    ("Home | World\n\n'Our islands are not a bargaining chip': Kausea Natano rejects the plan\n\nFUNAFUTI - Tuvalu's "
     "prime minister on Monday rejected a proposal to lease its waters.", "Our islands are not",
     "Kausea Natano"),
    ("Politics\n\n\"We will not pay for a wall we did not build\": Obrador on migration and trade\n\nMexico's "
     "president said on Tuesday that talks would go on.", "We will not pay for a wall", "Obrador"),
])
def test_quotes_headline_quote_speaker_after_colon(quotes_of, text, quoted, speaker):
    doc, quotes = quotes_of(text)
    found = [q for q in quotes if q.direct and quoted in q.text]
    assert found and speaker in (found[0].speaker or "")
