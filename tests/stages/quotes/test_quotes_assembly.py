"""Direct quotes, reported speech and the quotations inside it put together (pipeline/stages/quotes/assembly.py),
through the stage on the model's parse."""
from __future__ import annotations

import pytest


def test_quotes_mixed_quote_is_reported_content(quotes_of):
    doc, quotes = quotes_of("Lavrov called the talks “constructive” on Friday.")
    assert [(q.direct, q.cue, doc.text[q.speaker_start:q.speaker_end]) for q in quotes] == [(False, "called", "Lavrov")]
    assert "“constructive" in quotes[0].text


@pytest.mark.parametrize("text, quotation, speaker", [
    ("The foreign minister said the agreement was “a turning point for the whole region.”",
     "“a turning point for the whole region.”", "The foreign minister"),
    ("Ambassador Lena Korhonen called the vote “a serious blow to the credibility of the council” on Thursday.",
     "“a serious blow to the credibility of the council”", "Ambassador Lena Korhonen"),
    ('Vietnamese officials said the new bridge would "carry trade between our two peoples for a century" and more.',
     '"carry trade between our two peoples for a century"', "Vietnamese officials"),
])
def test_quotes_quotation_inside_reported_speech_is_its_own_direct_row(quotes_of, text, quotation, speaker):
    """The quoted words get a direct row of their own, part of the reported speech row, which stays as it was."""
    doc, quotes = quotes_of(text)
    reported = [q for q in quotes if not q.direct]
    direct = [q for q in quotes if q.direct]
    assert len(reported) == 1 and quotation.strip('“”".') in reported[0].text and reported[0].part_of is None
    assert [(q.text, q.part_of) for q in direct] == [(quotation, reported[0].quote_id)]
    assert doc.text[direct[0].speaker_start:direct[0].speaker_end] == speaker
    assert (direct[0].speaker, direct[0].speaker_id, direct[0].cue) == (
        reported[0].speaker, reported[0].speaker_id, reported[0].cue)


@pytest.mark.parametrize("text, quotation, speaker, cue", [
    # a speech act the content reports, with its speaker named: the quoted words are that speaker's
    ("Foreign Minister Lena Korhonen said Moscow had promised Helsinki that “no troops will cross the border "
     "this winter”.", "“no troops will cross the border this winter”", "Moscow", "promised"),
    ("The Thai foreign ministry said Cambodian commanders had vowed that \"our units will stay behind the old "
     "line\".", '"our units will stay behind the old line"', "Cambodian commanders", "vowed"),
    ("Premier Tomas Varga said the Southern Liberation Front statement, which read “we will not disarm before the vote”, ended "
     "the talks.", "“we will not disarm before the vote”", "which", "read"),
    # a speaker that stands for the one who reports: the reporter's words, as before
    ("The monitoring mission said its observers had confirmed that shelling was “far heavier than in any week "
     "before”.", "“far heavier than in any week before”", "The monitoring mission", "said"),
])
def test_quotes_quotation_inside_a_reported_speech_act_is_its_speakers(quotes_of, text, quotation, speaker, cue):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert [q.text for q in direct] == [quotation] and direct[0].part_of is not None
    assert (doc.text[direct[0].speaker_start:direct[0].speaker_end], direct[0].cue) == (speaker, cue)


@pytest.mark.parametrize("text", [
    # scare quotes and terms: fewer than four words
    "The envoy said the so-called “peace plan” had already failed.",
    "The spokesman said the “special military operation” would go on.",
    # a title inside reported speech
    "The minister said she had watched “The Lord of the Rings” twice.",
])
def test_quotes_short_phrase_or_title_inside_reported_speech_stays_in_the_content(quotes_of, text):
    _, quotes = quotes_of(text)
    assert [q for q in quotes if q.direct or q.part_of] == []
    assert [q.direct for q in quotes] == [False]


def test_quotes_cue_inside_quote_is_not_the_attribution(quotes_of):
    doc, quotes = quotes_of("“I think we will sign the deal this week,” Lavrov said.")
    assert [(q.direct, doc.text[q.speaker_start:q.speaker_end]) for q in quotes] == [(True, "Lavrov")]


def test_quotes_offsets_are_exact(quotes_of):
    text = ("“We expect talks,” Peskov said. The talks will resume, according to Ankara.\n\n"
            "Lavrov said Moscow was ready. “We are not afraid,” he added, “of anything.”")
    doc, quotes = quotes_of(text)
    assert quotes
    assert all(doc.text[q.start:q.end] == q.text for q in quotes)
    assert [q.quote_id for q in quotes] == [f"q{i}" for i in range(1, len(quotes) + 1)]


@pytest.mark.parametrize("text, quotation, speaker", [
    # most of the content is quoted, but the writer's "that" makes it reported speech with the quotation inside
    ("Minister Ilsa Varga told reporters that “we will never accept these terms under any circumstances”.",
     "“we will never accept these terms under any circumstances”", "Minister Ilsa Varga"),
    ("The envoy said on Monday that “the door to talks remains open for now,” but warned of new sanctions.",
     "“the door to talks remains open for now,”", "The envoy"),
    # a quotation that is the whole content stays a direct quote of its own
    ("“We will block every shipment through the strait,” Admiral Jon Teller said.", None, None),
])
def test_quotes_mostly_quoted_content_is_reported_with_a_part(quotes_of, text, quotation, speaker):
    doc, quotes = quotes_of(text)
    if quotation is None:
        assert [(q.direct, q.part_of) for q in quotes] == [(True, None)]
        return
    reported = [q for q in quotes if not q.direct]
    direct = [q for q in quotes if q.direct]
    assert reported and quotation.strip('“”,') in reported[0].text
    assert [(q.text, q.part_of) for q in direct] == [(quotation, reported[0].quote_id)]
    assert doc.text[direct[0].speaker_start:direct[0].speaker_end] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a quote running over paragraphs names its speaker only at its end
    ("Anna Berg, the foreign minister, spoke at length.\n\n“We are ready to talk to anyone at any time. We have "
     "said so for years.\n\n“We never left the table. Nobody can say otherwise.\n\n“The rest is up to them and "
     "their allies,” she said.", "she"),
    ("The envoy Karl Moritz took questions.\n\n“This was a long week for all of us in the delegation.\n\n“But we "
     "got the deal that we came for,” Moritz said.", "Moritz"),
])
def test_quotes_paragraphs_of_one_quote_share_its_speaker(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert len(direct) >= 2
    assert {doc.text[q.speaker_start:q.speaker_end] for q in direct} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    # a quote with no frame of its own, after reported speech in its paragraph: the same speaker goes on
    ("The sanctions were never going to work on their own, Senator Ann Kolb said. “The other factor is whether "
     "the administration wants to look tough before the election.”", "Senator Ann Kolb"),
    ("Moritz said the delegation would stay in Vienna until Friday. “We are not leaving without an agreement "
     "on the inspections.”", "Moritz"),
    ("Moritz said the delegation would stay in Vienna until Friday.\n\n“We are not leaving without an "
     "agreement on the inspections.”", "Moritz"),
])
def test_quotes_quote_after_reported_speech_keeps_its_speaker(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    reported = [q for q in quotes if not q.direct]
    assert len(direct) == 1 and len(reported) == 1
    assert doc.text[direct[0].speaker_start:direct[0].speaker_end] == speaker


@pytest.mark.parametrize("text, direct", [
    # a single quoted word run into the writer's sentence is a term, not a quotation
    ("Officials at the bank took part in what several senators called “fraud” during the hearing.", []),
    ("She would rather live in what he calls “chaos” than under his rule.", []),
    # a one-word answer after its cue and a comma is still a quotation
    ("Asked whether he would resign, the minister said, “Never.”", ["“Never.”"]),
])
def test_quotes_single_quoted_term_is_no_quote(quotes_of, text, direct):
    doc, quotes = quotes_of(text)
    assert [q.text for q in quotes if q.direct] == direct


def test_quotes_split_quote_second_part_keeps_speaker_and_cue(quotes_of):
    text = ("“It is time to end this war,” the president said in a video address late on Sunday. “Our enemy must "
            "be forced into peace.”")
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert [(doc.text[q.speaker_start:q.speaker_end], q.cue) for q in direct] == [("the president", "said")] * 2


@pytest.mark.parametrize("text, direct", [
    # a quoted line alone in its paragraph, every long word capitalised: a subheading
    ("“The sea is rising,” the envoy said.\n\n‘All Bets Are Off.’\n\nEight years ago the talks began.",
     ["“The sea is rising,”"]),
    ("The talks went on.\n\n“A Long Road Ahead”\n\nDiplomats met again on Friday.", []),
    # a sentence quoted alone in its paragraph is still a quotation of the speaker before
    ("“The sea is rising,” the envoy said.\n\n‘All bets are off now for every island state.’",
     ["“The sea is rising,”", "‘All bets are off now for every island state.’"]),
])
def test_quotes_quoted_heading_is_no_quote(quotes_of, text, direct):
    doc, quotes = quotes_of(text)
    assert [q.text for q in quotes if q.direct] == direct
