"""Events stage (placeholder: being written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401


@Language.factory("parley_events", assigns=["doc._.events"], default_config={})
def make_events(nlp: Language, name: str):
    return Stage()


class Stage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc
