"""Coding one trigger: parties, modality, place (pipeline.stages.events.coding)."""
from __future__ import annotations

import pytest

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


def test_events_ids_exist_and_record_fields(code):
    doc = code("Turkish troops shelled Syrian army positions on Monday.")
    ids = {actor.actor_id for actor in doc._.actors} | {place.place_id for place in doc._.places or []}
    (event,) = doc._.events
    assert set(event.source_ids + event.target_ids) <= ids
    assert doc.text[event.trigger_start:event.trigger_end] == event.trigger == "shelled"
    assert doc.text[event.sentence_start:event.sentence_end] == event.sentence
    assert (event.cameo, event.quad_class) == ("19", 4)


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
    # a "when" clause tells where the act itself took place, which stands for whom it hit
    ("Two gunmen from Somalia killed nine people when they stormed a hotel in Nairobi.", ("ASSAULT", {"SOM"}, {"KEN"})),
    ("A Chadian militia killed 14 villagers when it raided a market in Cameroon.", ("ASSAULT", {"TCD"}, {"CMR"})),
])
def test_events_scene_of_the_act_in_a_when_clause(code, text, expected):
    event = next(e for e in code(text)._.events if e.type == expected[0])
    assert (event.type, set(event.source_countries), set(event.target_countries)) == expected
