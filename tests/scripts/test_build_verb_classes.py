"""scripts/build_verb_classes.py on tiny VerbNet-style class files written for this test."""
from __future__ import annotations

import pytest

from scripts import build_verb_classes as build

CLASS_FILES = {
    "say-37.7.xml": """<VNCLASS ID="say-37.7"><MEMBERS><MEMBER name="say"/><MEMBER name="go_on"/></MEMBERS>
        <SUBCLASSES><VNSUBCLASS ID="say-37.7-1"><MEMBERS><MEMBER name="Announce"/></MEMBERS></VNSUBCLASS>
        </SUBCLASSES></VNCLASS>""",
    "complain-37.8.xml": """<VNCLASS ID="complain-37.8"><MEMBERS><MEMBER name="grumble"/></MEMBERS></VNCLASS>""",
    "manner_speaking-37.3.xml": """<VNCLASS ID="manner_speaking-37.3"><MEMBERS><MEMBER name="grumble"/>
        <MEMBER name="say"/></MEMBERS></VNCLASS>""",
}


@pytest.fixture()
def verbnet(tmp_path):
    for name, text in CLASS_FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("lemma, classes", [
    # a member of the top class
    ("say", ["manner_speaking-37.3", "say-37.7"]),
    # a subclass's member is listed under its top class, lower-cased
    ("announce", ["say-37.7"]),
    # a verb in two classes has both
    ("grumble", ["complain-37.8", "manner_speaking-37.3"]),
    # a multi-word member is left out
    ("go_on", None),
])
def test_build_verb_classes_lemmas(verbnet, lemma, classes):
    assert build.verb_classes(verbnet).get(lemma) == classes


def test_build_verb_classes_file_carries_the_licence_notice(verbnet, tmp_path):
    out = tmp_path / "verb_classes.tsv"
    build.main([str(verbnet), "--out", str(out), "--version", "test"])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert any("Copyright 2009 by University of Colorado" in line for line in lines if line.startswith("#"))
    rows = [line.split("\t") for line in lines if not line.startswith("#")]
    assert rows[0] == ["lemma", "classes"]
    assert ["grumble", "complain-37.8 manner_speaking-37.3"] in rows
