"""A firm named after a small town goes by the town's name alone once the story has given its full name ("Woodside
Energy ... Woodside said"): that lone name is the firm, unless the text makes it a place ("Harwinton, Connecticut",
"the town of Harwinton") (pipeline/stages/places/unplaced_names.py, models/en/place_company_words.txt)."""
from __future__ import annotations

import pytest

from pipeline.stages.places.unplaced_names import company_names


@pytest.mark.parametrize("text, expected", [
    ("Woodside Energy and Santos Ltd signed the deal.", {"Woodside", "Santos"}),
    ("Harbour Shipping Group said on Monday it would cut routes.", {"Harbour Shipping"}),
    ("Kirra Mining closed the pit.", {"Kirra"}),
    # a body that is no firm gives no short name
    ("The Woodside Council met on Monday.", set()),
])
def test_places_company_names(base_nlp, text, expected):
    assert company_names(base_nlp(text)) == expected


def test_places_company_short_name_is_no_town(run_stage):
    text = ("Timor-Leste will hold talks with Woodside Energy next week. Woodside, which leads the venture, favours "
            "Darwin. The boundary treaty was signed in New York in 2018.")
    places = [p.name for p in run_stage(text)._.places]
    assert "Darwin" in places and "Woodside" not in places
