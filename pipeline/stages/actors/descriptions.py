"""What a phrase's own words say of an actor: its country (a demonym, a country, IGO or body name, a possessor, a
capital, "of X" after it), its sector and its role (``describe``); and ``country_of_span`` for other stages.
"""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc, Span, Token

from pipeline.knowledge import countries
from pipeline.knowledge.actor_kb import actor_kb
from pipeline.resources import read_words
from pipeline.stages.actors.doc_view import _VIEW_KEY, _view
from pipeline.stages.actors.lexicon import Agent, _strip_the, agents, body_country, body_sector, text_country
from pipeline.stages.actors.phrases import FORMER_WORDS, _agent_match

PREPOSITIONS_OF_ORIGIN = {"of", "in", "from"}
# hyphenated modifiers by which the state owns a medium ("state-run media"): such media are the government's
STATE_OWNED_FILE = "actor_state_owned_words.txt"
# sectors whose holders become "elites" (ELI) once they are former or retired
OFFICE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO"}


def _is_country_word(doc: Doc, i: int) -> bool:
    text = doc[i].text
    return bool(countries.country_code(text) or countries.metonym_code(text) or countries.igo_code(text))


def describe(phrase: Span, name: Span | None, *,
             skip: Iterable[int] = ()) -> tuple[str | None, str | None, str | None]:
    """Country, sector and role read off the words of a phrase (outside the name, if any); ``skip`` tokens (an
    organisation's name inside the phrase) give a country but no agent word. A former or retired office
    holder's sector is ELI."""
    doc = phrase.doc
    table = agents()
    skip = set(skip) | (set(range(name.start, name.end)) if name is not None else set())
    country = phrase_country(phrase, skip=set(range(name.start, name.end)) if name is not None else ())
    former = any(word in FORMER_WORDS for word in _view(doc).lower[phrase.start:phrase.end])
    found: list[Agent] = []  # right to left: the head first
    i = phrase.end - 1
    while i >= phrase.start:
        n, agent = (0, None) if i in skip else _agent_match(doc, i, table, phrase.start)
        if n:
            found.append(agent)
            i -= n
        else:
            i -= 1
    sector, role = phrase_sector(found), found[0].role if found else None
    if found and found[0].weak and all(agent.sector is None or agent is found[0] for agent in found):
        # "Hamas official": a weak title takes the sector of the organisation it belongs to
        sector = next((body_sector(token.text) for token in phrase if token.i not in skip
                       and body_sector(token.text)), None) or sector
    if former and sector in OFFICE_SECTORS:
        sector = "ELI"
    if sector == "MED" and _state_owned(_view(doc).lower[phrase.start:phrase.end]):
        sector = "GOV"
    return country, sector, role


def _state_owned(words: list[str]) -> bool:
    """Whether a phrase's lower-case words hold a hyphenated modifier of state ownership ("state - run")."""
    owned = read_words(STATE_OWNED_FILE)
    return any(words[k] == "-" and f"{words[k - 1]}-{words[k + 1]}" in owned for k in range(1, len(words) - 1))


def phrase_sector(found: list[Agent]) -> str | None:
    """The head's sector, unless the head is a weak word and a modifier has one ("army accountant"); a person's
    title as a modifier says nothing of the head ("the Indian Premier League", "the President's aide")."""
    if not found:
        return None
    head = found[0]
    if head.weak or head.sector is None:
        return next((agent.sector for agent in found[1:] if agent.sector and not (agent.title and agent.type ==
                                                                                  "person")), head.sector)
    return head.sector


def phrase_country(phrase: Span, *, skip: Iterable[int] = ()) -> str | None:
    """The country a phrase's own words point to: a demonym, a country or IGO name, a possessor, a seat of
    government or a capital ("Russian", "US", "Russia's", "Kremlin", "EU", "Moscow")."""
    skip = set(skip)
    view = phrase.doc.user_data.get(_VIEW_KEY)
    if view is not None and len(view.lower) == len(phrase.doc):  # while the stage runs
        kept = [i for i in range(phrase.start, phrase.end) if i not in skip]
        return _window_country(view.orth, view.with_ws, view.person, kept)
    # other stages: read the phrase's own tokens, without caching a view of the Doc
    tokens = list(phrase)
    kept = [k for k, token in enumerate(tokens) if token.i not in skip]
    return _window_country([token.text for token in tokens], [token.text_with_ws for token in tokens],
                           [token.ent_type_ == "PERSON" for token in tokens], kept)


def _window_country(orth: list[str], with_ws: list[str], person: list[bool], kept: list[int]) -> str | None:
    """The country named by the longest window of consecutive ``kept`` positions, leftmost first."""
    # multi-word names first ("South Korea", "Saudi Arabia", "United Nations")
    for n in (4, 3, 2, 1):
        for k in range(len(kept) - n + 1):
            first, last = kept[k], kept[k + n - 1]
            if last - first != n - 1:
                continue  # the window jumps over a skipped token
            if orth[first] == "-" or first >= 2 and countries.is_stance(orth[first - 2:first]):
                continue  # "an anti-American rally" is against the country, not of it
            text = "".join(with_ws[first:last]) + orth[last]
            if n == 1 and text == "States" and first > 0 and orth[first - 1][:1].isupper():
                continue  # "States" closing another name ("the Gulf States", "Council of the Baltic Sea States")
            a_person = all(person[first:last + 1])  # "President Bush" is not from Būsh
            code = text_country(text, cities=not a_person)
            if code:
                return _named_before(orth, with_ws, kept, first, text) or _of_country_after(orth, kept, last, text) \
                    or code
    return None


def _named_before(orth: list[str], with_ws: list[str], kept: list[int], first: int, text: str) -> str | None:
    """The country of a country name or nationality word (one or two words) right before a body's name, when that
    name is no country, capital or IGO itself: "Vietnamese Communist Party" is Vietnam's, not the Communist Party
    the dictionary knows (China's), "the Peruvian Foreign Office" Peru's; the name's own country word is the text's
    evidence."""
    if countries.country_code(text) or countries.igo_code(text) or countries.capital_code(text):
        return None
    for n in (2, 1):
        start = first - n
        if start < 0 or any(k not in kept or orth[k] in {"'s", "’s", "-"} for k in range(start, first)):
            continue  # "Iran's Hezbollah" is an ally of Iran's, "Iranian-backed Hezbollah" backed by it
        code = countries.country_code("".join(with_ws[start:first - 1]) + orth[first - 1])
        if code:
            return code
    return None


def _of_country_after(orth: list[str], kept: list[int], last: int, text: str) -> str | None:
    """The country named by "of <country>" right after a known body's name, when that name is no country itself:
    "the Conservative Party of Canada" is Canada's, not the one the dictionary knows (Britain's)."""
    if countries.country_code(text) or last + 2 not in kept or orth[last + 1] != "of":
        return None
    for n in (3, 2, 1):
        window = range(last + 2, last + 2 + n)
        if all(k in kept for k in window):
            code = countries.country_name_code(" ".join(orth[k] for k in window))
            if code:
                return code
    return None


def closes_with_namesake(doc: Doc, start: int, end: int) -> bool:
    """Whether a body's name ends with the name of a known body after capitalised words of its own that name no
    country or people ("the Christian Democratic Party", "the New Democratic Party"): another body, which the known
    one's country does not describe."""
    for k in range(start + 1, end):
        if body_country(doc[k:end].text) is None:
            continue
        before = [token for token in doc[start:k] if token.lower_ != "the"]
        return bool(before) and all(token.text[:1].isupper() and not token.is_punct
                                    and countries.country_code(token.text) is None for token in before)
    return False


def _possessor_country(doc: Doc, start: int) -> str | None:
    """ "Chile's" or "the People's Liberation Army's" right before a phrase."""
    if start >= 2 and _view(doc).lower[start - 1] in {"'s", "’s"}:
        owner = doc[start - 2]
        entity = next((ent for ent in _view(doc).ents if ent.start <= owner.i < ent.end), None)
        return phrase_country(doc[start - 2:start - 1]) or (phrase_country(entity) if entity is not None else None)
    return None


# a state's missions abroad: the place they are in is not their country ("the US embassy in Pretoria")
MISSIONS_ABROAD = {"embassy", "embassies", "consulate", "consulates", "legation"}


def _prep_country(head: Token, *, depth: int = 2) -> str | None:
    """Country from "of/in/from X" after the head noun ("leaders in France", "the president of Somalia",
    "professor at the University of St Andrews in Scotland"); a mission abroad reads only "of" ("its embassy in
    Pretoria" is not South Africa's)."""
    abroad = head.lower_ in MISSIONS_ABROAD
    for child in head.rights:
        if child.dep_ != "prep" or child.lower_ not in PREPOSITIONS_OF_ORIGIN | {"at"}:
            continue
        if abroad and child.lower_ != "of":
            continue
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            phrase = obj.doc[obj.left_edge.i:obj.i + 1]
            code = (phrase_country(phrase) or _known_body(phrase, "country")) if child.lower_ != "at" else None
            if code is None and depth > 1:
                code = _prep_country(obj, depth=depth - 1)
            if code:
                return code
    return None


# participles by which an ethnic group is placed in a land ("ethnic Albanian guerrillas operating in Macedonia")
PLACING_PARTICIPLE_TAGS = {"VBG", "VBN"}


def land_of_people(head: Token, *, ethnic: bool) -> str | None:
    """The country a people is said to be of: a people is coded by the land it lives in, as the CAMEO dictionaries
    code a minority by its country. "The Albanians of southern Serbia" (a people noun's "of X"); an ethnic group also
    by "in X", on its head or on a participle after it ("ethnic Russians in Latvia", "ethnic Albanian guerrillas
    operating in Macedonia"). Without "ethnic", "in X" is only where people are ("Russians in Kyiv" stay
    Russian)."""
    preps = {"of", "in"} if ethnic else {"of"}
    heads = [head] + ([child for child in head.rights if child.dep_ == "acl" and child.tag_ in PLACING_PARTICIPLE_TAGS]
                      if ethnic else [])
    for word in heads:
        for prep in word.rights:
            if prep.dep_ == "prep" and prep.lower_ in (preps if word is head else {"in"}):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        code = phrase_country(_name_of(obj))
                        if code:
                            return code
    return None


def _name_of(obj: Token) -> Span:
    """A noun with the compound words before it, without its other modifiers: "Serbia" of "southern Serbia", "West
    Bank" of "the Israeli-occupied West Bank" (a land is not its occupier's)."""
    start = obj.i
    while start > obj.left_edge.i and obj.doc[start - 1].dep_ == "compound":
        start -= 1
    return obj.doc[start:obj.i + 1]


def _country_after_name(ent: Span) -> str | None:
    """ "Tomas Halvorsen of Bulgaria", "President Kouyate of Guinea": a country named by "of" after a person."""
    for child in ent.root.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    code = countries.country_name_code(obj.doc[obj.left_edge.i:obj.i + 1].text)
                    if code:
                        return code
    return None


def _prep_sector(head: Token) -> str | None:
    """Sector from "of X" or "for X" after a weak head: X's agent words ("chairman of the company's board"), else
    the sector of the body X names ("the head of Gazprom" BUS, "a spokesperson for the army" MIL)."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in {"of", "for"}:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    phrase = obj.doc[obj.left_edge.i:obj.i + 1]
                    sector = describe(phrase, None)[1] or _body_sector(phrase)
                    if sector:
                        return sector
    return None


def _body_sector(phrase: Span) -> str | None:
    """The sector of the body a name stands for: a dictionary body, or the knowledge base's (``_known_body``)."""
    return body_sector(_strip_the(phrase.text)) or _known_body(phrase, "sector")


def _known_body(phrase: Span, field: str) -> str | None:
    """The one ``country`` or ``sector`` the knowledge base gives the bodies (no people) a capitalised name stands
    for on the article's day ("Samsung": KOR, BUS); none when they differ."""
    text = _strip_the(phrase.text)
    if not text[:1].isupper():
        return None
    values = {getattr(match, field) for match in actor_kb().lookup(text, phrase.doc._.published)
              if match.type != "person" and not match.by_surname}
    return values.pop() if len(values) == 1 else None


def country_of_span(span: Span) -> str | None:
    """The country (ISO3) or IGO code a span stands for: the actor it mentions if the actors stage ran, else its
    own words ("Russia", "the Kremlin", "Ukrainian forces", "Moscow", "the EU")."""
    doc = span.doc
    mentions = doc._.actor_mentions or []
    by_id = {actor.actor_id: actor for actor in doc._.actors or []}
    for mention in mentions:
        if mention.start < span.end_char and span.start_char < mention.end:
            actor = by_id.get(mention.entity_id)
            if actor is not None and actor.country:
                return actor.country
    return phrase_country(span)


def seat_after(doc: Doc, end: int) -> str | None:
    """The country of the capital named right after a body's name by "in" ("a researcher at the Institute for
    Regional Studies in Tashkent", "the Centre for Policy Dialogue in Dhaka"): where the body sits. Not for a
    mission abroad ("the Mexican Embassy in Quito"), which is of the state it represents, nor for a country's name
    ("the Pacific Resilience Facility in Tonga", "a UN mission in Mali": a body set up or working there)."""
    if end + 1 >= len(doc) or _view(doc).lower[end] != "in" or _view(doc).lower[end - 1] in MISSIONS_ABROAD:
        return None
    place = next((ent for ent in _view(doc).ents if ent.start == end + 1), None)
    if place is None or place.label_ != "GPE" or countries.country_name_code(place.text):
        return None
    return phrase_country(place)


WORKPLACE_PREPOSITIONS = {"at", "with", "for"}


def workplace_seat(head: Token) -> str | None:
    """The country where the body a role word places a person at sits ("a professor at the Centre for Policy
    Research in Dhaka": Bangladesh), read after the body's whole name."""
    doc = head.doc
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in WORKPLACE_PREPOSITIONS:
            obj = next((t for t in child.children if t.dep_ == "pobj"), None)
            body = next((e for e in _view(doc).ents if obj is not None and e.start <= obj.i < e.end), None)
            if body is not None and body.label_ == "ORG":
                return seat_after(doc, body.end)
    return None


def relative_workplace_seat(ent: Span) -> str | None:
    """The seat of the body a relative clause places a person at ("X, who directs the maritime programme at the
    Centre for Northern Strategy in Oslo": Norway), by the clause's verb or its object."""
    for clause in ent.root.children:
        if clause.dep_ == "relcl":
            for word in [clause] + [child for child in clause.children if child.dep_ == "dobj"]:
                code = workplace_seat(word)
                if code:
                    return code
    return None
