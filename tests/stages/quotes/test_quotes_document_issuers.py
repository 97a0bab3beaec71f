"""A document named with the participle of its issuing ("the readout issued by the presidency said") speaks for the
one who issued it (pipeline/stages/quotes/speakers.py, issuer_of). Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    ("The readout issued by the presidency said the two leaders “agreed to work together on trade and energy.”",
     "the presidency"),
    ("A statement released by the Foreign Ministry of Norland said the talks had been “frank and useful for both sides.”",
     "Foreign Ministry of Norland"),
    ("“The talks were frank and useful for both sides,” said the statement published by the Norland embassy.",
     "the Norland embassy"),
    # the issuer named with "from" or "by" right after the document, as before
    ("A readout from the presidency said the two leaders had agreed to meet again in May.", "the presidency"),
])
def test_quotes_document_speaks_for_its_issuer(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    assert quotes and {q.speaker for q in quotes} == {speaker}
