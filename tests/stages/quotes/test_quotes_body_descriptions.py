"""A description of a body ("the ministry", "the bank") stands for the body named before whose name holds that
noun, not for another group named in between (pipeline/stages/quotes/speakers.py, ``resolve_speaker``)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    ('Chile\'s Defence Ministry said Peruvian troops had crossed the line near Tacna overnight. "The Peruvian side '
     'bears the full blame for this incident," the ministry said in a statement.', "Chile's Defence Ministry"),
    ('The Kenyan Foreign Ministry said rebel fighters had seized two villages. "We call on all sides to stop the '
     'fighting now," the ministry said.', "Kenyan Foreign Ministry"),
    ('The National Electoral Commission said opposition parties had filed new complaints. "Every complaint will be '
     'examined in full and in public," the commission said.', "National Electoral Commission"),
    ('The Central Bank of Egypt said foreign investors had bought more bonds this week. "Confidence in the pound has '
     'returned to normal levels," the bank said.', "Central Bank of Egypt"),
])
def test_quotes_body_description_is_the_body_of_that_name(quotes_of, text, speaker):
    _, quotes = quotes_of(text)
    assert [q.speaker for q in quotes if q.direct] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Kenya\'s foreign ministry dismissed the report. Two towns fell last week, according to Uganda\'s Defence '
     'Ministry. The ministry said that its units had "secured the whole of the northern road."', "Uganda's Defence Ministry"),
    ('The Chilean Foreign Ministry rejected the claim. Fighting resumed on Monday, according to the Bolivian Defence '
     'Ministry. The ministry said that its troops had "taken back every post they lost in May."', "Bolivian Defence Ministry"),
])
def test_quotes_body_description_is_the_nearest_body_of_that_name(quotes_of, text, speaker):
    """The nearest body with that noun in its name, even one named outside a subject ("according to ...")."""
    _, quotes = quotes_of(text)
    assert [q.speaker for q in quotes if q.direct] == [speaker]
