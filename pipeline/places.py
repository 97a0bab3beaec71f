"""Places stage: toponyms in the article (names, demonyms, metonyms) found and put on the map.

Finding: the model's GPE/LOC entities, nationality adjectives (NORP) that name a country or region, other
entities whose whole text is a known place ("Moscow said" tagged ORG), place names inside organisation names,
sites named after their town ("Cairo Stadium"), a wire dateline, and known names the model missed ("Turkiye");
small towns met without a place label stay only when the article backs them up. Resolving: every candidate the
gazetteer offers is scored by its size and kind, then by the article's context: the countries and states it
names, a "City, State" qualifier, and nearness to the places already settled. A toponym the gazetteer does not
know keeps its mention and gets a place with null coordinates.
"""
from __future__ import annotations

import bisect
import functools
import math
from collections import Counter
from typing import Iterable, Iterator, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import countries
from .extensions import doc_text, doc_tokens
from .gazetteer import Entry, Gazetteer, gazetteer
from .records import Mention, Place
from .resources import read_tsv, read_words

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
    source: str  # ner | nationality | known | embedded | facility | gazetteer | dateline | weak
    lookup: str  # the name to look up (a demonym's place name, or the text itself)
    facility: bool = False  # a building or site named after the place it stands in ("Cairo Stadium")
    direction: str | None = None  # "southern" in "southern Israel": the place is that part of the whole


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
    from .actors import agents

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


def _known(text: str, gaz: Gazetteer, *, strong_only: bool) -> bool:
    """The gazetteer has the name as a main name (of a strong entry, with ``strong_only``)."""
    return any(not c.alternate and (not strong_only or _is_strong(c.entry)) for c in gaz.candidates(text))


def _is_organisation(text: str, gaz: Gazetteer) -> bool:
    """An international organisation ("UN", "NATO") is not a place, unless our own table records it (the EU)."""
    return countries.igo_code(text) is not None and not any(
        c.entry.kind == "other" and c.entry.country is None for c in gaz.candidates(text))


def _direction_before(span: Span) -> str | None:
    """ "southern" right before "Israel" (not inside a name such as "South Sudan" or "Western Sahara")."""
    previous = doc_tokens(span.doc)[span.start - 1] if span.start > 0 else None
    if previous is not None and previous.lower_ in read_words(DIRECTIONS_FILE):
        return previous.lower_
    return None


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
    persons = [_trim(ent) for ent in ents if ent.label_ == "PERSON"]
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
    for ent in ents:
        span = _trim(ent)
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
            if _known(name, gaz, strong_only=True):
                take(span, "known")
            elif weak and _known(name, gaz, strong_only=False) and name.lower() not in people:
                take(span, "weak")
    if facilities:
        for ent in ents:
            if ent.label_ == "FAC" and not any(taken[ent.start:ent.end]):
                span = _trim(ent)
                inner = next(iter(_scan(words, ent.start, ent.end, gaz, nationalities=False)), None)
                if span is not None and inner is not None and inner[1] != "weak":
                    take(span, "facility", inner[2], facility=True)
                elif span is not None and _capitalized(_words(span)) \
                        and _words(span)[-1].lemma_.lower() in read_words(SITES_FILE):
                    take(span, "site", text_of(span), facility=True)  # "Dolmabahce Palace": placed by its country
    if embedded:
        for ent in ents:
            if ent.label_ in CONTAINERS and not any(taken[ent.start:ent.end]):
                for span, source, lookup in _scan(words, ent.start, ent.end, gaz, nationalities=nationalities):
                    if (span.start, span.end) != (ent.start, ent.end) and source != "weak":
                        take(span, "embedded", lookup)
    covered = [False] * len(doc)
    for ent in ents:
        for i in range(ent.start, ent.end):
            covered[i] = True
    free_from = 0
    for i in range(len(doc) + 1):
        if i == len(doc) or covered[i] or taken[i]:
            if i > free_from:
                for span, source, lookup in _scan(words, free_from, i, gaz, nationalities=nationalities):
                    if source != "weak" or weak:
                        take(span, source, lookup)
            free_from = i + 1
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
    """A wire dateline: the article opening with an upper-case place name ("COLUMBUS, Ohio —", "BEIRUT (AP)")."""
    tokens = doc_tokens(doc)
    end = 0
    while end < min(len(doc), 4) and tokens[end].is_upper and (tokens[end].is_alpha or tokens[end].text.endswith(".")):
        end += 1
    if end == 0 or end >= len(doc) or tokens[end].text not in {",", "(", "—", "–", "-", "--", ":"}:
        return
    span = doc[0:end]
    if _text(span) in dateline_sites():
        yield span  # looked up through its site ("UNITED NATIONS" is the UN headquarters in New York)
    elif _known(_text(span), gaz, strong_only=False):
        yield span
        after = doc[end + 1:end + 3]
        for n in (2, 1):
            state = doc[end + 1:end + 1 + n]
            words = tokens[end + 1:end + 1 + n]
            wordy = all(token.is_alpha or token.text.endswith(".") for token in words)
            if len(after) >= n and wordy and _capitalized(words) and any(
                    c.entry.kind in {"region", "country"} for c in gaz.candidates(_lookup_name(doc, state, gaz))):
                yield state
                return


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


def _doc_words(doc: Doc) -> _Words:
    tokens = doc_tokens(doc)
    starts = [i for i, token in enumerate(tokens) if token.text[:1].isupper() and token.lower_ not in LEADING_WORDS
              and (token.is_alpha or token.text.endswith("."))]
    return _Words(doc, tokens, doc_text(doc), starts)


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
    for n in range(longest, 0, -1):
        span = tokens[i:i + n]
        last = span[-1]
        end_char = last.idx + len(last.text)
        name = text[token.idx:end_char]
        if last.is_punct and not gaz.is_abbreviation(name):
            continue
        if not (gaz.knows(name) or nationalities and demonym_place(name) is not None
                or n == 1 and gaz.is_abbreviation(name + ".")):
            continue  # none of the rules below can take a name found nowhere: skip them
        if gaz.is_abbreviation(name):
            return n, "gazetteer", name
        if n == 1 and text[end_char:end_char + 1] == "." and gaz.is_abbreviation(name + "."):
            return n, "gazetteer", name + "."
        place = demonym_place(name) if nationalities else None
        if place is not None and last.tag_ in {"JJ", "NNP", "NN"}:
            return n, "nationality", place
        if not any(t.pos_ == "PROPN" for t in span) or (n == 1 and len(token.text) <= 3 and not token.is_upper):
            continue
        if n == 1 and token.is_sent_start and token.pos_ != "PROPN":
            continue
        if _known(name, gaz, strong_only=True):
            return n, "gazetteer", name
        if all(t.pos_ == "PROPN" for t in span) and _known(name, gaz, strong_only=False):
            return n, "weak", name
    return None


# ----------------------------------------------------------------------------------------------------------
# resolving


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((phi2 - phi1) / 2) ** 2
         + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _nearest_km(lat: float, lon: float, points: list[tuple], *, within: float) -> float:
    """Distance to the nearest of ``points`` when it is at most ``within`` km, else infinity. Points further
    north or south than that are skipped unmeasured (a degree of latitude is never less than KM_PER_DEGREE)."""
    reach = within / KM_PER_DEGREE + 0.01
    near = [distance_km(lat, lon, point_lat, point_lon) for point_lat, point_lon, *_ in points
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


def _score(candidate, context: Context, qualifiers: list[Entry]) -> float:
    entry = candidate.entry
    score = math.log10(entry.population + 10) + KIND_BONUS.get(entry.feature or entry.kind, 0.0)
    if candidate.alternate:
        score -= ALTERNATE_PENALTY
    if entry.capital:
        score += CAPITAL_BONUS
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
        return score + _qualified(entry, qualifiers)
    if entry.admin1 and entry.kind != "country" and context.states.get((entry.country, entry.admin1), 0) > 0:
        score += CONTEXT_STATE_BONUS
    score += _qualified(entry, qualifiers)
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

    def settled(*, skip: tuple | None = None) -> list[tuple[Toponym, Entry, float]]:
        return [(toponyms[i], entry, _weight(toponyms[i])) for key, entry in decided.items() if key != skip
                for i in groups[key] if toponyms[i].source != "weak"]

    def ranked(key: tuple) -> list[tuple[float, Entry]]:
        first = groups[key][0]
        if len(candidate_lists[first]) == 1:
            return [(math.inf, candidate_lists[first][0].entry)]  # one reading: nothing to weigh
        context = _context(settled(skip=key), skip=key[0])
        scored = [(_score(c, context, qualifiers[first]), c.entry) for c in candidate_lists[first]]
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
        for key in list(groups):
            decided[key] = ranked(key)[0][1]
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
    """One Place per distinct place, one Mention per toponym."""
    resolved = list(resolved)
    places: list[Place] = []
    mentions: list[Mention] = []
    ids: dict[tuple, str] = {}
    home = _main_country(resolved)
    for toponym, entry in resolved:
        if entry is not None and toponym.facility:
            # a site inside a resolved place: its own place, at the point of the place it stands in
            entry = Entry(toponym.text, "other", entry.country, entry.lat, entry.lon, None, 0)
        elif entry is None and toponym.source == "site":
            # a named site with no town in its name: in the country its name stands for, else the story's;
            # at the point of a town of that country named next to it, else with no point
            country = countries.metonym_code(toponym.text) or home
            town = _nearby_town(resolved, toponym, country)
            entry = Entry(toponym.text, "other", country, town and town.lat, town and town.lon, None, 0) \
                if country else None
        if entry is not None and toponym.direction and entry.kind != "city":
            # "southern Israel": a region of its own, at the whole place's point ("central Seoul" stays Seoul)
            entry = Entry(f"{toponym.direction} {entry.name}", "region", entry.country, entry.lat, entry.lon, None, 0)
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
                places.append(Place(ids[key], toponym.lookup, "other"))
        mentions.append(Mention(ids[key], "place", toponym.text, toponym.start, toponym.end))
    return places, mentions


def _nearby_town(resolved: list[Resolved], site: Toponym, country: str | None) -> Entry | None:
    """The closest town of ``country`` named within SITE_REACH characters of a site."""
    towns = [(abs(toponym.start - site.start), entry) for toponym, entry in resolved
             if entry is not None and entry.kind == "city" and entry.country == country and not toponym.facility
             and abs(toponym.start - site.start) <= SITE_REACH]
    return min(towns, key=lambda pair: pair[0])[1] if towns else None


def _main_country(resolved: list[Resolved]) -> str | None:
    """The country most of an article's resolved places lie in, when one clearly leads."""
    counts = Counter(entry.country for _, entry in resolved if entry is not None and entry.country)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]
