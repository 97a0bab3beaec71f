"""All actor candidates of a Doc, in order of trust: dictionary actors, NER people and bodies, the bodies named
in people's titles, appositives, agent phrases, capitals acting and nationality groups; a token claimed once is
not claimed again.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterator

from spacy.tokens import Doc, Span

from pipeline.knowledge import countries
from pipeline.stages.actors.agent_phrases import agent_candidates
from pipeline.stages.actors.candidate import Candidate
from pipeline.stages.actors.dictionary_names import Matchers, dictionary_spans
from pipeline.stages.actors.known_names import (OTHER_NAME_LABELS, known_legislature_not_place, known_person_not_place,
                                                person_of_country, widened_name)
from pipeline.stages.actors.doc_view import _view
from pipeline.stages.actors.descriptions import _possessor_country, phrase_country
from pipeline.stages.actors.lexicon import Entry, agents, dictionary, entry_for
from pipeline.stages.actors.metonyms import metonym_candidates, nationality_candidates
from pipeline.stages.actors.name_spans import joined_name, trimmed_name
from pipeline.stages.actors.ner_names import NER_ACTOR_LABELS, ner_candidate
from pipeline.stages.actors.non_actor_names import names_gathering, names_plural_noun, names_section_label
from pipeline.stages.actors.place_names import _named_place
from pipeline.stages.actors.who_names import who_names
from pipeline.stages.actors.titles import (_apposition, _role_before, _title_body_phrase, _title_start,
                                           appositive_names, names_after_role_words, names_before_roles,
                                           title_bodies)
from pipeline.stages.actors.legislature_names import untagged_legislatures
from pipeline.stages.actors.untagged_surnames import untagged_surnames


# prepositions before a seat of government that make it the building where something happens ("told reporters at
# the White House", "protesters outside the Kremlin"), not the government acting; "in" and "to" stay actors'
# ("officials in the Kremlin", "a letter to the White House")
VENUE_PREPOSITIONS = frozenset({"at", "outside", "inside", "near"})
# NER's labels a legislature's own name sometimes gets ("the Riksdag" as a person, "the Eduskunta" as a place)
LEGISLATURE_MISLABELS = OTHER_NAME_LABELS | {"PERSON"}


def _named_as_venue(span: Span) -> bool:
    """Whether a dictionary seat of government is the object of a preposition of place."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in VENUE_PREPOSITIONS


STATE_BODY_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})


def _other_owner(doc: Doc, span: Span, entry: Entry) -> str | None:
    """The country a possessor before a dictionary body's name gives, when it is another country's and the name is
    a state body's generic one, headed by a word for a ministry, court, legislature, army or police ("Pakistan's
    Foreign Office", "Islamabad's Foreign Office" are not the British Foreign Office): the possessor is the text's
    evidence of a namesake. A body with a name of its own keeps its country ("Iran's Hezbollah": an ally's)."""
    if entry.type == "person" or entry.country is None or countries.is_igo(entry.country):
        return None
    head = agents().get(_view(doc).lower[span.end - 1])
    if head is None or head.sector not in STATE_BODY_SECTORS:
        return None
    owner = _possessor_country(doc, span.start)
    return owner if owner is not None and owner != entry.country and not countries.is_igo(owner) else None


def _entry_titled(entry: Entry, country: str | None) -> Entry:
    """The dictionary row of a person whose country (or IGO) the title in the text names, when the row valid on the
    publication day is of another one: the text's evidence wins over the date ("NATO Secretary General Jens
    Stoltenberg" in an undated text is NATO's, not the minister of his later office); the latest such row."""
    if country is None or entry.country == country:
        return entry
    rows = [row for row in dictionary()[entry.name] if row.country == country]
    return max(rows, key=lambda row: row.valid_from or dt.date.min) if rows else entry


def _inside_longer_name(doc: Doc, span: Span) -> bool:
    """Whether a dictionary body's name is the last word of a longer name that a capitalised proper noun before it
    opens ("Oliy Majlis", Uzbekistan's parliament, holds "Majlis", Iran's): a namesake, not the body, unless that
    word names a country or nationality ("Iranian Majlis")."""
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    return (before.pos_ == "PROPN" and before.text[:1].isupper() and not before.is_sent_start
            and before.dep_ == "compound" and before.head.i >= span.start and before.ent_type_ not in {"GPE", "NORP"}
            and countries.country_code(before.text) is None and not countries.is_demonym(before.text))


# what parts the items of a menu, share bar or breadcrumb trail ("Home | World", "Home > Pacific > Politics")
MENU_BARS = ("|", ">", "»", "›")
MIN_MENU_BARS = 2


def _is_menu(line: str) -> bool:
    return any(line.count(bar) >= MIN_MENU_BARS for bar in MENU_BARS)


def actor_candidates(doc: Doc, matchers: Matchers) -> Iterator[Candidate]:
    """Every candidate but those on a web page's menu, share bar or breadcrumb trail: a line of items parted by two
    bars or more ("Home | World | Politics", "Share: Facebook | Twitter", "Home > Asia > Politics") is no text, and
    its names no actors."""
    text = _view(doc).text
    if not _is_menu(text):
        yield from _candidates(doc, matchers)
        return
    menus, offset = [], 0
    for line in text.split("\n"):
        if _is_menu(line):
            menus.append((offset, offset + len(line)))
        offset += len(line) + 1
    idx = _view(doc).idx
    for candidate in _candidates(doc, matchers):
        if not any(start <= idx[candidate.start] < end for start, end in menus):
            yield candidate


def _candidates(doc: Doc, matchers: Matchers) -> Iterator[Candidate]:
    when = doc._.published
    found: list[Candidate] = []
    view = _view(doc)
    person_of = {i: ent for ent in view.ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    venues: set[int] = set()  # tokens of a seat of government named as the place where something happens
    for span in dictionary_spans(doc, matchers):
        entry = entry_for(span.label_, when)
        if entry.type != "person" and _inside_longer_name(doc, span):
            continue  # "Majlis" in "Uzbekistan's Oliy Majlis" is not Iran's Majlis
        if entry.type == "government" and _named_as_venue(span):
            venues.update(range(span.start, span.end))
            continue
        end = span.end
        if entry.type == "person" and span.start in person_of:
            # the whole name NER found: "Omer al-Bashir" for the alias "al-Bashir", "Viktor Yanukovich"
            ent = person_of[span.start]
            span, end = doc[ent.start:span.start + 1], max(end, ent.end)
        start = _title_start(doc, span.start) if entry.type == "person" else span.start
        if start < span.start:
            entry = _entry_titled(entry, phrase_country(doc[start:span.start]))
        key = f"known:{entry.name}"
        owner = _other_owner(doc, span, entry)
        if owner is not None:  # "Pakistan's Foreign Office" is not the British one the dictionary knows
            entry, key = entry._replace(country=owner), f"known:{entry.name}:{owner}"
        found.append(Candidate(start, end, entry.name, entry.type, entry.country, entry.sector, entry.role,
                               True, key, name_start=span.start if entry.type == "person" else None))
    known_tokens = {i for c in found for i in range(c.start, c.end)} | venues
    entity_tokens = {i for ent in view.ents for i in range(ent.start, ent.end)} | known_tokens
    joined_until = 0  # the end of a name joined over "and" to the words of the entities after it
    places = _place_words(doc)
    for ent in view.ents:
        ent = trimmed_name(ent)
        if ent is None or ent.start < joined_until:
            continue
        if ent.label_ == "PERSON" and len(ent) == 1 and view.lower[ent.start] in places:
            continue  # "the road out of Maungdaw": a word the story uses as a place elsewhere is that place here
        if names_plural_noun(ent, matchers.nouns) or names_section_label(ent, matchers.nouns):
            continue  # "Kidnappings have risen": a common noun capitalised where its sentence opens; "Background"
            # alone on its line: a section's heading
        ent = joined_name(ent)
        joined_until = ent.end
        if ent.label_ == "ORG":
            ent = person_of_country(doc, ent) or ent  # "Macky Sall of Senegal" tagged as one organisation
        if ent.label_ in LEGISLATURE_MISLABELS and known_legislature_not_place(doc, ent):
            ent = Span(doc, ent.start, ent.end, label="ORG")  # a legislature the base knows, tagged otherwise
        if ent.label_ in NER_ACTOR_LABELS:
            ent = widened_name(doc, ent, entity_tokens)  # "Galab Donev" where NER found "Donev"
        elif ent.label_ in OTHER_NAME_LABELS and known_person_not_place(doc, ent):
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # a person the base knows, tagged as a place or thing
        if ent.label_ in NER_ACTOR_LABELS and not any(i in known_tokens for i in range(ent.start, ent.end)):
            candidate = ner_candidate(doc, ent)
            if candidate is not None:
                found.append(candidate)
    for name in (appositive_names(doc, entity_tokens) + names_after_role_words(doc, entity_tokens)
                 + names_before_roles(doc, entity_tokens) + who_names(doc, entity_tokens)):
        candidate = ner_candidate(doc, name)
        if candidate is not None:
            found.append(candidate)
    # a person's title and appositive belong to the person ("Kremlin spokesman Dmitry Peskov" is one mention), but
    # a body the title names is an actor of its own as well (the Kremlin)
    people = [c for c in found if c.type == "person"]
    bodies = [body for person in people for body in title_bodies(doc, person, found)]
    found = [_employed_by(doc, c, found) if c.type == "person" else c for c in found]
    people = [c for c in found if c.type == "person"]
    kept = [c for c in found if c.type == "person" or not any(
        p.start <= c.start and c.end <= p.end and (p.start, p.end) != (c.start, c.end) for p in people)]
    kept += [body for body in dict.fromkeys(bodies) if body not in kept]  # two people may share a title's words
    # the words of a gathering's or an exercise's name ("the Commonwealth Heads of Government Meeting") name no
    # actor, in part either ("Heads of Government"), but a body the dictionary knows inside one is ("the ASEAN Summit")
    claimed = {i for ent in view.ents if names_gathering(ent) for i in range(ent.start, ent.end)}
    kept = [c for c in kept if c.known or not claimed.intersection(range(c.start, c.end))]
    for candidate in kept:
        claimed.update(range(candidate.start, candidate.end))
        yield candidate
    # an organisation may modify an unnamed member ("a White House official", "NATO troops")
    # ... and so may a person ("the Biden administration", "Putin's envoy")
    owners = {i: c for c in kept for i in range(c.start, c.end)
              if c.type != "person" or doc[c.end - 1].dep_ in {"compound", "poss"}}
    body_tokens = {i for c in kept if c.type != "person" for i in range(c.start, c.end)}
    for person in people:
        appos = _apposition(doc[person.start:person.end])
        if appos is not None and not any(token.i in claimed for token in appos):
            claimed.update(token.i for token in appos)
            yield person._replace(start=appos.start, end=appos.end)
        # ... and so is a role phrase the name is set after between commas ("Chile's foreign minister, Ana Ruiz,
        # said"): the minister is Ana Ruiz, one actor, not an unnamed one beside her
        role = _role_before(doc[person.start:person.end])
        if role is not None and not any(token.i in claimed for token in role):
            claimed.update(token.i for token in role)
            yield person._replace(start=role.start, end=role.end)
            # ... whose own title may name a body, an actor besides her, as a title before the name does ("Iran's
            # foreign ministry spokesman, Esmaeil Baghaei,": the foreign ministry)
            body = _title_body_phrase(doc, role.start, role.end, body_tokens, person.country)
            if body is not None:
                yield body
    for candidate in agent_candidates(doc, claimed, owners=owners):
        claimed.update(range(candidate.start, candidate.end))
        yield candidate
    for candidate in metonym_candidates(doc, claimed):
        claimed.update(range(candidate.start, candidate.end))
        yield candidate
    for candidate in nationality_candidates(doc, claimed):
        claimed.update(range(candidate.start, candidate.end))
        yield candidate
    for candidate in untagged_surnames(doc, people, claimed):
        claimed.update(range(candidate.start, candidate.end))
        yield candidate
    for candidate in untagged_legislatures(doc, claimed):
        claimed.update(range(candidate.start, candidate.end))
        yield candidate


def _place_words(doc: Doc) -> set[str]:
    """The one-word names a story uses as places: tagged as a place by NER, or found to be one where NER took them
    for a person ("an administration in Maungdaw"). A story uses a name in one sense throughout, so its other
    mentions tagged as a person are that place too; not a word that is a person's surname in the story."""
    view = _view(doc)
    words = {view.lower[ent.start] for ent in view.ents if len(ent) == 1 and (
        ent.label_ in {"GPE", "LOC"} or ent.label_ == "PERSON" and _named_place(ent))}
    return words - view.surnames


def _employed_by(doc: Doc, person: Candidate, found: list[Candidate]) -> Candidate:
    """A person whose title names a body is of that body ("Gazprom chief executive Alexei Miller", "Samsung
    chairman Lee Jae-yong"): of its country when the text and the knowledge base give the person none, and of its
    sector when the title gives none or only a weak default ("spokesman", "official": "Taliban spokesman"). The
    body is a body found inside the title, or one that modifies the title right before it."""
    if person.name_start is None or person.name_start <= person.start:
        return person
    body = next((c for c in reversed(found) if c.type != "person" and (c.country or c.sector) and (
        person.start <= c.start and c.end <= person.name_start
        or c.end == person.start and doc[c.end - 1].dep_ == "compound"
        and person.start <= doc[c.end - 1].head.i < person.name_start)), None)
    if body is None:
        return person
    title = agents().get(person.role or "")
    weak_title = person.sector is None or title is not None and title.weak
    return person._replace(country=person.country or body.country,
                           sector=body.sector if body.sector and weak_title else person.sector)
