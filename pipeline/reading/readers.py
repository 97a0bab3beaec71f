"""Reading articles from files, folders and globs, one at a time, whatever their format.

Every input article becomes exactly one :class:`InputArticle`; an input that cannot be
read becomes one with ``status`` "failed" or "skipped" and a readable ``error``, so
nothing is lost and nothing stops the stream. Reading never holds a corpus in memory.
"""
from __future__ import annotations

import csv
import datetime as dt
import glob
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.records import InputArticle

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".json", ".ndjson"}
TABLE_SUFFIXES = {".csv", ".parquet", ".tsv"}
MIN_HTML_WORDS = 5
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | TABLE_SUFFIXES

# a line that is a date: "March 3, 2025", "Monday, 3 March 2025", "2025-03-03", after a label a page may set before
# it ("Published Monday, March 3, 2025", "Updated: 3 March 2025", "Posted on March 3, 2025") or the place a press
# release was issued in ("Bogota, 14 March 2025", "Geneva, Switzerland, 3 March 2025")
_DATE_LABEL = re.compile(r"^\W*(?:(?i:(?:first\s+|last\s+)?(?:published|updated|posted)(?:\s+on)?|date)\s*:?\s+"
                         r"|(?:[A-ZÀ-Þ][\w'.-]*(?:\s+[A-ZÀ-Þ][\w'.-]*){0,2},\s+){1,2}(?=\S*\s*\d))")
_DATE_LINE = re.compile(r"^\W*(\w+,?\s+)?(\w+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})\W*$")


@dataclass(frozen=True)
class ReadOptions:
    """How to read inputs: column names for tables and a fallback publication date."""

    text_column: str = "text"
    id_column: str = "id"
    date_column: str = "published"
    title_column: str = "title"
    url_column: str = "url"
    html_column: str = "html"
    published: dt.date | None = None  # used when an article carries no date of its own


class InputError(ValueError):
    """An input path that names nothing readable (no such file, empty glob)."""


def expand_inputs(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """Files named by paths, folders (recursively) and globs, each folder's files sorted."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.exists():
            yield path
        else:
            matches = sorted(Path(m) for m in glob.glob(str(item), recursive=True) if Path(m).is_file())
            if not matches:
                raise InputError(f"no such file, folder or glob match: {item}")
            yield from matches


def read_articles(inputs: Iterable[str | Path], options: ReadOptions = ReadOptions()) -> Iterator[InputArticle]:
    """Stream every article of every input, with ids made unique within the stream."""
    seen: dict[str, int] = {}
    for path in expand_inputs(inputs):
        for article in read_file(path, options):
            count = seen.get(article.article_id, 0) + 1
            seen[article.article_id] = count
            if count > 1:
                # a repeated id is kept as a distinct article, never overwriting the first
                article = article._replace(
                    article_id=f"{article.article_id}~{count}",
                    error=_join(article.error, f"duplicate id {article.article_id!r}: renamed"),
                )
            yield article


def count_articles(inputs: Iterable[str | Path]) -> int:
    """A quick count of the articles in ``inputs`` (lines, rows, files), for progress and ETA."""
    total = 0
    for path in expand_inputs(inputs):
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES or suffix in (".csv", ".tsv"):
            with path.open("rb") as handle:
                lines = sum(1 for line in handle if line.strip())
            total += lines - (suffix in (".csv", ".tsv"))
        elif suffix == ".parquet":
            import pyarrow.parquet as pq

            total += pq.ParquetFile(path).metadata.num_rows
        else:
            total += 1
    return total


def read_file(path: Path, options: ReadOptions = ReadOptions()) -> Iterator[InputArticle]:
    suffix = path.suffix.lower()
    source = str(path)
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_json_lines(path, options)
        elif suffix == ".csv" or suffix == ".tsv":
            yield from _read_csv(path, options, delimiter="\t" if suffix == ".tsv" else ",")
        elif suffix == ".parquet":
            yield from _read_parquet(path, options)
        elif suffix in HTML_SUFFIXES:
            yield _from_html(path.stem, source, _decode(path.read_bytes()), options=options)
        elif suffix in TEXT_SUFFIXES:
            yield _from_text_file(path, options)
        else:
            yield InputArticle(path.stem, source, None, status="skipped",
                               error=f"unsupported file type {suffix or '(none)'!r}")
    except (OSError, UnicodeError, csv.Error, ValueError) as exc:
        yield InputArticle(path.stem, source, None, status="failed", error=f"cannot read file: {exc}")
    except Exception as exc:  # noqa: BLE001 - any reader's bug or missing library fails this input, not the run
        yield InputArticle(path.stem, source, None, status="failed", error=reader_failure(_reader_name(suffix), exc))


def reader_failure(what: str, exc: Exception) -> str:
    """A readable reason for an input a reader could not handle, saying what to do where we know it."""
    if isinstance(exc, ImportError):
        return (f"{what} support needs a library that is not installed ({exc}); "
                f"reinstall Parley with pip to get its declared dependencies")
    return f"{what} reader failed: {type(exc).__name__}: {exc}"


def _reader_name(suffix: str) -> str:
    for names, what in ((JSONL_SUFFIXES, "JSON"), (HTML_SUFFIXES, "HTML"), (TEXT_SUFFIXES, "text"),
                        ({".csv", ".tsv"}, "CSV"), ({".parquet"}, "Parquet")):
        if suffix in names:
            return what
    return "file"


# --- text files ---------------------------------------------------------------------------

class NotText(ValueError):
    pass


def _decode(data: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise NotText("binary content (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(3, len(text) // 100):
        raise NotText("not text in UTF-8, UTF-16 or Windows-1252")
    return text


def _from_text_file(path: Path, options: ReadOptions) -> InputArticle:
    source = str(path)
    try:
        text = _decode(path.read_bytes())
    except NotText as exc:
        return InputArticle(path.stem, source, None, status="failed", error=str(exc))
    title, published = _sniff_header(text)
    return check_text(InputArticle(path.stem, source, text, title=title, published=published or options.published))


def _sniff_header(text: str) -> tuple[str | None, dt.date | None]:
    """A title (a short first line followed by a blank line) and a date line near the top."""
    lines = text.lstrip("\ufeff").splitlines()
    title = None
    if len(lines) > 2 and lines[0].strip() and not lines[1].strip() and len(lines[0]) < 160 \
            and not lines[0].rstrip().endswith((".", "!", "?", ":")):
        title = lines[0].strip()
    dated = (_DATE_LABEL.sub("", line.strip(), count=1) for line in lines[:6])
    published = next((parse_date(line) for line in dated if _DATE_LINE.match(line)), None)
    return title, published


# --- HTML --------------------------------------------------------------------------------

def _from_html(article_id: str, source: str, html: str, *, options: ReadOptions,
               title: str | None = None, url: str | None = None, published: dt.date | None = None) -> InputArticle:
    """The main text, title and date of a page (trafilatura; nothing is fetched)."""
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False) if html.strip() else None
    extracted = document.as_dict() if document is not None else {}
    text = extracted.get("text") or ""
    if len(text.split()) < MIN_HTML_WORDS:  # a menu or a lone heading is not an article
        return InputArticle(article_id, source, "", title=title, url=url, published=published or options.published,
                            status="skipped", error="no main text found in HTML")
    return check_text(InputArticle(
        article_id, source, text,
        title=title or extracted.get("title"),
        url=url or extracted.get("url"),
        published=published or parse_date(extracted.get("date")) or options.published,
    ))


# --- JSON lines --------------------------------------------------------------------------

def _read_json_lines(path: Path, options: ReadOptions) -> Iterator[InputArticle]:
    with path.open("rb") as handle:
        head = handle.read(64).lstrip()
    if path.suffix.lower() == ".json" and head.startswith(b"["):
        with path.open(encoding="utf-8-sig", errors="replace") as handle:
            records = json.load(handle)
        for number, record in enumerate(records, 1):
            yield _record_article(record, f"{path}:{number}", f"{path.stem}:{number}", options)
        return
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            line_source = f"{path}:{number}"
            fallback_id = f"{path.stem}:{number}"
            if not raw.strip():
                continue
            try:
                record = json.loads(_decode(raw))
            except (ValueError, NotText) as exc:
                yield InputArticle(fallback_id, line_source, None, status="failed",
                                   error=f"malformed JSON line: {exc}")
                continue
            yield _record_article(record, line_source, fallback_id, options)


def _record_article(record, source: str, fallback_id: str, options: ReadOptions) -> InputArticle:
    """``from_record`` for one record of a file holding many: a failure fails that record, the file goes on."""
    try:
        return from_record(record, source, fallback_id, options)
    except Exception as exc:  # noqa: BLE001 - e.g. HTML extraction of one record's page
        is_html = isinstance(record, dict) and record.get(options.text_column) is None
        return InputArticle(_record_id(record, fallback_id, options), source, None, status="failed",
                            error=reader_failure("HTML" if is_html else "record", exc))


def _record_id(record, fallback_id: str, options: ReadOptions) -> str:
    raw_id = record.get(options.id_column) if isinstance(record, dict) else None
    return fallback_id if raw_id is None or str(raw_id).strip() == "" else str(raw_id)


def from_record(record, source: str, fallback_id: str, options: ReadOptions = ReadOptions()) -> InputArticle:
    """One article from a mapping (a JSON object, a CSV or Parquet row), checked field by field."""
    if not isinstance(record, dict):
        return InputArticle(fallback_id, source, None, status="failed",
                            error=f"expected a JSON object, got {type(record).__name__}")
    article_id = _record_id(record, fallback_id, options)
    warnings = []
    published = None
    raw_date = record.get(options.date_column)
    if raw_date not in (None, ""):
        published = parse_date(raw_date)
        if published is None:
            warnings.append(f"unreadable {options.date_column} {str(raw_date)[:40]!r}: ignored")
    published = published or options.published
    title = _optional_str(record.get(options.title_column))
    url = _optional_str(record.get(options.url_column))
    text = record.get(options.text_column)
    html = record.get(options.html_column)
    if text is None and isinstance(html, str):
        article = _from_html(article_id, source, html, options=options, title=title, url=url, published=published)
        return article._replace(error=_join(article.error, *warnings))
    if text is None:
        return InputArticle(article_id, source, None, title, url, published, status="failed",
                            error=f"no {options.text_column!r} field")
    if not isinstance(text, str):
        return InputArticle(article_id, source, None, title, url, published, status="failed",
                            error=f"field {options.text_column!r} must be a string, got {type(text).__name__}")
    article = check_text(InputArticle(article_id, source, text, title, url, published))
    return article._replace(error=_join(article.error, *warnings))


def _optional_str(value) -> str | None:
    return None if value is None or (isinstance(value, float) and value != value) else str(value)


# --- tables ------------------------------------------------------------------------------

def _read_csv(path: Path, options: ReadOptions, *, delimiter: str) -> Iterator[InputArticle]:
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        number = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                number = reader.line_num
                yield InputArticle(f"{path.stem}:{number}", f"{path}:{number}", None, status="failed",
                                   error=f"malformed CSV row: {exc}")
                continue
            number += 1
            if None in row:  # more fields than the header names
                yield InputArticle(f"{path.stem}:{number}", f"{path}:{number}", None, status="failed",
                                   error=f"malformed CSV row: {len(row) - 1 + len(row[None])} fields, header has {len(row) - 1}")
                continue
            yield _record_article(row, f"{path}:{number}", f"{path.stem}:{number}", options)


def _read_parquet(path: Path, options: ReadOptions) -> Iterator[InputArticle]:
    import pyarrow.parquet as pq

    number = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=256):
        for row in batch.to_pylist():
            number += 1
            yield _record_article(row, f"{path}:{number}", f"{path.stem}:{number}", options)


# --- shared checks -----------------------------------------------------------------------

def check_text(article: InputArticle) -> InputArticle:
    """Mark articles with nothing to process as skipped."""
    if article.text is None or not article.text.strip():
        return article._replace(status="skipped", error=_join(article.error, "empty text"))
    return article


def parse_date(value) -> dt.date | None:
    """A publication date from a date, an ISO string or a written date; None when unreadable."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip() or len(value) > 60:
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    if not re.search(r"\d{4}", text):  # "yesterday", "Tuesday": not a publication date
        return None
    import dateparser

    try:
        parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    except (ValueError, TypeError, OverflowError, ArithmeticError, LookupError):
        return None  # dateparser's own failures on odd strings: an unreadable date, never a lost article
    return parsed.date() if parsed else None


def _join(*messages: str | None) -> str | None:
    kept = [m for m in messages if m]
    return "; ".join(kept) if kept else None
