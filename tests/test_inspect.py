"""pipeline.analysis.inspect and the `parley stats` / `parley show` commands, on small outputs written by hand."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.analysis.inspect import (
    ArticleNotFound, Mark, OutputNotFound, failure_reason, load_tables, mark_text, nested_marks, run_metadata, show,
    stats,
)
from pipeline.records import Actor, DateExpr, Event, InputArticle, Mention, Place, Quote
from pipeline.output.schema import SCHEMA_VERSION, TABLES
from pipeline.output.rows import article_row
from pipeline.output.writer import DatasetWriter

TALKS = "Peskov said Russia met Ukraine in Istanbul on Tuesday. Moscow accused Kyiv."
ENVOYS = "Peskov and Lavrov spoke to reporters in Moscow."


def span(text: str, piece: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def rows_of(article_id: str, records) -> list[dict]:
    return [{"article_id": article_id, **record._asdict()} for record in records]


def talks_rows() -> dict[str, list[dict]]:
    def mention(entity_id, kind, piece, occurrence=0):
        return Mention(entity_id, kind, piece, *span(TALKS, piece, occurrence))

    sentence_end = TALKS.index(".") + 1
    return {
        "mentions": rows_of("talks", [
            mention("a1", "actor", "Peskov"), mention("p1", "place", "Russia"), mention("p2", "place", "Ukraine"),
            mention("p3", "place", "Istanbul"), mention("p4", "place", "Moscow"), mention("p2", "place", "Kyiv"),
        ]),
        "actors": rows_of("talks", [Actor("a1", "Dmitry Peskov", "person", "RUS", "GOV", "spokesman", True)]),
        "places": rows_of("talks", [
            Place("p1", "Russia", "country", "RUS", 60.0, 100.0), Place("p2", "Ukraine", "country", "UKR", 49.0, 32.0),
            Place("p3", "Istanbul", "city", "TUR", 41.0, 29.0), Place("p4", "Moscow", "city", "RUS", 55.75, 37.6),
        ]),
        "dates": rows_of("talks", [DateExpr("Tuesday", *span(TALKS, "Tuesday"), "2025-05-13", "DATE")]),
        "quotes": rows_of("talks", [Quote("q1", TALKS[span(TALKS, "Russia")[0]:sentence_end - 1],
                                          span(TALKS, "Russia")[0], sentence_end - 1, False, "Dmitry Peskov", "a1",
                                          *span(TALKS, "Peskov"), "said", *span(TALKS, "said"))]),
        "events": rows_of("talks", [
            Event("e1", "CONSULT", "meet", ["p1"], ["p2"], ["RUS"], ["UKR"], "p3", "2025-05-13", "met",
                  *span(TALKS, "met"), "asserted", TALKS[:sentence_end], 0, sentence_end, "a1", "04", 1),
            Event("e2", "ACCUSE", "accuse", ["p4"], ["p2"], ["RUS"], ["UKR"], None, None, "accused",
                  *span(TALKS, "accused"), "asserted", TALKS[sentence_end + 1:], sentence_end + 1, len(TALKS),
                  None, "11", 3),
        ]),
    }


def envoys_rows() -> dict[str, list[dict]]:
    return {
        "mentions": rows_of("envoys", [Mention("a1", "actor", "Peskov", *span(ENVOYS, "Peskov")),
                                       Mention("a2", "actor", "Lavrov", *span(ENVOYS, "Lavrov")),
                                       Mention("p1", "place", "Moscow", *span(ENVOYS, "Moscow"))]),
        "actors": rows_of("envoys", [Actor("a1", "Dmitry Peskov", "person", "RUS", "GOV"),
                                     Actor("a2", "Sergei Lavrov", "person", "RUS", "GOV")]),
        "places": rows_of("envoys", [Place("p1", "Moscow", "city", "RUS", 55.75, 37.6)]),
        "events": rows_of("envoys", [
            Event("e1", "CONSULT", None, ["a1", "a2"], [], ["RUS"], [], "p1", None, "spoke", *span(ENVOYS, "spoke"),
                  "asserted", ENVOYS, 0, len(ENVOYS)),
        ]),
    }


ARTICLES = [
    InputArticle("talks", "talks.txt", TALKS, title="Talks", published=dt.date(2025, 5, 14)),
    InputArticle("envoys", "more.jsonl:1", ENVOYS, published=dt.date(2025, 6, 2)),
    InputArticle("broken", "more.jsonl:2", None, status="failed", error="malformed JSON line: bad escape at 7"),
    InputArticle("blank", "blank.txt", None, status="skipped", error="empty text"),
]


def write_output(out: Path, partition_by: str | None = None) -> Path:
    rows: dict[str, list[dict]] = {"articles": [article_row(article) for article in ARTICLES]}
    for article_rows in (talks_rows(), envoys_rows()):
        for table, table_rows in article_rows.items():
            rows.setdefault(table, []).extend(table_rows)
    with DatasetWriter(out, partition_by=partition_by, metadata={"model": "hand-made"}) as writer:
        writer.write_batch("test-000000", rows)
        writer.finish()
    return out


@pytest.fixture(params=[None, "month"], ids=["flat", "by-month"])
def output(request, tmp_path) -> Path:
    return write_output(tmp_path / "out", partition_by=request.param)


@pytest.fixture()
def flat_output(tmp_path) -> Path:
    return write_output(tmp_path / "out")


EXPECTED_ROWS = {"articles": 4, "mentions": 9, "actors": 3, "places": 5, "dates": 1, "quotes": 1, "events": 3}


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


def test_inspect_run_metadata_records_the_schema_version(flat_output):
    (info,) = run_metadata(flat_output)
    assert info["schema_version"] == SCHEMA_VERSION and info["model"] == "hand-made"


@pytest.mark.parametrize("spans, kept, crossing", [
    ([(0, 10), (2, 4), (5, 8)], [(0, 10), (2, 4), (5, 8)], []),  # nested
    ([(0, 4), (4, 8)], [(0, 4), (4, 8)], []),  # touching
    ([(0, 5), (3, 8)], [(0, 5)], [(3, 8)]),  # crossing: the later one is not marked inline
    ([(0, 5), (0, 3)], [(0, 5), (0, 3)], []),  # same start: both nest
    ([(4, 30)], [], [(4, 30)]),  # past the end of the text
])
def test_inspect_nested_marks_drops_crossing_spans(spans, kept, crossing):
    marks = [Mark(start, end, "actor", "x") for start, end in spans]
    inline, left_out = nested_marks(marks, length=20)
    assert [(m.start, m.end) for m in inline] == kept
    assert [(m.start, m.end) for m in left_out] == crossing


@pytest.mark.parametrize("text, marks, expected", [
    ("Peskov said", [Mark(0, 6, "actor", "actor a1")], "[Peskov|actor a1] said"),
    ("He said it.", [Mark(8, 10, "quote", "q1")], "He said <<q1 it>>."),
    ("He said Russia won.", [Mark(8, 18, "quote", "q1"), Mark(8, 14, "place", "place p1")],
     "He said <<q1 [Russia|place p1] won>>."),
    ("no marks", [], "no marks"),
])
def test_inspect_mark_text_brackets_spans(text, marks, expected):
    assert mark_text(text, marks) == expected


def test_inspect_show_marks_every_kind_inline(flat_output):
    text = show(flat_output, "talks")
    assert "[Peskov|actor a1]" in text
    assert "[Istanbul|place p3]" in text
    assert "[Tuesday|date 2025-05-13]" in text
    assert "[met|event e1 CONSULT]" in text
    assert "<<q1 [Russia|place p1]" in text
    assert "\033[" not in text


def test_inspect_show_lists_extractions_with_names(flat_output):
    text = show(flat_output, "talks")
    assert "Dmitry Peskov  type=person country=RUS sector=GOV role=spokesman" in text
    assert "ACCUSE/accuse [asserted]  Moscow (p4) -> Ukraine (p2)" in text
    assert "speaker=Dmitry Peskov (a1) cue=said" in text


def test_inspect_show_colours_when_asked(flat_output):
    assert "\033[1;34m" in show(flat_output, "talks", color=True)


def test_inspect_show_tells_why_an_article_has_no_text(flat_output):
    text = show(flat_output, "broken")
    assert "[failed]" in text and "malformed JSON line" in text and "(no text)" in text


def test_inspect_show_rejects_unknown_ids(flat_output):
    with pytest.raises(ArticleNotFound, match="no article 'nope'"):
        show(flat_output, "nope")


# --- the CLI ---------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["stats", "show", "dashboard"])
def test_inspect_cli_help_has_an_example(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def test_inspect_cli_stats_prints_counts_and_failures(flat_output):
    result = CliRunner().invoke(main, ["stats", str(flat_output)])
    assert result.exit_code == 0, result.output
    assert "articles: 4 (1 failed, 2 ok, 1 skipped)" in result.output
    assert "malformed JSON line" in result.output
    assert "Dmitry Peskov (RUS)" in result.output
    assert "CONSULT" in result.output


def test_inspect_cli_stats_json_is_machine_readable(flat_output):
    result = CliRunner().invoke(main, ["stats", str(flat_output), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["rows"] == EXPECTED_ROWS


@pytest.mark.parametrize("flag, coloured", [("--no-color", False), ("--color", True)])
def test_inspect_cli_show_prints_the_marked_article(flat_output, flag, coloured):
    result = CliRunner().invoke(main, ["show", str(flat_output), "talks", flag])
    assert result.exit_code == 0 and "[Peskov|actor a1]" in click.unstyle(result.output)
    assert ("\033[" in result.output) is coloured


@pytest.mark.parametrize("args, message", [
    (["stats", "{empty}/missing"], "no such output folder"),
    (["show", "{empty}/missing", "talks"], "no such output folder"),
    (["show", "{out}", "nope"], "no article 'nope'"),
    (["stats", "{empty}"], "holds no Parley tables"),
])
def test_inspect_cli_errors_are_one_clear_line(tmp_path, args, message):
    out = write_output(tmp_path / "out")
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, [arg.format(empty=tmp_path / "empty", out=out) for arg in args])
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


@pytest.mark.slow
def test_inspect_cli_stats_on_the_samples(nlp, tmp_path):
    from pipeline import RunOptions
    from pipeline import run

    out = tmp_path / "out"
    summary = run([Path(__file__).resolve().parents[1] / "data" / "samples"], out, RunOptions(workers=1), nlp=nlp)
    result = CliRunner().invoke(main, ["stats", str(out)])
    assert result.exit_code == 0, result.output
    assert f"articles: {summary.articles} " in result.output
    for reason, count in summary.failures.items():
        assert f"{count:>5}  {reason}" in result.output
    assert f"events: {summary.rows['events']} rows" in result.output


# --- docs/schema.md stays in step with pipeline/schema.py -------------------------------------

SCHEMA_DOC = Path(__file__).resolve().parents[1] / "docs" / "schema.md"
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
