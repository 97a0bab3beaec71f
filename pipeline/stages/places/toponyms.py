"""Finding toponyms: every stretch of an article that names a place, in text order and without overlaps, from the
model's place entities, nationality words, entities whose whole text is a known place, places inside organisation
names, sites, the dateline and known names the model missed (``find_toponyms``)."""
from __future__ import annotations

from typing import Iterator, NamedTuple

from spacy.tokens import Doc, Span

from pipeline.knowledge import countries
from pipeline.stages.extensions import doc_ents, doc_text, doc_tokens
from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.resources import read_words
from pipeline.stages.places.county_lists import county_lists
from pipeline.stages.places.dateline_places import _dateline, dateline_sites, inline_datelines
from pipeline.stages.places.introduced import introduced_here
from pipeline.stages.places.joined_names import joined_names
from pipeline.stages.places.inner_names import inner_readings, names_a_body, names_a_street
from pipeline.stages.places.names import (ADMIN_WORDS, _admin_tail, _capitalized, _is_organisation, _known,
                                          _lookup_name, _town_acronym, _trim, _words, demonym_place,
                                          names_a_vessel)
from pipeline.stages.places.parts import _direction_before
from pipeline.stages.places.scan import _doc_words, _scan
from pipeline.stages.places.landmarks import is_town_landmark, landmark_areas
from pipeline.stages.places.sites import _after_locative, _is_site, site_word_follows
from pipeline.stages.places.townships import names_a_township
from pipeline.stages.places.unplaced_names import company_names, credited_people, overlaps, vessel_mentions

PLACE_LABELS = frozenset({"GPE", "LOC"})
NATIONALITY_LABELS = frozenset({"NORP"})
# entity labels whose whole text may still be a place used for its government or team ("Moscow said")
RELABELLED = frozenset({"ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE", "LAW"})
# entity labels that may hold a place name inside them ("the Russian Foreign Ministry")
LANDMARK_LABELS = frozenset({"FAC", "PERSON", "ORG"})  # labels the model gives a landmark ("Edinburgh Castle")
CONTAINERS = frozenset({"ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
STOPWORDS_FILE = "place_stopwords.txt"
OPEN_SITES_FILE = "place_open_sites.txt"
# nouns that say a name next to them is a place ("the Kettlebrook area", "the village of Kettlebrook")
KIND_WORDS = ADMIN_WORDS | {"area", "town", "village", "hamlet", "suburb", "neighborhood", "neighbourhood"}
# the part-of-speech tags (prefixes) of a word a nationality word may qualify: nouns, adjectives, participles,
# numbers, a hyphen, a conjunction ("Irish and British ships")
QUALIFIED_TAGS = ("NN", "JJ", "VBN", "VBG", "CD", "HYPH", "CC")
# the last word of a holiday's name ("St. Patrick's Day", "Bastille Day", "Australia Day Eve")
HOLIDAY_WORDS = frozenset({"Day", "Eve"})
# entity labels of numbers and amounts, whose stretch is scanned for known names like untagged text
NUMERIC_LABELS = frozenset({"CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL"})
PERSON_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "sen", "rep", "gov", "gen"})


class Toponym(NamedTuple):
    """A stretch of text naming a place, before resolution."""

    text: str
    start: int  # character offsets
    end: int
    # ner | nationality | known | embedded | facility | site | street | township | gazetteer | dateline | weak
    source: str
    lookup: str  # the name to look up (a demonym's place name, or the text itself)
    facility: bool = False  # a building or site named after the place it stands in ("Cairo Stadium")
    # "southern" in "southern Israel", "Pakistan-administered" in "Pakistan-administered Kashmir": the place is
    # that part of the whole
    direction: str | None = None


def _is_plural_people(span: Span) -> bool:
    last = span[-1]
    return last.tag_ in {"NNPS", "NNS"} or (last.text.endswith("s") and not last.text.endswith("ss")
                                            and demonym_place(last.text[:-1]) is not None)


def _person_words(doc: Doc, ents: list[Span]) -> set[str]:
    """Words that are part of multi-word person names in this article (a 'Buhari' GPE is the person)."""
    return {token.lower_ for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 for token in _words(ent)}


def _other_entity_words(doc: Doc, ents: list[Span]) -> set[str]:
    """Words the model tags, somewhere in this article, as part of a person, organisation or product."""
    return {token.lower_ for ent in ents if ent.label_ in {"PERSON", "ORG", "PRODUCT"} for token in _words(ent)}


def _initials_as_nationality(span: Span, gaz: Gazetteer) -> bool:
    """A country written by its initials ("U.S.", "UK") right before a noun or title it qualifies."""
    name = _words(span)[0].text if len(span) == 1 else ""
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 3 and letters.isupper() and _qualifies_next(span) \
        and any(c.entry.kind == "country" for c in gaz.candidates(_lookup_name(span.doc, span, gaz)))


def _after_title(span: Span) -> bool:
    """A personal title right before the span ("President Bush", "Mr. Paris")."""
    from pipeline.stages.actors.lexicon import agents

    previous = doc_tokens(span.doc)[span.start - 1] if span.start > 0 else None
    agent = agents().get(previous.lower_) if previous is not None else None
    return bool(agent and agent.title) or (previous is not None and previous.lower_.rstrip(".") in PERSON_TITLES)


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
    ents = list(doc_ents(doc))
    words = _doc_words(doc)

    def text_of(span: Span) -> str:
        return text[span.start_char:span.end_char]

    people = _person_words(doc, ents)
    elsewhere = _other_entity_words(doc, ents)
    trimmed = {ent.start: _trim(ent) for ent in ents}  # entities never overlap
    persons = [trimmed[ent.start] for ent in ents if ent.label_ == "PERSON"]
    titled = {text_of(span).lower() for span in persons if span is not None and _after_title(span)}
    person_names = {text_of(span).lower() for span in persons if span is not None and len(span) > 1}
    unplaced = credited_people(text) + vessel_mentions(doc)
    companies = company_names(doc)
    # one-word place names the article calls a place somewhere ("the village of Kettlebrook", "Kettlebrook, Ondo")
    lone = [trimmed[ent.start] for ent in ents if ent.label_ in PLACE_LABELS and trimmed[ent.start] is not None]
    called = {text_of(span) for span in lone if len(span) == 1 and _called_a_place(span)}

    def take(span: Span, source: str, lookup: str | None = None, *, facility: bool = False,
             direction: str | None = None) -> None:
        if lookup is None:
            lookup = _lookup_name(doc, span, gaz)
        name = text[span.start_char:span.end_char]
        if _is_stopword(name) or any(taken[span.start:span.end]) or _is_organisation(lookup, gaz) \
                or source != "dateline" and _town_acronym(name, gaz):
            return  # "AI", "the NIS": an acronym, though a village abroad has it as another name or a town as its own
        if source != "dateline" and (names_a_vessel(span) or overlaps(unplaced, span.start_char, span.end_char)):
            return  # "the cruiser Zunyi": a ship named after a town; "Editing by Lincoln Feast": a person
        if source == "weak" and name in companies and not _called_a_place(span) and not _placed_by_next(span, gaz):
            return  # "Woodside said", after "Woodside Energy": the firm, not a small town of its name
        found.append(Toponym(name, span.start_char, span.end_char, source, lookup, facility,
                             direction or _direction_before(span)))
        for i in range(span.start, span.end):
            taken[i] = True

    for span in _dateline(doc, gaz):
        take(span, "dateline", dateline_sites().get(text_of(span)))
    for span in inline_datelines(doc, gaz):
        take(span, "dateline")
    for span, lookup in county_lists(words, gaz):
        take(span, "known", lookup)  # "Jackson and Barrow counties"
    for joined in joined_names(words, ents, trimmed, gaz):
        take(joined, "known")  # "Antigua" and "Barbuda" as two people; "Sao Tome" tagged, "and Principe" not
    for ent in ents:
        span = trimmed[ent.start]
        # a street the model took for a person, body or work ("Ann Road", "McEver Road", "Governors' Parkway") is a
        # site, placed at the town named next to it; a street standing for a government ("Downing Street"), or a
        # street word alone ("the Turnpike"), is not
        if ent.label_ in RELABELLED and span is not None and len(span) > 1 and names_a_street(span) \
                and _capitalized(_words(span)) \
                and countries.metonym_code(text_of(span)) is None:
            take(span, "street", text_of(span), facility=True)
        # a township ("Tewksbury Twp.", "Washington Township") is a place whatever the model called it; unless
        # the gazetteer knows it whole, it is placed in the article's state (``place_township``), not at a
        # namesake town inside its name
        elif ent.label_ in PLACE_LABELS | RELABELLED and span is not None and names_a_township(span) \
                and not gaz.candidates(_lookup_name(doc, span, gaz)):
            take(span, "township", text_of(span))
    for ent in ents:
        span = trimmed[ent.start]
        if span is None or any(taken[span.start:span.end]):
            continue
        label, name = ent.label_, text_of(span)
        if label in PLACE_LABELS:
            if len(span) > 1 and words.tokens[span.end - 1].text in HOLIDAY_WORDS \
                    and not gaz.candidates(_lookup_name(doc, span, gaz)):
                continue  # "St. Patrick's Day", "Canada Day": a holiday named after a saint or a place is a date
            if not _capitalized(_words(span)):
                tail = _admin_tail(span)
                if tail is not None:
                    take(span, "ner", _lookup_name(doc, tail, gaz))
                continue
            if name.lower() in person_names and not gaz.candidates(_lookup_name(doc, span, gaz)) \
                    and not inner_readings(words, span, gaz):
                continue  # a full name the model also tags as a person elsewhere, with no place in it, is that person
            lone_person_word = len(span) == 1 and name.lower() in people
            if lone_person_word and not _known(name, gaz, strong_only=True):
                continue
            if any(char.isdigit() for char in name) and not gaz.candidates(_lookup_name(doc, span, gaz)):
                continue  # an unknown code ("M23", "G20") is no place name
            if len(span) == 1 and name.lower() in elsewhere and not gaz.candidates(_lookup_name(doc, span, gaz)):
                continue  # an unknown word the model also calls a person or an organisation: not a place
            if len(span) == 1 and not gaz.candidates(_lookup_name(doc, span, gaz)) and name not in called:
                continue  # a lone word no gazetteer knows is mostly a name, a title or a word ("Plenipotentiary")
            for part in _split_on_commas(span):
                inner = inner_readings(words, part, gaz)
                if not inner:
                    # "U.S. officials", "UK troops": a country's initials before a noun qualify it as its
                    # nationality word would ("American officials"): evidence of the country, not a place named
                    take(part, "nationality" if _initials_as_nationality(part, gaz) else "ner")
                for reading in inner:  # "West Wales", "Harris County Clerk": read through the known names inside
                    if reading.stray:  # "Taumeasina Island Resort": a site, placed by the towns named next to it
                        take(reading.span, "site", text_of(reading.span), facility=True)
                    else:
                        take(reading.span, "ner", reading.lookup, facility=reading.facility,
                             direction=reading.direction)
        elif label in NATIONALITY_LABELS and nationalities and demonym_place(name) is not None:
            plural = _is_plural_people(span)  # "Russians": a people, place evidence only on request
            if (plural and plural_nationalities) or (not plural and _qualifies_next(span)):
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
            if label == "PERSON" and len(span) == 1 and name.lower() in people \
                    and countries.capital_code(name) is None and countries.metonym_code(name) is None:
                continue  # "McKinney said", after "Rita McKinney": the person, not the Texas town
            if _known(name, gaz, strong_only=True) or countries.capital_code(name) is not None:
                take(span, "known")  # a capital may be written the old way ("Kiev"), an alternate name
            elif introduced_here(text, span, gaz) and name.lower() not in people:
                # "the Russian port of Ust-Luga", "the Eritrean border town of Zalambessa": a town of that country,
                # or one the gazetteer lacks (``unknown_places`` gives it the country)
                take(span, "ner" if not gaz.candidates(_lookup_name(doc, span, gaz)) else "known")
            elif nationalities and demonym_place(name) is not None and _modifies_next(span):
                # a nationality word the model took for a person or a language ("Sri Lankan political life",
                # "a Slovak architect"): a nationality when it qualifies the word after it
                take(span, "nationality", demonym_place(name))
            elif weak and _placed_by_next(span, gaz):
                take(span, "known")  # "Matias Romero, Oaxaca State": a town of the region named after it
            elif weak and _known(name, gaz, strong_only=False) and name.lower() not in people \
                    and not _is_site(ent, span):  # a site named like a small town ("the White House") is a site
                take(span, "weak")
            elif weak and (_after_locative(span) or _called_a_place(span)) and name.lower() not in people \
                    and _town_spelling(name, gaz) and not _is_site(ent, span):
                # "near Nabatieh", "the town of Krasnopillia": a name the model took for a person or a body, said
                # to be where something is, that the gazetteer has as another spelling of a town; kept, as a small
                # town met without a place label is, only when the article names its state or a town near it
                take(span, "weak")
    if facilities:
        for ent in ents:
            span = trimmed[ent.start]
            # a town's name and a landmark type ("Dover Castle", "Edinburgh Castle") is a landmark in that town,
            # whatever label the model gave it and however small the town (``landmarks`` decides where it lies)
            # (one the model calls an organisation only where something happens at it: "Dover Castle said" is
            # its staff speaking; a work, product or event named after one, "Downton Abbey", is none)
            landmark = ent.label_ in LANDMARK_LABELS and span is not None \
                and landmark_areas(text_of(span)) is not None and (ent.label_ != "ORG" or _after_locative(ent))
            # a name followed by what kind of site it is ("the Fukushima Daiichi nuclear power plant") is a site,
            # also one the model took for a person ("the Jarinje border crossing")
            named_site = span is not None and site_word_follows(ent)
            open_site = named_site and _open_site_follows(ent)
            if ent.label_ not in CONTAINERS and not landmark and not (ent.label_ == "PERSON" and open_site) \
                    or any(taken[ent.start:ent.end]):
                continue
            if span is None or ent.label_ not in {"FAC", "ORG"} and not named_site and not landmark \
                    or ent.label_ == "ORG" and not named_site and not landmark and not _is_site(ent, span) \
                    or names_a_body(span):
                continue  # a body named after its place ("Ashford Police Department") is read below
            inner = next(iter(_scan(words, ent.start, ent.end, gaz, nationalities=False)), None)
            if inner is not None and landmark and is_town_landmark(span, inner[0]):
                take(span, "facility", inner[2], facility=True)  # "Dover Castle": in Dover
            elif (ent.label_ == "FAC" or named_site) and inner is not None and inner[1] != "weak":
                take(span, "facility", inner[2], facility=True)  # "Cairo Stadium": at its town
            elif (inner is None or inner[1] == "weak") and (_is_site(ent, span) or open_site):
                # "Dolmabahce Palace", "the Torkham border crossing": placed by its country, or its neighbours
                take(span, "site", text_of(span), facility=True)
    if embedded:
        for ent in ents:
            # a body's name the model took for a person ("Brampton County Sheriff Ann Lee") holds its place too
            body = ent.label_ == "PERSON" and trimmed[ent.start] is not None and names_a_body(trimmed[ent.start])
            if (ent.label_ in CONTAINERS or body) and not any(taken[ent.start:ent.end]):
                for span, source, lookup in _scan(words, ent.start, ent.end, gaz, nationalities=nationalities):
                    if (span.start, span.end) == (ent.start, ent.end):
                        continue
                    if source != "weak":
                        take(span, "embedded", lookup)
                    elif weak and span.start == trimmed[ent.start].start:
                        # a small town opening a name ("the Harwinton Senior Center"): kept when the article backs
                        # it; further in, a small town's name is mostly a word of the name ("Chamber of Commerce")
                        take(span, "weak", lookup)
    # the stretches outside every entity and toponym: a scan there takes names only inside the stretch, so
    # the stretches can be fixed before scanning
    blocked = taken[:]
    for ent in ents:
        if ent.label_ not in NUMERIC_LABELS:  # "706 Orange County residents": a count may swallow a place's name
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


def _called_a_place(span: Span) -> bool:
    """A kind of place names the span: the word after it ("the Kettlebrook area", "Ondo state") or an apposition
    after it ("Kettlebrook, a mining town"), the words
    "<kind> of" before it ("the village of Kettlebrook"), or a place name and a comma before it ("Kettlebrook,
    Ondo": the region of the town named first)."""
    tokens = doc_tokens(span.doc)
    if span.start >= 2 and tokens[span.start - 1].text == "," and tokens[span.start - 2].ent_type_ in PLACE_LABELS:
        return True
    after = tokens[span.end] if span.end < len(tokens) else None
    if after is not None and after.lower_ in KIND_WORDS and after.text[:1].islower():
        return True
    if after is not None and after.text == "," and _kind_in_apposition(tokens[span.end + 1:span.end + 5]):
        return True
    return span.start >= 2 and tokens[span.start - 1].lower_ == "of" and tokens[span.start - 2].lower_ in KIND_WORDS


def _town_spelling(name: str, gaz: Gazetteer) -> bool:
    """The gazetteer has the name as another spelling of a town ("Nahariya" for Nahariyya)."""
    return any(c.alternate and c.entry.kind == "city" for c in gaz.candidates(name))


def _open_site_follows(ent: Span) -> bool:
    """Nouns and adjectives only right after the entity, the last an open site's word ("Jarinje border crossing",
    "Mieh Mieh refugee camp"; not "Berri at his residence", "Tesco acquired the building")."""
    tokens = doc_tokens(ent.doc)
    for token in tokens[ent.end:ent.end + 3]:
        if token.pos_ not in {"NOUN", "ADJ"} or not token.is_lower:
            return False
        if token.lower_ in read_words(OPEN_SITES_FILE):
            return True
    return False


def _kind_in_apposition(tokens: list) -> bool:
    """ "a town", "a small mining village": an apposition after a name saying what kind of place it is ("Makeen, a
    town of a few thousand people"), its kind word within two more words of the article."""
    if not tokens or tokens[0].lower_ not in {"a", "an"}:
        return False
    return any(token.lower_ in KIND_WORDS and token.text[:1].islower() for token in tokens[1:4])


def _placed_by_next(span: Span, gaz: Gazetteer) -> bool:
    """A name the model took for a person or a body, followed by a comma and a state or country ("Matias Romero,
    Oaxaca State"; "Kettlebrook, Ohio") where the gazetteer has a town of that name (by any of its names)."""
    doc = span.doc
    tokens = doc_tokens(doc)
    if span.end + 1 >= len(tokens) or tokens[span.end].text != "," or \
            tokens[span.end + 1].ent_type_ not in PLACE_LABELS or tokens[span.end + 1].ent_iob_ != "B":
        return False
    after = next(ent for ent in doc_ents(doc) if ent.start == span.end + 1)
    areas = [c.entry for c in gaz.candidates(_lookup_name(doc, after, gaz)) if c.entry.kind in {"region", "country"}]
    return any(c.entry.kind == "city" and any(c.entry.country == area.country and (area.kind == "country" or
                                                                                  c.entry.admin1 == area.admin1)
                                              for area in areas)
               for c in gaz.candidates(_lookup_name(doc, span, gaz)))


def _qualifies_next(span: Span) -> bool:
    """A nationality word is place evidence as a modifier: a noun, adjective, number, hyphen or "and" follows it
    ("Irish troops", "Irish-born", "Irish and British ships"); used as a noun it names people, a team or a language
    ("The Irish need a win", "printed in Chinese, Tibetan and Uyghur")."""
    tokens = doc_tokens(span.doc)
    return span.end < len(tokens) and tokens[span.end].tag_.startswith(QUALIFIED_TAGS)


def _modifies_next(span: Span) -> bool:
    """The word after the span is a noun or adjective it qualifies ("Slovak architect"; not "the Slovak said")."""
    tokens = doc_tokens(span.doc)
    return span.end < len(tokens) and tokens[span.end].pos_ in {"NOUN", "ADJ", "PROPN"}


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
