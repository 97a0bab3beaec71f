"""What the actor knowledge base (``pipeline.knowledge.actor_kb``) says of a name NER found, for the facts the text
leaves open. The text's own evidence (a title, an appositive, a nationality word) always wins.

The general rules:
- a name is looked up as the text writes it in full, never by a surname alone: a later "Kask" is merged into the
  "Arvo Kask" the article named first (``merging``), which carries what the base said;
- the base's actor must be of the kind NER saw: a person for a person, a body for an organisation;
- a country outlives a term of office (a former minister keeps their nationality), so a role the base can no
  longer vouch for on the publication day (``stale``) still gives the country, and so do the roles of a person
  the base knows on other days only (a minister of 1998 named in 2010, a leader named before taking office), and
  so does a role that a source dating by years only began or ended in the article's year;
  sector and role come only from roles the base holds valid that day, and a role that gives no sector or one
  Parley does not write (ELI) does not contradict one that does, and where sources still disagree the office a
  source names (a Wikidata "speaker of the parliament") wins over a bare code (a dictionary's GOV); an article
  without a date takes each actor's latest role as it stands;
- a name NER cut short ("Donev" of "Galab Donev") is widened over the capitalised proper nouns next to it that no
  entity holds, up to two words each side, when the longer name is a person the base knows (``widened_name``);
- two names of one person in the base (spellings, a name and its variant: "Aleksandr Lukashenko" and "Alexander
  Lukashenko") are one actor of the article (``known_key``);
- NER's organisation, place or thing is the person the base knows by that full name, when the base knows nobody
  else by it, no place of the gazetteer bears it and it has two words or more ("Galab Donev said ..." with the
  name tagged as a body);
- a name that actors of several countries bear takes the one of those countries the article itself names, else
  none: never a guess.
"""
from __future__ import annotations

import functools

from spacy import symbols
from spacy.tokens import Doc, Span

from pipeline.knowledge import countries
from pipeline.knowledge.actor_kb import KBMatch, actor_kb
from pipeline.stages.actors.doc_view import _span_text, _view

# NER's kind -> the base's actor types that can stand for it
KB_TYPES = {"person": frozenset({"person"}), "organization": frozenset({"organization", "government", "group"})}
# sectors of the CAMEO dictionaries that Parley writes as they are (others, such as ELI "elites", say too little)
KB_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "BUS", "MED", "NGO", "IGO", "CVL",
                        "SPY", "REL", "EDU", "LAB", "HLH", "REF", "CRM", "UAF"})
CONTEXT_LABELS = frozenset({"GPE", "NORP"})
MAX_WORDS_ADDED = 2  # on each side of a name NER cut short
# NER's labels that a person's name sometimes gets ("Karin Timmermann" as a place, "Adolf Ogi" as a product)
OTHER_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "PRODUCT"})


def known_facts(doc: Doc, name: str, kind: str, country: str | None, sector: str | None,
                role: str | None) -> tuple[str | None, str | None, str | None]:
    """``country``, ``sector`` and ``role`` with what the text left open filled from the base."""
    if country and sector and role:
        return country, sector, role
    matches = _of_kind(name, doc._.published, kind)
    if not matches:
        return country, sector, role
    if country is None:
        country = _one_country(doc, {match.country or match.igo for match in matches} - {None})
    # an article without a date takes each actor's latest role as it stands ("no date: the latest entry")
    undated = doc._.published is None
    current = [match for match in matches if (undated or not (match.stale or _in_boundary_year(match, doc._.published)))
               and (match.country or match.igo) == country]
    if sector is None and country is not None:
        # a role that gives no sector, or one that says too little (CAMEO's ELI "elites"), does not contradict one
        # that does: a Phoenix "elite" entry of a minister whose office a Wikidata source dates
        sectors = {match.sector for match in current} & KB_SECTORS
        if len(sectors) > 1:
            # sources that disagree: an office the source names (Wikidata's "speaker of the parliament") says more
            # than a bare code (the CAMEO dictionaries' GOV for a speaker)
            sectors = {match.sector for match in current if match.role} & KB_SECTORS or sectors
        sector = next(iter(sectors)) if len(sectors) == 1 else None
    if role is None and country is not None and kind == "person":
        roles = {match.role for match in current if match.role}
        role = next(iter(roles)) if len(roles) == 1 else None
    return country, sector, role


def known_person(doc: Doc, name: str) -> bool:
    """Whether everyone the base knows by ``name`` (written in full, two words or more) is a person."""
    if len(name.split()) < 2:
        return False
    matches = _matches(name, doc._.published) or _matches(name, None)
    return bool(matches) and all(match.type == "person" for match in matches)


def known_person_not_place(doc: Doc, ent: Span) -> bool:
    """Whether a name NER labelled a place or a thing is a person the base knows by it in full, and no place of
    the gazetteer bears it."""
    from pipeline.knowledge.gazetteer import gazetteer

    text = ent.text
    return known_person(doc, text) and not gazetteer().knows(text)


def known_legislature_not_place(doc: Doc, ent: Span) -> bool:
    """Whether a name NER labelled a person, place or thing is a legislature the base knows by it ("the Riksdag"
    taken for a person, "the Eduskunta" for a place, "Lithuanian Seimas" for a person): everyone the base knows by
    the name, after a nationality word of its own country, is a body of sector LEG, and no place of the gazetteer
    bears it."""
    from pipeline.knowledge.gazetteer import gazetteer

    text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    # a nationality word or country name of the legislature's own country may open the name ("Lithuanian Seimas")
    first, _, rest = text.partition(" ")
    owner = countries.country_code(first) if rest else None
    text = rest if owner else text
    matches = _matches(text, doc._.published) or _matches(text, None)
    return (bool(matches) and all(match.type in KB_TYPES["organization"] and match.sector == "LEG"
                                  and (owner is None or match.country == owner) for match in matches)
            and not gazetteer().knows(text))


def widened_name(doc: Doc, ent: Span, taken: set[int]) -> Span:
    """``ent`` with the capitalised proper nouns next to it that no entity holds (``taken``) and that are no
    titles, as a person, when the longer name is one the base knows as a person only (the longest such name); else
    ``ent`` itself."""
    view = _view(doc)

    def free(i: int) -> bool:
        # a title ("President Bush") is no part of the name: the stage reads it as a title
        return (0 <= i < len(doc) and i not in taken and view.pos[i] == symbols.PROPN and view.orth[i][:1].isupper()
                and i not in view.agent_end_set)

    left, right = ent.start, ent.end
    while ent.start - left < MAX_WORDS_ADDED and free(left - 1):
        left -= 1
    while right - ent.end < MAX_WORDS_ADDED and free(right):
        right += 1
    wider = sorted(((start, end) for start in range(left, ent.start + 1) for end in range(ent.end, right + 1)
                    if (start, end) != (ent.start, ent.end)), key=lambda bounds: bounds[0] - bounds[1])
    for start, end in wider:
        if known_person(doc, _span_text(view, start, end)):
            return Span(doc, start, end, label="PERSON")
    # a name set off by commas that NER cut before its last word, which the parse makes the name's head ("India's
    # foreign secretary, Vikram Misri, flew": NER found "Vikram" alone): the whole name, between the commas
    end = ent.end
    if (end + 1 < len(doc) and right > end and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end
            and ent.start > 0 and doc[ent.start - 1].text == "," and doc[end + 1].text == ","):
        return Span(doc, ent.start, end + 1, label=ent.label_)
    return ent


def known_key(doc: Doc, name: str) -> str | None:
    """The base's key of the one person known by ``name`` (written in full), else None."""
    keys = {match.actor_key for match in _of_kind(name, doc._.published, "person")}
    return next(iter(keys)) if len(keys) == 1 else None


NAMESAKE_YEARS = 30


def _of_kind(name: str, on, kind: str) -> list[KBMatch]:
    """The base's roles of the actors of NER's kind known by ``name`` on the day; else, for a person known on
    other days only, that person's latest roles, each marked ``stale`` (they give a country, nothing more)."""
    types = KB_TYPES.get(kind, frozenset())
    matches = [match for match in _matches(name, on) if match.type in types]
    if matches or on is None or kind != "person":
        return matches
    # a person whose last role ended a lifetime before the day is a namesake more likely than the same person (a
    # refugee called Nurul Amin in 2025 is not Pakistan's prime minister of 1971): such roles say nothing
    horizon = str(on.year - NAMESAKE_YEARS)
    return [match._replace(stale=True) for match in _matches(name, None) if match.type in types
            and not (match.valid_to and match.valid_to[:4] < horizon)]


@functools.lru_cache(maxsize=65536)
def _matches(name: str, on) -> tuple[KBMatch, ...]:
    return tuple(match for match in actor_kb().lookup(name, on) if not match.by_surname)


def _in_boundary_year(match: KBMatch, on) -> bool:
    """Whether a role the source dates by years only began or ended in the year of ``on``: the day may fall
    before or after the change of office ("prime minister 2018-2022" says nothing of October 2022), so such a role
    gives the country and no sector or role."""
    if on is None or match.date_precision != "year":
        return False
    years = {date[:4] for date in (match.valid_from, match.valid_to) if date}
    return str(on.year) in years


def _one_country(doc: Doc, found: set[str]) -> str | None:
    if len(found) == 1:
        return next(iter(found))
    named = found & _article_countries(doc)
    return next(iter(named)) if len(named) == 1 else None


def _article_countries(doc: Doc) -> set[str]:
    """The countries the article names as places or nationalities (asked only of an ambiguous name: rare)."""
    codes = (countries.country_code(ent.text) for ent in _view(doc).ents if ent.label_ in CONTEXT_LABELS)
    return {code for code in codes if code}


MIN_NAME_WORDS = 2


def person_of_country(doc: Doc, ent: Span) -> Span | None:
    """A person's name NER ran into "of" and their country and took for a body ("Moussa Faki Mahamat of Chad",
    "Macky Sall of Senegal", as a listing of delegates names them): the name before "of", when the base knows it as
    a person's and the words after "of" are a country's name; the country stays in the text for the person's
    description."""
    for i in range(ent.start + MIN_NAME_WORDS, ent.end - 1):
        if doc[i].lower_ != "of":
            continue
        if countries.country_name_code(doc[i + 1:ent.end].text) and known_person(doc, doc[ent.start:i].text):
            return Span(doc, ent.start, i, label="PERSON")
        return None
    return None
