"""A pull quote names its speaker on the line after it, after a dash ("“...”¶— Name, Title")
(pipeline/stages/quotes/frames.py, ``dash_attribution``). Sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quoted, speaker", [
    ("Ortega told a rally in Leon on Friday that the border was closed. \"We will open it when we are ready,\" "
     "he said.\n\n“No government will dictate the terms of our trade with our neighbours.”\n— Sandra Villalobos, "
     "Foreign Minister of Costa Rica\n\nVillalobos said the two countries would talk.", "No government will dictate",
     "Sandra Villalobos"),
    ("The senator spoke for an hour. \"This is the end of the road for the bill,\" he said.\n\n\"Our farmers "
     "deserve better than another year of promises.\"\n― Maria Okonjo, Agriculture Minister\n\nThe vote is due "
     "in March.", "Our farmers deserve", "Maria Okonjo"),
])
def test_quotes_pull_quote_names_its_speaker_below(quotes_of, text, quoted, speaker):
    doc, quotes = quotes_of(text)
    found = [q for q in quotes if q.direct and quoted in q.text]
    assert found and speaker in (found[0].speaker or "")


def test_quotes_dashed_subheading_is_no_pull_quote_speaker(quotes_of):
    doc, quotes = quotes_of("\"We will not back down from this fight,\" Ortega said.\n\n\"So I think many people here "
                            "fear the change that is coming.\"\n\n– An immigrant himself –.\n\nOrtega lives in Miami.")
    found = [q for q in quotes if q.direct and "So I think" in q.text]
    assert found and found[0].speaker != "An"
