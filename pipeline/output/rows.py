"""Turning one processed article into rows of the output tables."""
from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from pipeline.records import InputArticle


if TYPE_CHECKING:
    from spacy.tokens import Doc


def text_sha1(text: str | None) -> str | None:
    return None if text is None else hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_row(article: InputArticle) -> dict:
    return {
        "article_id": article.article_id,
        "source": article.source,
        "title": article.title,
        "url": article.url,
        "published": article.published,
        "status": article.status,
        "error": article.error,
        "text": article.text,
        "text_sha1": text_sha1(article.text),
        "n_chars": None if article.text is None else len(article.text),
    }


def doc_rows(doc: Doc, article_id: str) -> dict[str, list[dict]]:
    """Rows of every extraction table (all but ``articles``) for one processed Doc."""
    def rows(records) -> list[dict]:
        return [{"article_id": article_id, **record._asdict()} for record in records or ()]

    return {
        "mentions": rows(doc._.actor_mentions) + rows(doc._.place_mentions),
        "actors": rows(doc._.actors),
        "places": rows(doc._.places),
        "dates": rows(doc._.dates),
        "quotes": rows(doc._.quotes),
        "events": rows(doc._.events),
    }
