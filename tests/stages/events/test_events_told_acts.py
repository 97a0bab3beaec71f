"""A reaction aimed at an act an earlier sentence told by a verb, another stance told by another verb, and a
refusal asked for inside a request (pipeline.stages.events.merging, extraction, selection)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.stages.events.triggers import said_to_be


@pytest.mark.parametrize("text, expected", [
    # the reaction's definite object is the noun of an earlier verb: aimed at that verb's subject
    ("Norway began dumping waste into the sea on Monday. Denmark called the dumping an irresponsible act.",
     ("ACCUSE", {"DNK"}, {"NOR"})),
    ("Norway tested a new missile on Monday. Sweden condemned the test.", ("ACCUSE", {"SWE"}, {"NOR"})),
    # "against" / "over" the act
    ("Norway began releasing the water on Monday. Protesters in Denmark rallied against the release.",
     ("PROTEST", {"DNK"}, {"NOR"})),
    # the noun the CAMEO lexicon derives from the verb ("expulsion" from "expel")
    ("Norway expelled two Russian diplomats on Monday. Moscow condemned the expulsion.", ("ACCUSE", {"RUS"}, {"NOR"})),
    ("Norway seized a Russian ship on Monday. Moscow protested against the seizure.", ("ACCUSE", {"RUS"}, {"NOR"})),
    # no earlier verb of that word: no target
    ("Norway built a dam on Monday. Sweden condemned the test.", ("ACCUSE", {"SWE"}, set())),
    # the reaction's own side is no target
    ("Sweden tested a new missile on Monday. Sweden praised the test.", ("SUPPORT", {"SWE"}, set())),
])
def test_events_reaction_aimed_at_an_act_told_by_a_verb(code, text, expected):
    last = code(text)._.events[-1]
    assert (last.type, set(last.source_countries), set(last.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # another verb in a later sentence: another act of the same parties
    ("Denmark condemned Norway on Monday. Denmark summoned the Norwegian ambassador.", ["ACCUSE", "ACCUSE"]),
    # the same verb again, or a noun, retells the first
    ("Denmark condemned Norway on Monday. Denmark condemned Norway again.", ["ACCUSE"]),
    ("Denmark condemned Norway on Monday. Denmark's condemnation of Norway was sharp.", ["ACCUSE"]),
])
def test_events_another_stance_is_another_event(code, text, expected):
    assert [e.type for e in code(text)._.events] == expected


@pytest.mark.parametrize("text, expected", [
    # a refusal asked for is part of the request
    ("Ruritania demanded that its allies refuse to recognize Osterlich.", ["REQUEST"]),
    ("Norway urged Sweden to refuse to meet the Russian envoy.", ["REQUEST"]),
    # a refusal of one's own is the negated event
    ("Sweden refused to meet the Russian envoy.", ["CONSULT"]),
])
def test_events_refusal_asked_for_is_part_of_the_request(code, text, expected):
    assert [e.type for e in code(text)._.events] == expected


@pytest.mark.parametrize("text, expected", [
    # "the news" is what the story leads with, not its latest event of that kind
    ("Armenia and Azerbaijan agreed on a peace treaty on Thursday. Azerbaijan agreed to a deal with Georgia on "
     "Friday. The European Union welcomed the news.", ("SUPPORT", {"EU"}, {"ARM", "AZE"})),
    # "the decision" is the latest
    ("Norway imposed sanctions on Ruritania. Sweden imposed sanctions on Russia. Moscow condemned the decision.",
     ("ACCUSE", {"RUS"}, {"SWE"})),
])
def test_events_the_news_is_the_lead_event(code, text, expected):
    last = code(text)._.events[-1]
    assert (last.type, set(last.source_countries), set(last.target_countries)) == expected


# "Sweden said that the step was illegal": the subject hung on the adjective, or (as the parse sometimes does) on
# the auxiliary "was"; words, heads, deps, pos
SAID_TO_BE_PARSES = [
    (["Sweden", "said", "that", "the", "step", "was", "illegal"], [1, 1, 6, 4, 6, 6, 1],
     ["nsubj", "ROOT", "mark", "det", "nsubj", "auxpass", "ccomp"], ["PROPN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "ADJ"]),
    (["Sweden", "said", "that", "the", "step", "was", "illegal"], [1, 1, 6, 4, 5, 6, 1],
     ["nsubj", "ROOT", "mark", "det", "nsubj", "auxpass", "ccomp"], ["PROPN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "ADJ"]),
]


@pytest.mark.parametrize("words, heads, deps, pos", SAID_TO_BE_PARSES)
def test_events_said_to_be_finds_the_subject_on_be(words, heads, deps, pos):
    lemmas = [w.lower() if w != "was" else "be" for w in words]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert [(subject.text, [w.text for w in judged]) for subject, judged in said_to_be(doc[1])] == [
        ("step", ["illegal"])]


@pytest.mark.parametrize("text, expected", [
    # an event joined to a complement event shares its governor: both are what is asked or threatened
    ("Norway called on the Swedish government to allow the ship to dock and allow the crew to leave.", ["REQUEST"]),
    ("Norway urged Sweden to free the prisoners and lift the curfew.", ["REQUEST"]),
    # joined to an event of its own, it is an event of its own
    ("India recalled its ambassador and expelled Pakistani diplomats.", ["SANCTION", "SANCTION"]),
])
def test_events_joined_to_a_requested_event_is_requested_too(code, text, expected):
    assert [e.type for e in code(text)._.events] == expected


@pytest.mark.parametrize("text, expected", [
    # what lies ahead of the subject, or befalls it, is no event it did or that happened
    ("Iran faces new sanctions from the European Union.", []),
    ("Belarus faced fresh sanctions after the vote.", []),
    # imposed, it is one
    ("The European Union imposed new sanctions on Iran.", ["SANCTION"]),
])
def test_events_faced_is_no_event(code, text, expected):
    assert [e.type for e in code(text)._.events] == expected


@pytest.mark.parametrize("text, expected", [
    # "unable to X", "unwilling to X": X did not happen
    ("Norway was unable to send aid to Sudan.", [("AID", "negated")]),
    ("Sweden is unwilling to hold talks with Norway.", [("CONSULT", "negated")]),
    ("Norway was able to send aid to Sudan.", [("AID", "asserted")]),
])
def test_events_unable_to_is_negated(code, text, expected):
    assert [(e.type, e.modality) for e in code(text)._.events] == expected
