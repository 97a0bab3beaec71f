"""The cue and speaker framing a direct quote, and what is no quote at all (pipeline/stages/quotes/frames.py)."""
from __future__ import annotations

import pytest

from pipeline.stages.quotes.frames import looks_like_title


@pytest.mark.parametrize("text, expected", [
    ("“Gone With the Wind”", True),
    ("“Face the Nation”", True),
    ("“We will not give up on Ukraine.”", False),
    ("“the talks were useful”", False),
])
def test_quotes_looks_like_title(text, expected):
    assert looks_like_title(text) is expected


@pytest.mark.parametrize("text, quote, speaker, cue", [
    ("“We expect the talks to resume next week,” Peskov said.",
     "“We expect the talks to resume next week,”", "Peskov", "said"),
    ('"We expect the talks to resume next week," said Dmitry Peskov.',
     '"We expect the talks to resume next week,"', "Dmitry Peskov", "said"),
    ("Dmitry Peskov told reporters: «We expect the talks to resume next week.»",
     "«We expect the talks to resume next week.»", "Dmitry Peskov", "told"),
    ("Peskov said:\n\n“We expect the talks to resume next week and we are ready.”",
     "“We expect the talks to resume next week and we are ready.”", "Peskov", "said"),
    ("The minister said 'the door to negotiations remains open' on Friday.",
     "'the door to negotiations remains open'", "The minister", "said"),
])
def test_quotes_direct_quote_speaker_and_cue(quotes_of, text, quote, speaker, cue):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert [q.text for q in direct] == [quote]
    assert doc.text[direct[0].speaker_start:direct[0].speaker_end] == speaker
    assert direct[0].cue == cue
    assert doc.text[direct[0].cue_start:direct[0].cue_end] == cue


def test_quotes_split_quote_keeps_speaker_for_both_parts(quotes_of):
    doc, quotes = quotes_of('"We expect talks," Peskov said, "to resume in Geneva next week."')
    assert [(q.text, q.direct) for q in quotes] == [
        ('"We expect talks,"', True), ('"to resume in Geneva next week."', True)]
    assert {doc.text[q.speaker_start:q.speaker_end] for q in quotes} == {"Peskov"}


def test_quotes_multi_paragraph_quote_in_parts(quotes_of):
    text = ("Foreign Minister Sergei Lavrov said on Monday:\n\n“We are ready to talk without conditions.\n\n"
            "“But nobody should expect us to give up what is ours.”")
    doc, quotes = quotes_of(text)
    assert [q.text for q in quotes if q.direct] == [
        "“We are ready to talk without conditions.", "“But nobody should expect us to give up what is ours.”"]
    assert all("Lavrov" in doc.text[q.speaker_start:q.speaker_end] for q in quotes if q.direct)


@pytest.mark.parametrize("text, expected", [
    # a dash after the closing mark names the speaker
    ("“We can still build a bridge between the two sides.” ― Carla Sanchez",
     [("“We can still build a bridge between the two sides.”", "Carla Sanchez", "―")]),
    # interview transcript turns: the label before the colon speaks
    ("The transcript follows.\n\nWALLACE: Governor, will she be there tomorrow night?\n\n"
     "PENCE: She will not be attending the debate tomorrow night.",
     [("Governor, will she be there tomorrow night?", "WALLACE", ":"),
      ("She will not be attending the debate tomorrow night.", "PENCE", ":")]),
    # a headline naming the speaker before a colon
    ("Warren: ‘You Should Be Criminally Investigated.’",
     [("‘You Should Be Criminally Investigated.’", "Warren", ":")]),
])
def test_quotes_dash_transcript_and_headline_speakers(quotes_of, text, expected):
    doc, quotes = quotes_of(text)
    assert [(q.text, doc.text[q.speaker_start:q.speaker_end], q.cue) for q in quotes if q.direct] == expected


@pytest.mark.parametrize("text", [
    "The minister appeared on “Face the Nation” on Sunday.",
    "Critics dismissed the plan as “unworkable” and moved on.",
    "A group called Lashkar-e-Taiba was added to the list.",
    "The film “Gone With the Wind” was shown again.",
])
def test_quotes_no_quote_in_titles_and_scare_quotes(quotes_of, text):
    _, quotes = quotes_of(text)
    assert [q for q in quotes if q.direct] == []


@pytest.mark.parametrize("text, speaker", [
    # the parser may take a quoted noun for the cue's subject; the name next to the cue speaks
    ("“The talks are in deep trouble. Real trouble,” said Mara Kestel, the director of the Lund Forum.",
     "Mara Kestel"),
    ("“He would be a fine envoy. One of the sharpest minds in the Senate,” Rep. Lena Ortiz said on Friday.",
     "Rep. Lena Ortiz"),
    ("“If it does not reach the target this year, it will do so next year,” said Tomas Brenner.",
     "Tomas Brenner"),
    # the name before a short parenthesis
    ("“He would be a great senator. One of the brightest members of the entire Congress,” Rep. Elmer J. "
     "Cumberland (D-Md.) said in a phone interview.", "Rep. Elmer J. Cumberland"),
    # a quoted programme title after the cue is no speaker either
    ("“He is absolutely right. There is a disconnect between this office and our diplomats,” Ruth Hallam, "
     "a former envoy, said on Sunday on “Face the Nation.”", "Ruth Hallam"),
])
def test_quotes_speaker_never_inside_the_quote(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert len(direct) == 1
    assert doc.text[direct[0].speaker_start:direct[0].speaker_end] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a paragraph ending in a colon, without a cue verb, introduces its subject's words
    ("Anna Berg made the following comment on Monday:\n\n“We are ready to talk to anyone at any time and the "
     "rest is up to them.”", "Anna Berg"),
    ("On Friday, Karl Moritz had this to say:\n\n“Nobody in this government wants a trade war with anyone.”",
     "Karl Moritz"),
    # no one named: no speaker
    ("Here is the full text:\n\n“We are ready to talk to anyone at any time and the rest is up to them.”", None),
    # a colon in the quote's own sentence, after a clause without a cue verb, introduces its subject's words
    ("Chile's President Maria Soto was blunt: \"Peru must withdraw its boats now and stop the provocations.\"",
     "Chile's President Maria Soto"),
    ("Karl Moritz had one message for the delegates: “Nobody in this government wants a trade war.”",
     "Karl Moritz"),
    ("The reason was simple: “Nobody in this government wants a trade war with anyone.”", None),
])
def test_quotes_colon_paragraph_names_its_subject(quotes_of, text, speaker):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert len(direct) == 1
    found = doc.text[direct[0].speaker_start:direct[0].speaker_end] if direct[0].speaker_start is not None else None
    assert found == speaker


@pytest.mark.parametrize("text, speaker, cue", [
    # verbs of the manner of speaking are cues like "said"
    ("“This is a big year for our city and our state!” Marcia Pell shouted to the crowd.", "Marcia Pell", "shouted"),
    ("“No more war in our name, not now and not ever,” the protesters chanted outside.", "the protesters", "chanted"),
    ("“Get out of the building right now,” a guard yelled.", "a guard", "yelled"),
])
def test_quotes_manner_of_speaking_cues(quotes_of, text, speaker, cue):
    doc, quotes = quotes_of(text)
    direct = [q for q in quotes if q.direct]
    assert [(doc.text[q.speaker_start:q.speaker_end], q.cue) for q in direct] == [(speaker, cue)]
