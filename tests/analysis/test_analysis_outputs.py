"""pipeline.analysis.outputs: the tables of an output folder read back, partitioned or not, and its run metadata;
docs/schema.md kept in step with pipeline/output/schema.py. On small outputs written by hand.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from hand_made_output import ARTICLES, EXPECTED_ROWS, write_output
from pipeline.analysis.outputs import OutputNotFound, load_tables, run_metadata
from pipeline.output.schema import SCHEMA_VERSION, TABLES
from pipeline.output.rows import article_row
from pipeline.output.writer import DatasetWriter


def test_inspect_load_tables_reads_every_table(output):
    tables = load_tables(output)
    assert {name: len(frame) for name, frame in tables.items()} == EXPECTED_ROWS
    for name, frame in tables.items():
        assert set(TABLES[name].names) <= set(frame.columns)


def test_inspect_load_tables_keeps_partition_values(tmp_path):
    tables = load_tables(write_output(tmp_path / "out", partition_by="month"), ["articles", "events"])
    months = dict(zip(tables["articles"]["article_id"], tables["articles"]["month"]))
    assert months == {"talks": "2025-05", "envoys": "2025-06", "broken": "unknown", "blank": "unknown"}
    assert sorted(tables["events"]["month"]) == ["2025-05", "2025-05", "2025-06"]


def test_inspect_load_tables_gives_typed_empty_tables(tmp_path):
    out = tmp_path / "out"
    with DatasetWriter(out) as writer:
        writer.write_batch("b", {"articles": [article_row(ARTICLES[0])]})
        writer.finish()
    tables = load_tables(out)
    assert tables["events"].empty and list(tables["events"].columns) == TABLES["events"].names


@pytest.mark.parametrize("make", [
    lambda tmp: tmp / "missing",
    lambda tmp: tmp,  # a folder, but without tables
], ids=["missing", "not-an-output"])
def test_inspect_load_tables_rejects_folders_without_tables(tmp_path, make):
    with pytest.raises(OutputNotFound):
        load_tables(make(tmp_path))


def test_inspect_load_tables_keeps_one_article(output):
    tables = load_tables(output, article_id="envoys")
    assert {name: len(frame) for name, frame in tables.items()} == {
        "articles": 1, "mentions": 3, "actors": 2, "places": 1, "dates": 0, "quotes": 0, "events": 1}
    assert set(tables["mentions"]["article_id"]) == {"envoys"}


def test_inspect_load_tables_rejects_unknown_table_names(flat_output):
    with pytest.raises(ValueError, match="unknown table"):
        load_tables(flat_output, ["events", "tweets"])


def test_inspect_run_metadata_records_the_schema_version(flat_output):
    (info,) = run_metadata(flat_output)
    assert info["schema_version"] == SCHEMA_VERSION and info["model"] == "hand-made"



# --- docs/schema.md stays in step with pipeline/output/schema.py -------------------------------------

SCHEMA_DOC = Path(__file__).resolve().parents[2] / "docs" / "schema.md"
DOC_TYPE_NAMES = {"double": "float64", "date32[day]": "date32", "list<item: string>": "list<string>"}  # as pyarrow spells them


def documented_columns() -> dict[str, dict[str, str]]:
    """table -> column -> Arrow type, read from the tables of docs/schema.md."""
    documented: dict[str, dict[str, str]] = {}
    table = None
    for line in SCHEMA_DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            table = line[3:].strip()
        elif table in TABLES and line.startswith("| `"):
            names, arrow_type = [cell.strip() for cell in line.strip("|").split("|")][:2]
            for name in names.split(","):
                documented.setdefault(table, {})[name.strip().strip("`")] = arrow_type
    return documented


@pytest.mark.parametrize("table", list(TABLES))
def test_inspect_schema_doc_lists_every_column_with_its_type(table):
    documented = documented_columns().get(table, {})
    actual = {field.name: DOC_TYPE_NAMES.get(str(field.type), str(field.type)) for field in TABLES[table]}
    assert documented == actual


def test_inspect_schema_doc_history_reaches_the_current_version():
    history = SCHEMA_DOC.read_text(encoding="utf-8").split("### History", 1)[1]
    versions = [line.split("|")[1].strip() for line in history.splitlines() if line.startswith("| ")][1:]
    assert versions and versions[-1] == SCHEMA_VERSION
