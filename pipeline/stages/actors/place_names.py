"""Names NER took for people or bodies that name places: a building where something happened ("at State House"),
a region or large city, a town after a preposition of place or a verb that takes one, a name before a word for a
division or a site ("the Kherson region", "the Rafah crossing").
"""
from __future__ import annotations

import functools

from spacy.tokens import Span

from pipeline.resources import read_words
from pipeline.stages.actors.doc_view import _span_text, _view
from pipeline.stages.actors.known_names import known_person
from pipeline.stages.actors.lexicon import _strip_the, agents
from pipeline.stages.actors.non_actor_names import (after_place_part, lone_name_in_place_slot, object_of_place_taking,
                                                     small_place_of_story)
from pipeline.stages.actors.phrases import _agent_at

ADMIN_WORDS = read_words("admin_division_words.txt")  # a division of a country, as the places stage reads them
BODY_FREE_DIVISIONS = {"province", "region", "district", "oblast", "governorate", "prefecture", "county"}

BUILDING_WORDS_FILE = "actor_building_words.txt"
# prepositions before a building that make it the place where something happens (as for a seat of government in
# ``candidates``: "told reporters at the White House")
VENUE_PREPOSITIONS = frozenset({"at", "outside", "inside", "near"})
WORKPLACE_PEOPLE_FILE = "actor_workplace_people.txt"


def _named_venue(ent: Span) -> bool:
    """Whether a name is a building's where something happens: its last word (English) or first word (a building
    name kept in its own language) is a word for a building (``actor_building_words.txt``: "State House", "Gedung
    Pancasila"), and it is the object of a preposition of venue ("signed the deal at State House", "a memorandum
    on fisheries at Gedung Pancasila"), unless that preposition follows a word for people, whose workplace it names
    ("analysts at Chatham House", "a researcher at Chatham House": the body; ``agents.tsv`` and
    ``actor_workplace_people.txt``)."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in VENUE_PREPOSITIONS:
        return False
    governor = prep.head.lemma_.lower()
    if governor in agents() or governor in read_words(WORKPLACE_PEOPLE_FILE):
        return False
    words = read_words(BUILDING_WORDS_FILE)
    lower = _view(ent.doc).lower
    first = ent.start + 1 if lower[ent.start] == "the" else ent.start
    return len(ent) > 1 and (lower[ent.end - 1] in words or lower[first] in words)


LOCATIVE_PREPOSITIONS = {"in", "at", "near", "from", "to", "into", "around", "outside", "towards", "toward", "through",
                         "via"}
MIN_PLACE_POPULATION = 100_000


def _named_place(ent: Span) -> bool:
    """Whether a name NER took for a person or body is a place: a region, or a large city, by its main name in the
    gazetteer, either tagged as an organisation or standing after a preposition of place ("near Goma"), itself or
    the place it is joined to ("in Goma and Bukavu")."""
    after_place_word = ent.start > 0 and _view(ent.doc).lower[ent.start - 1] in LOCATIVE_PREPOSITIONS \
        or _joined_to_located_place(ent)
    if _before_site_noun(ent):
        return True
    name = _strip_the(_span_text(_view(ent.doc), ent.start, ent.end))
    if ent.label_ == "PERSON" and len(ent) > 1 and _view(ent.doc).lower[ent.end - 1] in ADMIN_WORDS:
        return True  # "northern Rakhine State", "Kandahar Province": no person's name ends with a division's word
    if _before_admin_word(ent):
        # no person's name stands before "province": one NER took for a person is a place the gazetteer may lack;
        # nor does one word naming a body before "region" ("the coca-growing Chapare region"; a body does stand
        # before "department" or "state": "the Treasury department")
        return ent.label_ == "PERSON" or _known_place(name) or len(ent) == 1 and _view(ent.doc).lower[
            ent.end].rstrip("s") in BODY_FREE_DIVISIONS
    after_place_word = after_place_word or after_place_part(ent) or object_of_place_taking(ent)
    if ent.label_ == "PERSON" and lone_name_in_place_slot(ent) and not known_person(ent.doc, name):
        return True  # "set up an administration in Maungdaw", a town the gazetteer may lack
    if ent.label_ == "PERSON" and not after_place_word:
        # one word NER took for a person that is a region's or large city's main name, after no title ("President
        # Bush"), and no person named in full bears: a place in a section line ("Analysis | Sahel") or a headline
        return (len(ent) == 1 and not (ent.start > 0 and _agent_at(ent.doc, ent.start - 1, agents()) is not None)
                and _large_place(name) and not _surname_of_full_name(ent))
    # a small town or village where something happens, in a country the story names ("shelling struck the
    # outskirts of Yohmor", "between Kfar Tebnit and Arnoun"), unless it is a person's surname the story uses
    return _large_place(name) or after_place_word and small_place_of_story(ent, name)


MAX_LISTED = 6  # names in one list after a preposition of place


def _joined_to_located_place(ent: Span) -> bool:
    """Whether a name is listed ("and", "or", a comma) after a name that stands after a preposition of place ("in
    Goma and Bukavu", "near Kherson or Mykolaiv", "through Dajabon, Elias Pina and Jimani")."""
    view = _view(ent.doc)
    ends = {other.end: other for other in view.ents}
    start = ent.start
    for _ in range(MAX_LISTED):
        if start < 3 or view.lower[start - 1] not in {"and", "or", ","}:
            return False
        before = ends.get(start - 1)
        if before is None and view.lower[start - 1] == "and" and view.lower[start - 2] == ",":
            before = ends.get(start - 2)  # "A, B, and C"
        if before is None:
            return False
        if before.start > 0 and view.lower[before.start - 1] in LOCATIVE_PREPOSITIONS:
            # the list's first name, a place NER found or a name in a place's slot ("through Dajabon, ..."): the
            # gazetteer or the story still has to know this one as a place
            return True
        start = before.start
    return False


def _before_admin_word(ent: Span) -> bool:
    """Whether a name qualifies a lower-case word for a division of a country, alone or joined to another name
    that does ("the Kherson region", "the Donetsk and Luhansk regions", "Gaza city"): such a name is that place's,
    whatever label NER gave it; no person's or body's name stands before "region" or "province"."""
    doc = ent.doc
    view = _view(doc)
    end = ent.end
    if end < len(doc) and view.lower[end] in {"and", "or", ","}:  # "Donetsk and Luhansk regions"
        head = ent.root.head
        if head.i >= end and ent.root.dep_ in {"compound", "nmod"}:
            end = head.i
    if end >= len(doc) or doc[end].text[:1].isupper():
        return False
    word = view.lower[end]
    return word in ADMIN_WORDS or word.endswith("s") and word[:-1] in ADMIN_WORDS


SITE_NOUNS_FILE = "actor_site_nouns.txt"
COORDINATORS = {"and", "or", ","}
MAX_JOINED_NAME = 4


def _before_site_noun(ent: Span) -> bool:
    """Whether a name qualifies a lower-case noun for a site on the ground (``actor_site_nouns.txt``: "the Dhobley
    crossing", "the Entikong border post", "the Vake district"), alone or joined to a capitalised name that does
    ("the Mandera and Dhobley crossings", "near the Vake and Saburtalo districts"): such a name is a place's, not a
    person's or body's, whatever label NER gave it. The site noun must head the phrase ("the Rafah crossing
    point"), not modify another noun."""
    doc = ent.doc
    lower = _view(doc).lower
    end = ent.end
    if end < len(doc) and lower[end] in COORDINATORS:  # "Mandera and Dhobley crossings": skip the other name
        nxt = end + 1
        while nxt < len(doc) and nxt - end <= MAX_JOINED_NAME and doc[nxt].pos_ == "PROPN":
            nxt += 1
        if nxt > end + 1:
            end = nxt
    nouns = read_words(SITE_NOUNS_FILE)
    for size in (2, 1):
        stop = end + size
        if stop > len(doc) or any(doc[i].text[:1].isupper() for i in range(end, stop)):
            continue
        words = [lower[i] for i in range(end, stop)]
        last = words[-1]
        singular = last[:-1] if last.endswith("s") else last
        if " ".join(words) in nouns or " ".join(words[:-1] + [singular]) in nouns:
            return stop >= len(doc) or doc[stop].pos_ not in {"NOUN", "PROPN"}
    return False


@functools.lru_cache(maxsize=65536)
def _known_place(name: str) -> bool:
    """Whether the gazetteer knows a place by the main name ``name``, of any size."""
    from pipeline.knowledge.gazetteer import gazetteer

    return any(not c.alternate for c in gazetteer().candidates(name))


def _surname_of_full_name(ent: Span) -> bool:
    """Whether a one-word name is the last word of a person's name of several words that NER found in the text."""
    view = _view(ent.doc)
    return view.lower[ent.start] in view.surnames


@functools.lru_cache(maxsize=65536)
def _large_place(name: str) -> bool:
    """Whether the gazetteer's main name of a region, a country or a large city is ``name``."""
    from pipeline.knowledge.gazetteer import gazetteer

    places = [c.entry for c in gazetteer().candidates(name) if not c.alternate]
    return any(entry.kind in {"region", "country"} or entry.population >= MIN_PLACE_POPULATION for entry in places)
