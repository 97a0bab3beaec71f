"""Trigger words and rules (pipeline.stages.events.triggers)."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.stages.events.triggers import could_trigger, match_rule, trigger_candidates

from events_stage_docs import _doc


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


@pytest.mark.parametrize("text", [
    "The weather in Paris was sunny on Tuesday.",
    "The museum opened a new exhibition about ancient Egypt.",
    "Heavy rain fell across northern Germany.",
    "She attended a cooking class in Rome.",
    "The minister called the plan a mistake.",
])
def test_events_no_event(code, text):
    assert code(text)._.events == []


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
    # a feeling expressed at a party is an event of the kind the CAMEO dictionary's "express X" patterns give it
    ("Chile expressed outrage at Peru's new fishing rules.", [("ACCUSE", ["CHL"], ["PER"])]),
    ("Norway voiced concern over Swedish troop movements.", [("ACCUSE", ["NOR"], ["SWE"])]),
    ("Chile conveyed its condolences to Peru.", [("SUPPORT", ["CHL"], ["PER"])]),
    ("Norway expressed gratitude to Sweden for its help.", [("SUPPORT", ["NOR"], ["SWE"])]),
    # aimed at no party, it is no interaction
    ("Chile expressed fears of a wider war.", []),
    # only as what a verb of expressing expresses: a concern one has is no event
    ("Chile's concern about Peru grew.", []),
])
def test_events_expressed_feeling_is_an_event(code, text, expected):
    assert [(e.type, e.source_countries, e.target_countries) for e in code(text)._.events] == expected


@pytest.mark.parametrize("text, expected", [
    # the noun of a verb the lexicon codes is the same event, with its parties in the noun phrase
    ("Chile's recognition of Kosovo angered Serbia.", [("SUPPORT", ["CHL"], ["XKX"])]),
    ("Norway's expulsion of two Swedish diplomats surprised many.", [("SANCTION", ["NOR"], ["SWE"])]),
    # a belief is no act
    ("The Chilean minister repeated his firm conviction about the plan.", []),
])
def test_events_noun_of_a_coded_verb_is_an_event(code, text, expected):
    assert [(e.type, e.source_countries, e.target_countries) for e in code(text)._.events] == expected


@pytest.mark.parametrize("text, expected", [
    # "meet" someone is a meeting ...
    ("Chile's foreign minister met Peru's president in Lima.", [("CONSULT", {"CHL", "PER"}, set())]),
    # ... meeting what someone asks is yielding to it
    ("Norway met all of Sweden's conditions.", [("CONCEDE", {"NOR"}, {"SWE"})]),
    # ... and a deadline or a target met is no event between parties
    ("Norway met the deadline.", []),
])
def test_events_meet_someone_or_something(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events] == expected
