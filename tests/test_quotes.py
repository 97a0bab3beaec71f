"""Tests of the quotes stage: quotation marks, reported speech, speakers and cues, and the quotes scorer."""
from __future__ import annotations

import pandas as pd
import pytest
import spacy
from spacy.tokens import Doc

from pipeline.evaluate.quotes import score
from pipeline.stages.quotes.marks import find_quote_marks
from pipeline.stages.quotes.attribution import clause_attributions, lemma_tokens, word_tokens
from pipeline.stages.quotes import is_description, looks_like_title


def marked(text: str) -> list[str]:
    return [text[quote.start:quote.end] for quote in find_quote_marks(text)]


# ---------------------------------------------------------------- quotation marks (no model)


@pytest.mark.parametrize("text, expected", [
    ('"We expect talks," Peskov said.', ['"We expect talks,"']),
    ("“We expect talks,” Peskov said.", ["“We expect talks,”"]),
    ("«Nous attendons», a dit Macron.", ["«Nous attendons»"]),
    ("The minister said ‘the door is open’ to talks.", ["‘the door is open’"]),
    ("The minister said 'the door is open' to talks.", ["'the door is open'"]),
    ("''The door is open,'' the envoy said.", ["''The door is open,''"]),
    ('"We expect talks," Peskov said, "to resume."', ['"We expect talks,"', '"to resume."']),
])
def test_quote_marks_finds_each_style(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize("text, expected", [
    # apostrophes and possessives are not quotation marks
    ("Moscow’s envoy didn't go and the voters’ mood held.", []),
    ("The ministers' talks and Kyiv's plan.", []),
    # a nested quote stays inside the outer one
    ("“He told me ‘never again’ and left,” she said.", ["“He told me ‘never again’ and left,”"]),
])
def test_quote_marks_apostrophes_and_nesting(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quote running over two paragraphs: no closing mark before the next paragraph's opening one
    ("“We will not give up.\n\n“We will return to the table,” she said.",
     ["“We will not give up.", "“We will return to the table,”"]),
    # one stray mark loses at most its own paragraph's quote, never the next paragraph's
    ('He said "this will pass.\n\nLater: “We are ready,” the envoy said.', ["“We are ready,”"]),
    ("A stray “ mark here. Then “a proper quote” there.", ["“a proper quote”"]),
    ("An unclosed “quote at the end", []),
])
def test_quote_marks_paragraphs_and_bad_marks(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("“Gone With the Wind”", True),
    ("“Face the Nation”", True),
    ("“We will not give up on Ukraine.”", False),
    ("“the talks were useful”", False),
])
def test_quotes_looks_like_title(text, expected):
    assert looks_like_title(text) is expected


# ---------------------------------------------------------------- reported speech on a hand-built parse


def test_quotes_clause_attribution_from_hand_built_parse():
    nlp = spacy.blank("en")
    words = ["Peskov", "said", "that", "talks", "would", "resume", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, True, True, True, False, False],
              heads=[1, 1, 5, 5, 5, 1, 1], deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct"],
              pos=["PROPN", "VERB", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT"],
              lemmas=["Peskov", "say", "that", "talk", "would", "resume", "."])
    found = list(clause_attributions(doc))
    assert [(doc.text[a.start:a.end], a.cue.text, a.speaker.text) for a in found] == [
        ("that talks would resume", "said", "Peskov")]


@pytest.mark.parametrize("lemmas, words, expected", [
    (["Peskov", "say", "talk", "will", "resume"], {"say"}, [1]),
    # the lemma is compared lower-cased, whatever case the lemmatizer gave it
    (["Peskov", "Say", "talk", "will", "resume"], {"say"}, [1]),
    (["Peskov", "say", "the", "claim", "say"], {"say", "claim"}, [1, 3, 4]),
    (["Peskov", "smile", "the", "talk", "resume"], {"say"}, []),
])
def test_quotes_lemma_tokens_finds_lexicon_words(blank_nlp, lemmas, words, expected):
    doc = Doc(blank_nlp.vocab, words=["w"] * len(lemmas), lemmas=lemmas)
    assert [token.i for token in lemma_tokens(doc, words)] == expected


@pytest.mark.parametrize("text, word, expected", [
    ("According to Kyiv, the talks will resume, according to Ankara.", "according", [0, 9]),
    # a longer word holding it, or a different word, is not it
    ("Accordingly, the talks resumed; the accord held.", "according", []),
    ("Marco Rubio: no comment. The time: 12:30.", ":", [2, 8]),
])
def test_quotes_word_tokens_finds_whole_tokens(blank_nlp, text, word, expected):
    doc = blank_nlp(text)
    assert [token.i for token in word_tokens(doc, word)] == expected


# ---------------------------------------------------------------- the stage on the model's parse


def quotes_of(run_stage, text):
    doc = run_stage(text)
    return doc, doc._.quotes


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
def test_quotes_direct_quote_speaker_and_cue(run_stage, text, quote, speaker, cue):
    doc, quotes = quotes_of(run_stage, text)
    direct = [q for q in quotes if q.direct]
    assert [q.text for q in direct] == [quote]
    assert doc.text[direct[0].speaker_start:direct[0].speaker_end] == speaker
    assert direct[0].cue == cue
    assert doc.text[direct[0].cue_start:direct[0].cue_end] == cue


def test_quotes_split_quote_keeps_speaker_for_both_parts(run_stage):
    doc, quotes = quotes_of(run_stage, '"We expect talks," Peskov said, "to resume in Geneva next week."')
    assert [(q.text, q.direct) for q in quotes] == [
        ('"We expect talks,"', True), ('"to resume in Geneva next week."', True)]
    assert {doc.text[q.speaker_start:q.speaker_end] for q in quotes} == {"Peskov"}


def test_quotes_multi_paragraph_quote_in_parts(run_stage):
    text = ("Foreign Minister Sergei Lavrov said on Monday:\n\n“We are ready to talk without conditions.\n\n"
            "“But nobody should expect us to give up what is ours.”")
    doc, quotes = quotes_of(run_stage, text)
    assert [q.text for q in quotes if q.direct] == [
        "“We are ready to talk without conditions.", "“But nobody should expect us to give up what is ours.”"]
    assert all("Lavrov" in doc.text[q.speaker_start:q.speaker_end] for q in quotes if q.direct)


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("Peskov said that the talks would resume in Geneva next week.",
     "that the talks would resume in Geneva next week", "Peskov", "said"),
    ("The talks will resume in Geneva next week, Peskov added.",
     "The talks will resume in Geneva next week", "Peskov", "added"),
    ("According to the Kremlin, the talks will resume in Geneva next week.",
     "the talks will resume in Geneva next week", "the Kremlin", "According to"),
    ("The Turkish foreign minister told reporters the talks would resume next week.",
     "the talks would resume next week", "The Turkish foreign minister", "told"),
    ("The talks will resume next week, said the Turkish foreign minister.",
     "The talks will resume next week", "the Turkish foreign minister", "said"),
])
def test_quotes_reported_speech(run_stage, text, content, speaker, cue):
    doc, quotes = quotes_of(run_stage, text)
    assert [(q.text, q.direct, doc.text[q.speaker_start:q.speaker_end], q.cue) for q in quotes] == [
        (content, False, speaker, cue)]


@pytest.mark.parametrize("text, contents, speaker", [
    # a parenthetical cue: the clause around it, in its two parts
    ("The latest test, North Korea said, was its biggest yet.", ["The latest test", "was its biggest yet"],
     "North Korea"),
    # a passive cue without an agent has no speaker
    ("North Korea is not thought to be capable of delivering warheads.",
     ["to be capable of delivering warheads"], None),
    ("The envoy was accused of leaking the draft to the press.", ["leaking the draft to the press"], None),
])
def test_quotes_parenthetical_and_passive_cues(run_stage, text, contents, speaker):
    doc, quotes = quotes_of(run_stage, text)
    assert [q.text for q in quotes] == contents
    assert {None if q.speaker_start is None else doc.text[q.speaker_start:q.speaker_end] for q in quotes} == {speaker}


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
def test_quotes_dash_transcript_and_headline_speakers(run_stage, text, expected):
    doc, quotes = quotes_of(run_stage, text)
    assert [(q.text, doc.text[q.speaker_start:q.speaker_end], q.cue) for q in quotes if q.direct] == expected


@pytest.mark.parametrize("text, expected", [
    ("Marco Rubio: I Am Not Interested In Being Vice President.\n\nThe senator spoke on Monday.",
     [("I Am Not Interested In Being Vice President", "Marco Rubio", ":")]),
    # a label that is not a name is no speaker
    ("Bottom line: the talks will not resume before the summer.", []),
])
def test_quotes_name_colon_statement(run_stage, text, expected):
    doc, quotes = quotes_of(run_stage, text)
    assert [(q.text, doc.text[q.speaker_start:q.speaker_end], q.cue) for q in quotes if q.cue == ":"] == expected


def test_quotes_relative_pronoun_speaker_names_the_antecedent(run_stage):
    doc, quotes = quotes_of(run_stage, "The crowd cheered Marc Morial, who said that voting was a duty for every citizen.")
    assert [(q.text, doc.text[q.speaker_start:q.speaker_end]) for q in quotes] == [
        ("that voting was a duty for every citizen", "who")]
    morial = {m.entity_id for m in doc._.actor_mentions if "Morial" in m.text}
    assert "Morial" in quotes[0].speaker and quotes[0].speaker_id in morial


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("Kyiv's claim that the bridge was hit could not be verified.", "that the bridge was hit", "Kyiv's", "claim"),
    ("The minister renewed his call for a ceasefire in Gaza.", "a ceasefire in Gaza", "his", "call for"),
])
def test_quotes_reporting_nouns(run_stage, text, content, speaker, cue):
    doc, quotes = quotes_of(run_stage, text)
    found = [(q.text, doc.text[q.speaker_start:q.speaker_end], q.cue) for q in quotes if q.cue == cue]
    assert found == [(content, speaker, cue)]


def test_quotes_mixed_quote_is_reported_content(run_stage):
    doc, quotes = quotes_of(run_stage, "Lavrov called the talks “constructive” on Friday.")
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
def test_quotes_quotation_inside_reported_speech_is_its_own_direct_row(run_stage, text, quotation, speaker):
    """The quoted words get a direct row of their own, part of the reported speech row, which stays as it was."""
    doc, quotes = quotes_of(run_stage, text)
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
def test_quotes_quotation_inside_a_reported_speech_act_is_its_speakers(run_stage, text, quotation, speaker, cue):
    doc, quotes = quotes_of(run_stage, text)
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
def test_quotes_short_phrase_or_title_inside_reported_speech_stays_in_the_content(run_stage, text):
    _, quotes = quotes_of(run_stage, text)
    assert [q for q in quotes if q.direct or q.part_of] == []
    assert [q.direct for q in quotes] == [False]


@pytest.mark.parametrize("text", [
    "The minister appeared on “Face the Nation” on Sunday.",
    "Critics dismissed the plan as “unworkable” and moved on.",
    "A group called Lashkar-e-Taiba was added to the list.",
    "The film “Gone With the Wind” was shown again.",
])
def test_quotes_no_quote_in_titles_and_scare_quotes(run_stage, text):
    _, quotes = quotes_of(run_stage, text)
    assert [q for q in quotes if q.direct] == []


def test_quotes_pronoun_speaker_resolves_to_the_actor(run_stage):
    text = "Dmitry Peskov spoke to journalists in Moscow. “We are ready for talks,” he said."
    doc, quotes = quotes_of(run_stage, text)
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
def test_quotes_description_speaker_resolves_to_the_actor(run_stage, text, named, description):
    doc, quotes = quotes_of(run_stage, text)
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
def test_quotes_description_with_a_name_inside_resolves_to_the_person_named_before(run_stage, text, named):
    doc, quotes = quotes_of(run_stage, text)
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


def test_quotes_unknown_description_keeps_its_own_words(run_stage):
    doc, quotes = quotes_of(run_stage, "Sources close to the talks said a deal was near.")
    assert [(q.speaker, q.speaker_id) for q in quotes] == [("Sources close to the talks", None)]


def test_quotes_cue_inside_quote_is_not_the_attribution(run_stage):
    doc, quotes = quotes_of(run_stage, "“I think we will sign the deal this week,” Lavrov said.")
    assert [(q.direct, doc.text[q.speaker_start:q.speaker_end]) for q in quotes] == [(True, "Lavrov")]


def test_quotes_offsets_are_exact(run_stage):
    text = ("“We expect talks,” Peskov said. The talks will resume, according to Ankara.\n\n"
            "Lavrov said Moscow was ready. “We are not afraid,” he added, “of anything.”")
    doc, quotes = quotes_of(run_stage, text)
    assert quotes
    assert all(doc.text[q.start:q.end] == q.text for q in quotes)
    assert [q.quote_id for q in quotes] == [f"q{i}" for i in range(1, len(quotes) + 1)]


# ---------------------------------------------------------------- the scorer


def quote_row(article_id, start, end, direct, speaker=None, speaker_start=None, speaker_end=None, part_of=None):
    return {"article_id": article_id, "quote_id": "q", "text": "", "start": start, "end": end, "direct": direct,
            "speaker": speaker, "speaker_id": None, "speaker_start": speaker_start, "speaker_end": speaker_end,
            "cue": None, "part_of": part_of}


def gold_quote(start, end, direct, speaker, speaker_start, speaker_end):
    return {"start": start, "end": end, "direct": direct, "speaker": speaker,
            "speaker_start": speaker_start, "speaker_end": speaker_end}


@pytest.mark.parametrize("rows, expected", [
    # one right (span and speaker by offsets), one right by speaker word, one wrong span
    ([quote_row("a", 0, 10, True, "x", 30, 36), quote_row("a", 40, 60, False, "Sergei Lavrov"),
      quote_row("a", 70, 80, False)],
     {"precision": 2 / 3, "recall": 2 / 3, "direct_precision": 1.0, "direct_recall": 1.0, "speaker_accuracy": 1.0}),
    # half overlap is enough; a wrong speaker counts against accuracy
    ([quote_row("a", 5, 10, True, "Dmitry Peskov", 0, 4), quote_row("a", 50, 60, False, "the minister")],
     {"precision": 1.0, "recall": 2 / 3, "direct_precision": 1.0, "direct_recall": 1.0, "speaker_accuracy": 0.5}),
    ([], {"precision": 0.0, "recall": 0.0, "direct_precision": 0.0, "direct_recall": 0.0, "speaker_accuracy": 0.0}),
])
def test_evaluate_quotes_scores(rows, expected):
    gold = {"a": {"quotes": [gold_quote(0, 10, True, "Peskov", 30, 36), gold_quote(40, 60, False, "Lavrov", 62, 68),
                             gold_quote(90, 99, False, None, None, None)]}}
    tables = {"quotes": pd.DataFrame(rows, columns=list(quote_row("a", 0, 0, False)))}
    figures = score([{"id": "a"}], gold, tables)
    assert {key: pytest.approx(figures[key]) for key in expected} == expected


@pytest.mark.parametrize("rows, expected", [
    # a quotation inside reported speech is part of that row, not an attribution of its own: not scored
    ([quote_row("a", 40, 60, False, "Lavrov", part_of=None), quote_row("a", 45, 55, True, "Lavrov", part_of="q1")],
     {"precision": 1.0, "recall": 0.5, "direct_precision": 0.0, "n_pred": 1.0}),
    # the same row without part_of is scored (and is wrong)
    ([quote_row("a", 40, 60, False, "Lavrov"), quote_row("a", 45, 55, True, "Lavrov")],
     {"precision": 0.5, "recall": 0.5, "direct_precision": 0.0, "n_pred": 2.0}),
])
def test_evaluate_quotes_reads_attribution_rows_only(rows, expected):
    gold = {"a": {"quotes": [gold_quote(0, 10, True, "Peskov", 30, 36), gold_quote(40, 60, False, "Lavrov", 62, 68)]}}
    tables = {"quotes": pd.DataFrame(rows, columns=list(quote_row("a", 0, 0, False)))}
    figures = score([{"id": "a"}], gold, tables)
    assert {key: pytest.approx(figures[key]) for key in expected} == expected


def test_evaluate_quotes_on_a_few_dev_articles(eval_dir, nlp):
    """A floor under the DEV figures (first 12 articles), so a regression shows up in CI."""
    from pipeline.evaluate import evaluate

    figures = evaluate(eval_dir / "quotes", nlp=nlp, limit=12)
    assert figures["f1"] >= 0.65
    assert figures["direct_f1"] >= 0.80
    assert figures["speaker_accuracy"] >= 0.85
