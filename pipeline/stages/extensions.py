"""The ``doc._`` attributes Parley's stages read and write, registered once at import."""
from __future__ import annotations

from spacy.language import Language
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


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: stages that slice the text in loops should call this."""
    text = doc.user_data.get(_TEXT_KEY)  # read directly: every doc._ access builds a helper object
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Keep the text a Doc was made from as its ``doc_text``: spaCy's tokenizer loses no character, so
    ``doc.text`` joins the tokens back into this very string (which ``doc_text`` need not do again)."""
    doc.user_data[_TEXT_KEY] = text


def doc_ents(doc: Doc) -> tuple:
    """``doc.ents``, built once per Doc (each access makes a new Span for every entity); the stages do not
    change the entities. Dropped at the end of the pipeline with the other caches that hold spaCy objects."""
    kept = doc.user_data.get(_ENTS_KEY)
    if kept is None or kept[0] != len(doc):  # a Doc retokenized since is read again
        kept = doc.user_data[_ENTS_KEY] = (len(doc), doc.ents)
    return kept[1]


def doc_tokens(doc: Doc) -> list:
    """The Doc's tokens as one list, built once per Doc.

    spaCy creates a new ``Token`` object on every ``doc[i]``, iteration, ``token.head`` or
    ``span`` walk; hot loops should index this list instead (``doc_tokens(doc)[token.head.i]``
    still creates one Token for ``.head``, ``doc_tokens(doc)[token.i + 1]`` creates none).
    """
    tokens = doc.user_data.get(_TOKENS_KEY)
    if tokens is None or len(tokens) != len(doc):
        tokens = doc.user_data[_TOKENS_KEY] = list(doc)
    return tokens


def doc_heads(doc: Doc) -> list[int]:
    """Each token's head index (a token that is its own head is a root), built once per Doc."""
    heads = doc.user_data.get(_HEADS_KEY)
    if heads is None or len(heads) != len(doc):
        heads = doc.user_data[_HEADS_KEY] = [i + offset for i, offset in enumerate(doc.to_array("HEAD").astype("int64").tolist())]
    return heads


_TEXT_KEY = ("parley", "text")
_TOKENS_KEY = ("parley", "tokens")
_HEADS_KEY = ("parley", "heads")
_ENTS_KEY = ("parley", "ents")


@Language.component("parley_release")
def release_caches(doc: Doc) -> Doc:
    """Last in the pipeline: drop the per-Doc caches of Tokens and Spans, which ``Doc.to_bytes`` cannot write."""
    doc.user_data.pop(_TOKENS_KEY, None)
    doc.user_data.pop(_ENTS_KEY, None)
    return doc
