"""A lone given name after a title or honorific is the one person named before whose name opens with it
(``merging._given_name_match``)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Saudi Foreign Minister Prince Faisal bin Farhan met the envoy. Prince Faisal said talks were useful.",
         "Faisal"),
        ("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met the envoy. Sheikh Mohammed said "
         "progress was slow.", "Sheikh Mohammed"),
    ],
)
def test_actors_titled_given_name_joins_the_full_name(run_actors, text, short):
    doc = run_actors(text)
    assert len([a for a in doc._.actors if a.type == "person"]) == 1


def test_actors_titled_given_name_of_two_people_stays_apart(run_actors):
    doc = run_actors("Minister Ali Hassan met Ali Reza Tabrizi. Minister Ali said the talks failed.")
    assert len([a for a in doc._.actors if a.type == "person"]) == 3
