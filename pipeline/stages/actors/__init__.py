"""Actors stage: the people, bodies and groups an article names, each with a country, sector and role.

Sources, in order of trust: the actor dictionary (``models/en/actors.tsv`` plus the international organisations
of ``actor_igos.tsv``, each row valid between two dates), NER people and organisations, noun phrases built on an
agent word (``agents.tsv``: "Ukrainian soldiers", "the Russian Foreign Ministry", "a senator"), capitals acting as
agents ("Washington said" -> the US government) and plural nationality nouns ("two Russians"). A body named in a
person's title ("Chinese Foreign Ministry spokesperson Wang Wenbin") is an actor besides the person. Mentions of one
actor merge per article. Actors not named in the text (agent phrases other than bodies, capitals, nationality
groups) carry ``named=False``: the domain guide does not count them, the events stage needs them.
Countries named as such are not actors (they are places); ``country_of_span`` gives other stages the country a
phrase points to.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
from typing import Iterable, Iterator, NamedTuple

from spacy import symbols
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.knowledge import countries
from pipeline.stages import extensions
from pipeline.stages.datelines import Dateline, find_dateline
from pipeline.records import Actor, Mention
from pipeline.resources import read_tsv, read_words

ACTORS_FILE = "actors.tsv"
# more office holders by category (heads of state and government, ministers), in the same columns
ACTOR_FILES = (ACTORS_FILE, "actor_office_holders.tsv")
AGENTS_FILE = "agents.tsv"
TITLE_BODIES_FILE = "actor_title_bodies.txt"

NER_ACTOR_LABELS = {"PERSON": "person", "ORG": "organization"}
# a capital or seat of government in these roles acts, so it stands for the government ("Moscow said")
AGENT_DEPS = {"nsubj", "nsubjpass", "csubj"}
PREPOSITIONS_OF_ORIGIN = {"of", "in", "from"}
FORMER_WORDS = {"former", "retired", "ex", "ex-", "onetime", "erstwhile"}
DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "two", "three",
               "several", "some", "many", "dozens", "hundreds", "thousands"}
# sectors whose holders become "elites" (ELI) once they are former or retired
OFFICE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO"}
MAX_AGENT_WORDS = 4
# a country's body described, not named, when written in lower case: "the Afghan government", "Iranian state
# television" (but "the Indian Army" and "the Russian foreign ministry" name an institution)
GENERIC_BODIES = {"government", "administration", "authorities", "regime", "military", "army", "forces", "court",
                  "courts", "television", "media", "police", "leadership", "state"}
# words that date a body rather than name it ("the outgoing Biden administration" is the Biden administration)
PASSING_WORDS = {"outgoing", "incoming", "current", "then"}
# entity labels of the words before a title that say whom a person works for ("Hamas official", "U.S. House Speaker")
AFFILIATION_LABELS = {"ORG", "GPE", "NORP"}
# words that may sit inside a title before a name ("Deputy Foreign Minister", "Sir Keir Starmer")
TITLE_MODIFIERS = {"deputy", "vice", "chief", "acting", "senior", "top", "new", "then", "incoming", "outgoing",
                   "sir", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "the", "a", "an"}


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


NO_AGENT = Agent(None, "group", None, False, False)


class Candidate(NamedTuple):
    """A span that names an actor, before mentions of the same actor are merged."""

    start: int  # token offsets into the Doc
    end: int
    name: str
    type: str
    country: str | None
    sector: str | None
    role: str | None
    known: bool
    key: str  # what merges mentions: the dictionary name, a person's name, or the generic phrase
    named: bool = True  # False for an unnamed actor built on an agent word ("Ukrainian forces", "a senator")
    name_start: int | None = None  # a person's: where the name begins after the title the span opens with


# --- data -------------------------------------------------------------------------------------------------


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
    """Lower-case agent word or phrase -> its sector, type and role."""
    return {row["word"].lower(): Agent(row["sector"] or None, row["type"], row["role"] or None, row["title"] == "yes",
                                       row.get("weak") == "yes")
            for row in read_tsv(AGENTS_FILE)}


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


# --- the stage --------------------------------------------------------------------------------------------


@Language.factory(
    "parley_actors",
    assigns=["doc._.actors", "doc._.actor_mentions"],
    requires=["doc.ents", "token.dep"],
    default_config={},
)
def make_actors(nlp: Language, name: str) -> "ActorStage":
    return ActorStage(nlp)


class ActorStage:
    def __init__(self, nlp: Language) -> None:
        self.matchers = build_matchers(nlp)
        _country_keys()  # load the gazetteer and the lexicons now rather than on the first article

    def __call__(self, doc: Doc) -> Doc:
        try:
            actors, mentions = resolve_actors(doc, matchers=self.matchers)
        finally:
            doc.user_data.pop(_VIEW_KEY, None)  # holds Spans, which Doc.to_bytes cannot write
        self.set_annotations(doc, actors, mentions)
        return doc

    @staticmethod
    def set_annotations(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
        doc._.actors = actors
        doc._.actor_mentions = mentions


class DocView(NamedTuple):
    """The token attributes the stage's whole-Doc scans read, as plain lists built once per Doc: spaCy creates
    a new Token or Span on every ``doc[i]``, iteration or ``doc.ents``, so the scans index these lists and
    make Tokens only where a candidate is found."""

    lower: list[str]
    lemma: list[str]  # lower-case lemmas
    pos: list[int]  # spaCy's symbol ids (``spacy.symbols``)
    tag: list[int]  # hashes of the fine-grained tags
    ents: tuple[Span, ...]
    agent_ends: list[int]  # tokens that may end an agent word or phrase, in order
    agent_end_set: frozenset[int]
    orth: list[str]  # the tokens' text
    with_ws: list[str]  # the tokens' text with their trailing space
    idx: list[int]  # character offsets
    person: list[bool]  # inside a PERSON entity
    text: str  # the Doc's text (``extensions.doc_text``, shared with the later stages)
    agent_matches: dict[tuple[int, int], tuple[int, "Agent | None"]]  # (last token, most words) -> ``_agent_match``


def _span_text(view: DocView, start: int, end: int) -> str:
    """The text of tokens ``start:end`` (``doc[start:end].text`` without building the Span)."""
    return "".join(view.with_ws[start:end - 1]) + view.orth[end - 1]


def _char_end(view: DocView, end: int) -> int:
    """Character offset where the token before ``end`` ends."""
    return view.idx[end - 1] + len(view.orth[end - 1])


_VIEW_KEY = ("parley", "actor_view")
VIEW_ATTRS = ["LOWER", "LEMMA", "POS", "TAG", "ORTH", "SPACY", "IDX", "ENT_TYPE"]
PERSON_LABEL = get_string_id("PERSON")
NOMINAL_POS = {symbols.NOUN, symbols.PROPN, symbols.ADJ}
VERBAL_POS = {symbols.VERB, symbols.AUX}
PLURAL_NOUN_TAGS = {get_string_id("NNS"), get_string_id("NNPS")}


def _view(doc: Doc) -> DocView:
    """The Doc's view, cached in ``user_data`` while the stage runs (``ActorStage`` drops it)."""
    view = doc.user_data.get(_VIEW_KEY)
    if view is None or len(view.lower) != len(doc):
        strings = doc.vocab.strings
        columns = doc.to_array(VIEW_ATTRS).T.tolist() if len(doc) else [[] for _ in VIEW_ATTRS]
        lower, lemma, pos, tag, orth, space, idx, ent_type = columns
        lower = [strings[value] for value in lower]
        lemma = [strings[value].lower() for value in lemma]
        orth = [strings[value] for value in orth]
        with_ws = [word + " " if spaced else word for word, spaced in zip(orth, space)]
        person = [value == PERSON_LABEL for value in ent_type]
        last_words = _agent_last_words()
        agent_ends = [i for i, (word, base) in enumerate(zip(lower, lemma)) if word in last_words or base in last_words]
        view = DocView(lower, lemma, pos, tag, doc.ents, agent_ends, frozenset(agent_ends), orth, with_ws, idx, person,
                       extensions.doc_text(doc), {})
        doc.user_data[_VIEW_KEY] = view
    return view


class Matchers(NamedTuple):
    """Dictionary aliases: case-insensitive for names, case-sensitive for acronyms and one-word surnames."""

    lower: PhraseMatcher
    exact: PhraseMatcher
    people: frozenset[str]  # canonical names of people, whose one-word aliases (surnames) need support


def _exact_alias(alias: str) -> bool:
    return " " not in alias and (len(alias) <= 5 or alias[:1].isupper())


def build_matchers(nlp: Language) -> Matchers:
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    lower_patterns: dict[str, list] = {}
    exact_patterns: dict[str, list] = {}
    for alias, name in dictionary_aliases():
        alias = countries.fold(alias)  # "Erdoğan" and "Erdogan" are one pattern; the text is folded the same way
        target = exact_patterns if _exact_alias(alias) else lower_patterns
        target.setdefault(name, []).append(nlp.make_doc(alias))
    for name, patterns in lower_patterns.items():
        lower.add(name, patterns)
    for name, patterns in exact_patterns.items():
        exact.add(name, patterns)
    people = frozenset(name for name, rows in dictionary().items() if rows[0].type == "person")
    return Matchers(lower, exact, people)


def dictionary_spans(doc: Doc, matchers: Matchers) -> list[Span]:
    """Longest non-overlapping dictionary matches, labelled with the canonical name.

    A one-word alias of a person (a surname, "Fidan") counts inside a PERSON entity, when the same person is
    also named in full in the article, or as a proper noun NER gave no other label, so a surname that is also
    a word or a place ("Austin" the city) is not taken.
    """
    folded = _folded(doc)
    found = [Span(doc, start, end, label=match_id) for match_id, start, end in matchers.lower(folded)]
    found += [Span(doc, start, end, label=match_id) for match_id, start, end in matchers.exact(folded)]
    full_names = {span.label_ for span in found if len(span) > 1}
    # a surname two dictionary people share ("Clinton") is the one the article names in full
    named_here = {(span.start, span.end) for span in found if len(span) == 1 and span.label_ in full_names}
    found = [span for span in found
             if not (len(span) == 1 and (span.start, span.end) in named_here and span.label_ not in full_names)]
    ents = _view(doc).ents
    person_of = {i: ent for ent in ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    other_entity_tokens = {i for ent in ents if ent.label_ != "PERSON" for i in range(ent.start, ent.end)}
    kept = []
    for span in found:
        if span.label_ in matchers.people and _inside_other_name(span):
            continue  # "Hamid Karzai International Airport", "the Kofi Annan Foundation"
        if len(span) == 1 and span.label_ in matchers.people:
            person = person_of.get(span.start)
            if person is not None and not _same_person(person, span.label_):
                continue  # "Bill Clinton" is not Hillary Clinton, "Francis Ngannou" not the pope
            token = doc[span.start]
            alone = len(span) == len(doc)  # the name is all the text there is (a caption, a list entry)
            if not (span.label_ in full_names or person is not None or alone
                    or token.pos_ == "PROPN" and token.i not in other_entity_tokens):
                continue
        kept.append(span)
    return filter_spans(kept)


def _folded(doc: Doc) -> Doc:
    """The Doc itself when folding changes no token, else a copy with the same tokens folded ("Erdoğan" ->
    "Erdogan"), so that token offsets of matches on it hold for the Doc."""
    view = _view(doc)
    if all(word.isascii() for word in view.lower):
        return doc
    words = [word if word.isascii() else countries.fold(word) for word in view.orth]
    if words == view.orth:
        return doc
    spaces = [len(spaced) > len(word) for word, spaced in zip(view.orth, view.with_ws)]
    return Doc(doc.vocab, words=words, spaces=spaces)


NAMED_AFTER_LABELS = {"FAC", "ORG", "GPE", "LOC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}


def _inside_other_name(span: Span) -> bool:
    """Whether a person's name is part of a longer name of something else, which NER labels as such."""
    return any(ent.label_ in NAMED_AFTER_LABELS and ent.start <= span.start and span.end <= ent.end
               and len(ent) > len(span) and ent[-1].i >= span.end and ent[-1].text[:1].isupper()
               and ent[-1].lower_ not in {"'s", "’s"} for ent in _view(span.doc).ents)


@functools.lru_cache(maxsize=None)
def _name_words() -> dict[str, frozenset[str]]:
    """Canonical name -> the lower-case, folded words of all its aliases."""
    words: dict[str, set[str]] = {}
    for alias, name in dictionary_aliases():
        words.setdefault(name, set()).update(countries.fold(word.lower()) for word in alias.split())
    return {name: frozenset(found) for name, found in words.items()}


HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "president", "minister"}


def _same_person(ent: Span, name: str) -> bool:
    """Whether every word of a PERSON entity (honorifics aside) belongs to the dictionary person's names."""
    words = _name_words().get(name, frozenset())
    return all(countries.fold(token.lower_) in words or token.lower_ in HONORIFICS or token.is_punct for token in ent)


def resolve_actors(doc: Doc, *, matchers: Matchers) -> tuple[list[Actor], list[Mention]]:
    """Find actor candidates and merge them into one actor per person or body."""
    return merge_candidates(doc, list(actor_candidates(doc, matchers)))


def actor_candidates(doc: Doc, matchers: Matchers) -> Iterator[Candidate]:
    when = doc._.published
    found: list[Candidate] = []
    view = _view(doc)
    person_of = {i: ent for ent in view.ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    for span in dictionary_spans(doc, matchers):
        entry = entry_for(span.label_, when)
        end = span.end
        if entry.type == "person" and span.start in person_of:
            # the whole name NER found: "Omer al-Bashir" for the alias "al-Bashir", "Viktor Yanukovich"
            ent = person_of[span.start]
            span, end = doc[ent.start:span.start + 1], max(end, ent.end)
        start = _title_start(doc, span.start) if entry.type == "person" else span.start
        found.append(Candidate(start, end, entry.name, entry.type, entry.country, entry.sector, entry.role,
                               True, f"known:{entry.name}", name_start=span.start if entry.type == "person" else None))
    known_tokens = {i for c in found for i in range(c.start, c.end)}
    for ent in view.ents:
        if ent.label_ in NER_ACTOR_LABELS and not any(i in known_tokens for i in range(ent.start, ent.end)):
            candidate = ner_candidate(doc, ent)
            if candidate is not None:
                found.append(candidate)
    # a person's title and appositive belong to the person ("Kremlin spokesman Dmitry Peskov" is one mention), but
    # a body the title names is an actor of its own as well (the Kremlin)
    people = [c for c in found if c.type == "person"]
    bodies = [body for person in people for body in title_bodies(doc, person, found)]
    kept = [c for c in found if c.type == "person" or not any(
        p.start <= c.start and c.end <= p.end and (p.start, p.end) != (c.start, c.end) for p in people)]
    kept += [body for body in dict.fromkeys(bodies) if body not in kept]  # two people may share a title's words
    claimed: set[int] = set()
    for candidate in kept:
        claimed.update(range(candidate.start, candidate.end))
        yield candidate
    # an organisation may modify an unnamed member ("a White House official", "NATO troops")
    # ... and so may a person ("the Biden administration", "Putin's envoy")
    owners = {i: c for c in kept for i in range(c.start, c.end)
              if c.type != "person" or doc[c.end - 1].dep_ in {"compound", "poss"}}
    for person in people:
        appos = _apposition(doc[person.start:person.end])
        if appos is not None and not any(token.i in claimed for token in appos):
            claimed.update(token.i for token in appos)
            yield person._replace(start=appos.start, end=appos.end)
    for candidate in agent_candidates(doc, claimed, owners=owners):
        claimed.update(range(candidate.start, candidate.end))
        yield candidate
    for candidate in metonym_candidates(doc, claimed):
        claimed.update(range(candidate.start, candidate.end))
        yield candidate
    for candidate in nationality_candidates(doc, claimed):
        claimed.update(range(candidate.start, candidate.end))
        yield candidate


def ner_candidate(doc: Doc, ent: Span) -> Candidate | None:
    """A person or organisation that NER found and the dictionary does not know."""
    view = _view(doc)
    text = _strip_the(_span_text(view, ent.start, ent.end))
    lower = view.lower
    if all(_inside_agent_phrase(doc, i) for i in range(ent.start, ent.end) if lower[i] not in DETERMINERS):
        return None  # "Riot" in "Riot police" tagged as a name
    if (countries.country_name_code(text) or countries.capital_code(text) or countries.is_demonym(text)
            or (ent.label_ != "PERSON" and city_country(text))):
        return None  # a country or city mislabelled as an organisation is a place ("Bush" the person is no town)
    if _named_place(ent):
        return None  # "fighting near Goma" with Goma tagged as a person
    if ent.label_ == "PERSON" and _definite_thing(ent):
        return None  # "ships crossed the Bosphorus": a person's name takes no article
    if ent.label_ == "ORG":
        name_start = _name_after_title(ent)
        if name_start is not None:  # "House Speaker Kevin McCarthy" tagged as one organisation
            ent = Span(doc, name_start, ent.end, label="PERSON")
            text = ent.text
        elif _described_as_person(ent):  # "Basir Tamal, an adviser to ...": a person NER took for a body
            ent = Span(doc, ent.start, ent.end, label="PERSON")
    if ent.label_ == "PERSON":
        start = _title_start(doc, ent.start)
        country, sector, role = describe(doc[start:ent.end], doc[ent.start:ent.end])
        appos = _apposition(ent)
        if appos is not None:
            a_country, a_sector, a_role = describe(appos, None)
            country, sector, role = country or a_country, sector or a_sector, role or a_role
        country = country or _country_after_name(ent)
        return Candidate(start, ent.end, text, "person", country, sector, role, False, f"person:{text}",
                         name_start=ent.start)
    start = ent.start + 1 if lower[ent.start] == "the" else ent.start
    end = _modified_head_end(doc, ent)
    country, sector, _ = describe(doc[start:end], None)
    country = country or _possessor_country(doc, start)
    kind = "government" if sector == "GOV" else "organization"
    text = _span_text(view, start, end)
    return Candidate(start, end, text, kind, country, sector, None, False, f"org:{countries.normalize(text)}")


def _definite_thing(ent: Span) -> bool:
    """A name NER took for a person that heads a phrase opened by "the" ("the Bosphorus", "the Danube"): people's
    names take no article, unless a title comes between ("the late president", "the Reverend ...") or the name
    stands for a family ("the Kennedys") or modifies another noun ("the Trump administration")."""
    doc = ent.doc
    if ent.start == 0 or _view(doc).lower[ent.start - 1] != "the" or ent.root.dep_ in {"compound", "amod", "nmod", "poss"}:
        return False
    if any(token.tag_ == "NNPS" for token in ent) or _title_start(doc, ent.start) != ent.start:
        return False
    return not any(_agent_phrase_length(doc, token.i, agents()) for token in ent)


@functools.lru_cache(maxsize=None)
def title_body_words() -> frozenset[str]:
    """Lower-case words that end a body's name inside a person's title ("Ministry", "Forces", "House")."""
    return read_words(TITLE_BODIES_FILE)


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


LOCATIVE_PREPOSITIONS = {"in", "at", "near", "from", "to", "into", "around", "outside", "towards", "toward"}
MIN_PLACE_POPULATION = 100_000


def _named_place(ent: Span) -> bool:
    """Whether a name NER took for a person or body is a place: a region, or a large city, by its main name in the
    gazetteer, either tagged as an organisation or standing after a preposition of place ("near Goma")."""
    after_place_word = ent.start > 0 and _view(ent.doc).lower[ent.start - 1] in LOCATIVE_PREPOSITIONS
    if ent.label_ == "PERSON" and not after_place_word:
        return False
    return _large_place(_strip_the(_span_text(_view(ent.doc), ent.start, ent.end)))


@functools.lru_cache(maxsize=65536)
def _large_place(name: str) -> bool:
    """Whether the gazetteer's main name of a region, a country or a large city is ``name``."""
    from pipeline.knowledge.gazetteer import gazetteer

    places = [c.entry for c in gazetteer().candidates(name) if not c.alternate]
    return any(entry.kind in {"region", "country"} or entry.population >= MIN_PLACE_POPULATION for entry in places)


def _inside_agent_phrase(doc: Doc, i: int) -> bool:
    """True when token ``i`` is part of an agent word or phrase ("Riot" in "Riot police")."""
    table = agents()
    ends = _view(doc).agent_end_set
    for j in range(i, min(len(doc), i + MAX_AGENT_WORDS)):
        if j not in ends:
            continue
        n = _agent_phrase_length(doc, j, table, first=max(0, j - MAX_AGENT_WORDS + 1))
        if n and j - n + 1 <= i:
            return True
    return False


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
        if _continues_phrase(token):
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
        phrase = doc[start:token.i + 1]
        in_body = {t.i for t in phrase if t.i in owners}
        country, sector, role = describe(phrase, None, skip=in_body)
        country = country or next((owners[i].country for i in sorted(in_body) if owners[i].country), None)
        country = country or _prep_country(token)
        sector = sector or _prep_sector(token)
        words = [j for j in range(start, token.i + 1) if view.lower[j] not in DETERMINERS]
        if not words:
            continue
        proper = token.text[:1].isupper() and not token.is_sent_start
        if view.lower[start] in DEFINITE and country is None and not in_body and not proper:
            continue
        plural = token.tag_ in {"NNS", "NNPS"}
        name_words = words[1:] if len(words) > 1 and view.lower[words[0]] in PASSING_WORDS else words
        name = _span_text(view, name_words[0], token.i + 1)
        kind = "group" if plural and head.type == "person" else head.type
        # a body such as "the Russian Foreign Ministry" or "the Foreign Ministry" is named; people are not, nor is
        # a body described by its leader ("Prime Minister Kishida's government")
        led_by_person = any(owners[i].type == "person" and doc[owners[i].end - 1].dep_ == "poss" for i in in_body)
        # ... while a leader's name as a modifier makes a conventional name ("the Biden administration")
        named_for_person = any(owners[i].type == "person" and doc[owners[i].end - 1].dep_ == "compound"
                               for i in in_body)
        named = (kind in {"organization", "government"} and head.type == kind and not plural and not led_by_person
                 and (proper or country is not None and (token.lower_ not in GENERIC_BODIES or named_for_person)))
        key = (f"title:{country}:{role}" if head.title and not plural
               else f"agent:{country}:{sector}:{' '.join(view.lemma[j] for j in words)}")
        yield Candidate(start, token.i + 1, name, kind, country, sector, role, False, key, named=named)


DATELINE_SEPARATORS = {"—", "–", "-", "--", ",", "("}


def _in_dateline(ent: Span, dateline: Dateline | None) -> bool:
    """ "MOSCOW —" opening a story says where it was filed, not who acted."""
    if dateline is not None and dateline.start <= ent.start_char and ent.end_char <= dateline.end:
        return True
    # until the shared parser looks past a date line under the title ("Talks resume\n\nMay 14, 2025\n\nMOSCOW —"):
    # a place in capitals opening a later paragraph before a dash or comma
    doc = ent.doc
    return (ent.start > 0 and "\n" in doc[ent.start - 1].text_with_ws and ent.text.isupper() and ent.end < len(doc)
            and doc[ent.end].text in DATELINE_SEPARATORS)


def metonym_candidates(doc: Doc, claimed: set[int]) -> Iterator[Candidate]:
    """Capitals (and other seats) standing for their government when they act: "Kyiv rejected", "Moscow said"."""
    view = _view(doc)
    fragment = not any(pos in VERBAL_POS for pos in view.pos)
    dateline = find_dateline(view.text)
    for start, end in [*((ent.start, ent.end) for ent in view.ents), *((i, i + 1) for i in _bare_propn(view))]:
        if any(i in claimed for i in range(start, end)):
            continue
        text = _strip_the(_span_text(view, start, end))
        code = countries.metonym_code(text) or countries.capital_code(text)
        if code is None:
            continue
        ent = doc[start:end]
        if not (fragment or ent.root.dep_ in AGENT_DEPS or _passive_agent(ent.root)) or _in_dateline(ent, dateline):
            continue
        claimed.update(token.i for token in ent)
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        name = f"Government of {countries.country_name(code)}"
        yield Candidate(start, ent.end, name, "government", code, "GOV", None, False, f"government:{code}",
                        named=False)


def nationality_candidates(doc: Doc, claimed: set[int]) -> Iterator[Candidate]:
    """People named by a plural nationality noun ("two Russians", "Brazilians"): an unnamed group with a country
    and no sector. An adjective ("Russian") is no actor."""
    view = _view(doc)
    for i, tag in enumerate(view.tag):
        if i in claimed or tag not in PLURAL_NOUN_TAGS:
            continue
        token = doc[i]
        code = countries.demonym_code(token.text)
        if code is None or not token.text[:1].isupper() or _continues_phrase(token):
            continue
        start = _phrase_start(doc, token, claimed)
        words = [t for t in doc[start:token.i + 1] if t.lower_ not in DETERMINERS]
        name = doc[words[0].i:token.i + 1].text if words else token.text
        yield Candidate(start, token.i + 1, name, "group", code, None, None, False,
                        f"nationality:{code}:{token.lower_}", named=False)


def merge_candidates(doc: Doc, candidates: list[Candidate]) -> tuple[list[Actor], list[Mention]]:
    """One actor per key; a person's surname or partial name joins the fuller name; title anaphors join a named
    person who holds that title."""
    candidates = sorted(candidates, key=lambda c: c.start)
    view = _view(doc)
    actors: dict[str, Actor] = {}
    order: list[str] = []
    mentions: list[Mention] = []
    person_words: dict[str, list[str]] = {}  # actor id -> lower-case name words, for surname merging
    ids: dict[str, str] = {}
    for candidate in candidates:
        candidate = _surname_tagged_as_body(candidate, person_words, actors)
        key, body_key = candidate.key, _body_key(candidate)
        actor_id = (ids.get(key) or ids.get(body_key) or _person_match(candidate, person_words, actors)
                    or _title_holder(candidate, actors))
        if actor_id is None:
            actor_id = f"a{len(order) + 1}"
            ids[key] = actor_id
            order.append(actor_id)
            actors[actor_id] = Actor(actor_id, candidate.name, candidate.type, candidate.country, candidate.sector,
                                     candidate.role, candidate.known, candidate.named)
            if candidate.type == "person":
                person_words[actor_id] = _name_key_words(candidate.name)
        else:
            ids.setdefault(key, actor_id)
            actors[actor_id] = _enrich(actors[actor_id], candidate)
            if candidate.type == "person" and not candidate.known:
                words = _name_key_words(candidate.name)
                if len(words) > len(person_words.get(actor_id, [])) and not actors[actor_id].known:
                    person_words[actor_id] = words
                    actors[actor_id] = actors[actor_id]._replace(name=candidate.name)
        if body_key:
            ids.setdefault(body_key, actor_id)
        start_char, end_char = view.idx[candidate.start], _char_end(view, candidate.end)
        mentions.append(Mention(actor_id, "actor", view.text[start_char:end_char], start_char, end_char))
    mentions.extend(anaphor_mentions(doc, actors, mentions))
    mentions.sort(key=lambda m: (m.start, m.end))
    actors = country_from_superior(doc, actors, mentions)
    actors = country_from_context(doc, actors, mentions)
    return [_igo_apart(actors[actor_id]) for actor_id in order], mentions


SUPERIOR_PREPOSITIONS = {"of", "to", "for"}


def _mention_tokens(view: DocView, mentions: list[Mention]) -> Iterator[tuple[int, int, str]]:
    """Token start, end and actor of each mention whose characters are whole tokens (as ``Doc.char_span``)."""
    for mention in mentions:
        start = bisect.bisect_left(view.idx, mention.start)
        last = bisect.bisect_right(view.idx, mention.end - 1) - 1  # the token holding the mention's last character
        if (start < len(view.idx) and view.idx[start] == mention.start and start <= last
                and _char_end(view, last + 1) == mention.end):
            yield start, last + 1, mention.entity_id


def country_from_superior(doc: Doc, actors: dict[str, Actor], mentions: list[Mention]) -> dict[str, Actor]:
    """A person with no country of their own takes that of the actor they serve: "Olena Marchenko, a spokeswoman
    for Volodymyr Zelensky" is Ukrainian, "an adviser to Emmanuel Macron" French."""
    if not any(actor.type == "person" and not actor.country and actor.named for actor in actors.values()):
        return actors
    owner_of: dict[int, str] = {}
    spans: list[tuple[int, str]] = []  # the last token of each mention, and its actor
    for start, end, actor_id in _mention_tokens(_view(doc), mentions):
        spans.append((end - 1, actor_id))
        for i in range(start, end):
            owner_of.setdefault(i, actor_id)
    for last, actor_id in spans:
        actor = actors[actor_id]
        if actor.type != "person" or actor.country or not actor.named:
            continue
        for prep in doc[last].rights:
            if prep.dep_ != "prep" or prep.lower_ not in SUPERIOR_PREPOSITIONS:
                continue
            served = [actors[owner_of[obj.i]] for obj in prep.children if obj.dep_ == "pobj" and obj.i in owner_of]
            served = [other for other in served if other.actor_id != actor_id and other.country]
            if served:
                actors[actor_id] = actor._replace(country=served[0].country)
                break
    return actors


# verbs after which "in <capital>" is where someone went, not where they work ("arrived in Beijing")
MOVEMENT_LEMMAS = {"arrive", "visit", "travel", "fly", "land", "reach", "come", "go", "return", "head", "leave",
                   "tour", "stop", "move", "send", "deploy", "meet", "hold", "attend", "host"}
CONTEXT_SECTORS = {"GOV", "MIL", "COP", "SPY"}


def country_from_context(doc: Doc, actors: dict[str, Actor], mentions: list[Mention]) -> dict[str, Actor]:
    """A named official or government body with a title but no country of its own ("Foreign Secretary Vikram
    Rao", "the Foreign Ministry") takes the country of the capital where its clause happens ("told a briefing
    in New Delhi"), else that of the story's dateline ("ISLAMABAD (AFP) -"), else the one country its sentence
    is about. Nothing is guessed without them."""
    first: dict[str, Span] = {}  # the first mention of each actor that needs a country
    for mention in mentions:
        if mention.entity_id not in first and _needs_context_country(actors[mention.entity_id]):
            span = doc.char_span(mention.start, mention.end)
            if span is not None:
                first[mention.entity_id] = span
    filed_in: str | None = None
    for actor_id, span in first.items():
        actor = actors[actor_id]
        code = _capital_of_clause(span)
        if code is None:
            filed_in = filed_in if filed_in is not None else (dateline_country(_view(doc).text) or "")
            code = filed_in or _home_country_of_sentence(span)
        if code is not None:
            actors[actor_id] = actor._replace(country=code)
    return actors


def _needs_context_country(actor: Actor) -> bool:
    if actor.country or not actor.named or actor.known or actor.sector not in CONTEXT_SECTORS:
        return False
    return actor.type == "person" and actor.role is not None or actor.type in {"government", "organization"}


def _capital_of_clause(span: Span) -> str | None:
    """The one capital named as "in <capital>" in the clause whose verb the span depends on."""
    verb = span.root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() in MOVEMENT_LEMMAS:
        return None
    codes = {countries.capital_code(obj.text) for prep in verb.subtree if prep.dep_ == "prep" and prep.lower_ == "in"
             for obj in prep.children if obj.dep_ == "pobj"}
    codes |= {countries.capital_code(ent.text) for ent in _view(span.doc).ents
              if ent.label_ == "GPE" and verb.left_edge.i <= ent.start and ent.end <= verb.right_edge.i + 1
              and ent.start > 0 and span.doc[ent.start - 1].lower_ == "in"}
    codes.discard(None)
    return codes.pop() if len(codes) == 1 else None


# a country the sentence is about owns something in it ("Bolivia's new cabinet", "the Bolivian army"); one that
# a preposition or a verb governs is where one goes or what one acts on ("flew to Kenya", "drills near Russia")
OWNER_DEPS = {"poss", "amod", "compound", "nmod"}
# an official's country is not one their act is aimed at: a name under these is someone else's
AIMED_AT_DEPS = {"dobj", "dative", "iobj"}
AIMED_AT_PREPS = {"against", "with", "toward", "towards", "on", "at", "over", "from", "into"}


def _home_country_of_sentence(span: Span) -> str | None:
    """The one country the official's sentence names (by name or demonym) as the owner of something, outside the
    official's own words and outside what they act on ("General Ruiz quit so that Bolivia's new cabinet could take
    office"): an official whose country goes unsaid serves the one the sentence is about. A country one travels
    to or acts on says nothing of one's own ("flew to Kenya", "praised Brazil's role")."""
    codes: set[str] = set()
    verb = span.root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    for ent in span.sent.ents:
        if ent.label_ not in {"GPE", "NORP"} or (
                span.start <= ent.start < span.end) or ent.root.dep_ not in OWNER_DEPS or _aimed_at(ent.root, verb):
            continue
        code = countries.country_code(ent.text)  # a country, not a city one may only be visiting ("met X in Cairo")
        if code is not None:
            codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def _aimed_at(token: Token, verb: Token) -> bool:
    """A name that acts itself in another clause than the official's ``verb`` ("said Peru would retaliate";
    "Mexico will send members of the Guard" names the Guard's country) or lies inside an object or an
    "against/with ..." phrase of the nearest verb above it."""
    if token.dep_ in {"nsubj", "nsubjpass"} and token.head.i != verb.i:
        return True
    while token.head.i != token.i and token.pos_ not in {"VERB", "AUX"}:
        if token.dep_ in AIMED_AT_DEPS or token.dep_ == "pobj" and token.head.lower_ in AIMED_AT_PREPS:
            return True
        token = token.head
    return False


def dateline_country(text: str) -> str | None:
    """The country of the one place a wire story is filed from ("TOKYO, Aug. 24 (Kyodo) --" -> JPN), the dateline
    opening the text or following its title line; none for a dateline naming two places ("KINSHASA/KIGALI")."""
    dateline = find_dateline(text)
    if dateline is None or "/" in dateline.place:
        return None
    place = dateline.place.title() if dateline.place.isupper() else dateline.place
    # a country after the place settles a shared name ("HYDERABAD, Pakistan")
    return countries.country_name_code(dateline.region) or countries.capital_code(place) or city_country(place)


def _surname_tagged_as_body(candidate: Candidate, person_words: dict[str, list[str]],
                            actors: dict[str, Actor]) -> Candidate:
    """A one-word organisation that is the surname of exactly one person named before ("Dellaway said" after
    "General Marcus Dellaway Jr.", which NER tagged ORG) is that person."""
    if candidate.type != "organization" or candidate.known or " " in candidate.name.strip():
        return candidate
    word = countries.fold(candidate.name.lower())
    owners = {actor_id for actor_id, known in person_words.items()
              if known and (known[-1] == word or len(known) > 1 and known[0] == word
                            and actors[actor_id].country in FAMILY_NAME_FIRST)}
    if len(owners) != 1:
        return candidate
    return candidate._replace(type="person", key=f"person:{candidate.name}")


def _igo_apart(actor: Actor) -> Actor:
    """An organisation's acronym goes to ``igo``: NATO or the UN, and their officials, belong to no country."""
    if countries.is_igo(actor.country):
        return actor._replace(country=None, igo=actor.country)
    return actor


def anaphor_mentions(doc: Doc, actors: dict[str, Actor], mentions: list[Mention]) -> Iterator[Mention]:
    """ "the minister" after "Foreign Minister Hakan Fidan": a mention of the one earlier person with that title."""
    table = agents()
    taken = {(m.start, m.end) for m in mentions}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    view = _view(doc)
    for i in view.agent_ends:
        head = _agent_at(doc, i, table) if i > 0 else None
        if head is None or not head.title or view.tag[i] in PLURAL_NOUN_TAGS or view.lower[i - 1] != "the":
            continue
        token = doc[i]
        if token.idx in covered or _continues_phrase(token):
            continue
        start_token = doc[token.i - 1]
        if any(t.idx in covered for t in doc[start_token.i:token.i + 1]):
            continue
        before = {m.entity_id for m in mentions if m.end <= start_token.idx}
        title = " ".join(view.lower[start_token.i + 1:token.i + 1])
        holders = [a for a in actors.values() if a.actor_id in before and a.type == "person" and a.named
                   and _same_role(a.role, title)]
        if len(holders) == 1 and (start_token.idx, token.idx + len(token)) not in taken:
            yield Mention(holders[0].actor_id, "actor", view.text[start_token.idx:token.idx + len(token)],
                          start_token.idx, token.idx + len(token))


# --- helpers --------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _agent_last_words() -> frozenset[str]:
    return frozenset(phrase.split()[-1] for phrase in agents())


def _agent_match(doc: Doc, i: int, table: dict[str, Agent], first: int) -> tuple[int, Agent | None]:
    """Length and entry of the longest agent word or phrase that ends at token ``i`` and starts at ``first`` or
    later, matched on the words' lower-case forms, then on their lemmas ("ministers" -> "minister")."""
    view = _view(doc)
    if i not in view.agent_end_set:
        return 0, None
    most = min(MAX_AGENT_WORDS, i + 1 - first)
    found = view.agent_matches.get((i, most))
    if found is None:
        found = view.agent_matches[i, most] = _longest_agent(view, i, most, table)
    return found


def _longest_agent(view: DocView, i: int, most: int, table: dict[str, Agent]) -> tuple[int, Agent | None]:
    for n in range(most, 0, -1):
        for words in (view.lower, view.lemma):
            phrase = " ".join(words[i - n + 1:i + 1])
            if phrase in table:
                return n, table[phrase]
    return 0, None


def _agent_at(doc: Doc, i: int, table: dict[str, Agent], *, first: int = 0) -> Agent | None:
    """The longest agent word or phrase that ends at token ``i`` and starts at ``first`` or later."""
    return _agent_match(doc, i, table, first)[1]


def _agent_phrase_length(doc: Doc, i: int, table: dict[str, Agent], *, first: int = 0) -> int:
    return _agent_match(doc, i, table, first)[0]


def _continues_phrase(token: Token) -> bool:
    """True when the word modifies a noun to its right ("Foreign" in "Foreign Ministry", "army" in "army
    accountant"), so the phrase is built at its last word instead."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (following is not None and following.pos_ in {"NOUN", "PROPN"}
            and token.dep_ in {"compound", "amod", "nmod", "nummod"} and token.head.i > token.i)


def _modified_head_end(doc: Doc, span: Span) -> int:
    """End of the noun phrase a name modifies ("Panamanian Immigration inspectors"), else the name's own end."""
    end = span.end
    table = agents()
    while end < len(doc) and doc[end - 1].head.i >= end and doc[end].pos_ in {"NOUN", "PROPN"} \
            and doc[end - 1].dep_ in {"compound", "amod", "nmod"} and doc[end].ent_type_ != "PERSON" \
            and not _starts_title(doc, end, table):
        end += 1
    return end


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


def _phrase_start(doc: Doc, head: Token, claimed: set[int]) -> int:
    """First token of the noun phrase ending at ``head``: its left modifiers, possessor included."""
    start = head.i
    for token in reversed(doc[max(0, head.left_edge.i):head.i]):
        if token.lower_ in {"'s", "’s"} and token.i - 1 in claimed:
            break
        if token.i in claimed or token.is_punct and token.text not in {"-", "'", "’"}:
            break
        verb_like = token.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "PRON", "SCONJ"}
        if verb_like and token.lower_ not in {"'s", "’s"} | FORMER_WORDS and token.dep_ not in {"amod", "compound"}:
            break
        start = token.i
    return start


def _title_start(doc: Doc, start: int) -> int:
    """Extend a person's name leftwards over a title and its country: "Turkish Foreign Minister", "US Senator"."""
    table = agents()
    i = start
    while i > 0:
        token = doc[i - 1]
        if token.is_punct and token.text not in {"’s", "'s"}:
            break
        n = _agent_phrase_length(doc, i - 1, table)
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
        elif (_is_country_word(doc, i - 1) or token.lower_ in FORMER_WORDS or token.lower_ in TITLE_MODIFIERS
              or token.lower_ in {"'s", "’s"}):
            i -= 1
        else:
            break
    while i < start and doc[i].lower_ in {"the", "a", "an", "'s", "’s"}:
        i += 1
    return i


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
    return country, sector, role


def phrase_sector(found: list[Agent]) -> str | None:
    """The head's sector, unless the head is a weak word and a modifier has one ("army accountant")."""
    if not found:
        return None
    head = found[0]
    if head.weak or head.sector is None:
        return next((agent.sector for agent in found[1:] if agent.sector), head.sector)
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
            a_person = all(person[first:last + 1])  # "President Bush" is not from Būsh
            code = text_country(text, cities=not a_person)
            if code:
                return code
    return None


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


def _possessor_country(doc: Doc, start: int) -> str | None:
    """ "Chile's" or "the People's Liberation Army's" right before a phrase."""
    if start >= 2 and _view(doc).lower[start - 1] in {"'s", "’s"}:
        owner = doc[start - 2]
        entity = next((ent for ent in _view(doc).ents if ent.start <= owner.i < ent.end), None)
        return phrase_country(doc[start - 2:start - 1]) or (phrase_country(entity) if entity is not None else None)
    return None


def _described_as_person(ent: Span) -> bool:
    """Whether an entity's appositive is headed by a singular title that only a person holds ("an adviser")."""
    appos = _apposition(ent)
    if appos is None or appos[-1].tag_ not in {"NN", "NNP"}:
        return False
    agent = _agent_at(ent.doc, appos[-1].i, agents(), first=appos.start)
    return agent is not None and agent.type == "person" and agent.title


def _prep_country(head: Token, *, depth: int = 2) -> str | None:
    """Country from "of/in/from X" after the head noun ("leaders in France", "the president of Somalia",
    "professor at the University of St Andrews in Scotland")."""
    for child in head.rights:
        if child.dep_ != "prep" or child.lower_ not in PREPOSITIONS_OF_ORIGIN | {"at"}:
            continue
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            code = phrase_country(obj.doc[obj.left_edge.i:obj.i + 1]) if child.lower_ != "at" else None
            if code is None and depth > 1:
                code = _prep_country(obj, depth=depth - 1)
            if code:
                return code
    return None


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
    """Sector from "of X" after a weak head ("chairman of the company's board")."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    _, sector, _ = describe(obj.doc[obj.left_edge.i:obj.i + 1], None)
                    if sector:
                        return sector
    return None


def _apposition(ent: Span) -> Span | None:
    """ "Harry Tseng, Taiwan's deputy foreign minister": the appositive phrase describing a person."""
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i > ent.end - 1:
            return ent.doc[child.left_edge.i:child.i + 1]
    return None


def _passive_agent(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def _bare_propn(view: DocView) -> Iterator[int]:
    """Proper nouns NER left out (so "Kyiv rejected" is seen even without an entity)."""
    in_ents = {i for ent in view.ents for i in range(ent.start, ent.end)}
    for i, pos in enumerate(view.pos):
        if i not in in_ents and (pos == symbols.PROPN or len(view.pos) == 1):
            yield i


# countries whose people are named family name first, so that a lone family name is the name's first word
# ("Wang" after "Wang Yi", "Yoon" after "Yoon Suk Yeol")
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "MNG"}
NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def _name_key_words(name: str) -> list[str]:
    """Lower-case folded words of a person's name without a generational suffix ("Romeo Brawner Jr.")."""
    words = [countries.fold(word) for word in name.lower().replace(",", " ").split()]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words


def _body_key(candidate: Candidate) -> str:
    """What merges the mentions of one named body however they were found ("the Kenyan Interior Ministry" from NER
    and from an agent word): its name, case and a leading "the" aside; empty for anything else."""
    if candidate.type not in {"organization", "government"} or not candidate.named:
        return ""
    return f"body:{countries.normalize(_strip_the(candidate.name))}"


def _person_match(candidate: Candidate, person_words: dict[str, list[str]], actors: dict[str, Actor]) -> str | None:
    """An earlier person whose name contains this one's words in order, ending with the same surname; or, for
    a person of a family-name-first country, whose name starts with this one-word name."""
    if candidate.type != "person" or candidate.known:
        return None
    words = _name_key_words(candidate.name)
    if not words:
        return None
    matches = [actor_id for actor_id, known in person_words.items()
               if known and known[-1] == words[-1] and all(word in known for word in words)
               or known and words[-1] == known[-1] and all(word in words for word in known)]
    if not matches and len(words) == 1:
        matches = [actor_id for actor_id, known in person_words.items()
                   if len(known) > 1 and known[0] == words[0] and actors[actor_id].country in FAMILY_NAME_FIRST]
    return matches[0] if len(set(matches)) == 1 else None


def _title_holder(candidate: Candidate, actors: dict[str, Actor]) -> str | None:
    """ "the Russian foreign minister" after "Sergei Lavrov": the one named person of that country and role."""
    if not candidate.key.startswith("title:") or candidate.country is None or candidate.role is None:
        return None
    holders = [actor.actor_id for actor in actors.values()
               if actor.named and actor.type == "person" and actor.country == candidate.country
               and _same_role(actor.role, candidate.role)]
    return holders[0] if len(holders) == 1 else None


def _same_role(role: str | None, title: str) -> bool:
    return bool(role) and (role == title or role.endswith(" " + title))


def _enrich(actor: Actor, candidate: Candidate) -> Actor:
    """Fill an actor's missing country, sector or role from a later mention."""
    return actor._replace(country=actor.country or candidate.country, sector=actor.sector or candidate.sector,
                          role=actor.role or candidate.role)


# --- for other stages ---------------------------------------------------------------------------------------


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
