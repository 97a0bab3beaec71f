"""The second part of a split quote keeps the first part's speaker when an "according to" report of where the
words came from stands between them (pipeline/stages/quotes/assembly.py, ``direct_quotes``)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    ('“Chile has always respected the border. We have paid dearly for peace," Boric told Petro, according to the '
     'readout issued by the presidency in Santiago. "But these incursions are unacceptable and dangerous.”', "Boric"),
    ('"Our army will not cross the river. We want calm," Ruto told Museveni, according to a statement from State '
     'House. "The next step is up to Kampala and its allies."', "Ruto"),
    ('"We are ready to talk at any time. Our door is open," Lamola told Ramaphosa, according to the minutes released '
     'by the cabinet. "But we will not negotiate under threats of any kind."', "Lamola"),
    # no "according to": as before
    ('"We are ready to talk at any time. Our door is open," Araghchi said. "But we will not negotiate under '
     'threats of any kind."', "Araghchi"),
])
def test_quotes_split_quote_keeps_speaker_past_according_to(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert len(direct) == 2
    assert [doc.text[q.speaker_start:q.speaker_end] for q in direct] == [speaker, speaker]
