"""The actors stage's lexicons: the actor dictionary (``actors.tsv``, the office holders of
``actor_office_holders.tsv`` and the international organisations of ``actor_igos.tsv``, each row valid between two
dates), the agent words of ``agents.tsv``, the body words of titles, and the country a name stands for (a country,
IGO, seat of government, capital, known body or large city).
"""
from __future__ import annotations

import datetime as dt
import functools
from typing import NamedTuple

from pipeline.knowledge import countries
from pipeline.knowledge.actor_kb import actor_kb, singular_forms
from pipeline.resources import read_tsv, read_words

ACTORS_FILE = "actors.tsv"
# more office holders by category (heads of state and government, ministers), in the same columns
ACTOR_FILES = (ACTORS_FILE, "actor_office_holders.tsv")
AGENTS_FILE = "agents.tsv"
# words that join a head to what follows it ("prisoner of war", "minister for youth"): the stage builds an agent
# phrase leftwards from its head, so such CAMEO phrases would end on the wrong word
LINKING_WORDS = {"of", "for", "the", "and", "to", "in", "on", "at", "with", "de"}
TITLE_BODIES_FILE = "actor_title_bodies.txt"


class Entry(NamedTuple):
    """One row of the actor dictionary (a person with several roles has one row per role)."""

    name: str
    type: str
    country: str | None
    sector: str | None
    role: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None


class Agent(NamedTuple):
    """An agent word or title from agents.tsv."""

    sector: str | None
    type: str
    role: str | None
    title: bool
    weak: bool  # another agent word in the same phrase decides the sector ("Muslim leaders")
    borrowed: bool = False  # not an agents.tsv row: a CAMEO phrase (``cameo_agents``) or a singular of a row


NO_AGENT = Agent(None, "group", None, False, False)


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@functools.lru_cache(maxsize=None)
def dictionary() -> dict[str, tuple[Entry, ...]]:
    """Canonical name -> its entries; international organisations from actor_igos.tsv included."""
    entries: dict[str, list[Entry]] = {}
    for row in (row for name in ACTOR_FILES for row in read_tsv(name)):
        entry = Entry(row["name"], row["type"], row["country"] or None, row["sector"] or None, row["role"] or None,
                      _date(row["valid_from"]), _date(row["valid_to"]))
        entries.setdefault(entry.name, []).append(entry)
    for row in read_tsv(countries.IGOS_FILE):
        if row["name"] not in entries:
            code = row["parent"] or row["code"]
            entries[row["name"]] = [Entry(row["name"], "organization", code, "IGO", None, None, None)]
    return {name: tuple(rows) for name, rows in entries.items()}


@functools.lru_cache(maxsize=None)
def dictionary_aliases() -> tuple[tuple[str, str], ...]:
    """(alias, canonical name) pairs for every dictionary actor, the canonical name included."""
    pairs: list[tuple[str, str]] = []
    for row in (row for name in ACTOR_FILES for row in read_tsv(name)):
        pairs.extend((alias, row["name"]) for alias in [row["name"], *row["aliases"].split("|")] if alias.strip())
    for row in read_tsv(countries.IGOS_FILE):
        pairs.extend((alias, row["name"]) for alias in [row["name"], *row["aliases"].split("|")] if alias.strip())
    seen: set[tuple[str, str]] = set()
    return tuple(pair for pair in ((_strip_the(a), n) for a, n in pairs) if not (pair in seen or seen.add(pair)))


@functools.lru_cache(maxsize=None)
def agents() -> dict[str, Agent]:
    """Lower-case agent word or phrase -> its sector, type and role: ``agents.tsv``, over the agent nouns of the
    CAMEO agents dictionary (``cameo_agents``)."""
    own = {row["word"].lower(): Agent(row["sector"] or None, row["type"], row["role"] or None, row["title"] == "yes",
                                      row.get("weak") == "yes")
           for row in read_tsv(AGENTS_FILE)}
    return {**cameo_agents(own), **_singular_forms(own), **own}


def _singular_forms(own: dict[str, Agent]) -> dict[str, Agent]:
    """The singular of a group word listed in the plural alone ("smugglers", "peacekeepers", "border guards"), with
    its sector, type and role: one smuggler is as much a criminal as several. The lemma cannot reach it, since the
    table is matched on the text's lemma ("smuggler"), not the other way round. A word that opens a longer entry
    is left out: there it is a modifier ("deputies" but "deputy foreign minister")."""
    modifiers = {word.split()[0] for word in own if " " in word}  # "deputy" of "deputy foreign minister"
    forms: dict[str, Agent] = {}
    for word, agent in own.items():
        singular = _singular(word)
        if (agent.type == "group" and not agent.title and singular and singular not in modifiers
                and not own.keys() & set(singular_forms(word))):  # a table with its singular ("force") keeps it
            # borrowed: a singular modifying a noun names no actor ("a prisoner exchange", "hostage talks")
            forms[singular] = agent._replace(borrowed=True)
    return forms


def _singular(phrase: str) -> str | None:
    """The singular of a phrase whose last word is a regular or "-men" English plural, else None."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith("men"):
        last = last[:-3] + "man"
    elif last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "sses", "xes", "zes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")):
        last = last[:-1]
    else:
        return None
    return f"{head} {last}" if head else last


def cameo_agents(own: dict[str, Agent]) -> dict[str, Agent]:
    """The agent phrases of the CAMEO agents dictionary in the knowledge base as untitled agents of their sector,
    so that an agent phrase news text uses gets the sector event coders give it: phrases of two words or more that
    are one noun phrase, with no linking word ("drug trafficker" -> CRM, "news outlet" -> MED, "civil servant" ->
    GOV). The stage's own words (``own``) win: a phrase ending in one of them, or in a plural of one, is left to
    it, which keeps its sector, title and role ("vice foreign minister" stays a "foreign minister" who stands
    before a name, "student demonstrator" a "demonstrators"). The phrases name people, units, bodies and
    equipment alike, so they are groups."""
    covered = frozenset(own).union(*(singular_forms(word) for word in own))  # "demonstrators" covers "demonstrator"
    return {phrase: Agent(sector, "group", None, False, False, True)
            for phrase, sector in actor_kb().agent_phrases().items()
            if " " in phrase and not set(phrase.split()) & LINKING_WORDS and not _ends_in(phrase, covered)}


def _ends_in(phrase: str, words: frozenset[str]) -> bool:
    """Whether the phrase, or a plural of it, ends in one of ``words`` (a word or a phrase)."""
    tokens = phrase.split()
    tails = {" ".join(tokens[k:]) for k in range(len(tokens))}
    return bool((tails | {form for tail in tails for form in singular_forms(tail)}) & words)


def _strip_the(text: str) -> str:
    text = text.strip()
    return text[4:] if text.lower().startswith("the ") else text


def entry_for(name: str, when: dt.date | None) -> Entry:
    """The dictionary row of ``name`` valid on ``when`` (today when unknown); else the nearest in time."""
    rows = dictionary()[name]
    when = when or dt.date.today()
    valid = [row for row in rows if (row.valid_from or dt.date.min) <= when <= (row.valid_to or dt.date.max)]
    if valid:
        return max(valid, key=lambda row: row.valid_from or dt.date.min)

    def distance(row: Entry) -> int:
        start, end = row.valid_from or dt.date.min, row.valid_to or dt.date.max
        return (start - when).days if when < start else (when - end).days

    return min(rows, key=distance)


@functools.lru_cache(maxsize=None)
def title_body_words() -> frozenset[str]:
    """Lower-case words that end a body's name inside a person's title ("Ministry", "Forces", "House")."""
    return read_words(TITLE_BODIES_FILE)


@functools.lru_cache(maxsize=None)
def _agent_last_words() -> frozenset[str]:
    return frozenset(phrase.split()[-1] for phrase in agents())


@functools.lru_cache(maxsize=65536)
def text_country(text: str, *, cities: bool = True) -> str | None:
    """The country (or IGO) a name stands for: a country, IGO, seat of government, capital, known body or (with
    ``cities``) large city."""
    if countries.normalize(text) not in _country_keys():
        return None  # most word windows name nothing: one set lookup instead of seven
    return (countries.country_code(text) or countries.igo_code(text) or countries.metonym_code(text)
            or countries.capital_code(text) or body_country(text) or (cities and city_country(text)) or None)


@functools.lru_cache(maxsize=None)
def _country_keys() -> frozenset[str]:
    """Every lookup key ``text_country`` can find: a name it finds normalises to one of these."""
    lex = countries.lexicon()
    return frozenset().union(lex.names, lex.demonyms, lex.igos, lex.metonyms, lex.capitals, _body_table("country"),
                             _cities())


@functools.lru_cache(maxsize=None)
def _body_table(field: str) -> dict[str, str]:
    """Dictionary organisations and groups (not people) by normalised alias -> their ``country`` or ``sector``."""
    table: dict[str, str] = {}
    for alias, name in dictionary_aliases():
        entry = dictionary()[name][-1]
        if entry.type != "person" and getattr(entry, field):
            table.setdefault(countries.normalize(alias), getattr(entry, field))
    return table


def body_sector(text: str) -> str | None:
    """Sector of a known organisation or group named by one word ("Hamas" -> REB), capitalised names only."""
    if not text[:1].isupper():
        return None
    return _body_table("sector").get(countries.normalize(text))


def body_country(text: str) -> str | None:
    """Country of a known organisation or group named by ``text`` ("Hamas" -> PSE), capitalised names only."""
    if not text[:1].isupper():
        return None
    return _body_table("country").get(countries.normalize(text))


@functools.lru_cache(maxsize=None)
def _cities() -> dict[str, str]:
    """Cities of 100,000 people or more -> ISO3 of their country; the most populous wins a shared name."""
    from pipeline.knowledge.gazetteer import gazetteer

    best: dict[str, tuple[int, str]] = {}
    for city in gazetteer().where(kind="city", min_population=100_000):
        key = countries.normalize(city.name)
        if city.country and (key not in best or city.population > best[key][0]):
            best[key] = (city.population, city.country)
    return {key: code for key, (_, code) in best.items()}


def city_country(text: str) -> str | None:
    """ISO3 of the country of a large city, only for a capitalised name ("Shanghai police")."""
    if not text[:1].isupper():
        return None
    return _cities().get(countries.normalize(text))


def place_country(place: str) -> str | None:
    """ISO3 of the country a place's name stands for: a country, a capital or a large city ("Dubai", "Pristina")."""
    return countries.country_code(place) or countries.capital_code(place) or city_country(place)
