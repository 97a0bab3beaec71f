"""Country and IGO codes of party phrases (pipeline.stages.events.codes)."""
from __future__ import annotations

import pytest

from pipeline.knowledge import countries
from pipeline.stages.events.codes import _CODES_KEY, codes_in, text_code
from pipeline.stages.events.extraction import extract_events
from pipeline.stages.events.lexicon import igo_parents


@pytest.mark.parametrize("text, expected", [
    ("Senior Hungarian and Romanian officials", ["HUN", "ROU"]),
    ("the North Korean army", ["PRK"]),
    ("the U.N. envoy", ["UN"]),
    ("the local mayor", []),
])
def test_events_codes_in_party_phrase(blank_nlp, text, expected):
    assert codes_in(blank_nlp(text)) == expected


@pytest.mark.parametrize("text", ["Russia", "the U.S.", "Turkish", "the Kremlin", "Kyiv", "Nato", "the Security Council",
                                  "us", "Kim Jong Un", "the local mayor", "Ankara's", "Côte d'Ivoire"])
def test_events_text_code_agrees_with_the_country_lookups(text):
    # text_code skips names no lookup can find; what it finds must be what the lookups themselves give
    igo = countries.igo_code(text)
    expected = igo_parents().get(igo, igo) if igo else (
        countries.country_code(text) or countries.metonym_code(text) or countries.capital_code(text))
    assert text_code(text) == expected


def test_events_codes_in_memo_is_scoped_to_one_extraction(base_nlp):
    doc = base_nlp("The Iraqi army and Turkish troops clashed near the border with Syria.")
    events = list(extract_events(doc))
    assert events and _CODES_KEY not in doc.user_data  # no memo outside a run: a later change of the Doc is seen
    doc.user_data[_CODES_KEY] = {}
    first = codes_in(doc[1:3])
    first.append("XXX")  # a caller's list is its own
    assert codes_in(doc[1:3]) == ["IRQ"]


@pytest.mark.parametrize("text, expected", [
    # "anti-X" is a stance against a country, not its nationality
    ("Police in Dhaka arrested an anti-India activist.", ("COERCE", {"BGD"}, set())),
    ("Anti-French protesters rallied in Bamako on Saturday.", ("PROTEST", {"MLI"}, set())),
])
def test_events_stance_against_a_country_is_no_nationality(run_stage, text, expected):
    event = next(e for e in run_stage(text)._.events if e.type == expected[0])
    assert (event.type, set(event.source_countries), set(event.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kampuchean", "KHM"), ("Rhodesians", "ZWE"), ("Zairean", "COD"), ("Ceylonese", "LKA"),
])
def test_events_former_country_names_give_demonyms(text, expected):
    assert text_code(text) == expected
