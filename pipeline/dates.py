"""Dates stage (placeholder: being written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401


@Language.factory("parley_dates", assigns=["doc._.dates"], default_config={})
def make_dates(nlp: Language, name: str):
    return Stage()


class Stage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = []
        return doc
