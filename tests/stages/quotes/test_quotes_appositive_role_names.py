"""A role noun set beside a name by commas speaks as that name ("Its coordinator, Laurent Saint-Cyr, wrote", "The
head of the Council, X, said"): not as a body named inside the role, nor as the role's words
(pipeline/stages/quotes/roles.py, ``appositive_name``). Sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    ("Chad's Transitional Council welcomed the ruling. Its coordinator, Hassan Mahamat, wrote on Facebook that the "
     "vote was \"a message that the region has not forgotten us\".", "Hassan Mahamat"),
    ("The head of the Gulf Cooperation Council, Jasem Albudaiwi, said the meeting would \"open a new page for the "
     "whole region\".", "Jasem Albudaiwi"),
    ("The chairperson of the African Development Bank, Sidi Ould Tah, said the loans \"will reach the poorest "
     "farmers before the rains\".", "Sidi Ould Tah"),
    ("The African Union's commission chairperson, Mahmoud Ali Youssouf, said in a statement: \"The AU remains "
     "ready to support a negotiated solution.\"", "Mahmoud Ali Youssouf"),
    # the parse hangs the name on the body or place that ends the role: the name is still the role's holder
    ("\"This is an act of aggression,\" Norland's ambassador to the UN, Petra Holm, told the Security Council.",
     "Petra Holm"),
    # an indefinite role of one ("a spokeswoman for ...")
    ("\"The door to diplomacy remains open,\" a spokeswoman for the European Commission, Maria Lund, said on "
     "Friday.", "Maria Lund"),
    ("\"No vessel will be turned away,\" a spokesman for the port authority of Dunmore, Ivo Lark, told reporters.",
     "Ivo Lark"),
])
def test_quotes_appositive_name_speaks_for_the_role(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert direct and {q.speaker for q in direct} == {speaker}
