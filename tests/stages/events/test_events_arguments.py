"""Party heads around a trigger (pipeline.stages.events.arguments)."""
from __future__ import annotations

import pytest

from events_stage_docs import _doc


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
    # an active verb's "by X" after its object is the object's author, whom the act bears on
    ("Norway rejected the charges by Sweden.", ("REJECT", {"NOR"}, {"SWE"})),
    ("Chile condemned the attack by Peruvian troops.", ("ACCUSE", {"CHL"}, {"PER"})),
    # a date after "by" names no party
    ("Norway will close the border by Friday.", ("SANCTION", {"NOR"}, set())),
])
def test_events_by_phrase_on_an_active_verb_is_its_objects_author(code, text, expected):
    event = code(text)._.events[0]
    assert (event.type, set(event.source_countries), set(event.target_countries)) == expected


@pytest.mark.parametrize("text, expected", [
    # a counterpart owned by a pronoun is another party, named by its own country
    ("The Chilean president congratulated his Peruvian counterpart on his re-election.",
     ("SUPPORT", {"CHL"}, {"PER"})),
    # a force owned by a pronoun is the source's own
    ("Chile withdrew its troops from Peru.", ("RETREAT", {"CHL"}, {"PER"})),
])
def test_events_counterpart_is_not_the_sources_own(code, text, expected):
    event = code(text)._.events[0]
    assert (event.type, set(event.source_countries), set(event.target_countries)) == expected
