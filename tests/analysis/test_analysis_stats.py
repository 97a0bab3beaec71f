"""pipeline.analysis.stats (`parley stats`): counts, failure reasons and top lists, on small outputs written by hand."""
from __future__ import annotations

import pytest

from hand_made_output import EXPECTED_ROWS
from pipeline.analysis.stats import failure_reason, stats


@pytest.mark.parametrize("status, error, reason", [
    ("failed", "malformed JSON line: Invalid control character at: line 1", "malformed JSON line"),
    ("skipped", "empty text", "empty text"),
    ("failed", None, "failed"),
    ("failed", "", "failed"),
])
def test_inspect_failure_reason_keeps_the_words_before_details(status, error, reason):
    assert failure_reason(status, error) == reason


def test_inspect_stats_counts_rows_statuses_and_failures(output):
    result = stats(output)
    assert result.rows == EXPECTED_ROWS
    assert result.statuses == {"failed": 1, "ok": 2, "skipped": 1}
    assert sorted(result.failures) == [("empty text", 1), ("malformed JSON line", 1)]
    assert result.published == ("2025-05-14", "2025-06-02")


def test_inspect_stats_ranks_actors_and_places_over_articles(flat_output):
    result = stats(flat_output)
    assert result.top_actors[0] == {"name": "Dmitry Peskov", "country": "RUS", "articles": 2, "mentions": 2}
    assert result.top_places[:2] == [  # same mentions: more articles first
        {"name": "Moscow", "country": "RUS", "articles": 2, "mentions": 2},
        {"name": "Ukraine", "country": "UKR", "articles": 1, "mentions": 2},
    ]


def test_inspect_stats_counts_event_types_quad_classes_and_speakers(flat_output):
    result = stats(flat_output)
    assert result.event_types == [("CONSULT", 2), ("ACCUSE", 1)]
    assert result.quad_classes == [(1, 1), (3, 1)]
    assert result.top_speakers == [{"speaker": "Dmitry Peskov", "quotes": 1}]


def test_inspect_stats_top_limits_the_lists(flat_output):
    assert len(stats(flat_output, top=1).top_places) == 1
