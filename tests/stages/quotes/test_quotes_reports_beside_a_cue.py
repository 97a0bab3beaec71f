"""The next quote of a speaker just quoted keeps that speaker over a report inside the sentence of the last quote's
own cue ("'...,' Ramos said, referring to an election the junta has promised. '...'": the junta's promise names
no new speaker) (``pipeline.stages.quotes.assembly.direct_quotes``). Sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quote, speaker", [
    ('"We will not accept a vote that leaves people out," Ramos said, referring to an election the junta has '
     'promised to hold in May. "Peace must come first, then the vote."', "Peace must come first", "Ramos"),
    ('"The border must stay open to aid convoys," Okafor said, referring to a crossing the army has promised to '
     'reopen. "People are starving while we wait."', "People are starving", "Okafor"),
])
def test_quotes_next_quote_keeps_speaker_over_report_beside_cue(quotes_of, text, quote, speaker):
    _, quotes = quotes_of(text)
    assert [q.speaker for q in quotes if quote in q.text] == [speaker]
