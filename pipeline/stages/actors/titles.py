"""Titles and offices around a person's name: where a title opens before the name ("Turkish Foreign Minister
..."), the appositive after it, a name inside an organisation entity after a title, and the bodies a title names
("Kremlin spokesman ...", "Qatari foreign ministry spokesman ..."), each an actor besides the person.
"""
from __future__ import annotations

import numpy
from spacy.attrs import DEP, POS
from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from pipeline.knowledge import countries
from pipeline.stages.actors.candidate import Candidate
from pipeline.stages.actors.descriptions import _is_country_word, describe, phrase_country
from pipeline.stages.actors.doc_view import _span_text, _view
from pipeline.stages.actors.lexicon import NO_AGENT, Agent, agents, title_body_words
from pipeline.stages.actors.phrases import (DETERMINERS, FORMER_WORDS, MAX_AGENT_WORDS, _agent_at, _agent_match,
                                            _agent_phrase_length)

# a country's body described, not named, when written in lower case: "the Afghan government", "Iranian state
# television" (but "the Indian Army" and "the Russian foreign ministry" name an institution)
GENERIC_BODIES = {"government", "administration", "authorities", "regime", "military", "army", "forces", "court",
                  "courts", "television", "media", "police", "leadership", "state"}
# entity labels of the words before a title that say whom a person works for ("Hamas official", "U.S. House Speaker")
AFFILIATION_LABELS = {"ORG", "GPE", "NORP"}
# words that may sit inside a title before a name ("Deputy Foreign Minister", "Sir Keir Starmer")
TITLE_MODIFIERS = {"deputy", "vice", "chief", "acting", "senior", "top", "new", "then", "incoming", "outgoing",
                   "sir", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "the", "a", "an"}


def _country_words_before(doc: Doc, end: int) -> int:
    """How many words (two to four) right before ``end`` name a country or its people together, when the last
    alone is no such word or another one ("Papua New Guinean", "Sri Lankan", "South Korean" read whole, not
    "Guinean" or "Korean" alone), else 0."""
    for n in (4, 3, 2):
        if end - n >= 0 and not any(t.is_punct for t in doc[end - n:end]):
            code = countries.country_code(doc[end - n:end].text)
            if code and code != countries.country_code(doc[end - 1].text):
                return n
    return 0


def _title_start(doc: Doc, start: int) -> int:
    """Extend a person's name leftwards over a title and its country: "Turkish Foreign Minister", "US Senator"."""
    table = agents()
    i = start
    while i > 0:
        token = doc[i - 1]
        n = _agent_phrase_length(doc, i - 1, table)
        if token.is_punct and token.text not in {"’s", "'s"} and not (token.text == "." and n > 1):
            break  # but the period of an abbreviated title the tokenizer split off ("Sgt ." -> "sgt .") is the title's
        if n:
            i -= n
        elif token.lower_ == "and" and i >= 2 and (_agent_at(doc, i - 2, table) or NO_AGENT).title:
            i -= 1  # "Prime Minister and Foreign Minister Sheikh Mohammed": both titles are the person's
        elif token.lower_ == "of" and i >= 2 and doc[i - 2].lower_ in title_body_words() and doc[i - 2].is_title:
            i -= 1  # "Armed Forces of the Philippines chief ...": the country belongs to a body in the title
        elif token.lower_ in title_body_words() and token.is_title and i < start:
            i -= 1  # "U.S. House Speaker ...": a body NER left untagged, before a title rather than the name
        elif token.ent_type_ in AFFILIATION_LABELS and token.pos_ == "PROPN":
            i -= 1
            while i > 0 and doc[i].ent_iob_ == "I":  # the whole name: "Armed Forces of the Philippines chief"
                i -= 1
        elif _country_words_before(doc, i):
            i -= _country_words_before(doc, i)
        elif (_is_country_word(doc, i - 1) or token.lower_ in FORMER_WORDS or token.lower_ in TITLE_MODIFIERS
              or token.lower_ in {"'s", "’s"}):
            i -= 1
        else:
            break
    while i < start and doc[i].lower_ in {"the", "a", "an", "'s", "’s"}:
        i += 1
    return i


def _starts_title(doc: Doc, i: int, table: dict[str, Agent]) -> bool:
    """True when words naming a person's post begin at token ``i`` and run up to a person's name ("Speaker" in
    "House Speaker Kevin McCarthy", "chief General" in "Army chief General Ali Vance")."""
    j = i
    while j < len(doc) and doc[j].ent_type_ != "PERSON":
        ends = [k for k, (n, agent) in ((k, _agent_match(doc, k, table, j))
                                        for k in range(j, min(len(doc), j + MAX_AGENT_WORDS)))
                if agent is not None and agent.type == "person" and k - n + 1 == j]
        if ends:
            j = ends[-1] + 1
        elif j > i and doc[j].lower_ in TITLE_MODIFIERS:
            j += 1
        else:
            return False
    return i < j < len(doc)


def _apposition(ent: Span) -> Span | None:
    """ "Harry Tseng, Taiwan's deputy foreign minister": the appositive phrase describing a person."""
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i > ent.end - 1:
            return ent.doc[child.left_edge.i:child.i + 1]
    return None


APPOS = get_string_id("appos")


def _role_before(ent: Span) -> Span | None:
    """ "Chile's foreign minister, Pablo Vera, said": the role phrase a person's name is set after, between commas,
    as its apposition; the phrase runs from the role's first word to the comma before the name."""
    root = ent.root
    head = root.head
    if root.dep_ != "appos" or head.i >= ent.start or ent.start < 2 or ent.doc[ent.start - 1].text != ",":
        return None
    agent = _agent_at(ent.doc, head.i, agents(), first=head.left_edge.i)
    if agent is None or agent.type != "person":
        return None
    role = ent.doc[head.left_edge.i:ent.start - 1]
    # a person in the phrase is someone else's name, unless only its possessor ("Aliyev's adviser, Hikmet Hajiyev")
    return role if not any(token.ent_type_ == "PERSON" and not _possessor(token) for token in role) else None


def _possessor(token: Token) -> bool:
    """A word of a possessive name ("Aliyev" of "Aliyev's adviser"): its name ends before "'s"."""
    name_end = token.i + 1
    while name_end < len(token.doc) and token.doc[name_end].ent_iob_ == "I":
        name_end += 1
    return name_end < len(token.doc) and token.doc[name_end].tag_ == "POS"


def appositive_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Names NER missed that a role phrase introduces between commas ("Chile's foreign minister, Pablo Vera,"): two
    to four capitalised proper nouns, the apposition of a word only a person holds (``_role_before``)."""
    names = []
    columns = doc.to_array([DEP, POS])  # a whole-Doc scan on the arrays: Tokens only for the few appositions
    for i in numpy.flatnonzero((columns[:, 0] == APPOS) & (columns[:, 1] == PROPN)).tolist():
        token = doc[i]
        if token.i in taken:
            continue
        name = doc[token.left_edge.i:token.i + 1]
        if not 2 <= len(name) <= 4 or any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.i in taken for t in name):
            continue
        name = Span(doc, name.start, name.end, label="PERSON")
        if _role_before(name) is not None:
            names.append(name)
    return names


def names_before_roles(doc: Doc, taken: set[int]) -> list[Span]:
    """Names NER missed that a role phrase describes between commas after them ("Ana Ruiz, Chile's foreign minister,
    said"): two to four capitalised proper nouns whose apposition is headed by a word only a person holds
    (``_described_as_person``)."""
    names = []
    columns = doc.to_array([DEP, POS])
    for i in numpy.flatnonzero(columns[:, 0] == APPOS).tolist():
        head = doc[i].head
        if head.i >= i or head.pos_ != "PROPN" or head.i in taken:
            continue
        name = doc[head.left_edge.i:head.i + 1]
        if not 2 <= len(name) <= 4 or any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.i in taken for t in name):
            continue
        name = Span(doc, name.start, name.end, label="PERSON")
        if _described_as_person(name):
            names.append(name)
    return names


MAX_NAME_WORDS = 4


def names_after_role_words(doc: Doc, taken: set[int]) -> list[Span]:
    """Names NER missed right after a singular word only a person holds, which modifies the name ("human rights
    activist Ana Ruiz", "spokesman Ned Price"): two to four capitalised proper nouns outside every entity (``taken``)
    that no other proper noun follows."""
    view = _view(doc)
    table = agents()
    names = []
    for i in view.agent_ends:  # the Doc's index of agent words: no scan of every token
        agent = _agent_at(doc, i, table)
        if agent is None or agent.type != "person" or i in taken or doc[i].tag_ not in {"NN", "NNP"}:
            continue
        end = i + 1
        while (end < len(doc) and end - i <= MAX_NAME_WORDS and view.pos[end] == PROPN and end not in taken
               and view.orth[end][:1].isupper()):
            end += 1
        if end - i - 1 < 2 or end < len(doc) and view.pos[end] == PROPN or doc[i].head.i != end - 1:
            continue
        names.append(Span(doc, i + 1, end, label="PERSON"))
    return names


def _described_as_person(ent: Span) -> bool:
    """Whether an entity's appositive is headed by a singular title that only a person holds ("an adviser")."""
    appos = _apposition(ent)
    if appos is None or appos[-1].tag_ not in {"NN", "NNP"}:
        return False
    agent = _agent_at(ent.doc, appos[-1].i, agents(), first=appos.start)
    return agent is not None and agent.type == "person" and agent.title


def _name_after_title(ent: Span) -> int | None:
    """Start of a person's name that ends an organisation entity after a title ("House Speaker Kevin McCarthy")."""
    table = agents()
    for token in reversed(ent[:-1]):
        agent = _agent_at(ent.doc, token.i, table)
        if agent is not None and agent.title:
            rest = ent.doc[token.i + 1:ent.end]
            if all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest):
                return token.i + 1
            return None
    return None


def _name_after_leading_title(ent: Span) -> int | None:
    """Start of a person's name inside a PERSON entity that NER opened with the person's title ("Bishop Anthony
    Obi", "Gov. Arlen Moss"): the title words are the person's title, not their name; None when the entity
    opens with no title, or when no capitalised proper noun would be left for the name."""
    doc, table = ent.doc, agents()
    i = ent.start
    while i < ent.end - 1:  # titles one after another ("Lieutenant General"), each the longest that fits
        ends = [j for j in range(i, min(i + MAX_AGENT_WORDS, ent.end - 1))
                if _title_from(doc, i, j, table)]
        if not ends:
            break
        i = ends[-1] + 1
    if i == ent.start:
        return None
    rest = doc[i:ent.end]
    return i if all(t.pos_ == "PROPN" and t.text[:1].isupper() or t.is_punct for t in rest) else None


def _title_from(doc: Doc, i: int, j: int, table: dict[str, Agent]) -> bool:
    """Whether tokens ``i``..``j`` are exactly one title of the agent words."""
    n, agent = _agent_match(doc, j, table, i)
    return n == j - i + 1 and agent is not None and agent.title


def title_bodies(doc: Doc, person: Candidate, candidates: list[Candidate]) -> list[Candidate]:
    """The bodies a person's title names, each an actor besides the person: a known body or a body NER found
    ("Kremlin spokesman ...", "Armed Forces of the Philippines chief ..."), else a phrase ending in a body word
    ("Qatari foreign ministry spokesman ..."). A body without a country of its own takes the person's. A bare
    title ("Defence Minister Rustem Umerov") names no body."""
    if person.name_start is None or person.name_start <= person.start:
        return []
    view = _view(doc)
    start, end = person.start, person.name_start
    found = []
    for candidate in candidates:
        if candidate.type == "person" or not (start <= candidate.start and candidate.end <= end):
            continue
        if candidate.known:
            found.append(candidate)
        elif any(view.lower[i] in title_body_words() for i in range(candidate.start, candidate.end)):
            found.append(_with_country_words(doc, candidate, start, person.country))
    taken = {i for candidate in found for i in range(candidate.start, candidate.end)}
    built = _title_body_phrase(doc, start, end, taken, person.country)
    return found + ([built] if built is not None else [])


def _with_country_words(doc: Doc, body: Candidate, first: int, fallback: str | None) -> Candidate:
    """An unknown body NER found in a title, with the country words just before it ("U.S." + "House") and a
    country (its own, else ``fallback``)."""
    view = _view(doc)
    start = body.start
    while start > first and (_is_country_word(doc, start - 1) or view.lower[start - 1] in {"'s", "’s"}):
        start -= 1
    if view.lower[start] in {"'s", "’s"}:
        start += 1
    if start == body.start:
        return body._replace(country=body.country or fallback)
    name = _span_text(view, start, body.end)
    country = phrase_country(doc[start:body.end]) or body.country or fallback
    return body._replace(start=start, name=name, country=country, key=f"org:{countries.normalize(name)}")


def _title_body_phrase(doc: Doc, first: int, name_start: int, taken: set[int],
                       fallback: str | None) -> Candidate | None:
    """A named body built on the last body word of the title ``first:name_start`` outside ``taken`` tokens, with
    the words that name it: the agent phrase it ends ("foreign ministry"), capitalised and country words and a
    possessor before it, "of <country>" after it. Title words must follow it. A capitalised body of one word
    needs a country ("Army chief ..." names none); a lower-case one needs a country and a head that is not a
    generic word ("Russian army chief" describes, "Qatari foreign ministry spokesman" names)."""
    view = _view(doc)
    table = agents()
    heads = [i for i in range(first, name_start) if i not in taken and view.lower[i] in title_body_words()]
    if not heads:
        return None
    head = heads[-1]
    end = _of_country_end(doc, head + 1, name_start)
    if not any(agent is not None and agent.type == "person"
               for agent in (_agent_at(doc, i, table, first=end) for i in range(end, name_start))):
        return None  # no title between the body and the name
    n, agent = _agent_match(doc, head, table, first)
    start = head - n + 1 if agent is not None and agent.type in {"organization", "government"} else head
    while start > first and start - 1 not in taken:
        k = start - 1
        word, lower = view.orth[k], view.lower[k]
        possessive = lower in {"'s", "’s"} and k > first and _is_country_word(doc, k - 1)
        if not possessive and (lower in DETERMINERS | FORMER_WORDS | TITLE_MODIFIERS or doc[k].is_punct
                               or not (word[:1].isupper() or _is_country_word(doc, k))
                               or (_agent_at(doc, k, table) or NO_AGENT).type == "person"):
            break
        start = k
    country, sector, _ = describe(doc[start:end], None)
    proper = view.orth[head][:1].isupper() and not doc[head].is_sent_start
    if proper and country is None and end - start == 1:
        return None
    if not proper and (country is None or view.lower[head] in GENERIC_BODIES):
        return None
    name = _span_text(view, start, end)
    kind = "government" if sector == "GOV" else "organization"
    return Candidate(start, end, name, kind, country or fallback, sector, None, False,
                     f"org:{countries.normalize(name)}")


def _of_country_end(doc: Doc, i: int, limit: int) -> int:
    """End of "of (the) <country>" starting at token ``i`` before ``limit`` ("Armed Forces of the Philippines"),
    else ``i``."""
    view = _view(doc)
    if i >= limit or view.lower[i] != "of":
        return i
    start = i + 2 if i + 1 < limit and view.lower[i + 1] == "the" else i + 1
    for end in range(min(limit, start + 4), start, -1):
        if countries.country_name_code(_span_text(view, start, end)):
            return end
    return i
