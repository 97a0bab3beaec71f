"""Named sites: a building or site named by what it is ("Dolmabahce Palace", "the Great Hall of the People"), a
seat of government where something happens ("talks at the White House"), or a name the words after it call a
site ("the Fukushima Daiichi nuclear power plant")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.knowledge import countries
from pipeline.stages.extensions import doc_tokens
from pipeline.resources import read_words
from pipeline.stages.places.landmarks import is_landmark_head
from pipeline.stages.places.names import _capitalized, _text, _words

SITES_FILE = "place_sites.txt"
LOCATIVE_WORDS = frozenset({"at", "in", "inside", "outside", "near", "from"})
MAX_SITE_PHRASE = 3  # lower-case words after a name that may say what kind of site it is ("nuclear power plant")


def _is_site(ent: Span, span: Span) -> bool:
    """A named building or site with no town in its name: a FAC whose head word is a site word ("Dolmabahce
    Palace", "the Great Hall of the People"), or a seat of government the model calls an organisation where
    something happens at it ("talks at the White House"; "the White House said" stays an actor only)."""
    if ent.label_ == "FAC":
        # a landmark type ("Balmoral Castle", "Kettlewell Abbey") names a site too, where no town is named in it
        head = _site_head(_words(span))
        return _capitalized(_words(span)) and (head in read_words(SITES_FILE) or is_landmark_head(head))
    return ent.label_ == "ORG" and _after_locative(ent) and countries.metonym_code(_text(span)) is not None \
        and _capitalized(_words(span))


def site_word_follows(ent: Span) -> bool:
    """Lower-case words right after the entity end in a site word: the entity names a site of that kind
    ("the Kettleby Daiichi nuclear power plant", "the Orvand dam"), whatever label the model gave it."""
    tokens = doc_tokens(ent.doc)
    for end in range(ent.end, min(ent.end + MAX_SITE_PHRASE, len(tokens))):
        token = tokens[end]
        if not (token.is_alpha and token.is_lower):
            return False
        if (token.lemma_ or token.text) in read_words(SITES_FILE):
            return True
    return False


def _after_locative(span: Span) -> bool:
    """ "at", "in", "outside" ... right before the span, or before its "the"."""
    tokens = doc_tokens(span.doc)
    before = span.start - 1
    if before >= 0 and tokens[before].lower_ == "the":
        before -= 1
    return before >= 0 and tokens[before].lower_ in LOCATIVE_WORDS


def _site_head(words: list[Token]) -> str:
    """The (lower-case lemma of the) word saying what kind of site a name is: its last word, or the last before
    "of" ("Dolmabahce Palace", "the Great Hall of the People")."""
    cut = next((k for k, token in enumerate(words) if token.lower_ == "of"), len(words))
    return (words[cut - 1].lemma_ or words[cut - 1].text).lower() if cut else ""
