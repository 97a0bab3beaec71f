"""The evaluation harness: span matching, P/R/F1, and the domain suite's scoring by name."""
from __future__ import annotations

import pandas as pd
import pytest

from pipeline.evaluate import nulls_as_none, scorer_for
from pipeline.evaluate.domain import normalize, score as score_domain
from pipeline.evaluate.matching import align, prf, spans_match
from pipeline.output.schema import TABLES


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ((0, 10), (0, 10), True),
        ((0, 10), (5, 10), True),  # overlap 5 of the longer 10
        ((0, 10), (6, 10), False),  # overlap 4 of 10
        ((0, 4), (4, 8), False),  # touching is not overlapping
        ((10, 20), (0, 30), False),  # 10 of 30
    ],
)
def test_evaluate_spans_match_half_of_longer(a, b, expected):
    assert spans_match(*a, *b) is expected


def test_evaluate_prf_and_empty_cases():
    assert prf(3, 4, 3, 6) == pytest.approx({"precision": 0.75, "recall": 0.5, "f1": 0.6})
    assert prf(0, 0, 0, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


@pytest.mark.parametrize("counts, f1", [
    ((60, 77, 60, 73), 0.8),  # 120 / 150 exactly: through rounded P and R it came out 0.7999999999999999
    ((3, 4, 3, 6), 0.6),
    ((2, 5, 3, 4), 2 * 0.4 * 0.75 / 1.15),  # different matched counts on each side
    ((0, 5, 0, 4), 0.0),
    ((0, 0, 0, 4), 0.0),
])
def test_evaluate_f1_from_counts(counts, f1):
    assert prf(*counts)["f1"] == pytest.approx(f1, abs=1e-15)


def test_evaluate_f1_meets_a_target_it_equals():
    assert prf(60, 77, 60, 73)["f1"] >= 0.8


def test_evaluate_align_is_one_to_one():
    pairs = align([1, 1, 2], [1, 2], lambda p, g: p == g)
    assert pairs == [(1, 1), (2, 2)]


@pytest.mark.parametrize("text, expected", [("The Kremlin", "kremlin"), ("U.S.", "u s"), ("Zelenskiy's", "zelenskiy s"),
                                            ("Türkiye", "turkiye")])
def test_evaluate_normalize(text, expected):
    assert normalize(text) == expected


def test_evaluate_unknown_suite_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown suite"):
        scorer_for("/tmp/not_a_suite")


def frames(**rows) -> dict[str, pd.DataFrame]:
    return {name: nulls_as_none(pd.DataFrame(rows.get(name, []), columns=schema.names))
            for name, schema in TABLES.items()}


GOLD = {
    "id": "g1",
    "actors": [
        {"name": "Dmitry Peskov", "type": "person", "country": "RUS", "aliases": ["Peskov", "Dmitry Peskov"]},
        {"name": "NATO", "type": "organization", "country": None, "aliases": ["NATO"]},
    ],
    "places": [{"name": "Istanbul", "country": "TUR", "kind": "city", "aliases": ["Istanbul"]}],
    "dates": [{"text": "Tuesday", "value": "2025-05-20"}],
    "quotes": [{"speaker": "Dmitry Peskov", "text": "We expect the delegations to meet soon"}],
    "events": [{"type": "CONSULT", "source": ["RUS", "UKR"], "target": [], "place": "Istanbul",
                "date": "2025-05-20", "modality": "planned"}],
}


def test_evaluate_domain_scores_by_name():
    tables = frames(
        actors=[dict(article_id="g1", actor_id="a1", name="Dmitry Peskov", type="person", country="RUS"),
                dict(article_id="g1", actor_id="a2", name="Peskov", type="person", country="RUS"),  # a split
                dict(article_id="g1", actor_id="a3", name="Spokesman", type="person", country=None)],  # spurious
        mentions=[dict(article_id="g1", entity_id="a1", kind="actor", text="Dmitry Peskov", start=0, end=13),
                  dict(article_id="g1", entity_id="p1", kind="place", text="Istanbul", start=20, end=28)],
        places=[dict(article_id="g1", place_id="p1", name="Istanbul", kind="city", country="TUR")],
        dates=[dict(article_id="g1", text="on Tuesday", start=30, end=40, value="2025-05-20", type="DATE")],
        quotes=[dict(article_id="g1", quote_id="q1", text="We expect the delegations to meet", start=50, end=80,
                     direct=True, speaker="Dmitry Peskov")],
        events=[dict(article_id="g1", event_id="e1", type="CONSULT", source_ids=["p1"], target_ids=[],
                     source_countries=["RUS", "UKR"], target_countries=[], place_id="p1", date="2025-05-20",
                     modality="possible")],
    )
    figures = score_domain([{"id": "g1"}], {"g1": GOLD}, tables)
    assert figures["actors_recall"] == 0.5 and figures["actors_precision"] == pytest.approx(2 / 3)
    assert figures["actors_split"] == 1.0 and figures["actors_country_accuracy"] == 1.0
    assert figures["places_f1"] == 1.0 and figures["places_country_accuracy"] == 1.0
    assert figures["dates_f1"] == 1.0 and figures["dates_value_accuracy"] == 1.0
    assert figures["quotes_f1"] == 1.0 and figures["quotes_speaker_accuracy"] == 1.0
    assert figures["events_type_f1"] == 1.0
    assert figures["events_parties_accuracy"] == 1.0 and figures["events_place_accuracy"] == 1.0
    assert figures["events_date_accuracy"] == 1.0 and figures["events_modality_accuracy"] == 0.0


@pytest.mark.parametrize("row, precision", [
    (dict(text="last week", value="2025-W20", type="DATE"), 1.0),  # a week is no calendar date: left out
    (dict(text="for three days", value="P3D", type="DURATION"), 1.0),  # a duration: left out
    (dict(text="May 2", value="2025-05-02", type="DATE"), 0.5),  # a calendar day the gold lacks: a false one
    (dict(text="at noon on May 2", value="2025-05-02T12:00", type="TIME"), 0.5),  # a day with a time counts
])
def test_evaluate_domain_counts_calendar_dates_only(row, precision):
    tables = frames(dates=[dict(article_id="g1", text="on Tuesday", start=30, end=40, value="2025-05-20",
                                type="DATE"), dict(article_id="g1", start=50, end=60, **row)])
    figures = score_domain([{"id": "g1"}], {"g1": GOLD}, tables)
    assert (figures["dates_precision"], figures["dates_recall"]) == (precision, 1.0)


def test_evaluate_domain_nothing_found_scores_zero():
    figures = score_domain([{"id": "g1"}], {"g1": GOLD}, frames())
    assert all(value == 0.0 for value in figures.values())


def _event_row(type_, sentence, sources=(), targets=()):
    from types import SimpleNamespace

    return SimpleNamespace(type=type_, sentence=sentence, source_countries=list(sources), target_countries=list(targets))


PAIRING_CASES = [
    # the system event whose sentence holds the gold trigger is the same event, even sharing fewer parties
    ("trigger before parties",
     [{"type": "CONSULT", "trigger": "peace talks", "source": ["RUS", "UKR"]}],
     [_event_row("CONSULT", "Leaders met in Ankara.", ["RUS", "UKR"]),
      _event_row("CONSULT", "Peace talks could resume on Tuesday.", ["RUS"])],
     [(0, 1)]),
    # chosen best first over the article: the first gold event does not take the row the second fits
    ("best first, not gold order",
     [{"type": "ACCUSE", "trigger": "blamed", "source": ["ISR"]},
      {"type": "ACCUSE", "trigger": "accused", "source": ["IRN"], "target": ["ISR"]}],
     [_event_row("ACCUSE", "Iran accused Israel of the strike.", ["IRN"], ["ISR"]),
      _event_row("ACCUSE", "Israel blamed militants.", ["ISR"])],
     [(0, 1), (1, 0)]),
    # types never mix, and each side is used once
    ("same type only",
     [{"type": "ASSAULT", "trigger": "shelled"}, {"type": "ASSAULT", "trigger": "struck"}],
     [_event_row("ASSAULT", "Troops shelled the town."), _event_row("SANCTION", "They struck a deal.")],
     [(0, 0)]),
]


@pytest.mark.parametrize("name,gold,rows,expected", PAIRING_CASES, ids=[case[0] for case in PAIRING_CASES])
def test_evaluate_domain_event_pairing(name, gold, rows, expected):
    from pipeline.evaluate.domain import _pair_events

    pairs = _pair_events(gold, rows)
    assert [(gold.index(event), rows.index(row)) for event, row in pairs] == expected


def test_evaluate_halves_are_fixed_and_balanced():
    from pipeline.evaluate import half_of

    ids = [f"suite:{n:05d}" for n in range(2000)]
    tune = [article_id for article_id in ids if half_of(article_id) == "tune"]
    assert 900 <= len(tune) <= 1100
    assert all(half_of(article_id) == half_of(article_id) for article_id in ids[:50])
    assert {half_of(article_id) for article_id in ids} == {"tune", "check"}


def _actor_case(country, start=0, end=12):
    return {"text": "x", "start": start, "end": end, "country": country, "sector": None}


def test_evaluate_halves_split_the_cases(tmp_path):
    import json

    from pipeline.evaluate import evaluate, half_of

    suite = tmp_path / "actors"
    suite.mkdir()
    ids = [f"case:{n}" for n in range(40)]
    (suite / "articles.jsonl").write_text("".join(json.dumps({"id": i, "text": "Body said."}) + "\n" for i in ids))
    (suite / "gold.jsonl").write_text("".join(json.dumps({"id": i, "actors": [_actor_case("RUS", 0, 4)]}) + "\n"
                                              for i in ids))
    right = {i for i in ids[::3]}
    tables = frames(
        actors=[dict(article_id=i, actor_id="a1", name="Body", type="organization", country="RUS") for i in right],
        mentions=[dict(article_id=i, entity_id="a1", kind="actor", text="Body", start=0, end=4) for i in right],
    )
    figures = evaluate(suite, tables=tables, halves=True)
    for half, scored in figures["halves"].items():
        kept = [i for i in ids if half_of(i) == half]
        assert scored["country_cases"] == len(kept)
        assert scored["country_accuracy"] == pytest.approx(len(right & set(kept)) / len(kept))
    assert sum(h["country_cases"] for h in figures["halves"].values()) == figures["country_cases"] == 40
