"""Resolving toponyms: every reading the gazetteer offers a name is scored by its size and kind, then by the
article's context (the countries and states it names, the one state most of its names could lie in, the kind of
the names listed with it, a "City, State" qualifier, nearness to the places already settled); names are decided
the surest first (``resolve_toponyms``). A sea is never a town of its name; a county gets a point, and a small
town met without a place label stays only when the article backs it up and its name is not an ordinary word."""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from typing import Iterable, NamedTuple

from pipeline.knowledge import countries
from pipeline.knowledge.gazetteer import Candidate, Entry, Gazetteer
from pipeline.resources import read_words
from pipeline.stages.places.county_points import county_point
from pipeline.stages.places.landmarks import names_its_town, place_landmark
from pipeline.stages.places.toponyms import Toponym
from pipeline.stages.places.townships import place_township

# by kind, or by the finer feature where there is one (a pycountry subdivision often shares its town's name)
KIND_BONUS = {"country": 2.5, "region": 1.5, "other": 1.0, "city": 0.0, "subdivision": 0.0, "county": 1.5}
CAPITAL_BONUS = 2.5
ALTERNATE_PENALTY = 2.0
CONTEXT_COUNTRY_BONUS = 3.0  # times the country's share of the article's places
CONTEXT_COUNTRY_PRESENT = 1.0  # for a country named at all elsewhere in the article
FINAL_PASSES = 2  # rounds of looking at every name again with all the others decided
CONTEXT_STATE_BONUS = 3.0
QUALIFIER_BONUS = 20.0
NEAR_KM, NEAR_BONUS = 150.0, 2.0
CLOSE_KM, CLOSE_BONUS = 400.0, 1.0
# a small town named like a state ("California", Pennsylvania; "Nevada", Missouri), or a county named like one
# without the word "County" ("Texas" for Texas County), is meant when the text qualifies it ("California, Pa."),
# seldom otherwise; context alone (towns of its state nearby) must not tip it
NAMESAKE_PENALTY = 5.0
SMALL_TOWN_POPULATION = 100_000
# local news names towns and counties that each exist in several states; the one state most of them could lie in
# (and that leads the next) is where they lie ("Greene County", "Springfield", "Rogersville": all in one state)
LEADING_STATE_BONUS = 2.0
MIN_STATE_VOTES = 2  # names with a reading in the leading state
# a town hundreds of times smaller than the biggest town or country of its name (Atlanta, Illinois beside
# Atlanta, Georgia; Russia, Ohio beside Russia) is a minor namesake: it neither votes for the leading state nor
# takes its bonus (every common name has such namesakes in many states, so their votes are noise)
MINOR_NAMESAKE_RATIO = 100
# names listed together are of one kind ("California, Washington and Utah": states; "Japan and Georgia":
# countries): a reading of the kind of a listed neighbour's gets this much
LISTED_BONUS = 3.0
LIST_SEPARATORS = frozenset({",", "and", ", and", "or", ", or", "&"})
# one-word town names that are also ordinary English words ("Federal", "Central", "Spring"): met without a place
# label they are mostly the word, so they neither vote for the leading state nor stay (see ``_not_a_word``)
COMMON_WORDS_FILE = "place_common_words.txt"
DOLLAR_AMOUNT = re.compile(r"\$\s?\d")
KM_PER_DEGREE = 2 * math.pi * 6371.0 / 360  # of latitude, on the sphere distance_km uses


class Resolved(NamedTuple):
    toponym: Toponym
    entry: Entry | None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((phi2 - phi1) / 2) ** 2
         + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


# resolution measures the same pairs of towns again in every round, and the same pairs recur across articles
_known_distance_km = functools.lru_cache(maxsize=100_000)(distance_km)


def _nearest_km(lat: float, lon: float, points: list[tuple], *, within: float) -> float:
    """Distance to the nearest of ``points`` when it is at most ``within`` km, else infinity. Points further
    north or south than that are skipped unmeasured (a degree of latitude is never less than KM_PER_DEGREE)."""
    reach = within / KM_PER_DEGREE + 0.01
    near = [_known_distance_km(lat, lon, point_lat, point_lon) for point_lat, point_lon, *_ in points
            if abs(point_lat - lat) <= reach]
    nearest = min(near, default=math.inf)
    return nearest if nearest <= within else math.inf


class Context(NamedTuple):
    countries: Counter  # ISO3 -> weight
    states: Counter  # (ISO3, admin1) -> weight
    points: list[tuple[float, float, str | None, str | None]]  # settled towns: lat, lon, ISO3, admin1
    total: float  # sum of the country weights
    local: Counter  # ISO3 -> weight, from towns and regions only (not from country names)
    local_total: float


def _qualifier(text: str, toponyms: list[Toponym], index: int, gaz: Gazetteer) -> list[Entry]:
    """Entries of a state or country written right after this toponym ("Paris, Texas", "Athens, Ga.")."""
    if index + 1 >= len(toponyms):
        return []
    here, after = toponyms[index], toponyms[index + 1]
    between = text[here.end:after.start]
    if between.strip() not in {",", "("} or len(between) > 3:
        return []
    return [c.entry for c in gaz.candidates(after.lookup) if c.entry.kind in {"region", "country"}
            and c.entry.feature != "county"]


def _base_score(candidate) -> float:
    """The part of a reading's score its context does not change: size, kind, alternate name, capital."""
    entry = candidate.entry
    score = math.log10(entry.population + 10) + KIND_BONUS.get(entry.feature or entry.kind, 0.0)
    if candidate.alternate:
        score -= ALTERNATE_PENALTY
    elif entry.capital:
        # a capital is what a bare name mostly means only under the name it goes by: met under another of its
        # names (an old or foreign one, "Edo" for Tokyo, "Victoria" for Hong Kong) it is a town like any other
        score += CAPITAL_BONUS
    return score


def _context_score(candidate, context: Context, score: float, qualified: float) -> float:
    """A reading's score in this context, from its base score and its qualifier bonus (``_qualified``), each
    computed once per name."""
    entry = candidate.entry
    if entry.kind == "region" and entry.admin1 and entry.feature is None:
        # a state or province needs towns or regions of its country around it, not just the country's name
        share = context.local.get(entry.country, 0.0) / context.local_total if context.local_total else 0.0
        score += CONTEXT_COUNTRY_BONUS * share + (CONTEXT_COUNTRY_PRESENT if share else 0.0)
    elif entry.country and context.total:
        share = context.countries.get(entry.country, 0.0) / context.total
        score += CONTEXT_COUNTRY_BONUS * share + (CONTEXT_COUNTRY_PRESENT if share else 0.0)
    if candidate.alternate and entry.feature != "county":
        # a town met under another of its names gets no help from its surroundings (a county named without
        # the word "County" does: that is how local news names it)
        return score + qualified
    if entry.admin1 and entry.kind != "country" and context.states.get((entry.country, entry.admin1), 0) > 0:
        score += CONTEXT_STATE_BONUS
    score += qualified
    if entry.kind == "city" and entry.lat is not None and context.points:
        nearest = _nearest_km(entry.lat, entry.lon, context.points, within=CLOSE_KM)
        score += NEAR_BONUS if nearest <= NEAR_KM else CLOSE_BONUS if nearest <= CLOSE_KM else 0.0
    return score


def _qualified(entry: Entry, qualifiers: list[Entry]) -> float:
    for qualifier in qualifiers:
        if qualifier.kind == "country" and entry.country == qualifier.country and entry.kind != "country":
            return QUALIFIER_BONUS
        if qualifier.kind == "region" and entry.country == qualifier.country and entry.admin1 \
                and entry.admin1 == qualifier.admin1 and entry != qualifier:
            return QUALIFIER_BONUS
    return 0.0


def _context(settled: Iterable[tuple[Toponym, Entry, float]], *, skip: str | None = None) -> Context:
    country_weights: Counter = Counter()
    local: Counter = Counter()
    states: Counter = Counter()
    points: list[tuple[float, float, str | None, str | None]] = []
    for toponym, entry, weight in settled:
        if skip is not None and countries.normalize(toponym.lookup) == skip:
            continue
        if entry.country:
            country_weights[entry.country] += weight
            if entry.kind != "country" and not entry.capital:  # a capital mostly stands for its country
                local[entry.country] += weight
        if entry.kind == "region" and entry.admin1 and (entry.country == "USA" or entry.feature != "county"):
            # a state, province or first-level subdivision the article names (its towns carry its code)
            states[(entry.country, entry.admin1)] += weight
            if entry.feature == "county" and entry.lat is not None:
                points.append((entry.lat, entry.lon, entry.country, entry.admin1))  # a county is local too
        elif entry.kind == "city" and entry.admin1 and entry.lat is not None:
            states[(entry.country, entry.admin1)] += weight * 0.5
            points.append((entry.lat, entry.lon, entry.country, entry.admin1))
    return Context(country_weights, states, points, float(sum(country_weights.values())), local,
                   float(sum(local.values())))


def _weight(toponym: Toponym) -> float:
    return {"nationality": 0.5, "dateline": 2.0}.get(toponym.source, 1.0)


def resolve_toponyms(text: str, toponyms: list[Toponym], gaz: Gazetteer) -> list[Resolved]:
    """Pick one gazetteer entry per toponym (or None), using the whole article as context.

    The same name with the same qualifier gets one reading. Names are decided one at a time, the surest first
    (the widest lead of its best reading over the next), each decision joining the context of the next ones;
    then every name is looked at again (FINAL_PASSES times) with all the others decided.
    """
    candidate_lists = [gaz.candidates(t.lookup) for t in toponyms]
    qualifiers = [_qualifier(text, toponyms, i, gaz) for i in range(len(toponyms))]
    groups: dict[tuple, list[int]] = {}
    for i, (toponym, candidates) in enumerate(zip(toponyms, candidate_lists)):
        if candidates:
            groups.setdefault((countries.normalize(toponym.lookup), toponym.lookup, tuple(qualifiers[i])), []).append(i)
    decided: dict[tuple, Entry] = {}
    members = {key: [(toponyms[i], _weight(toponyms[i])) for i in positions if toponyms[i].source != "weak"]
               for key, positions in groups.items()}

    def settled(*, skip: tuple | None = None) -> list[tuple[Toponym, Entry, float]]:
        """The decided places, but for those under the name ``skip`` (in any of its groups) when given."""
        return [(toponym, entry, weight) for key, entry in decided.items() if skip is None or key[0] != skip[0]
                for toponym, weight in members[key]]

    fixed: dict[tuple, list[tuple[Candidate, float, float]]] = {}  # key -> its readings' context-free parts
    # names met without a place label (source "weak") take no leading state's bonus: they stay only when the
    # article backs them on its own (``_backed``); but they vote for it. Neither when the name is an ordinary word
    labelled = {key for key, positions in groups.items() if any(toponyms[i].source != "weak" for i in positions)}
    home = _leading_state([candidate_lists[groups[key][0]] for key in groups if key in labelled or _not_a_word(key[1])])
    listed_with = _listed_with(text, toponyms, groups)
    dollars = DOLLAR_AMOUNT.search(text) is not None

    def ranked(key: tuple) -> list[tuple[float, Entry]]:
        first = groups[key][0]
        if len(candidate_lists[first]) == 1:
            return [(math.inf, candidate_lists[first][0].entry)]  # one reading: nothing to weigh
        if key not in fixed:
            fixed[key] = _fixed_parts(candidate_lists[first], qualifiers[first], home if key in labelled else None)
        context = _context(settled(skip=key))
        # a story that counts in dollars and names no place settled yet is American more often than not: the
        # USA counts as named (a town of it gains what a country named elsewhere in the story gives)
        prior = "USA" if dollars and not context.total else None
        kinds = {_kind_of(decided[other]) for other in listed_with[key]
                 if other in decided and (decided[other].kind == "country" or _is_state(decided[other]))}
        scored = [(_context_score(c, context, base, qualified) + (LISTED_BONUS if _kind_of(c.entry) in kinds else 0.0)
                   + (CONTEXT_COUNTRY_PRESENT if c.entry.country == prior else 0.0),
                   c.entry) for c, base, qualified in fixed[key]]
        scored.sort(key=lambda pair: -pair[0])
        if scored and _is_small_town(scored[0][1]):
            # "Prime Minister Luxon, speaking in Wellington", in a story about New South Wales: a national capital
            # whose country the story names is meant before a small town of its name, wherever the story is set
            capital = next((pair for pair in scored if pair[1].capital and not qualifiers[first]
                            and context.countries.get(pair[1].country, 0.0) > 0), None)
            if capital is not None:
                scored = [capital, *[pair for pair in scored if pair is not capital]]
        return scored

    for key in groups:  # a single main-name reading needs no context
        main = [c.entry for c in candidate_lists[groups[key][0]] if not c.alternate]
        if len(main) == 1:
            decided[key] = main[0]
    pending = [key for key in groups if key not in decided]
    leads = {}
    for key in pending:
        scores = ranked(key)
        leads[key] = scores[0][0] - scores[1][0] if len(scores) > 1 else math.inf
    for key in sorted(pending, key=lambda k: -leads[k]):
        decided[key] = ranked(key)[0][1]
    for _ in range(FINAL_PASSES):
        changed = False
        for key in list(groups):
            best = ranked(key)[0][1]
            changed = changed or best != decided[key]
            decided[key] = best
        if not changed:
            break  # a pass that changes nothing would be repeated exactly by the next
    context = _context(settled())
    chosen: list[Entry | None] = [None] * len(toponyms)
    for key, positions in groups.items():
        for i in positions:
            chosen[i] = county_point(decided[key], context.points, gaz)
    for key, positions in groups.items():  # a site named after a small town of a name several places bear ("Cowan
        # Park") lies there only when the story names its country, its state or a town near it; else no point at all
        facilities = [i for i in positions if toponyms[i].facility and toponyms[i].source not in {"site", "street"}]
        landmarks = [i for i in facilities if names_its_town(toponyms[i].text, toponyms[i].lookup)]
        sites = [i for i in facilities if i not in landmarks
                 and _is_small_town(decided[key]) and len(candidate_lists[positions[0]]) > 1]
        site_context = _context(settled(skip=key)) if sites or landmarks else None
        for i in landmarks:  # "Dover Castle": Dover, England, where castles stand, unless the story backs another
            backed = bool(site_context.countries.get(decided[key].country)) or _backed(decided[key], site_context)
            chosen[i] = place_landmark(toponyms[i].text, decided[key], candidate_lists[i], backed)
        if sites and not site_context.countries.get(decided[key].country) and not _backed(decided[key], site_context):
            for i in sites:
                chosen[i] = Entry(toponyms[i].text, "other", None, None, None, None, 0)
    for i, toponym in enumerate(toponyms):
        if toponym.source == "township":
            chosen[i] = place_township(toponym.lookup, context.states, context.points, gaz)
    return [Resolved(t, entry) for t, entry in zip(toponyms, chosen)
            if t.source != "weak" or (entry is not None and entry.kind == "city" and _not_a_word(t.lookup)
                                      and _backed(entry, context))]


def _fixed_parts(candidates: list[Candidate], qualifiers: list[Entry], home: tuple[str, str] | None) -> list[tuple]:
    """Each reading of one name with the parts of its score that do not depend on the places settled so far:
    (reading, base score, qualified by the text)."""
    state = any(not c.alternate and _is_state(c.entry) for c in candidates)
    wide = any(not c.alternate and _is_wide(c.entry) for c in candidates)
    water = any(not c.alternate and _is_water(c.entry) for c in candidates)
    biggest = _biggest_town(candidates)
    parts = []
    for candidate in candidates:
        qualified = _qualified(candidate.entry, qualifiers)
        if water and not qualified and candidate.entry.kind in {"city", "region"}:
            continue  # a sea, ocean or river is never a town or county of its name, unless the text qualifies it
        base = _base_score(candidate)
        if state and (_is_small_town(candidate.entry) or (candidate.alternate and candidate.entry.feature == "county")):
            base -= NAMESAKE_PENALTY
        if not wide and _in_state(candidate, home) and not _is_minor(candidate, biggest):
            base += LEADING_STATE_BONUS
        parts.append((candidate, base, qualified))
    return parts


def _is_state(entry: Entry) -> bool:
    """A state or province of our own table. Not pycountry's subdivisions (many share a town's name: "Hanover",
    "Berlin"), nor countries (a town named like one is often meant in local news: "Poland", Ohio)."""
    return entry.kind == "region" and entry.feature is None and entry.admin1 is not None


def _kind_of(entry: Entry) -> tuple:
    """What a listed name shares with its neighbours: a country; a state of one country; a town of one country."""
    return ("country",) if entry.kind == "country" else (entry.kind, entry.feature, entry.country)


def _listed_with(text: str, toponyms: list[Toponym], groups: dict[tuple, list[int]]) -> dict[tuple, set[tuple]]:
    """For each name, the names written next to it in a list ("A, B and C"), by group key. Names met without a
    place label take no part."""
    key_of = {i: key for key, positions in groups.items() for i in positions}
    joins = [" ".join(text[here.end:after.start].split()) for here, after in zip(toponyms, toponyms[1:])]
    listed: dict[tuple, set[tuple]] = {key: set() for key in groups}
    for i, join in enumerate(joins):
        if i not in key_of or i + 1 not in key_of or "weak" in (toponyms[i].source, toponyms[i + 1].source):
            continue
        # a lone comma joins a list only of three or more ("Paris, Texas" is a town and its state)
        in_list = join in LIST_SEPARATORS and (join != "," or (i > 0 and joins[i - 1] in LIST_SEPARATORS)
                                               or (i + 1 < len(joins) and joins[i + 1] in LIST_SEPARATORS))
        if in_list and key_of[i] != key_of[i + 1]:
            listed[key_of[i]].add(key_of[i + 1])
            listed[key_of[i + 1]].add(key_of[i])
    return listed


def _is_water(entry: Entry) -> bool:
    """A sea, ocean, strait or river of our own table (kind "other" with no country; the European Union, also
    there, is never a town either)."""
    return entry.kind == "other" and entry.country is None


def _is_small_town(entry: Entry) -> bool:
    return entry.kind == "city" and entry.population < SMALL_TOWN_POPULATION and not entry.capital


def _is_wide(entry: Entry) -> bool:
    """A country, state or region: a name that may be one is weighed without the leading state's bonus."""
    return entry.kind == "country" or (entry.kind == "region" and entry.feature != "county")


def _state_reading(candidate: Candidate) -> tuple[str, str] | None:
    """The state a reading lies in, for the leading-state vote: a town under its main name, a county (also
    without the word "County"), or a state of our own table; other alternate names are noise ("USA" is one of
    a town's)."""
    entry = candidate.entry
    if not (entry.country and entry.admin1):
        return None
    if entry.feature == "county" or (not candidate.alternate and (entry.kind == "city" or _is_state(entry))):
        return entry.country, entry.admin1
    return None


def _leading_state(candidate_lists: list[list[Candidate]]) -> tuple[str, str] | None:
    """The state the most of the article's distinct names have a reading in, when at least MIN_STATE_VOTES have
    and no other state has as many."""
    votes: Counter = Counter()
    for candidates in candidate_lists:
        biggest = _biggest_town(candidates)
        votes.update({state for state in (_state_reading(c) for c in candidates if not _is_minor(c, biggest))
                      if state})
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < MIN_STATE_VOTES or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _not_a_word(name: str) -> bool:
    """A small town met without a place label votes for the leading state, and may stay, unless its name is one
    ordinary English word ("Spring", "Federal"; not "Rogersville", "Spring Hill")."""
    return " " in name or name.lower() not in read_words(COMMON_WORDS_FILE)


def _biggest_town(candidates: list[Candidate]) -> int:
    """The population of the biggest town or country a name (as a main name) may be."""
    return max((c.entry.population for c in candidates if c.entry.kind in {"city", "country"} and not c.alternate),
               default=0)


def _is_minor(candidate: Candidate, biggest: int) -> bool:
    """A town reading of a name far smaller than the biggest town of that name (see MINOR_NAMESAKE_RATIO)."""
    return candidate.entry.kind == "city" and candidate.entry.population * MINOR_NAMESAKE_RATIO < biggest


def _in_state(candidate: Candidate, state: tuple[str, str] | None) -> bool:
    return state is not None and _state_reading(candidate) == state


def _backed(entry: Entry, context: Context) -> bool:
    """A small town met without a place label stays only when the article names its state or a town nearby."""
    if entry.admin1 and context.states.get((entry.country, entry.admin1), 0) > 0:
        return True
    return entry.lat is not None and _nearest_km(entry.lat, entry.lon, context.points, within=NEAR_KM) <= NEAR_KM
