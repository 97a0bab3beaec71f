"""Actors built on an agent word ("Ukrainian forces", "the Russian Foreign Ministry", "a senator"): named when
the phrase names a body, else unnamed; country and sector from the phrase, the body it contains, or "of X" after it.
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc

from pipeline.knowledge import countries
from pipeline.stages.actors.candidate import Candidate
from pipeline.stages.actors.descriptions import _prep_country, _prep_sector, describe, land_of_people
from pipeline.stages.actors.doc_view import NOMINAL_POS, _span_text, _view
from pipeline.stages.actors.lexicon import agents
from pipeline.stages.actors.place_names import _large_place
from pipeline.stages.actors.phrases import (DETERMINERS, _agent_at, _agent_phrase_length, _continues_phrase,
                                            _phrase_start)
from pipeline.stages.actors.titles import GENERIC_BODIES

DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her"}
# words that date a body rather than name it ("the outgoing Biden administration" is the Biden administration)
PASSING_WORDS = {"outgoing", "incoming", "current", "then"}


def agent_candidates(doc: Doc, claimed: set[int], *, owners: dict[int, Candidate] | None = None) -> Iterator[Candidate]:
    """Unnamed actors built on an agent word: "Ukrainian forces", "the Russian Foreign Ministry", "a senator".

    A definite phrase with nothing but the agent word ("the ministry", "the leaders") points back to an actor
    named before, so it is no actor of its own; "the minister" joins a named minister in ``merge_candidates``.
    """
    table = agents()
    owners = owners or {}
    view = _view(doc)
    pos = view.pos
    for i in view.agent_ends:
        if i in claimed or pos[i] not in NOMINAL_POS and len(doc) > 3:
            continue
        head = _agent_at(doc, i, table)
        if head is None:
            continue
        token = doc[i]
        if head.borrowed and (token.pos_ not in {"NOUN", "PROPN"} or _modifies_right(token)):
            continue  # a borrowed noun modifying another names no actor: "civil servant pay", "a prisoner exchange"
        if _continues_phrase(token) and not _describes_body_after(token, owners):
            # "coast guard personnel": build the phrase at the noun the agent word modifies, unless that noun
            # is an agent word itself (then the phrase is built there)
            end = token.i + 1
            while end < len(doc) and _continues_phrase(doc[end - 1]):
                end += 1
            last = doc[end - 1]
            if last.i in claimed or _agent_at(doc, last.i, table) is not None or last.pos_ not in {"NOUN", "PROPN"}:
                continue
            head, token = head._replace(title=False, type="group"), last
        if token.dep_ == "poss" and token.head.i > token.i and token.head.pos_ in {"NOUN", "PROPN"}:
            continue  # "the company's board": the possessor belongs to the phrase of its head
        start = _phrase_start(doc, token, claimed - owners.keys())
        first = token.i - _agent_phrase_length(doc, token.i, table) + 1
        if first < start:  # "the secretary of state": the agent phrase runs over a linking word to its last word
            if any(j in claimed for j in range(first, start)):
                continue
            start = _phrase_start(doc, doc[first], claimed - owners.keys())
        phrase = doc[start:token.i + 1]
        in_body = {t.i for t in phrase if t.i in owners}
        country, sector, role = describe(phrase, None, skip=in_body)
        country = country or next((owners[i].country for i in sorted(in_body) if owners[i].country), None)
        # a weak head is of the body before it ("Hamas officials" REB, "Gazprom officials" BUS); not of a person
        # ("Poroshenko's office"), nor of an international body, whose officials keep their office's sector ("EU
        # leaders"), nor once former ("former White House official" ELI)
        owner_sector = next((owners[i].sector for i in sorted(in_body)
                             if owners[i].sector and owners[i].type != "person"), None)
        if owner_sector not in {None, "IGO"} and sector != "ELI" and (sector is None or head.weak):
            sector = owner_sector
        if country is not None and "ethnic" in view.lower[start:token.i]:
            country = land_of_people(token, ethnic=True) or country  # "ethnic Albanian guerrillas in Macedonia"
        # a body is named by a country inside its phrase ("Armenia's foreign ministry", "the Chinese embassy"), not
        # by "of/in X" after a common noun ("the main hospital in El Fasher", "a branch office of the Russian state"
        # are descriptions): the country after it still says whose the actor is
        country_inside = country
        country = country or _prep_country(token)
        if sector is None or head.weak:
            sector = _prep_sector(token) or sector  # a weak head is of the body after it: "leader of the opposition"
        words = [j for j in range(start, token.i + 1) if view.lower[j] not in DETERMINERS]
        if not words:
            continue
        proper = token.text[:1].isupper() and not token.is_sent_start
        plural = token.tag_ in {"NNS", "NNPS"}
        named_after = owners.get(token.i + 1)
        if (named_after is not None and named_after.start == token.i + 1 and named_after.type != "person"
                and head.type != "person" and not plural):
            # "Syria's state news agency SANA", "the militant group Hamas", "the state news agency QNA": a
            # description set right before a body's name is a mention of that body, which keeps its name and takes
            # the description's country and sector where it has none (the body names it: no country needed); a
            # description cut short at a possessor the phrase could not take in ("the UN children 's agency
            # Unicef") is no mention of its own
            if doc[start].is_punct or view.lower[start] in POSSESSIVE_MARKS:
                continue
            yield named_after._replace(start=start, end=token.i + 1, country=named_after.country or country,
                                       sector=named_after.sector or sector)
            continue
        acronym = _acronym_after(token, claimed | owners.keys())
        if acronym is not None and head.type != "person" and not plural:
            # "the Emirati state news agency WAM", "the ruling party ANC": an acronym no entity holds, set right
            # after a description of a body, is that body's name; the description gives its country and sector
            yield Candidate(start, acronym.i + 1, acronym.text, head.type, country, sector, None, False,
                            f"org:{acronym.text}", named=True)
            continue
        if view.lower[start] in DEFINITE and country is None and not in_body and not proper:
            continue
        name_words = words[1:] if len(words) > 1 and view.lower[words[0]] in PASSING_WORDS else words
        if proper:  # "the state-run National News Agency": lower-case words before a body's name describe it
            name_words = name_words[next(k for k, j in enumerate(name_words) if doc[j].text[:1].isupper()):]
        name = _span_text(view, name_words[0], token.i + 1)
        kind = "group" if plural and head.type == "person" else head.type
        # a body such as "the Russian Foreign Ministry" or "the Foreign Ministry" is named; people are not, nor is
        # a body described by its leader ("Prime Minister Kishida's government")
        led_by_person = any(owners[i].type == "person" and doc[owners[i].end - 1].dep_ == "poss" for i in in_body)
        # ... while a leader's name as a modifier makes a conventional name ("the Biden administration")
        named_for_person = any(owners[i].type == "person" and doc[owners[i].end - 1].dep_ == "compound"
                               for i in in_body)
        # a weak head with nothing but its country before it names a people or a sphere, not a body ("Armenian
        # society", "the Russian state")
        bare_weak = head.weak and all(doc[j].ent_type_ in {"NORP", "GPE"} or view.lower[j] in POSSESSIVE_MARKS
                                      or countries.country_code(view.orth[j]) for j in words[:-1])
        named = (kind in {"organization", "government"} and head.type == kind and not plural and not led_by_person
                 and (proper or country_inside is not None and not bare_weak
                      and (token.lower_ not in GENERIC_BODIES or named_for_person)))
        if named and proper and _large_place(name):
            continue  # "the West Bank": a region's name that ends with an agent word ("bank") is the region
        key = (f"title:{country}:{role}" if head.title and not plural
               else f"agent:{country}:{sector}:{' '.join(view.lemma[j] for j in words)}")
        yield Candidate(start, token.i + 1, name, kind, country, sector, role, False, key, named=named)


POSSESSIVE_MARKS = {"'s", "’s", "s"}


def _describes_body_after(token, owners: dict[int, Candidate]) -> bool:
    """Whether an agent word stands right before the name of a body it describes ("the state news agency QNA")."""
    after = owners.get(token.i + 1)
    return after is not None and after.start == token.i + 1 and after.type != "person"


MAX_ACRONYM = 6


def _acronym_after(token, taken) -> object | None:
    """The token right after an agent word when it is an upper-case acronym (2-6 letters) that no entity or
    candidate holds (``taken``) and that the agent word modifies ("news agency WAM")."""
    doc = token.doc
    if token.i + 1 >= len(doc) or token.i + 1 in taken or doc[token.i + 1].ent_type_:
        return None
    after = doc[token.i + 1]
    if not (after.is_upper and after.is_alpha and 2 <= len(after) <= MAX_ACRONYM):
        return None
    # the parse may also set the two side by side, each a subject of the verb ("agency WAM reported")
    return after if token.head.i == after.i or (token.head.i, token.dep_) == (after.head.i, after.dep_) else None


def _modifies_right(token) -> bool:
    """Whether the word modifies a word to its right ("child" in "child labour")."""
    return token.dep_ in {"compound", "amod", "nmod"} and token.head.i > token.i
