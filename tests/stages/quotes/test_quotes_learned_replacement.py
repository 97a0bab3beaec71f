"""A learned attribution replaces the overlapping rule contents the model finds much less likely
(pipeline/stages/quotes/assembly.py, gap_fillers). Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest
import spacy

from pipeline.stages.quotes import assembly
from pipeline.stages.quotes.assembly import REPLACE_MARGIN, Candidate, gap_fillers
from pipeline.stages.quotes.attribution import Attribution

TEXT = "Mayor Ada Kolb accused the harbour board of hiding the costs of the new pier."
# token 3 "accused"; the rule's content "hiding the costs of the new pier", the learned one "the harbour board of ..."
RULE = (TEXT.index("hiding"), len(TEXT) - 1)
LEARNED = (TEXT.index("the harbour"), len(TEXT) - 1)


@pytest.fixture
def doc():
    return spacy.blank("en")(TEXT)


@pytest.mark.parametrize("rule_score, learned_score, replaced", [
    (0.35, 0.35 + REPLACE_MARGIN + 0.05, True),   # much likelier: the learned reading replaces the rule's
    (0.35, 0.35 + REPLACE_MARGIN - 0.05, False),  # only a little likelier: the rule's content stays
    (0.8, 0.6, False),                            # less likely: the rule's content stays
    (None, 0.99, False),                          # a content with no score (not the model's to judge) stays
])
def test_quotes_learned_attribution_replaces_much_less_likely_rule_content(doc, monkeypatch, rule_score,
                                                                            learned_score, replaced):
    cue = doc[3:4]
    rule = Candidate(*RULE, False, cue, doc[0:3], score=rule_score)
    learned = Attribution(*LEARNED, cue, doc[0:3], "dobj")
    monkeypatch.setattr(assembly, "probability", lambda attribution: learned_score)
    spans = [(candidate.start, candidate.end) for candidate in gap_fillers([learned], [], [rule])]
    assert spans == ([LEARNED] if replaced else [RULE])


def test_quotes_learned_attribution_never_replaces_a_direct_quote(doc, monkeypatch):
    cue = doc[3:4]
    direct = Candidate(*RULE, True, cue, doc[0:3])
    learned = Attribution(*LEARNED, cue, doc[0:3], "dobj")
    monkeypatch.setattr(assembly, "probability", lambda attribution: 0.99)
    assert gap_fillers([learned], [direct], []) == []


def test_quotes_learned_attribution_fills_a_gap(doc, monkeypatch):
    learned = Attribution(*LEARNED, doc[3:4], doc[0:3], "dobj")
    monkeypatch.setattr(assembly, "probability", lambda attribution: 0.5)
    assert [(c.start, c.end, c.score) for c in gap_fillers([learned], [], [])] == [(*LEARNED, 0.5)]


@pytest.mark.parametrize("first_score, second_score, kept", [
    (0.35, 0.35 + REPLACE_MARGIN + 0.05, "second"),  # the later reading is much likelier: it replaces the first
    (0.35, 0.35 + REPLACE_MARGIN - 0.05, "first"),   # only a little likelier: the first found stays
    (0.7, 0.4, "first"),
])
def test_quotes_rule_contents_of_one_passage_keep_the_likelier(doc, monkeypatch, first_score, second_score, kept):
    # two rule readings of (nearly) the same passage: "accused ... of hiding ..." and a noun cue inside it
    first = Attribution(*LEARNED, doc[3:4], doc[0:3], "object")
    second = Attribution(LEARNED[0] + 4, LEARNED[1], doc[10:11], None, "noun")
    scores = {"object": first_score, "noun": second_score}
    monkeypatch.setattr(assembly, "keeps", lambda attribution: True)
    monkeypatch.setattr(assembly, "probability", lambda attribution: scores[attribution.kind])
    reported = assembly.reported_quotes([first, second], [], set())
    assert [candidate.cue.text for candidate in reported] == [(first if kept == "first" else second).cue.text]
