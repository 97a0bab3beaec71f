"""The ``doc._`` attributes Parley's stages read and write, registered once at import."""
from __future__ import annotations

from spacy.tokens import Doc

# attribute -> default; lists are created fresh per Doc through a getter-free default of None
DOC_ATTRIBUTES = {
    "published": None,  # datetime.date of publication, set by the caller before the stages run
    "article_id": None,
    "actors": None,  # list[records.Actor]
    "actor_mentions": None,  # list[records.Mention] with kind "actor"
    "places": None,  # list[records.Place]
    "place_mentions": None,  # list[records.Mention] with kind "place"
    "dates": None,  # list[records.DateExpr]
    "quotes": None,  # list[records.Quote]
    "events": None,  # list[records.Event]
    "text_cache": None,  # doc.text, computed once (spaCy rebuilds it from the tokens on every access)
}

for _name, _default in DOC_ATTRIBUTES.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: stages that slice the text in loops should call this."""
    text = doc._.text_cache
    if text is None:
        text = doc._.text_cache = doc.text
    return text
