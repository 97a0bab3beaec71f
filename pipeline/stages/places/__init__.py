"""Places stage: toponyms in the article (names, demonyms, metonyms) found and put on the map.

Finding: the model's GPE/LOC entities, nationality adjectives (NORP) that name a country or region, other
entities whose whole text is a known place ("Moscow said" tagged ORG), place names inside organisation names,
sites named after their town ("Cairo Stadium") or by what they are ("Dolmabahce Palace", "at the White House"),
a wire dateline, and known names the model missed ("Turkiye"); small towns met without a place label stay only
when the article backs them up. Resolving: every candidate the gazetteer offers is scored by its size and kind,
then by the article's context: the countries and states it names, a "City, State" qualifier, and nearness to the
places already settled. A toponym the gazetteer does not know keeps its mention and gets a place with null
coordinates. A place only nationality words point to ("Turkish officials") is kept but not ``named``.
"""
from __future__ import annotations

import bisect
import functools
import math
from collections import Counter
from typing import Iterable, Iterator, NamedTuple

from spacy.language import Language
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from pipeline.knowledge import countries
from pipeline.stages.datelines import find_dateline
from pipeline.stages.extensions import doc_text, doc_tokens
from pipeline.knowledge.gazetteer import Candidate, Entry, Gazetteer, gazetteer
from pipeline.records import Mention, Place
from pipeline.resources import read_tsv, read_words

PLACE_LABELS = frozenset({"GPE", "LOC"})
NATIONALITY_LABELS = frozenset({"NORP"})
# entity labels whose whole text may still be a place used for its government or team ("Moscow said")
RELABELLED = frozenset({"ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE", "LAW"})
# entity labels that may hold a place name inside them ("the Russian Foreign Ministry")
CONTAINERS = frozenset({"ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
DEMONYMS_FILE = "place_demonyms.tsv"
STOPWORDS_FILE = "place_stopwords.txt"
DIRECTIONS_FILE = "place_directions.txt"
SITES_FILE = "place_sites.txt"
DATELINES_FILE = "place_datelines.tsv"
SITE_REACH = 300  # characters between a site and the town it is placed at
MAX_NAME_TOKENS = 5
# a town found by the gazetteer alone, or named by an entity the model gave another label (ORG, PERSON), is
# taken for sure when it is a capital or at least this big (smaller ones are "weak", see find_toponyms)
MIN_TOWN_POPULATION = 100_000
LEADING_WORDS = frozenset({"the"})
# "<country>-administered Kashmir": the part of a place a country holds, a place of its own; an administered
# part lies in the country that administers it, an occupied, held or controlled one in the whole's country
CONTROL_WORDS = frozenset({"administered", "controlled", "held", "occupied"})
LOCATIVE_WORDS = frozenset({"at", "in", "inside", "outside", "near", "from"})
PERSON_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "sen", "rep", "gov", "gen"})
NAME_PARTICLES = frozenset({"of", "and", "the", "el", "al", "de", "du", "des", "la", "le", "les", "au", "aux", "en",
                            "sur", "upon", "on", "di", "da", "do", "dos", "das", "von", "van", "der", "y", "bin"})
ADMIN_WORDS = frozenset({"province", "state", "region", "county", "city", "oblast", "governorate", "district",
                         "prefecture", "territory", "department", "municipality", "island", "islands"})
# by kind, or by the finer feature where there is one (a pycountry subdivision often shares its town's name)
KIND_BONUS = {"country": 2.5, "region": 1.5, "other": 1.0, "city": 0.0, "subdivision": 0.0, "county": 1.5}
CAPITAL_BONUS = 2.5
ALTERNATE_PENALTY = 2.0
CONTEXT_COUNTRY_BONUS = 3.0  # times the country's share of the article's places
CONTEXT_COUNTRY_PRESENT = 1.0  # for a country named at all elsewhere in the article
FINAL_PASSES = 2  # rounds of looking at every name again with all the others decided
CONTEXT_STATE_BONUS = 3.0
QUALIFIER_BONUS = 20.0
NEAR_KM, NEAR_BONUS = 150.0, 2.0
CLOSE_KM, CLOSE_BONUS = 400.0, 1.0
KM_PER_DEGREE = 2 * math.pi * 6371.0 / 360  # of latitude, on the sphere distance_km uses


class Toponym(NamedTuple):
    """A stretch of text naming a place, before resolution."""

    text: str
    start: int  # character offsets
    end: int
    source: str  # ner | nationality | known | embedded | facility | site | gazetteer | dateline | weak
    lookup: str  # the name to look up (a demonym's place name, or the text itself)
    facility: bool = False  # a building or site named after the place it stands in ("Cairo Stadium")
    # "southern" in "southern Israel", "Pakistan-administered" in "Pakistan-administered Kashmir": the place is
    # that part of the whole
    direction: str | None = None


class Resolved(NamedTuple):
    toponym: Toponym
    entry: Entry | None


@Language.factory(
    "parley_places",
    assigns=["doc._.places", "doc._.place_mentions"],
    requires=["doc.ents"],
    default_config={"nationalities": True, "plural_nationalities": False, "embedded": True, "facilities": True,
                    "weak": True},
)
def make_places(nlp: Language, name: str, *, nationalities: bool, plural_nationalities: bool,
                embedded: bool, facilities: bool, weak: bool) -> "PlaceStage":
    return PlaceStage(nationalities=nationalities, plural_nationalities=plural_nationalities, embedded=embedded,
                      facilities=facilities, weak=weak)


class PlaceStage:
    """Options: ``nationalities`` ("Turkish" as evidence of Turkey), ``plural_nationalities`` (also "Russians"),
    ``embedded`` (places inside organisation names), ``facilities`` (sites named after their town, "Cairo
    Stadium"), ``weak`` (small towns without a place label, when the article backs them up)."""

    def __init__(self, *, nationalities: bool = True, plural_nationalities: bool = False,
                 embedded: bool = True, facilities: bool = True, weak: bool = True):
        self.options = {"nationalities": nationalities, "plural_nationalities": plural_nationalities,
                        "embedded": embedded, "facilities": facilities, "weak": weak}

    def __call__(self, doc: Doc) -> Doc:
        gaz = gazetteer()
        toponyms = list(find_toponyms(doc, gaz, **self.options))
        resolved = resolve_toponyms(doc_text(doc), toponyms, gaz)
        places, mentions = place_records(resolved)
        self.set_annotations(doc, places, mentions)
        return doc

    @staticmethod
    def set_annotations(doc: Doc, places: list[Place], mentions: list[Mention]) -> None:
        doc._.places = places
        doc._.place_mentions = mentions


# ----------------------------------------------------------------------------------------------------------
# finding


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


def _is_plural_people(span: Span) -> bool:
    last = span[-1]
    return last.tag_ in {"NNPS", "NNS"} or (last.text.endswith("s") and not last.text.endswith("ss")
                                            and demonym_place(last.text[:-1]) is not None)


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


def _person_words(doc: Doc, ents: list[Span]) -> set[str]:
    """Words that are part of multi-word person names in this article (a 'Buhari' GPE is the person)."""
    return {token.lower_ for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 for token in _words(ent)}


def _other_entity_words(doc: Doc, ents: list[Span]) -> set[str]:
    """Words the model tags, somewhere in this article, as part of a person, organisation or product."""
    return {token.lower_ for ent in ents if ent.label_ in {"PERSON", "ORG", "PRODUCT"} for token in _words(ent)}


def _after_title(span: Span) -> bool:
    """A personal title right before the span ("President Bush", "Mr. Paris")."""
    from pipeline.stages.actors.knowledge import agents

    previous = doc_tokens(span.doc)[span.start - 1] if span.start > 0 else None
    agent = agents().get(previous.lower_) if previous is not None else None
    return bool(agent and agent.title) or (previous is not None and previous.lower_.rstrip(".") in PERSON_TITLES)


def _is_strong(entry: Entry) -> bool:
    """Entries safe to take without a place label: countries, regions, seas, capitals and big towns."""
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


@functools.lru_cache(maxsize=50_000)  # asked of every capitalized name, many times an article
def _known(text: str, gaz: Gazetteer, *, strong_only: bool) -> bool:
    """The gazetteer has the name as a main name (of a strong entry, with ``strong_only``)."""
    return any(not c.alternate and (not strong_only or _is_strong(c.entry)) for c in gaz.candidates(text))


def _is_organisation(text: str, gaz: Gazetteer) -> bool:
    """An international organisation ("UN", "NATO") is not a place, unless our own table records it (the EU)."""
    return countries.igo_code(text) is not None and not any(
        c.entry.kind == "other" and c.entry.country is None for c in gaz.candidates(text))


def _direction_before(span: Span) -> str | None:
    """ "southern" right before "Israel" (not inside a name such as "South Sudan" or "Western Sahara"), or a
    country's hold over the part named: "Pakistan-administered" before "Kashmir"."""
    tokens = doc_tokens(span.doc)
    previous = tokens[span.start - 1] if span.start > 0 else None
    if previous is not None and previous.lower_ in read_words(DIRECTIONS_FILE):
        return previous.lower_
    if previous is not None and previous.lower_ in CONTROL_WORDS and span.start >= 3 \
            and tokens[span.start - 2].text == "-" and countries.country_code(tokens[span.start - 3].text) is not None:
        return f"{tokens[span.start - 3].text}-{previous.lower_}"
    return None


def _is_site(ent: Span, span: Span) -> bool:
    """A named building or site with no town in its name: a FAC whose head word is a site word ("Dolmabahce
    Palace", "the Great Hall of the People"), or a seat of government the model calls an organisation where
    something happens at it ("talks at the White House"; "the White House said" stays an actor only)."""
    if ent.label_ == "FAC":
        return _capitalized(_words(span)) and _site_head(_words(span)) in read_words(SITES_FILE)
    return ent.label_ == "ORG" and _after_locative(ent) and countries.metonym_code(_text(span)) is not None \
        and _capitalized(_words(span))


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


def _is_stopword(text: str) -> bool:
    return text.lower() in read_words(STOPWORDS_FILE)


def find_toponyms(doc: Doc, gaz: Gazetteer, *, nationalities: bool = True, plural_nationalities: bool = False,
                  embedded: bool = True, facilities: bool = True, weak: bool = True) -> Iterator[Toponym]:
    """Every stretch of the text that names a place, in text order, without overlaps.

    Toponyms with source "weak" are small towns met without a place label (an ORG-tagged "Greer", an untagged
    "Hagerstown"): ``resolve_toponyms`` keeps them only when the article's other places back them up.
    """
    found: list[Toponym] = []
    taken = [False] * len(doc)
    text = doc_text(doc)
    ents = list(doc.ents)
    words = _doc_words(doc)

    def text_of(span: Span) -> str:
        return text[span.start_char:span.end_char]

    people = _person_words(doc, ents)
    elsewhere = _other_entity_words(doc, ents)
    trimmed = {ent.start: _trim(ent) for ent in ents}  # entities never overlap
    persons = [trimmed[ent.start] for ent in ents if ent.label_ == "PERSON"]
    titled = {text_of(span).lower() for span in persons if span is not None and _after_title(span)}

    def take(span: Span, source: str, lookup: str | None = None, *, facility: bool = False) -> None:
        if lookup is None:
            lookup = _lookup_name(doc, span, gaz)
        name = text[span.start_char:span.end_char]
        if _is_stopword(name) or any(taken[span.start:span.end]) or _is_organisation(lookup, gaz):
            return
        found.append(Toponym(name, span.start_char, span.end_char, source, lookup, facility,
                             _direction_before(span)))
        for i in range(span.start, span.end):
            taken[i] = True

    for span in _dateline(doc, gaz):
        take(span, "dateline", dateline_sites().get(text_of(span)))
    for first, second in zip(ents, ents[1:]):
        # one name the model cut in two at its "and" ("Antigua" and "Barbuda" as two people)
        if second.start == first.end + 1 and words.tokens[first.end].lower_ == "and":
            head, tail = trimmed[first.start], trimmed[second.start]
            joined = doc[head.start:tail.end] if head is not None and tail is not None else None
            if joined is not None and _known(text_of(joined), gaz, strong_only=True):
                take(joined, "known")
    for ent in ents:
        span = trimmed[ent.start]
        if span is None or any(taken[span.start:span.end]):
            continue
        label, name = ent.label_, text_of(span)
        if label in PLACE_LABELS:
            if not _capitalized(_words(span)):
                tail = _admin_tail(span)
                if tail is not None:
                    take(span, "ner", _lookup_name(doc, tail, gaz))
                continue
            lone_person_word = len(span) == 1 and name.lower() in people
            if lone_person_word and not _known(name, gaz, strong_only=True):
                continue
            if any(char.isdigit() for char in name) and not gaz.candidates(_lookup_name(doc, span, gaz)):
                continue  # an unknown code ("M23", "G20") is no place name
            if len(span) == 1 and name.lower() in elsewhere and not gaz.candidates(_lookup_name(doc, span, gaz)):
                continue  # an unknown word the model also calls a person or an organisation: not a place
            for part in _split_on_commas(span):
                take(part, "ner")
        elif label in NATIONALITY_LABELS and nationalities and demonym_place(name) is not None:
            if plural_nationalities or not _is_plural_people(span):
                take(span, "nationality", demonym_place(name))
        elif label in NATIONALITY_LABELS and nationalities and "-" in name:
            # "anti-Russian", "pro-Western": the nationality after the last hyphen
            head = name.rsplit("-", 1)[1]
            place = demonym_place(head) if head[:1].isupper() else None
            if place is not None:
                end = span.end_char
                found.append(Toponym(head, end - len(head), end, "nationality", place))
                for i in range(span.start, span.end):
                    taken[i] = True
        elif label in RELABELLED or label in NATIONALITY_LABELS:
            if not _capitalized(_words(span)) or gaz.is_abbreviation(name):
                continue
            if label == "PERSON" and name.lower() in titled:
                continue  # "President Bush" is a man, not the Egyptian town, here and later in the article
            if _known(name, gaz, strong_only=True) or countries.capital_code(name) is not None:
                take(span, "known")  # a capital may be written the old way ("Kiev"), an alternate name
            elif weak and _known(name, gaz, strong_only=False) and name.lower() not in people \
                    and not _is_site(ent, span):  # a site named like a small town ("the White House") is a site
                take(span, "weak")
    if facilities:
        for ent in ents:
            if ent.label_ not in {"FAC", "ORG"} or any(taken[ent.start:ent.end]):
                continue
            span = trimmed[ent.start]
            if span is None or ent.label_ == "ORG" and not _is_site(ent, span):
                continue
            inner = next(iter(_scan(words, ent.start, ent.end, gaz, nationalities=False)), None)
            if ent.label_ == "FAC" and inner is not None and inner[1] != "weak":
                take(span, "facility", inner[2], facility=True)  # "Cairo Stadium": at its town
            elif (inner is None or inner[1] == "weak") and _is_site(ent, span):
                take(span, "site", text_of(span), facility=True)  # "Dolmabahce Palace": placed by its country
    if embedded:
        for ent in ents:
            if ent.label_ in CONTAINERS and not any(taken[ent.start:ent.end]):
                for span, source, lookup in _scan(words, ent.start, ent.end, gaz, nationalities=nationalities):
                    if (span.start, span.end) != (ent.start, ent.end) and source != "weak":
                        take(span, "embedded", lookup)
    # the stretches outside every entity and toponym: a scan there takes names only inside the stretch, so
    # the stretches can be fixed before scanning
    blocked = taken[:]
    for ent in ents:
        blocked[ent.start:ent.end] = [True] * (ent.end - ent.start)
    stops = [i for i, flag in enumerate(blocked) if flag]
    stops.append(len(doc))
    free_from = 0
    for stop in stops:
        if stop > free_from:
            for span, source, lookup in _scan(words, free_from, stop, gaz, nationalities=nationalities):
                if source != "weak" or weak:
                    take(span, source, lookup)
        free_from = stop + 1
    yield from sorted(found, key=lambda t: (t.start, t.end))


def _lookup_name(doc: Doc, span: Span, gaz: Gazetteer) -> str:
    """The name to look a span up by: itself; an abbreviation whose dot the tokenizer split off ("Vt" + ".");
    or, for a nationality word the model tagged GPE, its place."""
    name = _text(span)
    if doc_text(doc)[span.end_char:span.end_char + 1] == "." and gaz.is_abbreviation(name + "."):
        return name + "."
    if not gaz.candidates(name):
        return demonym_place(name) or name
    return name


@functools.lru_cache(maxsize=1)
def dateline_sites() -> dict[str, str]:
    """Datelines naming a site, not a town -> the place they stand for."""
    return {row["dateline"]: row["place"] for row in read_tsv(DATELINES_FILE)}


def _dateline(doc: Doc, gaz: Gazetteer) -> Iterator[Span]:
    """The place of a wire dateline ("COLUMBUS, Ohio —", "BEIRUT (AP)", "KINSHASA/KIGALI, March 19 (Reuters) -",
    see ``datelines.find_dateline``): each town it names, then its state or country ("TAIPEI, Taiwan")."""
    dateline = find_dateline(doc_text(doc))
    if dateline is None:
        return
    towns = []
    start = dateline.place_start
    for part in dateline.place.split("/"):  # "KINSHASA/KIGALI": filed from two towns
        span = doc.char_span(start, start + len(part))
        start += len(part) + 1
        if span is not None and (_text(span) in dateline_sites() or _known(_text(span), gaz, strong_only=False)):
            towns.append(span)  # a site ("UNITED NATIONS") is looked up through what it stands for
    yield from towns
    if towns and dateline.region is not None:
        region = doc.char_span(dateline.region_start, dateline.region_end)
        if region is not None and any(c.entry.kind in {"region", "country"}
                                      for c in gaz.candidates(_lookup_name(doc, region, gaz))):
            yield region


def _split_on_commas(span: Span) -> Iterator[Span]:
    """'Paris, Texas' tagged as one entity is two toponyms."""
    start = span.start
    for token in _words(span):
        if token.text == ",":
            if token.i > start:
                yield span.doc[start:token.i]
            start = token.i + 1
    if start < span.end:
        yield span.doc[start:span.end]


class _Words(NamedTuple):
    """A Doc's tokens and text, and the words a name may start at, gathered once per Doc for the scans."""

    doc: Doc
    tokens: list[Token]
    text: str
    starts: list[int]  # positions of capitalized words other than "The", in order
    proper: list[bool]  # each token's part of speech is PROPN (read once: ``token.pos_`` builds a string)


def _doc_words(doc: Doc) -> _Words:
    tokens, text = doc_tokens(doc), doc_text(doc)
    # the first letter read from the text at each token's offset: cheaper than asking every Token for its text
    starts = [i for i, offset in enumerate(doc.to_array("IDX").tolist()) if text[offset].isupper()
              and tokens[i].lower_ not in LEADING_WORDS and (tokens[i].is_alpha or tokens[i].text.endswith("."))]
    proper = [pos == PROPN for pos in doc.to_array("POS").tolist()]
    return _Words(doc, tokens, text, starts, proper)


def _scan(words: _Words, start: int, end: int, gaz: Gazetteer, *,
          nationalities: bool) -> Iterator[tuple[Span, str, str]]:
    """Known names (longest first) among the capitalized words of doc[start:end]: (span, source, lookup)."""
    position = bisect.bisect_left(words.starts, start)
    while position < len(words.starts) and words.starts[position] < end:
        i = words.starts[position]
        hit = _name_at(words, i, end, gaz, nationalities=nationalities)
        if hit:
            n, source, lookup = hit
            yield words.doc[i:i + n], source, lookup
            position = bisect.bisect_left(words.starts, i + n, position)
        else:
            position += 1


def _name_at(words: _Words, i: int, end: int, gaz: Gazetteer, *, nationalities: bool) -> tuple[int, str, str] | None:
    """The longest known name starting at word i and ending by ``end``: (its length in words, source, lookup)."""
    tokens, text = words.tokens, words.text
    token = tokens[i]
    longest = 1  # the words from i on are _capitalized up to this length, and no further
    while longest < min(MAX_NAME_TOKENS, end - i) and _name_word(tokens[i + longest]):
        longest += 1
    start_char = token.idx
    for n in range(longest, 0, -1):
        last = tokens[i + n - 1]
        end_char = last.idx + len(last.text)
        name = text[start_char:end_char]
        if gaz.is_abbreviation(name):
            return n, "gazetteer", name
        if last.is_punct:
            continue
        if n == 1 and text[end_char:end_char + 1] == "." and gaz.is_abbreviation(name + "."):
            return n, "gazetteer", name + "."
        place = demonym_place(name) if nationalities else None
        if place is not None and last.tag_ in {"JJ", "NNP", "NN"}:
            return n, "nationality", place
        proper = words.proper[i:i + n]
        if not any(proper) or (n == 1 and len(token.text) <= 3 and not token.is_upper):
            continue
        if n == 1 and token.is_sent_start and not proper[0]:
            continue
        if _known(name, gaz, strong_only=True):
            return n, "gazetteer", name
        if all(proper) and _known(name, gaz, strong_only=False):
            return n, "weak", name
    return None


# ----------------------------------------------------------------------------------------------------------
# resolving


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((phi2 - phi1) / 2) ** 2
         + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


# resolution measures the same pairs of towns again in every round, and the same pairs recur across articles
_known_distance_km = functools.lru_cache(maxsize=100_000)(distance_km)


def _nearest_km(lat: float, lon: float, points: list[tuple], *, within: float) -> float:
    """Distance to the nearest of ``points`` when it is at most ``within`` km, else infinity. Points further
    north or south than that are skipped unmeasured (a degree of latitude is never less than KM_PER_DEGREE)."""
    reach = within / KM_PER_DEGREE + 0.01
    near = [_known_distance_km(lat, lon, point_lat, point_lon) for point_lat, point_lon, *_ in points
            if abs(point_lat - lat) <= reach]
    nearest = min(near, default=math.inf)
    return nearest if nearest <= within else math.inf


class Context(NamedTuple):
    countries: Counter  # ISO3 -> weight
    states: Counter  # (ISO3, admin1) -> weight
    points: list[tuple[float, float, str | None, str | None]]  # settled towns: lat, lon, ISO3, admin1
    total: float  # sum of the country weights
    local: Counter  # ISO3 -> weight, from towns and regions only (not from country names)
    local_total: float


def _qualifier(text: str, toponyms: list[Toponym], index: int, gaz: Gazetteer) -> list[Entry]:
    """Entries of a state or country written right after this toponym ("Paris, Texas", "Athens, Ga.")."""
    if index + 1 >= len(toponyms):
        return []
    here, after = toponyms[index], toponyms[index + 1]
    between = text[here.end:after.start]
    if between.strip() not in {",", "("} or len(between) > 3:
        return []
    return [c.entry for c in gaz.candidates(after.lookup) if c.entry.kind in {"region", "country"}
            and c.entry.feature != "county"]


def _base_score(candidate) -> float:
    """The part of a reading's score its context does not change: size, kind, alternate name, capital."""
    entry = candidate.entry
    score = math.log10(entry.population + 10) + KIND_BONUS.get(entry.feature or entry.kind, 0.0)
    if candidate.alternate:
        score -= ALTERNATE_PENALTY
    if entry.capital:
        score += CAPITAL_BONUS
    return score


def _context_score(candidate, context: Context, score: float, qualified: float) -> float:
    """A reading's score in this context, from its base score and its qualifier bonus (``_qualified``), each
    computed once per name."""
    entry = candidate.entry
    if entry.kind == "region" and entry.admin1 and entry.feature is None:
        # a state or province needs towns or regions of its country around it, not just the country's name
        share = context.local.get(entry.country, 0.0) / context.local_total if context.local_total else 0.0
        score += CONTEXT_COUNTRY_BONUS * share + (CONTEXT_COUNTRY_PRESENT if share else 0.0)
    elif entry.country and context.total:
        share = context.countries.get(entry.country, 0.0) / context.total
        score += CONTEXT_COUNTRY_BONUS * share + (CONTEXT_COUNTRY_PRESENT if share else 0.0)
    if candidate.alternate and entry.feature != "county":
        # a town met under another of its names gets no help from its surroundings (a county named without
        # the word "County" does: that is how local news names it)
        return score + qualified
    if entry.admin1 and entry.kind != "country" and context.states.get((entry.country, entry.admin1), 0) > 0:
        score += CONTEXT_STATE_BONUS
    score += qualified
    if entry.kind == "city" and entry.lat is not None and context.points:
        nearest = _nearest_km(entry.lat, entry.lon, context.points, within=CLOSE_KM)
        score += NEAR_BONUS if nearest <= NEAR_KM else CLOSE_BONUS if nearest <= CLOSE_KM else 0.0
    return score


def _qualified(entry: Entry, qualifiers: list[Entry]) -> float:
    for qualifier in qualifiers:
        if qualifier.kind == "country" and entry.country == qualifier.country and entry.kind != "country":
            return QUALIFIER_BONUS
        if qualifier.kind == "region" and entry.country == qualifier.country and entry.admin1 \
                and entry.admin1 == qualifier.admin1 and entry != qualifier:
            return QUALIFIER_BONUS
    return 0.0


def _context(settled: Iterable[tuple[Toponym, Entry, float]], *, skip: str | None = None) -> Context:
    country_weights: Counter = Counter()
    local: Counter = Counter()
    states: Counter = Counter()
    points: list[tuple[float, float, str | None, str | None]] = []
    for toponym, entry, weight in settled:
        if skip is not None and countries.normalize(toponym.lookup) == skip:
            continue
        if entry.country:
            country_weights[entry.country] += weight
            if entry.kind != "country" and not entry.capital:  # a capital mostly stands for its country
                local[entry.country] += weight
        if entry.kind == "region" and entry.country == "USA" and entry.admin1:
            states[(entry.country, entry.admin1)] += weight
        elif entry.kind == "city" and entry.admin1 and entry.lat is not None:
            states[(entry.country, entry.admin1)] += weight * 0.5
            points.append((entry.lat, entry.lon, entry.country, entry.admin1))
    return Context(country_weights, states, points, float(sum(country_weights.values())), local,
                   float(sum(local.values())))


def _weight(toponym: Toponym) -> float:
    return {"nationality": 0.5, "dateline": 2.0}.get(toponym.source, 1.0)


def resolve_toponyms(text: str, toponyms: list[Toponym], gaz: Gazetteer) -> list[Resolved]:
    """Pick one gazetteer entry per toponym (or None), using the whole article as context.

    The same name with the same qualifier gets one reading. Names are decided one at a time, the surest first
    (the widest lead of its best reading over the next), each decision joining the context of the next ones;
    then every name is looked at again (FINAL_PASSES times) with all the others decided.
    """
    candidate_lists = [gaz.candidates(t.lookup) for t in toponyms]
    qualifiers = [_qualifier(text, toponyms, i, gaz) for i in range(len(toponyms))]
    groups: dict[tuple, list[int]] = {}
    for i, (toponym, candidates) in enumerate(zip(toponyms, candidate_lists)):
        if candidates:
            groups.setdefault((countries.normalize(toponym.lookup), toponym.lookup, tuple(qualifiers[i])), []).append(i)
    decided: dict[tuple, Entry] = {}
    members = {key: [(toponyms[i], _weight(toponyms[i])) for i in positions if toponyms[i].source != "weak"]
               for key, positions in groups.items()}

    def settled(*, skip: tuple | None = None) -> list[tuple[Toponym, Entry, float]]:
        """The decided places, but for those under the name ``skip`` (in any of its groups) when given."""
        return [(toponym, entry, weight) for key, entry in decided.items() if skip is None or key[0] != skip[0]
                for toponym, weight in members[key]]

    fixed: dict[tuple, list[tuple[Candidate, float, float]]] = {}  # key -> its readings' context-free parts

    def ranked(key: tuple) -> list[tuple[float, Entry]]:
        first = groups[key][0]
        if len(candidate_lists[first]) == 1:
            return [(math.inf, candidate_lists[first][0].entry)]  # one reading: nothing to weigh
        if key not in fixed:
            fixed[key] = [(c, _base_score(c), _qualified(c.entry, qualifiers[first])) for c in candidate_lists[first]]
        context = _context(settled(skip=key))
        scored = [(_context_score(c, context, base, qualified), c.entry) for c, base, qualified in fixed[key]]
        return sorted(scored, key=lambda pair: -pair[0])

    for key in groups:  # a single main-name reading needs no context
        main = [c.entry for c in candidate_lists[groups[key][0]] if not c.alternate]
        if len(main) == 1:
            decided[key] = main[0]
    pending = [key for key in groups if key not in decided]
    leads = {}
    for key in pending:
        scores = ranked(key)
        leads[key] = scores[0][0] - scores[1][0] if len(scores) > 1 else math.inf
    for key in sorted(pending, key=lambda k: -leads[k]):
        decided[key] = ranked(key)[0][1]
    for _ in range(FINAL_PASSES):
        changed = False
        for key in list(groups):
            best = ranked(key)[0][1]
            changed = changed or best != decided[key]
            decided[key] = best
        if not changed:
            break  # a pass that changes nothing would be repeated exactly by the next
    context = _context(settled())
    chosen: list[Entry | None] = [None] * len(toponyms)
    for key, positions in groups.items():
        for i in positions:
            chosen[i] = _placed(decided[key], context, gaz)
    return [Resolved(t, entry) for t, entry in zip(toponyms, chosen)
            if t.source != "weak" or (entry is not None and entry.kind == "city" and _backed(entry, context))]


def _backed(entry: Entry, context: Context) -> bool:
    """A small town met without a place label stays only when the article names its state or a town nearby."""
    if entry.admin1 and context.states.get((entry.country, entry.admin1), 0) > 0:
        return True
    return entry.lat is not None and _nearest_km(entry.lat, entry.lon, context.points, within=NEAR_KM) <= NEAR_KM


def _placed(entry: Entry, context: Context, gaz: Gazetteer) -> Entry:
    """Give a county (which the gazetteer holds without coordinates) a point: a settled town of the article in
    the same state, else the biggest town named like the county in that state, else the state's point."""
    if entry.lat is not None or entry.feature != "county":
        return entry
    for lat, lon, iso3, admin1 in context.points:
        if iso3 == entry.country and admin1 == entry.admin1:
            return entry._replace(lat=lat, lon=lon)
    stem = entry.name.rsplit(" ", 1)[0]
    towns = [c.entry for c in gaz.candidates(stem)
             if c.entry.kind == "city" and c.entry.country == entry.country and c.entry.admin1 == entry.admin1]
    if towns:
        town = max(towns, key=lambda t: t.population)
        return entry._replace(lat=town.lat, lon=town.lon)
    states = [c.entry for c in gaz.candidates(entry.admin1 and _state_name(entry.admin1, gaz) or "")
              if c.entry.kind == "region" and c.entry.admin1 == entry.admin1]
    if states:
        return entry._replace(lat=states[0].lat, lon=states[0].lon)
    return entry


def _state_name(admin1: str, gaz: Gazetteer) -> str:
    return gaz.state_names.get(admin1, "")


# ----------------------------------------------------------------------------------------------------------
# records


def place_records(resolved: Iterable[Resolved]) -> tuple[list[Place], list[Mention]]:
    """One Place per distinct place, one Mention per toponym. A place is ``named`` when at least one of its
    mentions names it as a location (see ``_names_location``)."""
    resolved = list(resolved)
    places: list[Place] = []
    mentions: list[Mention] = []
    ids: dict[tuple, str] = {}
    named: set[str] = set()
    home = _main_country(resolved)
    for toponym, entry in resolved:
        if toponym.source == "site" and entry is not None and entry.kind == "city":
            entry = None  # a town that shares a site's name is not where the site is ("White House", Tennessee)
        if entry is not None and toponym.facility:
            # a site inside a resolved place: its own place, at the point of the place it stands in
            entry = Entry(toponym.text, "other", entry.country, entry.lat, entry.lon, None, 0)
        elif entry is None and toponym.source == "site":
            # a named site with no town in its name: in the country its name stands for, else in that of the
            # town named next to it, else in that of the town the story is filed from (the reporter is there),
            # else in the story's, else in that of the closest town the story names; at the point of a town
            # named next to it, else with no point
            country = countries.metonym_code(toponym.text)
            town = _nearby_town(resolved, toponym, country)
            if country is None and town is not None:
                country = town.country
            if country is None:
                country = next((entry.country for other, entry in resolved if other.source == "dateline"
                                and entry is not None and entry.kind == "city"), None)
            if country is None:
                closest = _nearby_town(resolved, toponym, None, reach=math.inf)
                country = home or (closest.country if closest is not None else None)
            entry = Entry(toponym.text, "other", country, town and town.lat, town and town.lon, None, 0) \
                if country else None
        if entry is not None and toponym.direction and entry.kind != "city":
            # "southern Israel": a region of its own, at the whole place's point ("central Seoul" stays Seoul),
            # named as the text names it ("eastern Congo", not "eastern Democratic Republic of the Congo")
            entry = Entry(f"{toponym.direction} {toponym.text}", "region", _part_country(toponym.direction, entry),
                          entry.lat, entry.lon, None, 0)
        if entry is not None:
            key = ("entry", entry.geonames_id, entry.name, entry.kind, entry.country, entry.lat, entry.lon)
        else:
            key = ("text", countries.normalize(toponym.lookup))
        if key not in ids:
            ids[key] = f"p{len(places) + 1}"
            if entry is not None:
                places.append(Place(ids[key], entry.name, entry.kind, entry.country, entry.lat, entry.lon,
                                    entry.geonames_id))
            else:
                # a place the gazetteer lacks may still say its country ("the Russian Far East")
                places.append(Place(ids[key], toponym.lookup, "other", _leading_country(toponym.lookup)))
        mentions.append(Mention(ids[key], "place", toponym.text, toponym.start, toponym.end))
        if _names_location(toponym):
            named.add(ids[key])
    return [place._replace(named=place.place_id in named) for place in places], mentions


def _part_country(direction: str, whole: Entry) -> str | None:
    """The country of a part of a place: the whole's, but for an administered part (see CONTROL_WORDS)."""
    holder, _, control = direction.rpartition("-")
    return countries.country_code(holder) if holder and control == "administered" else whole.country


def _names_location(toponym: Toponym) -> bool:
    """A nationality word ("Turkish officials") points to a place without naming it, and a bloc of states named
    as a body ("the European Union", "EU") is an organisation more than a location: both stay place mentions
    (a geoparser counts them) but do not make their place a named one."""
    demonym = toponym.source == "nationality" or (
        toponym.lookup != toponym.text and demonym_place(toponym.text) == toponym.lookup)
    return not demonym and countries.igo_code(toponym.lookup) is None


def _leading_country(name: str) -> str | None:
    """The country whose nationality word opens a longer name ("Russian Far East"). Only a nationality word: a
    country's name opens many names elsewhere ("Jordan Creek", "Georgia Dome")."""
    first, _, rest = name.removeprefix("the ").partition(" ")
    return countries.demonym_code(first) if rest and first[:1].isupper() else None


def _nearby_town(resolved: list[Resolved], site: Toponym, country: str | None, *,
                 reach: float = SITE_REACH) -> Entry | None:
    """The closest town of ``country`` (of any country when None) named within ``reach`` characters of a site."""
    towns = [(abs(toponym.start - site.start), entry) for toponym, entry in resolved
             if entry is not None and entry.kind == "city" and country in (None, entry.country) and not toponym.facility
             and abs(toponym.start - site.start) <= reach]
    return min(towns, key=lambda pair: pair[0])[1] if towns else None


def _main_country(resolved: list[Resolved]) -> str | None:
    """The country most of an article's resolved places lie in, when one clearly leads."""
    counts = Counter(entry.country for _, entry in resolved if entry is not None and entry.country)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]
