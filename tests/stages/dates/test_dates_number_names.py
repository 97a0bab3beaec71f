"""A four-digit number that is a thing's number is no year (pipeline/stages/dates/number_names.py)."""
from __future__ import annotations

import pytest

from pipeline.stages.dates.spans import find_candidates


@pytest.mark.parametrize("text, spans", [
    # the number of a thing
    ("The Security Council adopted Resolution 2085 on Orlan.", []),
    ("The plane, Flight 1549, landed in Tesmar.", []),
    ("Route 1700 to Orlan was closed by the army.", []),
    ("Police searched Room 1905 of the Varga hotel.", []),
    ("Article 1905 of the Tesmar code was repealed.", []),
    # a house number before a street's name
    ("Protesters gathered outside 1600 Varga Avenue in Orlan.", []),
    ("The envoy lives at 1912 Elm St. in Tesmar.", []),
    # years, also after capitalised words that date them or open a sentence
    ("Since 1949, the Orlan alliance has grown.", ["1949"]),
    ("Tesmar Mills grew in Fiscal 2013.", ["Fiscal 2013"]),
    ("The Orlan accord of 1995 still holds.", ["1995"]),
    ("The resolution of 1995 still holds.", ["1995"]),
    ("By 2005 Avenue Capital had doubled its assets.", ["2005"]),
])
def test_number_of_a_thing_is_no_year(text, spans):
    assert [candidate.text for candidate in find_candidates(text)] == spans
