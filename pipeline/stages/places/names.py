"""Place names: the nationality words that point to a place, the text and shape of a name (capitalized words,
a trailing admin word), and whether the gazetteer knows it and by what name to look it up."""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from pipeline.knowledge import countries
from pipeline.stages.extensions import doc_text, doc_tokens
from pipeline.knowledge.gazetteer import Candidate, Entry, Gazetteer
from pipeline.resources import read_tsv, read_words

DEMONYMS_FILE = "place_demonyms.tsv"
# a town found by the gazetteer alone, or named by an entity the model gave another label (ORG, PERSON), is
# taken for sure when it is a capital or at least this big (smaller ones are "weak", see find_toponyms)
MIN_TOWN_POPULATION = 100_000
# a city big enough for the news to write its name in an older or foreign spelling ("Odessa", "Togliatti")
SPELLING_CITY_POPULATION = 500_000
# a city big enough to be written by its initials in the news ("LA", "HK", "KL")
ACRONYM_CITY_POPULATION = 500_000
VESSEL_WORDS_FILE = "vessel_words.txt"
LEADING_WORDS = frozenset({"the"})
# joining words of place names; "es" is the Arabic article as East African and Levantine names romanise it
# before a sun letter ("Dar es Salaam", "Ras es Sider")
NAME_PARTICLES = frozenset({"of", "and", "the", "el", "al", "es", "de", "du", "des", "la", "le", "les", "au", "aux",
                            "en", "sur", "upon", "on", "di", "da", "do", "dos", "das", "von", "van", "der", "y", "bin"})
ADMIN_WORDS = read_words("admin_division_words.txt")  # a division of a country: "region", "oblast"


@functools.lru_cache(maxsize=1)
def place_demonyms() -> dict[str, str]:
    """Demonym (normalized) -> place name; an empty place name means "not place evidence"."""
    return {countries.normalize(row["demonym"]): row["place"] for row in read_tsv(DEMONYMS_FILE)}


@functools.lru_cache(maxsize=50_000)
def demonym_place(text: str) -> str | None:
    """The place a nationality word points to ("Turkish" -> "Turkey", "Kurdish" -> "Kurdistan")."""
    key = countries.normalize(text)
    own = place_demonyms()
    if key in own:
        return own[key] or None
    iso3 = countries.demonym_code(text)
    return countries.country_name(iso3) if iso3 else None


def _words(span: Span) -> list[Token]:
    """The span's tokens from the Doc's cached list (iterating a Span builds new Token objects)."""
    return doc_tokens(span.doc)[span.start:span.end]


def _text(span: Span) -> str:
    """The span's text, sliced from the Doc's cached text (``span.text`` rebuilds it from new Token objects)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def _trim(span: Span) -> Span | None:
    """Drop a leading 'the', trailing possessive and punctuation."""
    tokens = doc_tokens(span.doc)
    start, end = span.start, span.end
    while start < end and (tokens[start].lower_ in LEADING_WORDS or tokens[start].is_punct):
        start += 1
    while end > start and (tokens[end - 1].is_punct or tokens[end - 1].tag_ == "POS"
                           or tokens[end - 1].lower_ in {"'s", "’s"}):
        end -= 1
    return span.doc[start:end] if end > start else None


def _is_strong(entry: Entry) -> bool:
    """Entries safe to take without a place label: countries, regions, seas, capitals and big towns."""
    if entry.feature == "county" and entry.country != "USA":
        # a UK county of one word is often also a name or surname ("Devon", "Kent", "Angus"): the model must tag
        # it; "-shire" names and names of several words ("East Sussex") are not people's
        return entry.name.endswith("shire") or " " in entry.name
    return entry.kind != "city" or entry.population >= MIN_TOWN_POPULATION or entry.capital


def _capitalized(words: list[Token]) -> bool:
    """Every word starts upper case ("DeKalb", "BEIRUT"), bar joining words ("Bosnia and Herzegovina",
    "Port-au-Prince")."""
    return words[0].text[:1].isupper() and all(_name_word(token) for token in words)


def _name_word(token: Token) -> bool:
    return token.text[:1].isupper() or not token.is_alpha or token.lower_ in NAME_PARTICLES


def _admin_tail(span: Span) -> Span | None:
    """The name part of "Fujian province", "Benue state": the capitalized words before lower-case admin words."""
    words = _words(span)
    cut = len(words)
    while cut > 0 and words[cut - 1].lower_ in ADMIN_WORDS and not words[cut - 1].text[:1].isupper():
        cut -= 1
    return span[:cut] if 0 < cut < len(words) and _capitalized(words[:cut]) else None


def _town_acronym(text: str, gaz: Gazetteer) -> bool:
    """A word of two or three capitals ("AI", "AM", "NIS") the gazetteer has only as towns, each by another name of
    a town that is no big city ("LA" is Los Angeles; "AI" is no Jordanian village) or by the town's own name, written
    otherwise ("the NIS" is no Nis, Serbia): an acronym, not a place."""
    if not (2 <= len(text) <= 3 and text.isalpha() and text.isupper()):
        return False
    found = gaz.candidates(text)
    return bool(found) and all(c.entry.kind == "city" and (
        c.alternate and c.entry.population < ACRONYM_CITY_POPULATION or not c.alternate and not c.entry.name.isupper())
        for c in found)


@functools.lru_cache(maxsize=50_000)  # asked of every capitalized name, many times an article
def _known(text: str, gaz: Gazetteer, *, strong_only: bool) -> bool:
    """The gazetteer has the name as a main name (of a strong entry, with ``strong_only``), or as another spelling
    of a big city (``_spelling_of_big_city``)."""
    found = gaz.candidates(text)
    return any(not c.alternate and (not strong_only or _is_strong(c.entry)) for c in found) \
        or any(_spelling_of_big_city(text, c) for c in found)


def _spelling_of_big_city(text: str, candidate: Candidate) -> bool:
    """Another spelling of a big city's name, one the news uses ("Togliatti" for Tolyatti, "Odessa" for Odesa,
    "Kharkov" for Kharkiv): a word of five letters or more that begins like the main name. Other alternate names
    (codes, names in other languages written in Latin letters, "Dublin City" for Dublin: often the town's
    council) are left to a place label."""
    entry = candidate.entry
    return candidate.alternate and entry.kind == "city" and entry.population >= SPELLING_CITY_POPULATION \
        and len(text) >= 5 and text.isalpha() and text[:2].lower() == entry.name[:2].lower()


def _is_organisation(text: str, gaz: Gazetteer) -> bool:
    """An international organisation ("UN", "NATO") is not a place, unless our own table records it (the EU)."""
    return countries.igo_code(text) is not None and not any(
        c.entry.kind == "other" and c.entry.country is None for c in gaz.candidates(text))


def _lookup_name(doc: Doc, span: Span, gaz: Gazetteer) -> str:
    """The name to look a span up by: itself; an abbreviation whose dot the tokenizer split off ("Vt" + ".");
    or, for a nationality word the model tagged GPE, its place."""
    name = _text(span)
    if doc_text(doc)[span.end_char:span.end_char + 1] == "." and gaz.is_abbreviation(name + "."):
        return name + "."
    if not gaz.candidates(name):
        return demonym_place(name) or _compass_translated(name, gaz) or name
    return name


# English compass words and the French ones of the names of regions in French-speaking countries ("North Kivu" is
# Nord-Kivu, "North-West" of Haiti Nord-Ouest), as the gazetteer holds them
COMPASS_FRENCH = {"north": "Nord", "south": "Sud", "east": "Est", "west": "Ouest", "northwest": "Nord-Ouest",
                  "north-west": "Nord-Ouest", "southwest": "Sud-Ouest", "south-west": "Sud-Ouest",
                  "northeast": "Nord-Est", "north-east": "Nord-Est", "southeast": "Sud-Est", "south-east": "Sud-Est"}


def _compass_translated(name: str, gaz: Gazetteer) -> str | None:
    """A region the text names with an English compass word that the gazetteer knows only by its French name
    ("North Kivu": Nord-Kivu), when that name is a region's."""
    first, _, rest = name.partition(" ")
    french = COMPASS_FRENCH.get(first.lower())
    if french is None or not rest:
        return None
    for candidate in (f"{french}-{rest}", f"{french} {rest}"):
        if any(c.entry.kind == "region" and not c.alternate for c in gaz.candidates(candidate)):
            return candidate
    return None



def names_a_vessel(span: Span) -> bool:
    """A name right after a lower-case ship noun ("the cruiser Zunyi", "the tanker Basra Star") is a vessel's:
    navies and shipping lines name ships after towns and regions (``vessel_words.txt``)."""
    tokens = doc_tokens(span.doc)
    previous = tokens[span.start - 1] if span.start > 0 else None
    return previous is not None and previous.text[:1].islower() and previous.lower_ in read_words(VESSEL_WORDS_FILE)
