"""The per-Doc caches the stages share: the text a Doc was made from, its entities; dropped at the pipeline's end."""
from __future__ import annotations

import pytest

from pipeline.nlp import make_doc
from pipeline.stages.extensions import _ENTS_KEY, _TEXT_KEY, doc_ents, doc_text


@pytest.mark.parametrize("text", [
    "Kremlin spokesman Dmitry Peskov said on Tuesday that talks would resume in Istanbul.",
    "  Two spaces first.\n\nA blank line,\ttabs\u00a0and a no-break space; trailing spaces   ",
    "Ünïcödé “quotes” — and an em dash…",
    "",
])
def test_extensions_doc_text_is_the_text_the_doc_was_made_from(nlp, text):
    doc = make_doc(nlp, text)
    assert doc.user_data[_TEXT_KEY] == text == doc.text == doc_text(doc)


def test_extensions_doc_ents_built_once_and_released(nlp):
    doc = nlp(make_doc(nlp, "Kremlin spokesman Dmitry Peskov said talks in Istanbul would resume on Tuesday."))
    assert _ENTS_KEY not in doc.user_data  # released by the last component
    first = doc_ents(doc)
    assert [(ent.text, ent.label_) for ent in first] == [(ent.text, ent.label_) for ent in doc.ents]
    assert doc_ents(doc) is first  # the same tuple, not new Spans
    with doc.retokenize() as retokenizer:  # a Doc retokenized since is read again
        retokenizer.merge(doc[0:2])
    assert [ent.text for ent in doc_ents(doc)] == [ent.text for ent in doc.ents]
