"""A quotation the parse's reported content only reaches into, or is entirely, still gets its direct row
(pipeline/stages/quotes/assembly.py, ``reaching_into``)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quotation, speaker", [
    # the content cut inside the marks, at a comma
    ('Varga told reporters that Budapest wanted "a truce that holds, not a break before the next offensive."',
     '"a truce that holds, not a break before the next offensive."', "Varga"),
    ('Okafor told journalists that Abuja sought "a pact that lasts, not a pause before the next crisis."',
     '"a pact that lasts, not a pause before the next crisis."', "Okafor"),
    # ... or at a conjunction, with a speech act inside the content: its speaker's words
    ('The presidency said in a statement that Ruto had told Museveni that the two nations should "defend free '
     'trade and respond together to unfair measures."', '"defend free trade and respond together to unfair measures."',
     "Ruto"),
    ('The Danish cabinet said Helsinki had told Oslo that the states should "guard the treaty and answer together '
     'to outside pressure."', '"guard the treaty and answer together to outside pressure."', "Helsinki"),
    # the content is the quoted words, with no cue verb next to the marks
    ('The council rejected the claim and called for "an open, independent and credible inquiry."',
     '"an open, independent and credible inquiry."', "The council"),
])
def test_quotes_quotation_a_content_reaches_into_is_direct(quotes_of, text, quotation, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert [q.text for q in direct] == [quotation]
    assert direct[0].part_of is not None
    assert doc.text[direct[0].speaker_start:direct[0].speaker_end] == speaker
