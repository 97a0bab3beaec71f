"""The Parquet writer: atomic parts, commit by the articles part, recovery and locking."""
from __future__ import annotations

import datetime as dt
import json
import os
import stat

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.records import InputArticle
from pipeline.output.rows import article_row
from pipeline.output.writer import DatasetWriter, OutputLocked


def batch(article_id: str, published=dt.date(2025, 1, 15)) -> dict[str, list[dict]]:
    article = InputArticle(article_id, "test", "Peskov spoke.", published=published)
    return {
        "articles": [article_row(article)],
        "actors": [{"article_id": article_id, "actor_id": "a1", "name": "Dmitry Peskov", "type": "person",
                    "country": "RUS", "sector": "GOV", "role": "spokesman", "known": True}],
        "events": [{"article_id": article_id, "event_id": "e1", "type": "CONSULT", "mode": None,
                    "source_ids": ["a1"], "target_ids": [], "source_countries": ["RUS"], "target_countries": [],
                    "place_id": None, "date": None, "trigger": "talks", "trigger_start": 0, "trigger_end": 5,
                    "modality": "planned", "sentence": "Peskov spoke.", "sentence_start": 0, "sentence_end": 13}],
    }


def test_writer_tables_read_back_with_types_and_metadata(tmp_path):
    with DatasetWriter(tmp_path, metadata={"model": "m", "model_version": "1"}) as writer:
        writer.write_batch("b1", batch("x"))
        writer.finish()
    articles = pd.read_parquet(tmp_path / "articles")
    assert articles.loc[0, "published"] == dt.date(2025, 1, 15)
    events = pd.read_parquet(tmp_path / "events")
    assert list(events.loc[0, "source_ids"]) == ["a1"]
    assert len(pd.read_parquet(tmp_path / "quotes")) == 0  # every table exists, even when empty
    info = json.loads(pq.read_schema(next((tmp_path / "actors").glob("*.parquet"))).metadata[b"parley"])
    assert info["model"] == "m" and info["schema_version"]


def test_writer_recover_removes_uncommitted_parts(tmp_path):
    with DatasetWriter(tmp_path) as writer:
        writer.write_batch("b1", batch("x"))
        rows = batch("y")
        writer._write_part("actors", None, "part-b2.parquet", rows["actors"])  # a batch killed before its commit
        (tmp_path / "events" / ".tmp-1-part-b3.parquet").write_bytes(b"half a file")
        assert writer.recover() == 2
        assert set(writer.done_articles()) == {"x"}
    assert list(pd.read_parquet(tmp_path / "actors")["article_id"]) == ["x"]


def test_writer_partition_by_month(tmp_path):
    with DatasetWriter(tmp_path, partition_by="month") as writer:
        writer.write_batch("b1", {k: v + batch("y", dt.date(2025, 2, 1))[k] for k, v in batch("x").items()})
    assert sorted(p.name for p in (tmp_path / "events").iterdir()) == ["month=2025-01", "month=2025-02"]
    one_month = pd.read_parquet(tmp_path / "events" / "month=2025-02")
    assert list(one_month["article_id"]) == ["y"]


def test_writer_refuses_a_second_writer(tmp_path):
    with DatasetWriter(tmp_path):
        with pytest.raises(OutputLocked, match="another parley run"):
            with DatasetWriter(tmp_path):
                pass
    with DatasetWriter(tmp_path):  # released after the first one ends
        pass


def test_writer_rejects_unknown_partition(tmp_path):
    with pytest.raises(ValueError):
        DatasetWriter(tmp_path, partition_by="weekday")


def test_writer_files_follow_the_umask(tmp_path):
    previous = os.umask(0o027)
    try:
        with DatasetWriter(tmp_path) as writer:
            writer.write_batch("b1", batch("x"))
    finally:
        os.umask(previous)
    modes = {stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "articles").glob("*.parquet")}
    assert modes == {0o640}


# in a fresh interpreter (this module imports pandas): a batch of lists of every column type, as the runner writes
_WITHOUT_PANDAS = """
import datetime as dt, sys, pathlib
import pyarrow as pa
from pipeline.output.rows import article_row
from pipeline.output.writer import DatasetWriter, skip_pandas_check
from pipeline.records import InputArticle
skip_pandas_check()
rows = {{"articles": [article_row(InputArticle("x", "test", "Peskov spoke.", published=dt.date(2025, 1, 15)))],
        "places": [{{"article_id": "x", "place_id": "p1", "name": "Istanbul", "lat": 41.0, "lon": 29.0, "named": True}}],
        "events": [{{"article_id": "x", "event_id": "e1", "source_ids": ["a1"], "target_ids": [], "trigger_start": 0}}]}}
with DatasetWriter(pathlib.Path({out!r})) as writer:
    writer.write_batch("b1", rows)
    writer.finish()
imported = "pandas" in sys.modules
frame = pa.table({{"a": [1, None]}}).to_pandas()  # pyarrow still converts to pandas when asked
series = pa.array(sys.modules["pandas"].Series([1.5, None]))  # and reads pandas objects it is given
print(imported, type(frame).__name__, series.type, series.null_count)
"""


@pytest.mark.parametrize("pandas_first, expected", [
    (False, "False DataFrame double 1"),  # the writer's lists never make pyarrow import pandas
    (True, "True DataFrame double 1"),  # pandas imported already: nothing changes
])
def test_writer_skip_pandas_check(tmp_path, pandas_first, expected):
    import subprocess
    import sys
    from pathlib import Path

    code = ("import pandas\n" if pandas_first else "") + _WITHOUT_PANDAS.format(out=str(tmp_path / "out"))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == expected
    assert len(pq.read_table(tmp_path / "out" / "events")) == 1
