"""People and bodies NER found (``pipeline.stages.actors.ner_names``): places and things are no actors."""
from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from pipeline.stages.actors import ActorStage


def test_actors_person_tagged_as_body_with_a_title_appositive(run_actors):
    doc = run_actors("But Al-Nour Tbarek, an adviser to Mohamed Hamdan Dagalo, dismissed the move.",
                     published=dt.date(2025, 1, 8))
    found = [(a.type, a.country) for a in doc._.actors if a.name == "Al-Nour Tbarek"]
    assert found == [("person", "SDN")]


def test_actors_possessor_body_gives_its_country(run_actors):
    doc = run_actors("Pakistan Army’s Eastern Corps said the drills ended.", published=dt.date(2025, 1, 8))
    assert [a.country for a in doc._.actors if a.name == "Eastern Corps"] == ["PAK"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels advanced towards Bukavu overnight.", "Bukavu"),  # a city after a preposition of place
        ("Troops withdrew from Nagorno-Karabakh in 2023.", "Nagorno-Karabakh"),  # a region tagged as a body
        ("Nagorno-Karabakh held elections.", "Nagorno-Karabakh"),
    ],
)
def test_actors_place_tagged_as_person_or_body_is_no_actor(run_actors, text, place):
    doc = run_actors(text, published=dt.date(2024, 3, 1))
    assert not [m for m in doc._.actor_mentions if place in m.text]


# hand-built parses: (words, tags, heads, deps, the PERSON entity's token span, whether it stays a person)
THE_NAME_CASES = [
    ("a strait after 'the'", ["Tankers", "crossed", "the", "Varnessa", "."], ["NNS", "VBD", "DT", "NNP", "."],
     [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"], (3, 4), False),
    ("a name without an article", ["Officials", "met", "Varnessa", "."], ["NNS", "VBD", "NNP", "."],
     [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"], (2, 3), True),
    ("a name modifying a noun", ["the", "Varnessa", "government", "fell", "."], ["DT", "NNP", "NN", "VBD", "."],
     [2, 2, 3, 3, 3], ["det", "compound", "nsubj", "ROOT", "punct"], (1, 2), True),
    ("a family", ["Officials", "met", "the", "Varnessas", "."], ["NNS", "VBD", "DT", "NNPS", "."],
     [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"], (3, 4), True),
]


@pytest.mark.parametrize("label, words, tags, heads, deps, span, person", THE_NAME_CASES,
                         ids=[case[0] for case in THE_NAME_CASES])
def test_actors_name_after_the_is_not_a_person(base_nlp, label, words, tags, heads, deps, span, person):
    pos = {"NNS": "NOUN", "NN": "NOUN", "VBD": "VERB", "DT": "DET", "NNP": "PROPN", "NNPS": "PROPN", ".": "PUNCT"}
    doc = Doc(base_nlp.vocab, words=words, tags=tags, pos=[pos[t] for t in tags], heads=heads, deps=deps,
              ents=["O"] * span[0] + ["B-PERSON"] + ["O"] * (len(words) - span[1]))
    doc._.published = dt.date(2025, 1, 15)
    doc = ActorStage(base_nlp)(doc)
    assert any(a.type == "person" and "Varnessa" in a.name for a in doc._.actors) is person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("WhatsApp messages showed the plan.", "WhatsApp"),
        ("Amazon warehouses closed on Monday.", "Amazon"),
        ("Panamanian Immigration inspectors checked the bus.", "Panamanian Immigration inspectors"),
    ],
)
def test_actors_name_takes_the_noun_it_modifies_only_when_an_agent(run_actors, text, name):
    assert name in {a.name for a in run_actors(text)._.actors}


# hand-built parses: a name before a lower-case word for a division of a country is that place, not a person
# (words, heads, deps, the PERSON entity's token span, whether it stays an actor)
ADMIN_WORD_CASES = [
    ("a city's region", ["Troops", "left", "the", "Luhansk", "region", "."],
     [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "det", "compound", "dobj", "punct"], (3, 4), False),
    ("the second of two names before a plural", ["Troops", "left", "the", "Sumy", "and", "Luhansk", "regions", "."],
     [1, 1, 6, 6, 3, 3, 1, 1], ["nsubj", "ROOT", "det", "nmod", "cc", "conj", "dobj", "punct"], (5, 6), False),
    ("the first of two names before a plural", ["Troops", "left", "the", "Luhansk", "and", "Sumy", "regions", "."],
     [1, 1, 6, 6, 3, 3, 1, 1], ["nsubj", "ROOT", "det", "nmod", "cc", "conj", "dobj", "punct"], (3, 4), False),
    # no person's name stands before "region": a name tagged as a person is a place the gazetteer may lack
    ("a name no gazetteer knows", ["Troops", "left", "the", "Varnessa", "region", "."],
     [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "det", "compound", "dobj", "punct"], (3, 4), False),
    ("a place's name before another noun", ["Troops", "met", "Luhansk", "officials", "."],
     [1, 1, 3, 1, 1], ["nsubj", "ROOT", "compound", "dobj", "punct"], (2, 3), True),
]


@pytest.mark.parametrize("label, words, heads, deps, span, actor", ADMIN_WORD_CASES,
                         ids=[case[0] for case in ADMIN_WORD_CASES])
def test_actors_name_before_a_division_word_is_a_place(base_nlp, label, words, heads, deps, span, actor):
    tags = ["NNP" if w[:1].isupper() and i else ("NNS" if w.endswith("s") else "NN") for i, w in enumerate(words)]
    tags = [{".": ".", "the": "DT", "and": "CC", "left": "VBD", "met": "VBD"}.get(w, t) for w, t in zip(words, tags)]
    pos = {"NNS": "NOUN", "NN": "NOUN", "VBD": "VERB", "DT": "DET", "NNP": "PROPN", "CC": "CCONJ", ".": "PUNCT"}
    doc = Doc(base_nlp.vocab, words=words, tags=tags, pos=[pos[t] for t in tags], heads=heads, deps=deps,
              ents=["O"] * span[0] + ["B-PERSON"] + ["O"] * (len(words) - span[1]))
    doc._.published = dt.date(2025, 1, 15)
    doc = ActorStage(base_nlp)(doc)
    assert any(words[span[0]] in a.name for a in doc._.actors) is actor


# (words, POS, the ORG entity's token span, the named actors expected)
RUN_ON_CASES = [
    ("a description NER ran into a preposition", ["issued", "by", "the", "ministry", "on", "Sunday"],
     ["VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"], (2, 5), []),
    ("a name NER ran into a preposition", ["issued", "by", "the", "Varnessa", "Council", "on", "Sunday"],
     ["VERB", "ADP", "DET", "PROPN", "PROPN", "ADP", "PROPN"], (2, 6), ["Varnessa Council"]),
]


@pytest.mark.parametrize("label, words, pos, span, named", RUN_ON_CASES, ids=[case[0] for case in RUN_ON_CASES])
def test_actors_organisation_without_trailing_function_words(base_nlp, label, words, pos, span, named):
    doc = Doc(base_nlp.vocab, words=words, pos=pos,
              ents=["O"] * span[0] + ["B-ORG"] + ["I-ORG"] * (span[1] - span[0] - 1) + ["O"] * (len(words) - span[1]))
    doc._.published = dt.date(2025, 1, 15)
    doc = ActorStage(base_nlp)(doc)
    assert [a.name for a in doc._.actors if a.named] == named
