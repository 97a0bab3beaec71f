"""Quotes stage: direct and reported speech, each attributed to its speaker and cue.

Reads the parse and the actors stage's ``doc._.actors`` and ``doc._.actor_mentions``.
``marks`` pairs the quotation marks, ``frames`` finds the cue and speaker around a
direct quote, ``cues`` holds the cue lexicons, ``attribution`` finds reported
speech in the parse, ``learned_cues`` (a model trained on annotated attributions)
drops the rule hits it finds unlikely and adds likely parse patterns the cue lists
miss, ``speakers`` finds the speaker phrase and resolves it to an actor (``speaker_words``: which
words can name a speaker), and
``assembly`` puts the quotes of a Doc together (``extract_quotes``).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.records import Quote
from pipeline.stages.quotes.assembly import MIN_DIRECT_WORDS, extract_quotes
from pipeline.stages.quotes.cues import LEMMAS_KEY


@Language.factory(
    "parley_quotes",
    assigns=["doc._.quotes"],
    requires=["token.dep", "token.lemma", "doc._.actors", "doc._.actor_mentions"],
    default_config={"min_direct_words": MIN_DIRECT_WORDS},
)
def make_quotes(nlp: Language, name: str, *, min_direct_words: int = MIN_DIRECT_WORDS) -> "QuoteStage":
    return QuoteStage(min_direct_words=min_direct_words)


class QuoteStage:
    def __init__(self, *, min_direct_words: int = MIN_DIRECT_WORDS):
        self.min_direct_words = min_direct_words

    def __call__(self, doc: Doc) -> Doc:
        quotes = list(extract_quotes(doc, min_direct_words=self.min_direct_words))
        doc.user_data.pop(LEMMAS_KEY, None)
        self.set_annotations(doc, quotes)
        return doc

    @staticmethod
    def set_annotations(doc: Doc, quotes: list[Quote]) -> None:
        doc._.quotes = quotes
