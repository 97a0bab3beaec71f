"""Scorer for the ``domain`` suite: whole diplomatic stories judged by name, as a reader would.

Rules (../shared/eval/README.md): an actor or place matches a gold one when its name or
one of its mention texts is one of the gold aliases (case and punctuation ignored).
Dates with a calendar value (a day, month or year) match by text (one contains the other); quotes when they
share at least half of the gold quote's words; events on type, then parties, place, date and modality.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

import pandas as pd

from pipeline.evaluate.matching import prf, ratio

QUOTE_MIN_WORDS = 4  # the guide's quotes are direct quotations of four words or more


def normalize(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w\s]", " ", text.lower())
    text = re.sub(r"^(the)\s+", "", text.strip())
    return " ".join(text.split())


def words(text: str | None) -> list[str]:
    return normalize(text).split()


def _by_article(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return {key: group for key, group in frame.groupby("article_id")} if len(frame) else {}


def _entity_names(entities: pd.DataFrame, mentions: pd.DataFrame, id_column: str) -> dict[str, set[str]]:
    """Each system entity's normalized name and mention texts."""
    names: dict[str, set[str]] = defaultdict(set)
    for row in entities.itertuples():
        names[getattr(row, id_column)].add(normalize(row.name))
    for row in mentions.itertuples():
        if row.entity_id in names:
            names[row.entity_id].add(normalize(row.text))
    return names


def score_entities(gold_entities: list[dict], entities: pd.DataFrame, mentions: pd.DataFrame,
                   id_column: str, counts: dict[str, int]) -> None:
    names = _entity_names(entities, mentions, id_column)
    countries = dict(zip(entities[id_column], entities["country"]))
    matched_system: set[str] = set()
    for gold in gold_entities:
        aliases = {normalize(alias) for alias in [gold["name"], *gold.get("aliases", [])]}
        hits = [entity_id for entity_id, forms in names.items() if forms & aliases]
        counts["gold"] += 1
        if hits:
            counts["gold_matched"] += 1
            counts["split"] += len(hits) > 1
            best = hits[0]
            counts["country_right"] += (countries.get(best) or None) == (gold.get("country") or None)
            matched_system.update(hits)
    counts["system"] += len(names)
    counts["system_matched"] += len(matched_system)


def _value_matches(system: str | None, gold: str | None) -> bool:
    if not system or not gold:
        return system == gold
    return system[: len(gold)] == gold and (len(system) == len(gold) or system[len(gold)] == "T")


def _named(table: pd.DataFrame) -> pd.DataFrame:
    """The rows whose ``named`` flag is not False (tables without the column keep every row)."""
    if "named" not in table:
        return table
    return table.loc[table["named"].map(lambda named: named is not False).astype(bool)]


def score(articles: list[dict], gold_by_id: dict[str, dict], tables: dict[str, pd.DataFrame]) -> dict[str, float]:
    mentions = tables["mentions"]
    # the guide counts named people, bodies and places only: not "the official", not a country that only
    # "Turkish officials" imply; events keep every place, since an event may happen in an implied one
    tables = {**tables, "actors": _named(tables["actors"]), "named_places": _named(tables["places"])}
    per_article = {name: _by_article(tables[name])
                   for name in ("actors", "places", "named_places", "dates", "quotes", "events")}
    actor_mentions = _by_article(mentions[mentions["kind"] == "actor"]) if len(mentions) else {}
    place_mentions = _by_article(mentions[mentions["kind"] == "place"]) if len(mentions) else {}
    empty = {name: pd.DataFrame(columns=tables[name].columns) for name in tables}

    actors: dict[str, int] = defaultdict(int)
    places: dict[str, int] = defaultdict(int)
    dates: dict[str, int] = defaultdict(int)
    quotes: dict[str, int] = defaultdict(int)
    events: dict[str, int] = defaultdict(int)

    for article in articles:
        article_id = article["id"]
        gold = gold_by_id.get(article_id, {})
        get = lambda name: per_article[name].get(article_id, empty[name])  # noqa: E731
        score_entities(gold.get("actors", []), get("actors"), actor_mentions.get(article_id, empty["mentions"]),
                       "actor_id", actors)
        score_entities(gold.get("places", []), get("named_places"), place_mentions.get(article_id, empty["mentions"]),
                       "place_id", places)
        _score_dates(gold.get("dates", []), get("dates"), dates)
        _score_quotes(gold, get("quotes"), quotes)
        _score_events(gold, get("events"), get("places"), events)

    figures: dict[str, float] = {}
    for name, counts in (("actors", actors), ("places", places)):
        figures.update({f"{name}_{k}": v for k, v in
                        prf(counts["system_matched"], counts["system"], counts["gold_matched"], counts["gold"]).items()})
        figures[f"{name}_country_accuracy"] = ratio(counts["country_right"], counts["gold_matched"])
        figures[f"{name}_split"] = ratio(counts["split"], counts["gold_matched"])
    for name, counts in (("dates", dates), ("quotes", quotes), ("events", events)):
        prefix = "events_type" if name == "events" else name
        figures.update({f"{prefix}_{k}": v for k, v in
                        prf(counts["matched"], counts["system"], counts["matched"], counts["gold"]).items()})
    figures["dates_value_accuracy"] = ratio(dates["value_right"], dates["matched"])
    figures["quotes_speaker_accuracy"] = ratio(quotes["speaker_right"], quotes["matched"])
    for aspect in ("parties", "place", "date", "modality"):
        figures[f"events_{aspect}_accuracy"] = ratio(events[f"{aspect}_right"], events["matched"])
    return figures


# a calendar day, month or year, optionally with a time: the only date values the guide counts (README: date rows
# whose value is anything else, such as a week "2025-W20" or a duration "P3Y", are left out)
CALENDAR_VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?(T.*)?")


def _is_calendar(value) -> bool:
    return isinstance(value, str) and CALENDAR_VALUE.fullmatch(value) is not None


def _score_dates(gold_dates: list[dict], system: pd.DataFrame, counts: dict[str, int]) -> None:
    candidates = [row for row in system.itertuples() if _is_calendar(row.value)]
    used: set[int] = set()
    counts["gold"] += len(gold_dates)
    counts["system"] += len(candidates)
    for gold in gold_dates:
        gold_text = normalize(gold["text"])
        for index, row in enumerate(candidates):
            text = normalize(row.text)
            if index not in used and text and gold_text and (gold_text in text or text in gold_text):
                used.add(index)
                counts["matched"] += 1
                counts["value_right"] += _value_matches(row.value, gold.get("value"))
                break


def _score_quotes(gold: dict, system: pd.DataFrame, counts: dict[str, int]) -> None:
    candidates = [row for row in system.itertuples() if row.direct and len(words(row.text)) >= QUOTE_MIN_WORDS]
    aliases_of = {normalize(actor["name"]): {normalize(a) for a in [actor["name"], *actor.get("aliases", [])]}
                  for actor in gold.get("actors", [])}
    used: set[int] = set()
    counts["gold"] += len(gold.get("quotes", []))
    counts["system"] += len(candidates)
    for quote in gold.get("quotes", []):
        gold_words = words(quote["text"])
        for index, row in enumerate(candidates):
            if index in used:
                continue
            shared = len(set(gold_words) & set(words(row.text)))
            if gold_words and shared * 2 >= len(set(gold_words)):
                used.add(index)
                counts["matched"] += 1
                speaker = normalize(quote.get("speaker"))
                names = aliases_of.get(speaker, {speaker})
                counts["speaker_right"] += (normalize(row.speaker) in names) if speaker else not row.speaker
                break


def _score_events(gold: dict, system: pd.DataFrame, places: pd.DataFrame, counts: dict[str, int]) -> None:
    place_names = dict(zip(places["place_id"], places["name"]))
    place_aliases = {normalize(p["name"]): {normalize(a) for a in [p["name"], *p.get("aliases", [])]}
                     for p in gold.get("places", [])}
    rows = list(system.itertuples())
    events = gold.get("events", [])
    counts["gold"] += len(events)
    counts["system"] += len(rows)
    for event, row in _pair_events(events, rows):
        gold_parties = set(event.get("source") or []) | set(event.get("target") or [])
        counts["matched"] += 1
        counts["parties_right"] += _parties(row) == gold_parties
        gold_place = normalize(event.get("place"))
        system_place = normalize(place_names.get(row.place_id)) if isinstance(row.place_id, str) else ""
        counts["place_right"] += (system_place in place_aliases.get(gold_place, {gold_place})) if gold_place \
            else not system_place
        counts["date_right"] += _value_matches(row.date if isinstance(row.date, str) else None, event.get("date"))
        counts["modality_right"] += row.modality == event.get("modality")


def _pair_events(events: list[dict], rows: list) -> list[tuple[dict, object]]:
    """Pairs of a gold event and a system event of the same type, each used once.

    Which same-type system event is "the same event" as a gold one: first the one whose sentence
    holds the gold trigger (at least half of its words), then the one sharing most parties; the
    pairs are chosen best first over the whole article, so an early gold event cannot take the
    system event a later one fits better. The number of pairs is that of same-type events on
    both sides, whatever the choice, so type P/R/F1 do not depend on it."""
    def fit(event: dict, row) -> tuple[int, int]:
        trigger = set(words(event.get("trigger")))
        sentence = set(words(getattr(row, "sentence", None)))
        in_sentence = bool(trigger) and 2 * len(trigger & sentence) >= len(trigger)
        gold_parties = set(event.get("source") or []) | set(event.get("target") or [])
        return int(in_sentence), len(gold_parties & _parties(row))

    candidates = sorted(((fit(event, row), g, r) for g, event in enumerate(events)
                         for r, row in enumerate(rows) if row.type == event["type"]),
                        key=lambda item: (-item[0][0], -item[0][1], item[1], item[2]))
    used_gold: set[int] = set()
    used_rows: set[int] = set()
    pairs = []
    for _, g, r in candidates:
        if g not in used_gold and r not in used_rows:
            used_gold.add(g)
            used_rows.add(r)
            pairs.append((g, r))
    return [(events[g], rows[r]) for g, r in sorted(pairs)]


def _parties(row) -> set[str]:
    return set(row.source_countries if row.source_countries is not None else []) | set(
        row.target_countries if row.target_countries is not None else [])
