"""A document brought in before with its issuer ("a readout issued by X") speaks for that issuer when a later
sentence names it alone ("the readout said") (pipeline/stages/quotes/speakers.py, ``earlier_issuer``)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    ('According to a readout issued by the Kenyan presidency, the two leaders "agreed to expand trade in tea, coffee '
     'and flowers." Washington had raised tariffs in May. They also "discussed the situation in the Horn of Africa at '
     'length," the readout said.', "Kenyan presidency"),
    ('In a statement released by the Foreign Office, Britain said the envoy had been summoned. Moscow denied any '
     'wrongdoing. "The envoy was told that such conduct is wholly unacceptable," the statement said.', "Foreign Office"),
    ("The memo, written by the Pentagon's policy office, was sent to Congress in March. Senators criticised the plan. "
     '"The department does not intend to close any base in the next decade," the memo said.',
     "Pentagon's policy office"),
])
def test_quotes_document_speaks_for_its_earlier_issuer(quotes_of, text, speaker):
    _, quotes = quotes_of(text)
    assert [q.speaker for q in quotes if q.direct][-1] == speaker
