"""A pronoun stands for the name set beside a subject role as readily as for a subject ("The prime minister of X,
Y, was more combative. ... he vowed to "..."": he is Y, not a person named as a subject before)
(pipeline/stages/quotes/speakers.py, ``_is_subject``). Sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    ("Special envoy Hanna Mensah said the truce was fragile. The prime minister of the Government of National "
     "Unity, Abdul Hamid Dbeibah, was more combative. In a televised speech on Monday, he vowed to \"finish the job "
     "of dismantling the militias that have held the state hostage\".", "Abdul Hamid Dbeibah"),
])
def test_quotes_pronoun_takes_the_appositive_subject(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert direct and {q.speaker for q in direct} == {speaker}
