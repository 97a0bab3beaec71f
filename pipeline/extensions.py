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
}

for _name, _default in DOC_ATTRIBUTES.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
