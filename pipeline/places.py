"""Places stage (placeholder: being written)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401


@Language.factory("parley_places", assigns=["doc._.places", "doc._.place_mentions"], default_config={})
def make_places(nlp: Language, name: str):
    return Stage()


class Stage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.places = []
        doc._.place_mentions = []
        return doc
