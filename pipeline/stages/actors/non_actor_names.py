"""Names NER gives a person's or body's label that name no actor: a treaty or declaration ("the Ottawa
Convention"), a scraped page's label for its list of other stories ("Related Articles"), and a place named after
"the village of" or "the town of", or in a town of a country the story names after "between" or "the outskirts of"
or as the object of a verb that takes a place ("seized Goma"); a summit or an exercise ("the Asian Games");
a section label standing alone on its line ("ANALYSIS"); places joined by dashes ("the Dhaka-Delhi thaw"); a term
in quotation marks ("the 'Pukpuk' treaty"); a model of a thing ("KF-16 fighter jets"); a ship "Panama-flagged";
the tail of a people's name of several words ("Leonean" of "Sierra Leonean").
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.knowledge import countries
from pipeline.resources import read_words
from pipeline.stages.actors.doc_view import _span_text, _view
from pipeline.stages.actors.lexicon import agents, city_country

AGREEMENT_HEADS_FILE = "place_agreement_heads.txt"  # "accord", "convention", "treaty": shared with the places stage
RELATED_LABELS_FILE = "related_story_labels.txt"  # "related", "read more": shared with the events stage
SETTLEMENT_NOUNS_FILE = "actor_settlement_nouns.txt"


def names_document(ent: Span) -> bool:
    """Whether a name of several words ends with a capitalised word for an agreement ("the Ottawa Convention",
    "the Minsk Accords", "the Kyoto Protocol"), or a name NER took for a person qualifies a lower-case one right
    after it ("known as the Pukpuk treaty"): a document, which signs, says or does nothing."""
    doc = ent.doc
    last = doc[ent.end - 1]
    heads = read_words(AGREEMENT_HEADS_FILE)
    if len(ent) > 1 and last.text[:1].isupper() and _view(doc).lower[ent.end - 1] in heads:
        return True
    after = doc[ent.end] if ent.end < len(doc) else None
    return (ent.label_ == "PERSON" and after is not None and after.is_lower and after.lower_ in heads
            and last.head.i == after.i)


def names_related_label(ent: Span) -> bool:
    """Whether a name is a scraped page's label for its links to other stories ("Related Articles", "Read More",
    ``related_story_labels.txt``), which NER may take for a name when it stands capitalised on a line."""
    words = " ".join(_view(ent.doc).lower[ent.start:ent.end]).rstrip(" :")
    return words in read_words(RELATED_LABELS_FILE)


MAX_LISTED_PLACES = 6  # names in one list after "the towns of"


def names_settlement(ent: Span) -> bool:
    """Whether a name follows a lower-case noun for a settlement or division and "of" ("near the village of
    Khnatsakh", "the town of Ortigueira"), alone or later in the list of names that follows a plural one ("the towns
    of Arvik, Bellmo and Corra"): the name is that place's."""
    start = ent.start + (_view(ent.doc).lower[ent.start] == "the")
    lower = _view(ent.doc).lower
    listed = 0
    # back over the names listed before this one: "<Name>, " or "<Name> and "
    while start >= 3 and lower[start - 1] in {",", "and", "or"} and ent.doc[start - 2].text[:1].isupper() \
            and listed < MAX_LISTED_PLACES:
        start -= 2
        while start >= 2 and ent.doc[start - 1].text[:1].isupper():
            start -= 1
        listed += 1
    if start < 2:
        return False
    noun = ent.doc[start - 2]
    word = lower[start - 2]
    if noun.tag_ == "NNS":
        word = noun.lemma_.lower()  # "the towns of": one noun, several places
    elif listed:
        return False  # "the town of A, B and C": B and C are not towns
    return lower[start - 1] == "of" and noun.text.islower() and word in read_words(SETTLEMENT_NOUNS_FILE)


MIN_LABEL_LETTERS = 4  # shorter capitalised words alone on a line are mostly acronyms of bodies ("UN", "EU")


def names_section_label(ent: Span, nouns: frozenset[str] = frozenset()) -> bool:
    """Whether a name is one capitalised word standing alone on its line, bare or in brackets ("ANALYSIS",
    "EXCLUSIVE", "OPINION", a wire's closing "(END)"), or a common noun (``nouns``) written so ("Background",
    "Context"): a page's label for its section or a story's end mark, which NER takes for a body. A body the
    dictionary knows never gets here."""
    if len(ent) != 1:
        return False
    word = ent.text
    if not word.isalpha() or not (word.isupper() or word.istitle() and word.lower() in nouns):
        return False
    text = _view(ent.doc).text
    line_end = text.find("\n", ent.end_char)
    # the rest of the name's line on either side (a slice of the line, not of the whole text)
    before = text[text.rfind("\n", 0, ent.start_char) + 1:ent.start_char].strip(" \t")
    after = text[ent.end_char:line_end if line_end >= 0 else len(text)].strip(" \t")
    bracketed = before == "(" and after == ")"
    if len(word) < MIN_LABEL_LETTERS - bracketed:  # "(END)": a bracketed mark may be three letters
        return False
    return bracketed or not before and not after


# nouns for a part of a place, before "of" ("the outskirts of X", "the centre of X")
PLACE_PART_NOUNS = {"outskirts", "suburbs", "outskirt", "edge", "centre", "center", "heart", "edges"}


def after_place_part(ent: Span) -> bool:
    """Whether a name stands after "<part of a place> of" ("the outskirts of X") or opens "between X and Y" /
    closes "between Y and X" where Y also stands so."""
    lower = _view(ent.doc).lower
    if ent.start >= 2 and lower[ent.start - 1] == "of" and lower[ent.start - 2] in PLACE_PART_NOUNS:
        return True
    if ent.start >= 1 and lower[ent.start - 1] == "between":
        return True
    other = next((e for e in _view(ent.doc).ents if e.end == ent.start - 1), None)
    return (other is not None and lower[ent.start - 1] == "and" and other.start > 0
            and lower[other.start - 1] == "between")


def small_place_of_story(ent: Span, name: str) -> bool:
    """Whether the gazetteer knows ``name`` as the main name of a place in a country the story names, and no
    person named in full in the story bears it as a surname ("between Putin and Harris" stays two people)."""
    from pipeline.knowledge.gazetteer import gazetteer

    view = _view(ent.doc)
    last = name.split()[-1].lower()
    if any(e.label_ == "PERSON" and len(e) > 1 and view.lower[e.end - 1] == last and e.start != ent.start
           for e in view.ents):
        return False
    story = {countries.country_code(e.text) for e in view.ents if e.label_ in {"GPE", "NORP"}}
    story.discard(None)
    return any(not c.alternate and c.entry.country in story for c in gazetteer().candidates(name))


GATHERING_NOUNS_FILE = "actor_gathering_nouns.txt"
EXERCISE_NOUNS_FILE = "actor_exercise_nouns.txt"


def names_gathering(ent: Span) -> bool:
    """Whether a name of several words closes with a capitalised noun for a gathering ("the Commonwealth Heads of
    Government Meeting", "the Asian Games", ``actor_gathering_nouns.txt``), or a name the dictionary does not know
    qualifies a lower-case noun for an exercise ("the Freedom Shield exercise", ``actor_exercise_nouns.txt``): an
    event, no actor. (Known bodies, "the NATO exercise", are found by the dictionary, not here.)"""
    doc = ent.doc
    lower = _view(doc).lower
    if len(ent) > 1 and doc[ent.end - 1].text[:1].isupper() and lower[ent.end - 1] in read_words(
            GATHERING_NOUNS_FILE):
        return True
    after = ent.end
    return (after < len(doc) and doc[after].is_lower
            and lower[after] in read_words(EXERCISE_NOUNS_FILE) and ent.root.head.i == after)


PLACE_TAKING_VERBS_FILE = "actor_place_taking_verbs.txt"


def object_of_place_taking(ent: Span) -> bool:
    """Whether a name is the direct object of a verb that takes, enters or strikes a place
    (``actor_place_taking_verbs.txt``: "the rebels seized Goma", "troops entered Bukavu and Uvira"), itself or the
    first of the names it is joined to."""
    root = ent.root
    if root.dep_ == "conj" and root.head.dep_ == "dobj":
        root = root.head
    return root.dep_ == "dobj" and root.head.lemma_.lower() in read_words(PLACE_TAKING_VERBS_FILE)


PAIR_DASHES = {"-", "–", "—"}


def names_place_pair(ent: Span) -> bool:
    """Whether a name joins two or more countries or capitals by dashes ("the Dhaka-Delhi thaw", "the
    Moscow–Beijing axis", "Israel-Hamas"): a relation between places, no body of its own."""
    parts = [token.text for token in ent if token.text not in PAIR_DASHES]
    if len(parts) < 2 or len(parts) == len(ent):
        return False
    return all(countries.country_name_code(part) or countries.capital_code(part) for part in parts)


OPENING_QUOTES = {"'", '"', "‘", "“"}
CLOSING_QUOTES = {"'", '"', "’", "”"}


def names_quoted_term(ent: Span) -> bool:
    """Whether a name the dictionary does not know stands alone inside quotation marks ("the 'Pukpuk' treaty",
    "the "Ocean of Peace" declaration"): a term, title or nickname the writer quotes, no person or body."""
    doc = ent.doc
    start, end = ent.start + (doc[ent.start].lower_ == "the"), ent.end
    if start < end and doc[start].text in OPENING_QUOTES:  # NER may take the mark into the name ("'Blue Pacific")
        start += 1
    if end - 1 > start and doc[end - 1].text in CLOSING_QUOTES:
        end -= 1
    return (0 < start < end < len(doc) and doc[start - 1].text in OPENING_QUOTES
            and doc[end].text in CLOSING_QUOTES)


MODEL_DESIGNATION = re.compile(r"[A-Z]{1,4}-\d{1,4}[A-Z]?")


def names_model(ent: Span) -> bool:
    """Whether a name is a model designation of letters, a dash and digits that modifies a noun for a thing ("KF-16
    fighter jets", "S-400 systems", "MQ-9 drones"); not one that names a group of people ("M-23 rebels")."""
    if len(ent) != 1 or not MODEL_DESIGNATION.fullmatch(ent.text):
        return False
    root = ent.root
    # a noun for weapons counts as a military agent ("jets", "drones"), one for fighters as another ("rebels")
    agent = agents().get(root.head.lower_)
    return (root.dep_ in {"compound", "nmod", "amod", "nummod"} and root.head.i > root.i
            and (agent is None or agent.sector == "MIL"))


PLACE_SLOT_PREPOSITIONS = {"in", "near", "outside", "around"}
ATTITUDE_NOUNS_FILE = "actor_attitude_nouns.txt"


def lone_name_in_place_slot(ent: Span) -> bool:
    """Whether a one-word name NER took for a person stands where places stand: right after "in", "near", "outside"
    or "around" that a verb or a noun of place or happening governs ("an administration in Maungdaw", "Back in
    Kutupalong, ..."), with no possessive after it, and no person named in full in the story bears it as any of
    their names ("Jordan Bardella ... the crowd around Jordan"). People are seldom "in" anything but a noun of
    attitude ("confidence in X", ``actor_attitude_nouns.txt``)."""
    doc = ent.doc
    lower = _view(doc).lower
    if len(ent) != 1 or ent.start == 0 or lower[ent.start - 1] not in PLACE_SLOT_PREPOSITIONS:
        return False
    if ent.end < len(doc) and lower[ent.end] in {"'s", "’s"}:
        return False
    prep = doc[ent.start - 1]
    if prep.head.lemma_.lower() in read_words(ATTITUDE_NOUNS_FILE):
        return False
    word = lower[ent.start]
    return not any(e.label_ == "PERSON" and len(e) > 1 and word in lower[e.start:e.end] for e in _view(doc).ents)


VESSEL_WORDS_FILE = "vessel_words.txt"  # shared with the places stage
NAMING_VERBS = {"call", "name", "dub", "codename", "title"}
NAMED_THINGS_FILE = "actor_named_things.txt"


def names_vessel_or_thing(ent: Span) -> bool:
    """Whether a name's appositive is headed by a word for a vessel ("the Eagle S, a Cook Islands-flagged oil
    tanker"), or the name follows "called"/"dubbed" after a noun for an undertaking ("a mission called Baltic
    Sentry", ``actor_named_things.txt``): a ship or an operation, no actor ("a group called X" names one)."""
    root = ent.root
    appos = next((child for child in root.children if child.dep_ == "appos" and child.i >= ent.end), None)
    if appos is not None and appos.lower_ in read_words(VESSEL_WORDS_FILE):
        return True
    verb = root.head
    if root.dep_ not in {"oprd", "dobj", "attr", "xcomp"} or verb.lemma_.lower() not in NAMING_VERBS \
            or verb.i >= ent.start:
        return False
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in read_words(NAMED_THINGS_FILE)


# participles that a flag state joins by a hyphen before a vessel's name ("the Panama-flagged Nova Star")
VESSEL_PARTICIPLES = {"flagged"}


def names_flagged_vessel(ent: Span) -> bool:
    """Whether a name follows "<flag state>-flagged": a ship, which NER often takes for a person."""
    doc = ent.doc
    i = ent.start - (_view(doc).lower[ent.start] == "the")
    return i >= 2 and _view(doc).lower[i - 1] in VESSEL_PARTICIPLES and doc[i - 2].text == "-" \
        and not doc[i - 2].whitespace_


MAX_PEOPLE_WORDS = 4  # "Papua New Guinean" and the like: a country's or people's name of up to four words


def inside_people_name(ent: Span) -> bool:
    """Whether a name is part of a country's or people's name of several words that the words next to it complete
    ("Leonean" or "Sierra" of "Sierra Leonean"), which NER may cut and label as a person or body."""
    view = _view(ent.doc)
    own = countries.country_code(ent.text)
    for start in range(max(0, ent.end - MAX_PEOPLE_WORDS), ent.start + 1):
        for end in range(ent.end, min(len(view.lower), start + MAX_PEOPLE_WORDS) + 1):
            if (start, end) == (ent.start, ent.end) or any(view.punct[start:end]):
                continue
            code = countries.country_code(_span_text(view, start, end))
            if code and code != own:
                return True
    return False


def names_plural_noun(ent: Span, nouns: frozenset[str]) -> bool:
    """Whether a one-word name NER took for a person, opening its sentence, line or quotation, is the plural of a
    common noun (``nouns``: "Kidnappings have risen", "'Hulls in the water are not.'"), capitalised only by its
    place: no name, unless a person named in full in the story bears it ("Tom Banks ... Banks said")."""
    doc = ent.doc
    # only a name NER took for a person: a body's plural may be its members' ("Democrats", "Socialists")
    if len(ent) != 1 or not nouns or ent.label_ != "PERSON":
        return False
    token = doc[ent.start]
    before = doc[ent.start - 1] if ent.start > 0 else None
    opens = token.is_sent_start or before is None or "\n" in before.text or before.text in OPENING_QUOTES
    word = token.lower_
    if not opens or not word.endswith("s") or not token.is_title:
        return False
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-2] if word.endswith("ses") else word[:-1]
    if singular not in nouns and word[:-2] not in nouns:
        return False
    return word not in _view(doc).surnames


MAX_PEOPLE_NAME_WORDS = 3


def names_people_of_place(ent: Span) -> bool:
    """Whether a name NER took for a person is a people named with its place or kind ("Kosovo Serbs", "Bosnian
    Croats", "ethnic Albanians"): a plural nationality noun after place names, nationality words or "ethnic" -- a
    group of people, as "Serbs" alone is, not one person."""
    doc = ent.doc
    if ent.label_ != "PERSON" or not 1 < len(ent) <= MAX_PEOPLE_NAME_WORDS:
        return False
    last = doc[ent.end - 1]
    if not last.lower_.endswith("s") or countries.demonym_code(last.text) is None:
        return False
    before = doc[ent.start:ent.end - 1].text
    return bool(before.lower() == "ethnic" or countries.demonym_code(before) or countries.country_code(before)
                or city_country(before))


# a clock time, as news gives it before a time zone's abbreviation: "16:40", "8 p.m.", "10am"; four digits ("0400")
# only before GMT or UTC, as wires write them (else "the 1994 RPF offensive" would lose its body)
CLOCK_TIME = re.compile(r"(?:\d{1,2}[:.]\d{2}|[ap]\.?m\.?|\d{1,2}[ap]m)$", re.IGNORECASE)
WIRE_TIME = re.compile(r"[0-2]\d[0-5]\d$")
WIRE_ZONES = {"GMT", "UTC"}


def names_time_zone(ent: Span) -> bool:
    """Whether a name is a time zone's abbreviation right after a clock time ("16:40 CAT", "0400 GMT", "8 p.m.
    EST"), which NER takes for a body."""
    doc = ent.doc
    if len(ent) != 1 or not ent.text.isupper() or not 2 <= len(ent.text) <= 5 or ent.start == 0:
        return False
    before = doc[ent.start - 1].text
    return bool(CLOCK_TIME.match(before) or ent.text in WIRE_ZONES and WIRE_TIME.match(before))
