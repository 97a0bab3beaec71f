"""Resolving party phrases to actors and countries (pipeline.stages.events.parties)."""
from __future__ import annotations

import pytest

from events_stage_docs import _placed, _stage_on


def test_events_party_named_only_in_a_modifier_is_the_whole_phrase(base_nlp):
    text = "A Swiss court rejected the Croatian government's request."
    doc = _placed(base_nlp, text, {"Croatian": "Croatia"}, create_party_actors=True)
    (event,) = doc._.events
    actors = {actor.actor_id: actor for actor in doc._.actors}
    (target,) = event.target_ids
    assert (actors[target].named, [m.text for m in doc._.actor_mentions if m.entity_id == target]) == (
        False, ["the Croatian government's request"])


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
    # a party named by how it stands to a country is not of that country ...
    ("Norway's closest ally condemned the missile test.", [("ACCUSE", [])]),
    ("Chile's neighbours signed a fisheries pact.", [("AGREE", [])]),
    ("Peru's rivals denounced the election.", []),
    # ... while the country's own bodies and people are
    ("Norway's foreign minister condemned the missile test.", [("ACCUSE", ["NOR"])]),
    ("The Chilean ally condemned the missile test.", [("ACCUSE", ["CHL"])]),
])
def test_events_relation_noun_is_not_its_owners_party(code, text, expected):
    assert [(e.type, e.source_countries) for e in code(text)._.events] == expected


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
