"""Quotes stage (placeholder: being written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401


@Language.factory("parley_quotes", assigns=["doc._.quotes"], default_config={})
def make_quotes(nlp: Language, name: str):
    return Stage()


class Stage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []
        return doc
