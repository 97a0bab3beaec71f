"""Speakers resolved to actors: names, pronouns, descriptions (pipeline/stages/quotes/speakers.py)."""
from __future__ import annotations

import pytest

from pipeline.stages.quotes.speaker_words import is_description


def test_quotes_relative_pronoun_speaker_names_the_antecedent(quotes_of):
    doc, quotes = quotes_of("The crowd cheered Marc Morial, who said that voting was a duty for every citizen.")
    assert [(q.text, doc.text[q.speaker_start:q.speaker_end]) for q in quotes] == [
        ("that voting was a duty for every citizen", "who")]
    morial = {m.entity_id for m in doc._.actor_mentions if "Morial" in m.text}
    assert "Morial" in quotes[0].speaker and quotes[0].speaker_id in morial


def test_quotes_pronoun_speaker_resolves_to_the_actor(quotes_of):
    text = "Dmitry Peskov spoke to journalists in Moscow. “We are ready for talks,” he said."
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert doc.text[direct[0].speaker_start:direct[0].speaker_end] == "he"
    peskov = [m.entity_id for m in doc._.actor_mentions if "Peskov" in m.text]
    assert peskov and direct[0].speaker_id == peskov[0]


@pytest.mark.parametrize("text, named, description", [
    ("Dmitry Peskov spoke in Moscow on Monday. The spokesman said the talks would resume in Geneva.",
     "Peskov", "The spokesman"),
    ("India's Ministry of Defence issued a statement on Monday. The ministry said the strikes were precise.",
     "Ministry of Defence", "The ministry"),
])
def test_quotes_description_speaker_resolves_to_the_actor(quotes_of, text, named, description):
    doc, quotes = quotes_of(text)
    actor_ids = {m.entity_id for m in doc._.actor_mentions if named in m.text}
    assert [doc.text[q.speaker_start:q.speaker_end] for q in quotes] == [description]
    assert actor_ids and quotes[0].speaker_id in actor_ids


@pytest.mark.parametrize("text, named", [
    ("Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.\n\n"
     "“The deal is no longer in force for now,” the Kremlin official said.", "Dmitry Peskov"),
    ("Chinese Foreign Minister Wang Yi arrived in Jakarta on Friday. "
     "“Our two countries share a common future,” the Chinese diplomat told reporters.", "Wang Yi"),
    ("Foreign Minister Sergei Lavrov met his Turkish counterpart in Ankara on Tuesday. "
     "“We will not accept these terms at all,” the Russian minister said.", "Sergei Lavrov"),
])
def test_quotes_description_with_a_name_inside_resolves_to_the_person_named_before(quotes_of, text, named):
    doc, quotes = quotes_of(text)
    actor_ids = {m.entity_id for m in doc._.actor_mentions if m.text.endswith(named)}
    assert [q.direct for q in quotes] == [True]
    assert actor_ids and quotes[0].speaker_id in actor_ids


@pytest.mark.parametrize("text, expected", [
    ("the Kremlin official", True),
    ("a senior diplomat", True),
    ("The ministry", True),
    ("Dmitry Peskov", False),
    ("the Kremlin", False),
    ("official", False),
])
def test_quotes_is_description(text, expected):
    assert is_description(text) is expected


def test_quotes_unknown_description_keeps_its_own_words(quotes_of):
    doc, quotes = quotes_of("Sources close to the talks said a deal was near.")
    assert [(q.speaker, q.speaker_id) for q in quotes] == [("Sources close to the talks", None)]


def direct_speaker(quotes_of, text):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert len(direct) == 1
    return doc.text[direct[0].speaker_start:direct[0].speaker_end], direct[0].speaker


@pytest.mark.parametrize("text, span, speaker", [
    # a role used as a description: the person named before who holds it
    ("Principal Deputy Spokesman Ravi Mendes briefed reporters on Monday. “We continue to support a settlement "
     "that ends this conflict,” the Principal Deputy Spokesman said.", "the Principal Deputy Spokesman", "Ravi Mendes"),
    ("Foreign Secretary David Lammy visited Kyiv on Monday. “Britain stands with Ukraine for as long as it takes,” "
     "the Foreign Secretary told reporters.", "the Foreign Secretary", "David Lammy"),
    # ... also when the name was set after the role between commas
    ("The Principal Deputy Spokesman of the Chilean government, Pablo Vera, spoke late on Monday. “The talks will "
     "continue next week in Lima,” the Principal Deputy Spokesman said.", "the Principal Deputy Spokesman",
     "Pablo Vera"),
])
def test_quotes_role_description_resolves_to_its_holder(quotes_of, text, span, speaker):
    assert direct_speaker(quotes_of, text) == (span, speaker)


@pytest.mark.parametrize("text, span, speaker", [
    # a document speaks for whoever issued it
    ("Japan's Foreign Ministry issued a statement on the talks. “Both sides agreed to strengthen cooperation in "
     "the region,” the statement read.", "the statement", "Japan's Foreign Ministry"),
    ("The Indian Ministry of External Affairs released a readout of the call. According to the readout, “the two "
     "sides discussed trade and security in the Indo-Pacific.”", "the readout", "Indian Ministry of External Affairs"),
    # ... also when the document names its issuer itself, with no one named before
    ("A readout from the Chilean Foreign Ministry said “both leaders agreed to meet again in April”.", "A readout",
     "Chilean Foreign Ministry"),
    ("A statement by the Norwegian government said “the talks in Oslo were frank and useful”.", "A statement",
     "the Norwegian government"),
])
def test_quotes_document_speaker_resolves_to_its_issuer(quotes_of, text, span, speaker):
    assert direct_speaker(quotes_of, text) == (span, speaker)


@pytest.mark.parametrize("text, span, speaker", [
    # a medium that quotes someone: the one quoted speaks
    ("Iran's foreign minister Abbas Araghchi spoke on state television. “We are ready for fair negotiations with "
     "Washington,” state TV quoted him as saying.", "him", "Abbas Araghchi"),
    ("Reuters quoted Abbas Araghchi as saying: “We are ready for fair negotiations with Washington.”",
     "Abbas Araghchi", "Abbas Araghchi"),
])
def test_quotes_quoted_as_saying_names_the_one_quoted(quotes_of, text, span, speaker):
    assert direct_speaker(quotes_of, text) == (span, speaker)


def test_quotes_description_with_a_country_never_takes_someone_of_another(quotes_of):
    text = ("Chinese Foreign Minister Wang Yi met his counterpart Lavrov in Beijing. “We discussed the situation "
            "in detail with our friends,” the Russian minister said.")
    span, speaker = direct_speaker(quotes_of, text)
    assert span == "the Russian minister" and speaker != "Wang Yi"


@pytest.mark.parametrize("text, span", [
    # a medium passing on someone's words, "citing" or "quoting" them: the one cited speaks
    ("“We are ready for fair negotiations with Washington,” state TV reported, citing Abbas Araghchi.",
     "Abbas Araghchi"),
    ("“Both sides showed goodwill in the talks with the Omani side,” the agency said, quoting a senior official.",
     "a senior official"),
])
def test_quotes_medium_citing_someone_gives_the_one_cited(quotes_of, text, span):
    assert direct_speaker(quotes_of, text)[0] == span


@pytest.mark.parametrize("text, content, speaker", [
    # a participle describing a noun: the noun speaks
    ("The ministry issued a statement saying that the border would stay closed until May.",
     "that the border would stay closed until May", "a statement"),
    # a participle after a preposition: the subject of the verb the preposition hangs on
    ("Senator Ruth Alder ended her speech by saying that the bill would pass next week.",
     "that the bill would pass next week", "Senator Ruth Alder"),
    ("The mayor opened the meeting after noting that the budget was short by two million.",
     "that the budget was short by two million", "The mayor"),
])
def test_quotes_participle_cue_speaker(quotes_of, text, content, speaker):
    doc, quotes = quotes_of(text)
    assert [(q.text, doc.text[q.speaker_start:q.speaker_end]) for q in quotes] == [(content, speaker)]
