"""Reading inputs: every article becomes one InputArticle, bad ones with a status and a reason."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from pipeline.reading.readers import InputError, ReadOptions, parse_date, read_articles


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


@pytest.mark.parametrize(
    "name, content, status, error_part",
    [
        ("ok.txt", "Talks resumed in Istanbul on Tuesday.", "ok", None),
        ("empty.txt", "", "skipped", "empty text"),
        ("blank.txt", "  \n\t\n", "skipped", "empty text"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "failed", "binary"),
        ("latin.txt", "Caf\xe9 talks in S\xe3o Paulo.".encode("cp1252"), "ok", None),
        ("utf16.txt", "Talks in Kyiv.".encode("utf-16"), "ok", None),
        ("notes.docx", b"PK\x03\x04", "skipped", "unsupported file type"),
        ("page.html", "<html><body><nav>Home</nav></body></html>", "skipped", "no main text"),
    ],
)
def test_reading_file_status(tmp_path, name, content, status, error_part):
    path = write(tmp_path, name, content)
    (article,) = read_articles([path])
    assert article.status == status
    assert (error_part is None and article.error is None) or error_part in article.error


@pytest.mark.parametrize(
    "content, expected",
    [
        ("Caf\xe9 talks".encode("cp1252"), "Caf\xe9 talks"),
        ("Talks in Kyiv".encode("utf-16"), "Talks in Kyiv"),
        ("\ufeffTalks with BOM".encode("utf-8"), "Talks with BOM"),
    ],
)
def test_reading_decodes_encodings(tmp_path, content, expected):
    (article,) = read_articles([write(tmp_path, "a.txt", content)])
    assert article.text == expected


def test_reading_txt_title_and_date_line(tmp_path):
    path = write(tmp_path, "story.txt", "Leaders meet in Geneva\n\nMonday, March 3, 2025\n\nThe leaders met on Monday.\n")
    (article,) = read_articles([path])
    assert article.title == "Leaders meet in Geneva"
    assert article.published == dt.date(2025, 3, 3)
    assert article.text.startswith("Leaders meet in Geneva")  # text is kept unchanged: offsets index it


@pytest.mark.parametrize(
    "line, published",
    [
        ("Published Monday, March 3, 2025", dt.date(2025, 3, 3)),  # a label before the date line
        ("Updated: 3 March 2025", dt.date(2025, 3, 3)),
        ("Posted on March 3, 2025", dt.date(2025, 3, 3)),
        ("Date: 2025-03-03", dt.date(2025, 3, 3)),
        ("Varnessa, 3 March 2025", dt.date(2025, 3, 3)),  # a press release's place and date
        ("Port Varnel, Varnessa, March 3, 2025", dt.date(2025, 3, 3)),
        ("By Ann Lee, March 3, 2025", dt.date(2025, 3, 3)),  # a byline's date
        ("Port Varnel, Varnessa", None),
        ("Published in 2025 by the Harbour Press", None),  # a sentence with a year is no date line
        ("By Ann Lee", None),
    ],
)
def test_reading_txt_labelled_date_line(tmp_path, line, published):
    path = write(tmp_path, "story.txt", f"Ports reopen\n{line}\nThe ports reopened on Monday.\n")
    (article,) = read_articles([path])
    assert article.published == published


def test_reading_jsonl_bad_lines_do_not_stop_the_others(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "First article.", "published": "2025-01-02"}),
        '{"id": "b", "text": "broken',
        json.dumps({"id": "c", "text": 42}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "d", "text": "Fourth article.", "published": "yesterday"}),
        json.dumps({"id": "e"}),
    ]
    path = write(tmp_path, "corpus.jsonl", "\n".join(lines) + "\n")
    articles = list(read_articles([path]))
    assert [(a.article_id, a.status) for a in articles] == [
        ("a", "ok"), ("corpus:2", "failed"), ("c", "failed"), ("corpus:4", "failed"), ("d", "ok"), ("e", "failed"),
    ]
    assert articles[0].published == dt.date(2025, 1, 2)
    assert articles[1].source.endswith("corpus.jsonl:2") and "malformed JSON" in articles[1].error
    assert "must be a string" in articles[2].error
    assert articles[4].published is None and "unreadable published" in articles[4].error


def test_reading_duplicate_ids_are_kept_distinct(tmp_path):
    path = write(tmp_path, "dup.jsonl", "\n".join(json.dumps({"id": "x", "text": f"Story {n}."}) for n in range(3)))
    ids = [a.article_id for a in read_articles([path])]
    assert ids == ["x", "x~2", "x~3"]


def test_reading_csv_with_column_mapping_and_bad_row(tmp_path):
    path = write(tmp_path, "corpus.csv", 'doc,body,day\n1,"Talks in Doha.",2025-02-01\n2,"Extra",x,y\n3,"Visit to Cairo.",\n')
    options = ReadOptions(text_column="body", id_column="doc", date_column="day", published=dt.date(2024, 12, 31))
    articles = list(read_articles([path], options))
    assert [(a.article_id, a.status) for a in articles] == [("1", "ok"), ("corpus:3", "failed"), ("3", "ok")]
    assert articles[0].published == dt.date(2025, 2, 1)
    assert articles[2].published == dt.date(2024, 12, 31)  # the fallback date


def test_reading_parquet(tmp_path):
    import pandas as pd

    path = tmp_path / "corpus.parquet"
    pd.DataFrame({"id": ["p1", "p2"], "text": ["One.", None]}).to_parquet(path)
    articles = list(read_articles([path]))
    assert [(a.article_id, a.status) for a in articles] == [("p1", "ok"), ("p2", "failed")]


def test_reading_html_main_text_without_boilerplate(tmp_path):
    html = (
        "<html><head><title>Summit ends</title><script>var x = 'SCRIPTTEXT';</script></head><body>"
        "<nav>Home | World | SHARE</nav><article><h1>Summit ends</h1>"
        "<p>Leaders of the alliance agreed on Wednesday to raise spending, the secretary general said in a long statement.</p>"
        "<p>The next summit will be held in Ankara next year, officials said after the closing session.</p></article>"
        "<footer>Copyright FOOTERTEXT</footer></body></html>"
    )
    (article,) = read_articles([write(tmp_path, "page.html", html)])
    assert article.status == "ok"
    assert "raise spending" in article.text
    assert "SCRIPTTEXT" not in article.text and "FOOTERTEXT" not in article.text


def test_reading_folders_and_globs(tmp_path):
    write(tmp_path, "b.txt", "Second.")
    write(tmp_path, "a.txt", "First.")
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / ".hidden", "c.txt", "Hidden.")
    assert [a.article_id for a in read_articles([tmp_path])] == ["a", "b"]
    assert [a.article_id for a in read_articles([str(tmp_path / "b*.txt")])] == ["b"]
    with pytest.raises(InputError):
        list(read_articles([str(tmp_path / "nothing*.txt")]))


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-03-04", dt.date(2025, 3, 4)),
        ("2025-03-04T10:00:00Z", dt.date(2025, 3, 4)),
        ("March 4, 2025", dt.date(2025, 3, 4)),
        (dt.date(2025, 3, 4), dt.date(2025, 3, 4)),
        ("yesterday", None),
        ("Tuesday", None),
        (20250304, None),
        ("", None),
    ],
)
def test_reading_parse_date(value, expected):
    assert parse_date(value) == expected


def test_reading_html_never_resolves_external_entities(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETVALUE")
    html = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
            "<html><body><article><p>Officials met in Geneva on Monday to discuss the ceasefire and the exchange "
            "of prisoners, a spokesman said. &xxe;</p></article></body></html>")
    (article,) = read_articles([write(tmp_path, "xxe.html", html)])
    assert "TOPSECRETVALUE" not in (article.text or "")


@pytest.mark.parametrize(
    "text",
    [
        "Talks\u200b in\u200f Kyiv \u202eended\u202c today.",  # zero-width and bidi marks
        "Peace \U0001F54A\ufe0f talks \U0001F1FA\U0001F1E6 resumed.",  # emoji and flags
        "Bell\x07 and escape\x1b[31m red\x00 text.",  # control characters, a NUL in JSON text
    ],
)
def test_reading_odd_characters_kept_unchanged(tmp_path, text):
    path = write(tmp_path, "odd.jsonl", json.dumps({"id": "odd", "text": text}) + "\n")
    (article,) = read_articles([path])
    assert article.status == "ok" and article.text == text
