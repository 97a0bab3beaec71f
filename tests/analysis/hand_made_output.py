"""Small output folders written by hand for the analysis tests: two articles with findings, one failed, one skipped."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.records import Actor, DateExpr, Event, InputArticle, Mention, Place, Quote
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


EXPECTED_ROWS = {"articles": 4, "mentions": 9, "actors": 3, "places": 5, "dates": 1, "quotes": 1, "events": 3}
