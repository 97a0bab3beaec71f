"""Speakers of patterns the DEV rules were not grown on (issue 19): a medium passing on someone's words,
occasions of speech, and pronouns that never stand for a name inside the speaker's own quoted words."""
from __future__ import annotations

import pytest


def direct_speakers(quotes_of, text: str) -> list[tuple[str | None, str | None]]:
    doc, quotes = quotes_of(text)
    return [(q.speaker, doc.text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None)
            for q in quotes if q.direct]


@pytest.mark.parametrize("text, speaker", [
    # "X quoted Y saying": the one quoted speaks, not the medium that quotes
    ("The Kestrel Times quoted Senator Hana Vos saying “this bill will not pass the Senate this year.”", "Vos"),
    ("State radio quoted Defence Minister Karl Oden saying “the drills will go on until the end of May.”", "Oden"),
    ("Al Noor TV cited Foreign Minister Tomas Brekke as saying “the talks will resume next week in Geneva.”",
     "Brekke"),
    ("Foreign Minister Tomas Brekke was cited by Al Noor TV as saying “the talks will resume next week.”",
     "Brekke"),
])
def test_quotes_medium_quoting_someone_gives_their_name(quotes_of, text, speaker):
    assert [speaker in (name or "") for name, _ in direct_speakers(quotes_of, text)] == [True]


@pytest.mark.parametrize("text, speaker, span", [
    # "according to <medium>, he said “...”": the medium passes on his words, the quotation is his
    ("Defence Minister Karl Oden visited the base on Friday. According to state media, he said "
     "“the drills will continue until the end of the month.”", "Oden", "he"),
    ("Defence Minister Karl Oden visited the base. According to the state news agency, he said the drills "
     "would be “the largest in the history of our navy.”", "Oden", "he"),
])
def test_quotes_according_to_a_medium_gives_the_inner_speaker(quotes_of, text, speaker, span):
    assert [(speaker in (name or ""), found) for name, found in direct_speakers(quotes_of, text)] == [(True, span)]


@pytest.mark.parametrize("text, speaker", [
    # a pronoun or a document never stands for a name inside the quoted words it introduces
    ("Senator Hana Vos toured the flooded towns on Monday. “Mayor Tom Hale has failed these families for "
     "years,” she said.", "Vos"),
    ("The Ministry of Foreign Affairs of Norland issued a statement on Monday. “Norland will not accept any "
     "change to the border by force,” the statement said.", "Ministry"),
])
def test_quotes_speaker_is_never_named_inside_its_own_quote(quotes_of, text, speaker):
    assert [speaker in (name or "") for name, _ in direct_speakers(quotes_of, text)] == [True]


@pytest.mark.parametrize("text, span", [
    # an occasion of speech ("a news conference announcing ...") is where someone speaks, not who
    ("Lena Marsh ran the department for a decade. She said at a recent news conference announcing that her "
     "department was suing the company over its new fees.", "She"),
    ("Governor Paul Anders spoke for an hour. He appeared at a rally in Dover on Sunday, saying that the state "
     "budget was balanced.", "He"),
])
def test_quotes_occasion_of_speech_gives_the_one_speaking(quotes_of, text, span):
    doc, quotes = quotes_of(text)
    assert [doc.text[q.speaker_start:q.speaker_end] for q in quotes if not q.direct] == [span]


@pytest.mark.parametrize("text, speaker", [
    # a document speaks for whoever issued, posted or released it
    ("Senator Hana Vos posted a message on Twitter reading “we will not give up on these families.”", "Vos"),
    ("The Norland foreign ministry issued a statement on Monday saying that the attack was a grave violation "
     "of international law.", "Norland foreign ministry"),
    ("Governor Paul Anders is releasing a new radio ad that urges voters to back the school bond.", "Anders"),
    ("The Norland foreign ministry issued a statement on Monday. “The attack was a grave violation of "
     "international law,” the statement said.", "Norland foreign ministry"),
])
def test_quotes_document_speaks_for_its_issuer(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    assert quotes and all(speaker in (q.speaker or "") for q in quotes)


@pytest.mark.parametrize("text, speaker", [
    # "it" stands for one body, never for a plural group named before it
    ("About two hundred protesters gathered outside the Kestrel Herald on Monday after it said the mayor "
     "should resign.", "Kestrel Herald"),
    ("Hundreds of farmers marched to the offices of the Norland Grain Board. It said on Monday that prices "
     "would rise.", "Norland Grain Board"),
])
def test_quotes_it_never_stands_for_a_plural_group(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a wire dateline the parse takes for the subject names where the story was filed, not who speaks
    ("VARNA (Reuters) - Bulgaria said on Monday it would reopen two border crossings with Turkey.", "Bulgaria"),
    ("VARNA (AP) — Bulgaria said on Monday it would reopen two crossings.", "Bulgaria"),
    ("ODESA (Reuters) - Ukraine said on Monday it would reopen three ports.", "Ukraine"),  # nor its agency
    ("Ports reopen\nVARNA — Foreign Minister Elena Petrova said on Monday the ports would reopen soon.", "Petrova"),
    ("VARNA, March 3 (AP) - Elena Petrova, the foreign minister, said the ports would reopen in May.", "Petrova"),
])
def test_quotes_dateline_place_is_no_speaker(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    assert [speaker in (q.speaker or "") for q in quotes] == [True]


@pytest.mark.parametrize("text, speaker", [
    # a quotation a verb of wanting or backing governs inside reported speech is the reporter's words
    ("Minister Ana Ruiz said Chile wanted “a fair deal for both of our peoples.”", "Ruiz"),
    ("Spokesperson Tomas Brekke said the United States supported “every effort to build trust between them.”",
     "Brekke"),
    # ... but one a verb of speech governs is the inner speaker's
    ("Senator Hana Vos said the Varnessan envoy had promised that “the sanctions would be lifted within a month.”",
     "envoy"),
])
def test_quotes_quotation_inside_reported_speech_speaker(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert len(direct) == 1 and speaker in doc.text[direct[0].speaker_start:direct[0].speaker_end]


@pytest.mark.parametrize("text, content", [
    # a reported content starts after a wire dateline the parse took into it
    ("VARNA, June 12 (Reuters) - Bulgarian and Greek negotiators failed to agree on a plan, the ministry said.",
     "Bulgarian and Greek negotiators failed to agree on a plan"),
    ("Ports reopen\n\nVARNA (AP) — The ports will reopen on Monday, officials said.", "The ports will reopen on Monday"),
])
def test_quotes_content_starts_after_the_dateline(quotes_of, text, content):
    _, quotes = quotes_of(text)
    assert [q.text for q in quotes] == [content]


@pytest.mark.parametrize("text, speaker", [
    # "the spokesperson" is no one the article names in another office ...
    ("Foreign Minister Ana Ruiz met the envoys on Monday, the Varnessan Foreign Ministry said. Asked whether Ruiz "
     "would travel to Lima, the spokesperson said: “We will keep you informed of any plans.”",
     "Varnessan Foreign Ministry"),
    # ... but the spokesperson named before
    ("Ministry spokesperson Tomas Vela spoke to reporters on Monday. Asked about the talks, the spokesperson said: "
     "“We will keep you informed of any plans.”", "Tomas Vela"),
])
def test_quotes_spokesperson_is_no_other_office_holder(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert len(direct) == 1 and speaker in (direct[0].speaker or "")


@pytest.mark.parametrize("text, speaker", [
    # a news medium described stands only for a medium named before, never for the government named nearest it
    ("The Chilean Foreign Ministry recalled its envoy. Talks will resume in May, the state news agency said.", None),
    ("Xinhua reported the visit. The Chinese Foreign Ministry recalled its envoy on Monday, the state news agency "
     "said.", "Xinhua"),
])
def test_quotes_news_medium_is_no_government(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    last = quotes[-1]
    assert (last.speaker if last.speaker_id else None) == speaker


@pytest.mark.parametrize("text, speaker", [
    # "the ministry" stands for the ministry named before, even when its name opens with "The"
    ("The Turkish Foreign Ministry welcomed the deal. The ministry said “the agreement opens a new page for us.”",
     "Turkish Foreign Ministry"),
    ("The Turkish Foreign Ministry welcomed the deal. In a statement, the ministry said “the agreement opens a new "
     "page for us.”", "Turkish Foreign Ministry"),
])
def test_quotes_description_stands_for_a_body_named_with_the(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    assert [q.speaker for q in quotes if q.direct] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # a quote right before another in its paragraph takes the speaker the second one names
    ("The talks ended on Monday.\n\n“We are ready to talk to anyone.” “But we will not be threatened,” Foreign "
     "Minister Ana Ruiz said.", ["Ana Ruiz", "Ana Ruiz"]),
])
def test_quotes_quote_before_a_framed_one_shares_its_speaker(quotes_of, text, speakers):
    _, quotes = quotes_of(text)
    assert [q.speaker for q in quotes if q.direct] == speakers


@pytest.mark.parametrize("text, speaker", [
    # an occupation of the actors' agent lexicon ("the lawyer", "the economist") is a description of the person
    # named before, as "the spokesman" is
    ("Maria Lopes, who represents the families, said the ruling was unjust. “We will appeal within the week,” "
     "the lawyer said.", "Lopes"),
    ("Ivo Marin, who studies trade at a university in Zagreb, was blunt. “Nobody in Brussels wants this "
     "fight now,” the economist said.", "Marin"),
])
def test_quotes_occupation_stands_for_the_person_named_before(quotes_of, text, speaker):
    assert [speaker in (name or "") for name, _ in direct_speakers(quotes_of, text)] == [True]


@pytest.mark.parametrize("text, speaker", [
    # "the court" is the body whose name holds "court", though the story calls it by its acronym; an unnamed
    # "no foreign tribunal" inside an earlier quotation speaks no later words
    ("The ICJ issued its ruling on Monday. Maria Lopes rejected it. “No foreign tribunal can judge our country,” "
     "she said. “The ruling is final and binding on both parties,” the court said.",
     "International Court of Justice"),
    # the same with straight marks
    ('The ICJ issued its ruling on Monday. Maria Lopes rejected it. "No foreign tribunal can judge our country," '
     'she said. "The ruling is final and binding on both parties," the court said.',
     "International Court of Justice"),
])
def test_quotes_body_description_finds_the_named_body(quotes_of, text, speaker):
    assert [name for name, _ in direct_speakers(quotes_of, text)][-1] == speaker


@pytest.mark.parametrize("text", [
    # an unnamed "some court" said inside a quotation is no one a later "the court said" stands for
    "Lopes spoke. “Some court in the north will rule,” she said. “We will rule in May,” the court said.",
    'Lopes spoke. "Some court in the north will rule," she said. "We will rule in May," the court said.',
])
def test_quotes_thing_said_in_a_quotation_speaks_no_later_words(quotes_of, text):
    doc, quotes = quotes_of(text)
    assert [(q.speaker, q.speaker_id) for q in quotes if q.direct][-1] == ("the court", None)
