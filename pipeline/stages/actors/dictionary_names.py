"""Dictionary actors found in the text: their aliases matched case-insensitively (acronyms and one-word surnames
case-sensitively), on a copy of the text with diacritics folded; a lone surname only where it is that person's.
"""
from __future__ import annotations

import functools
from typing import NamedTuple

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.knowledge import countries
from pipeline.stages.actors.doc_view import _view
from pipeline.stages.actors.lexicon import agents, dictionary, dictionary_aliases
from pipeline.stages.datelines import find_dateline


class Matchers(NamedTuple):
    """Dictionary aliases: case-insensitive for names, case-sensitive for acronyms and one-word surnames."""

    lower: PhraseMatcher
    exact: PhraseMatcher
    people: frozenset[str]  # canonical names of people, whose one-word aliases (surnames) need support
    nouns: frozenset[str] = frozenset()  # WordNet's noun lemmas, as the model's lemmatizer ships them


def _exact_alias(alias: str) -> bool:
    return " " not in alias and (len(alias) <= 5 or alias[:1].isupper())


def build_matchers(nlp: Language) -> Matchers:
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    lower_patterns: dict[str, list] = {}
    exact_patterns: dict[str, list] = {}
    for alias, name in dictionary_aliases():
        alias = countries.fold(alias)  # "Erdoğan" and "Erdogan" are one pattern; the text is folded the same way
        target = exact_patterns if _exact_alias(alias) else lower_patterns
        target.setdefault(name, []).append(nlp.make_doc(alias))
    for name, patterns in lower_patterns.items():
        lower.add(name, patterns)
    for name, patterns in exact_patterns.items():
        exact.add(name, patterns)
    people = frozenset(name for name, rows in dictionary().items() if rows[0].type == "person")
    return Matchers(lower, exact, people, _noun_lemmas(nlp))


def _noun_lemmas(nlp: Language) -> frozenset[str]:
    """The noun lemmas of the WordNet index the model's rule lemmatizer ships (``lemma_index``, from
    spacy-lookups-data; WordNet 3.0 licence, see models/README.md); empty for a model without one."""
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
    elif "parley_lemmas" in nlp.pipe_names:  # the stand-in keeps the original (``pipeline.nlp.base_model``)
        lemmatizer = nlp.get_pipe("parley_lemmas").lemmatizer
    else:
        return frozenset()
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    nouns = lookups.get_table("lemma_index").get(hash_string("noun"), ())
    # the stand-in already holds them as a set: shared, not copied, by every stage that asks
    return nouns if isinstance(nouns, frozenset) else frozenset(nouns)


def dictionary_spans(doc: Doc, matchers: Matchers) -> list[Span]:
    """Longest non-overlapping dictionary matches, labelled with the canonical name.

    A one-word alias of a person (a surname, "Fidan") counts inside a PERSON entity, when the same person is
    also named in full in the article, or as a proper noun NER gave no other label, so a surname that is also
    a word or a place ("Austin" the city) is not taken.
    """
    folded = _folded(doc)
    found = [Span(doc, start, end, label=match_id) for match_id, start, end in matchers.lower(folded)]
    found += [Span(doc, start, end, label=match_id) for match_id, start, end in matchers.exact(folded)]
    credited = dateline_agency(doc)
    if credited is not None and not any(span.start <= credited.start < span.end for span in found):
        found.append(credited)
    full_names = {span.label_ for span in found if len(span) > 1}
    # a surname two dictionary people share ("Clinton") is the one the article names in full
    named_here = {(span.start, span.end) for span in found if len(span) == 1 and span.label_ in full_names}
    found = [span for span in found
             if not (len(span) == 1 and (span.start, span.end) in named_here and span.label_ not in full_names)]
    ents = _view(doc).ents
    person_of = {i: ent for ent in ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    other_entity_tokens = {i for ent in ents if ent.label_ != "PERSON" for i in range(ent.start, ent.end)}
    kept = []
    for span in found:
        if span.label_ in matchers.people and _inside_other_name(span):
            continue  # "Hamid Karzai International Airport", "the Kofi Annan Foundation"
        if span.label_ not in matchers.people and _opens_other_body(span):
            continue  # "the OSCE Minsk Group": a body of its own, which keeps the parent's country or IGO
        if span.label_ not in matchers.people and _closes_other_body(span):
            continue  # "the Christian Democratic Party" is not the US Democratic Party: another body of its own
        if span.label_ not in matchers.people and _other_countrys_namesake(span):
            continue  # "the Vietnamese Communist Party" is not China's: NER's whole name takes the text's country
        if len(span) > 1 and all(token.is_lower for token in span) and span[-1].dep_ == "compound" \
                and span[-1].head.i >= span.end:
            continue  # "held foreign office consultations": lower-case words that modify a noun name no body
        if len(span) == 1 and span.label_ in matchers.people:
            if _hyphen_joined(span):
                continue  # "Yunus-Bek Yevkurov", "Sam-Sumana": one part of a double name is no one's surname
            person = person_of.get(span.start)
            if person is not None and not _same_person(person, span.label_):
                continue  # "Bill Clinton" is not Hillary Clinton, "Francis Ngannou" not the pope
            token = doc[span.start]
            alone = len(span) == len(doc)  # the name is all the text there is (a caption, a list entry)
            if not (span.label_ in full_names or person is not None or alone
                    or token.pos_ == "PROPN" and token.i not in other_entity_tokens):
                continue
        kept.append(span)
    return filter_spans(kept)


def _hyphen_joined(span: Span) -> bool:
    """Whether a one-word name is one part of a hyphenated name that itself sits in a longer name: a double given
    name before a surname ("Yunus-Bek Yevkurov") or a double surname after a given name ("Samuel Sam-Sumana"). Two
    people's surnames so joined stay theirs ("the Trump-Putin summit")."""
    doc = span.doc
    first, last = span.start, span.end - 1
    while first >= 2 and _glued_hyphen(doc, first - 1):
        first -= 2
    while last + 2 < len(doc) and _glued_hyphen(doc, last + 1):
        last += 2
    if first == span.start and last == span.end - 1:
        return False
    table = agents()
    after = last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and doc[last + 1].text[:1].isupper()
    before = first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper() \
        and doc[first - 1].lower_ not in table
    return after or before


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen written with no space on either side ("Yunus-Bek")."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def dateline_agency(doc: Doc) -> Span | None:
    """The dictionary's news agency that the story's wire dateline credits ("MOSCOW, July 17. /TASS/.",
    "BEIJING (Xinhua) --"), over the token that holds it even where the tokenizer kept the slashes ("/TASS/."),
    labelled with its canonical name; None without such a dateline or agency."""
    dateline = find_dateline(_view(doc).text)
    if dateline is None or dateline.agency is None:
        return None
    name = _agency_names().get(countries.fold(dateline.agency).lower())
    start = doc.text.find(dateline.agency, dateline.start, dateline.end)
    if name is None or start < 0:
        return None
    span = doc.char_span(start, start + len(dateline.agency), alignment_mode="expand")
    return Span(doc, span.start, span.end, label=name) if span is not None else None


@functools.lru_cache(maxsize=None)
def _agency_names() -> dict[str, str]:
    """Folded lower-case alias -> canonical name, for the dictionary's news media (sector MED)."""
    media = {name for name, rows in dictionary().items() if any(row.sector == "MED" for row in rows)}
    return {countries.fold(alias).lower(): name for alias, name in dictionary_aliases() if name in media}


def _folded(doc: Doc) -> Doc:
    """The Doc itself when folding changes no token, else a copy with the same tokens folded ("Erdoğan" ->
    "Erdogan"), so that token offsets of matches on it hold for the Doc."""
    view = _view(doc)
    if all(word.isascii() for word in view.lower):
        return doc
    words = [word if word.isascii() else countries.fold(word) for word in view.orth]
    if words == view.orth:
        return doc
    spaces = [len(spaced) > len(word) for word, spaced in zip(view.orth, view.with_ws)]
    return Doc(doc.vocab, words=words, spaces=spaces)


NAMED_AFTER_LABELS = {"FAC", "ORG", "GPE", "LOC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}


def _inside_other_name(span: Span) -> bool:
    """Whether a person's name is part of a longer name of something else, which NER labels as such."""
    return any(ent.label_ in NAMED_AFTER_LABELS and ent.start <= span.start and span.end <= ent.end
               and len(ent) > len(span) and ent[-1].i >= span.end and ent[-1].text[:1].isupper()
               and ent[-1].lower_ not in {"'s", "’s"} for ent in _view(span.doc).ents)


def _opens_other_body(span: Span) -> bool:
    """Whether a dictionary body's name opens a longer organisation name NER found, which ends in a capitalised
    word that is no title ("the OSCE Minsk Group", not "the NATO Secretary General")."""
    table = agents()
    return any(ent.label_ == "ORG" and ent.start <= span.start and span.end < ent.end
               and all(token.is_stop or token.is_punct for token in span.doc[ent.start:span.start])
               and ent[-1].text[:1].isupper() and not (ent[-1].lower_ in table and table[ent[-1].lower_].title)
               for ent in _view(span.doc).ents)


def _closes_other_body(span: Span) -> bool:
    """Whether a dictionary body's name closes a longer organisation name NER found, after capitalised words that
    name no country or people ("the Christian Democratic Party", "the New Democratic Party"): a body of its own. A
    country word or a possessor before it ("the U.S. Democratic Party", "Iran's Hezbollah") is another rule's."""
    doc = span.doc
    for ent in _view(doc).ents:
        if ent.label_ == "ORG" and ent.start < span.start and span.end == ent.end:
            words = [token for token in doc[ent.start:span.start] if not (token.is_stop or token.is_punct)]
            return bool(words) and all(token.text[:1].isupper() and token.ent_type_ not in {"GPE", "NORP"}
                                       and countries.country_code(token.text) is None for token in words) \
                and not any(token.lower_ in {"'s", "’s", "-"} for token in doc[ent.start:span.start])
    return False


def _other_countrys_namesake(span: Span) -> bool:
    """Whether a dictionary body of one country is named, inside an organisation name NER found, after another
    country's name or nationality word and nothing else ("the Peruvian Foreign Office", "Tanzania People's Defence
    Force"): the name's own country word is the text's evidence, so that body is a namesake, not the one known."""
    rows = dictionary()[span.label_]
    if rows[0].type == "person" or not all(row.country and not countries.is_igo(row.country) for row in rows):
        return False
    doc = span.doc
    for ent in _view(doc).ents:
        if ent.label_ == "ORG" and ent.start < span.start and span.end <= ent.end:
            before = doc[ent.start:span.start]
            if any(token.lower_ in {"'s", "’s", "-"} for token in before):
                return False  # "Iran's Hezbollah", "Iranian-backed Hezbollah": the known body, another's ally
            words = [token for token in before if not (token.is_stop or token.is_punct)]
            code = countries.country_code(" ".join(token.text for token in words)) if words else None
            return code is not None and all(row.country != code for row in rows)
    return False


@functools.lru_cache(maxsize=None)
def _name_words() -> dict[str, frozenset[str]]:
    """Canonical name -> the lower-case, folded words of all its aliases."""
    words: dict[str, set[str]] = {}
    for alias, name in dictionary_aliases():
        words.setdefault(name, set()).update(countries.fold(word.lower()) for word in alias.split())
    return {name: frozenset(found) for name, found in words.items()}


HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "president", "minister"}


def _same_person(ent: Span, name: str) -> bool:
    """Whether every word of a PERSON entity (honorifics aside) belongs to the dictionary person's names."""
    words = _name_words().get(name, frozenset())
    return all(countries.fold(token.lower_) in words or token.lower_ in HONORIFICS or token.is_punct for token in ent)
