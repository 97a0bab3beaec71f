"""NER's names cut or joined to the words of one name: no line break, bracket or spaced dash inside, no
punctuation at the edges, no sentence full stop on a last initial, no person's possessive opening a body's name;
a body's name cut at "and" or before "of <country>" joined again, and a person's name cut in two over
proper nouns.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.knowledge import countries
from pipeline.stages.actors.doc_view import _view

OPENING_BRACKETS = {"(", "["}
SPACED_DASHES = {"-", "–", "—", "--"}
ITEM_SEPARATORS = {"|", "•", "·"}  # a page's bars and bullets part the items of a line ("Agreement | Council ...")


def trimmed_name(ent: Span) -> Span | None:
    """NER's name cut to the words of one name: it stops at a line break (a heading runs into the next line:
    "MINISTRY OF FOREIGN AFFAIRS" + a new line + "PRESS RELEASE"), at an opening bracket ("Office of Foreign
    Assets Control (OFAC": the bracket opens the body's acronym, a mention of its own), at a bar or bullet parting a
    page's items ("EU-Central America Association Agreement | Council conclusions") and at a dash with spaces
    around it (hyphens inside names have none), and has no punctuation or white space at either edge. None when
    nothing is left."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    for i in range(start + 1, end):
        if "\n" in doc[i].text or doc[i].text in OPENING_BRACKETS or doc[i].text in ITEM_SEPARATORS:
            end = i
            break
        if doc[i].text in SPACED_DASHES and doc[i].whitespace_ and doc[i - 1].whitespace_:
            # a spaced dash parts two phrases, as a wire dateline's from its story ("JOHANNESBURG - Foreign
            # ministers"): the dateline's upper-case place is no part of the name after it
            if all(not token.is_alpha or token.is_upper for token in doc[start:i]):
                start = i + 1
            else:
                end = i
            break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if start == end:
        return None
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_)


MAX_JOINED_WORDS = 4
JOINING_WORDS = {"and", "&"}


def joined_name(ent: Span) -> Span:
    """An organisation's name NER cut at "and" ("the Ministry of Foreign" + "and Diaspora Affairs", "the African
    Union Peace" + "and Security Council"): when its last word modifies a capitalised word after it, past "and" and
    capitalised words only, the name runs to that word; else the name as found."""
    doc = ent.doc
    if ent.label_ == "PERSON":
        return _joined_person(ent)
    of_country = _of_country_after(ent)
    if of_country is not None:
        return of_country
    opened = _opened_before_and(ent)
    if opened is not None:
        return opened
    last = doc[ent.end - 1]
    head = last.head
    if ent.label_ != "ORG" or last.dep_ not in {"nmod", "compound", "amod"} or not (
            ent.end < head.i <= ent.end + MAX_JOINED_WORDS) or doc[ent.end].lower_ not in JOINING_WORDS:
        return ent
    if not all(doc[i].text[:1].isupper() for i in range(ent.end + 1, head.i + 1)):
        return ent
    return Span(doc, ent.start, head.i + 1, label="ORG")


def _opened_before_and(ent: Span) -> Span | None:
    """An organisation's name whose first part NER left untagged before "and" ("Police" + "and Border Guard Board",
    "Trade" + "and Industry Ministry"): capitalised words no entity holds, right before "and", the nearest of which
    modifies a word of the name, open the name."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ not in JOINING_WORDS:
        return None
    nearest = doc[ent.start - 2]
    if not ent.start <= nearest.head.i < ent.end or nearest.dep_ not in {"nmod", "compound", "amod", "conj"}:
        return None
    start = ent.start - 1
    while start > 0 and ent.start - start <= MAX_JOINED_WORDS and doc[start - 1].text[:1].isupper() \
            and not doc[start - 1].ent_type_ and doc[start - 1].pos_ in {"PROPN", "NOUN", "ADJ"}:
        start -= 1
    return Span(doc, start, ent.end, label="ORG") if start < ent.start - 1 else None


def _of_country_after(ent: Span) -> Span | None:
    """An organisation's name NER cut before "of <country>" that its last word governs ("the state-run Global New
    Light" + "of Myanmar", "the Electoral Commission" + "of Ghana"): the name runs over the country's name."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of" \
            or doc[ent.end].head.i != ent.end - 1:
        return None
    place = next((other for other in _view(doc).ents if other.start == ent.end + 1), None)
    if place is None or place.label_ != "GPE" or countries.country_name_code(place.text) is None:
        return None
    return Span(doc, ent.start, place.end, label="ORG")


MAX_PERSON_GAP = 2  # proper nouns NER left out between two parts of one person's name
# lower-case particles inside surnames ("Stephanie van den Berg", "Ursula von der Leyen", "Luiz da Silva")
NAME_PARTICLES = {"van", "von", "den", "der", "de", "da", "di", "del", "della", "du", "dos", "das", "le", "la", "ter",
                  "ten", "bin", "al", "el"}


def _joined_person(ent: Span) -> Span:
    """A person's name NER cut in two over proper nouns it left untagged ("Al-Harith" + "Idriss" + "al-Harith
    Mohamed") or over a surname's particles ("Stephanie van" + "den" + "Berg"): the two parts and the words between,
    on one line with no punctuation, are one name."""
    doc = ent.doc
    after = next((other for other in _view(doc).ents if ent.end <= other.start <= ent.end + MAX_PERSON_GAP), None)
    if after is None or after.label_ != "PERSON" or "\n" in doc[ent.start:after.end].text:
        return ent
    if not all(token.pos_ == "PROPN" and token.text[:1].isupper() or token.lower_ in NAME_PARTICLES
               for token in doc[ent.end:after.start]):
        return ent
    if ent.end == after.start and not doc[ent.end - 1].whitespace_:
        return ent
    return Span(doc, ent.start, after.end, label="PERSON")


def _name_text(doc: Doc, text: str, end: int) -> str:
    """A name's text without the full stop of its sentence that the tokenizer kept on a last one-letter word ("wrote
    on X." names X): no name ends with an initial, and initials of several letters ("U.S.") keep theirs."""
    last = doc[end - 1].text
    if len(last) == 2 and last[0].isupper() and last[1] == "." and text.endswith(last):
        return text[:-1]
    return text


POSSESSIVE_ENDINGS = {"'s", "’s", "'", "’"}


def after_person_possessor(ent: Span) -> Span:
    """A body's name NER opened with the possessive of a person named in the article ("Arevalo's Semilla
    movement", as "Netanyahu's Likud" is written): the body's name is what follows the possessive; the person is
    an actor of their own."""
    doc = ent.doc
    i = ent.start + 1
    if i >= ent.end - 1 or doc[i].text not in POSSESSIVE_ENDINGS:
        return ent
    owner = doc[ent.start].text
    if not any(other.label_ == "PERSON" and other.end - other.start > 1 and doc[other.end - 1].text == owner
               for other in _view(doc).ents):
        return ent
    return Span(doc, i + 1, ent.end, label=ent.label_)
