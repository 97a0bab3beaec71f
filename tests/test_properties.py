"""Properties over arbitrary text: the pipeline never raises, every offset is valid, reruns agree."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.nlp import make_doc
from pipeline.output.rows import doc_rows

pytestmark = pytest.mark.slow

# news-like fragments mixed with arbitrary unicode, so that the stages have something to find
FRAGMENTS = st.sampled_from([
    "Kremlin spokesman Dmitry Peskov said", " \"We expect talks,\" ", "on Tuesday", " in Istanbul ",
    "Russia and Ukraine agreed", "\u201cNo comment\u201d", "\u00abNon\u00bb", " \u200b\u200f\u202e ", "\U0001F600",
    "\n\n", "'", "\"", " March 10th ", " the next day ", "he added.", "according to NATO,", "\x07\x1b",
])
TEXTS = st.lists(st.one_of(FRAGMENTS, st.text(max_size=30)), max_size=25).map("".join)

SPAN_TABLES = {  # table -> (text column, start column, end column)
    "mentions": [("text", "start", "end")],
    "dates": [("text", "start", "end")],
    "quotes": [("text", "start", "end"), (None, "speaker_start", "speaker_end"), ("cue", "cue_start", "cue_end")],
    "events": [("trigger", "trigger_start", "trigger_end"), ("sentence", "sentence_start", "sentence_end")],
}


def process(nlp, text):
    return doc_rows(nlp(make_doc(nlp, text, published=dt.date(2025, 5, 14), article_id="x")), "x")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_properties_offsets_valid_and_reruns_identical(nlp, text):
    rows = process(nlp, text)
    for table, spans in SPAN_TABLES.items():
        for row in rows[table]:
            for text_column, start_column, end_column in spans:
                start, end = row[start_column], row[end_column]
                if start is None:
                    continue
                assert 0 <= start <= end <= len(text), (table, row)
                if text_column is not None and row[text_column] is not None:
                    assert text[start:end] == row[text_column], (table, row)
    ids = {row["actor_id"] for row in rows["actors"]} | {row["place_id"] for row in rows["places"]}
    for event in rows["events"]:
        assert set(event["source_ids"]) | set(event["target_ids"]) <= ids
    assert rows == process(nlp, text)
