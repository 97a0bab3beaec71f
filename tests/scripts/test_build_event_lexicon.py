"""scripts/build_event_lexicon.py on small hand-written snippets in the PETRARCH2 verb-dictionary and CAMEO2PLOVER
formats (invented for these tests). No spaCy model is needed: a small Morphology stands in for the model's tables."""
from __future__ import annotations


import pytest

from scripts import build_event_lexicon as lex

DICTIONARY = """\
# a made-up dictionary in the verb-dictionary format
####### SYNONYM SETS #######

&VESSEL
+FERRY
+GUNBOAT
+PATROL_BOAT_

&FOODSTUFF_
+GRAIN
+RICE

####### VERB PATTERNS #######

---  SCOLD   [111]  ---
SCOLD
UPBRAID  # a note by a coder
SCOFF [110]
- * (AS UNFOUNDED)                                [1121]        # SCOFF
- * {TRADE POLICY}                                [012]         # SCOLD
- * JOKE                                          [---]         # UPBRAID
- $ * + (OVER BORDER)                             [1123]        # SCOLD

---  SHIP   [---]  ---
+HAND_OVER {+HANDS_OVER +HANDED_OVER +HANDING_OVER} [070]
SHIP {SHIPS SHIPPED SHIPPING}
FERRY [073]
- * &FOODSTUFF (TO +)                             [073]         # SHIP
- &VESSEL * TROOPS                                [154:0861]    # FERRY
- * DRILL                                         [062:062]     # SHIP
- * (WITH)                                        [:041]        # HANDED_OVER

---  SAY_IT   [050]  ---
SAY {SAYS SAID SAYING}
CHEER
- * SORRY                                         [055]         # SAY

---  BOMBARD_X   [190]  ---
SHELL
+SHELLED_AND {}
SKIRMISH
OBSTRUCT [120]
- * CONVOY                                        [09a]         # SHELL
- * CONVOY                                        [2199]        # SHELL

~ a (a b SHELL) SAY = a b 138
"""

MAPPING = """\
# made-up CAMEO to PLOVER lines
05: SUPPORT
051: SUPPORT,  , diplomatic # praise
055: SUPPORT, , diplomatic  # apologise
06: COOPERATE
062: COOPERATE,   , military; training # train together
07: AID
070: AID,  ,  # aid
073: AID,   ,  humanitarian # relief
08: RETREAT
0861: RETREAT, access , peacekeeping # let peacekeepers in
04: CONSULT
041: CONSULT, phone,   # call
11: ACCUSE
110: ACCUSE, disapprove,    # disapprove
111: ACCUSE, disapprove,    # criticise
1121: ACCUSE, allege, crime; corruption # accuse of crime
1123: ACCUSE, allege, military # accuse of aggression
12: REJECT
120: REJECT,  ,    # reject
15: MOBILIZE
154: MOBILIZE, troops, military # mobilise forces
19: ASSAULT
190: ASSAULT, , military # fight
"""

NOUNS = {"scolding", "scoff", "shelling", "obstruction", "shipment", "cheer", "rejection", "refusal", "signal",
         "denial", "withdrawal", "violation", "closure", "attack", "agreement", "condemnation", "accusation",
         "invasion", "defiance", "government", "threat", "meeting", "joke", "convoy", "trade", "drill",
         "troop", "troops", "grain", "rice", "boat", "skirmish"}
VERBS = {"scold", "upbraid", "scoff", "ship", "hand", "ferry", "say", "cheer", "shell", "obstruct", "reject",
         "refuse", "sign", "deny", "withdraw", "violate", "close", "attack", "agree", "condemn", "accuse", "invade",
         "defy", "govern", "threaten", "meet"}


@pytest.fixture()
def morphology():
    return lex.Morphology(NOUNS, VERBS, exceptions={"noun": {}, "verb": {"said": "say"}})


@pytest.fixture()
def build(morphology):
    return lex.build_rows(lex.parse_verb_dictionary(DICTIONARY), lex.PloverMap(MAPPING), morphology)


def rows_of(build, lemma, pos="VERB"):
    return [row for row in build.rows if row.lemma == lemma and row.pos == pos]


@pytest.mark.parametrize("name, members", [
    ("VESSEL", ("ferry", "gunboat", "patrol boat")),
    ("FOODSTUFF", ("grain", "rice")),  # a trailing "_" only stops plurals
])
def test_synsets(name, members):
    assert lex.parse_verb_dictionary(DICTIONARY).synsets[name] == members


@pytest.mark.parametrize("lemma, cameo, plover, mode, origin", [
    ("scold", "111", "ACCUSE", "disapprove", "block"),  # the block's code
    ("upbraid", "111", "ACCUSE", "disapprove", "block"),  # a coder's note after it is no part of the verb
    ("scoff", "110", "ACCUSE", "disapprove", "verb"),  # its own code wins
    ("hand over", "070", "AID", "", "verb"),  # multi-word verb: "+" marks the verb word
    ("ferry", "073", "AID", "", "verb"),
    ("shell", "190", "ASSAULT", "", "block"),
    ("obstruct", "120", "REJECT", "", "verb"),
])
def test_bare_verbs(build, lemma, cameo, plover, mode, origin):
    [row] = [row for row in rows_of(build, lemma) if not row.pattern]
    assert (row.cameo, row.plover, row.mode, row.origin, row.roles) == (cameo, plover, mode, origin, "forward")


def test_noun_entry(build):
    """An entry that only the noun index knows is written as a NOUN; no noun is derived from it."""
    rows = [(row.pos, row.cameo, row.origin) for row in build.rows if row.lemma == "skirmish"]
    assert rows == [("NOUN", "190", "block")]


@pytest.mark.parametrize("lemma", ["ship", "say"])  # null block code; a light verb in a coded block
def test_verbs_without_bare_row(build, lemma):
    assert not [row for row in rows_of(build, lemma) if not row.pattern]


@pytest.mark.parametrize("lemma, pattern, cameo, plover, roles, context", [
    ("scoff ... as unfounded", "* (as unfounded)", "1121", "ACCUSE", "forward", "crime|corruption"),
    ("scold ... over border", "SRC * TGT (over border)", "1123", "ACCUSE", "forward", "military"),
    ("ship &foodstuff ... to", "* &foodstuff (to TGT)", "073", "AID", "forward", "humanitarian"),
    ("&vessel ... ferry troop", "&vessel * troops", "154", "MOBILIZE", "forward", "military"),
    ("&vessel ... ferry troop", "&vessel * troops", "0861", "RETREAT", "reversed", "peacekeeping"),
    ("ship drill", "* drill", "062", "COOPERATE", "mutual", "military|training"),
    ("hand over ... with", "* (with)", "041", "CONSULT", "reversed", ""),  # named by an inflected form
    ("say sorry", "* sorry", "055", "SUPPORT", "forward", "diplomatic"),  # a light verb keeps its patterns
])
def test_patterns(build, lemma, pattern, cameo, plover, roles, context):
    assert [(row.pattern, row.plover, row.roles, row.context) for row in rows_of(build, lemma) if row.cameo == cameo] \
        == [(pattern, plover, roles, context)]


@pytest.mark.parametrize("what, reason, count", [
    ("pattern", "CAMEO root 01 has no PLOVER type", 1),  # {TRADE POLICY} [012]
    ("pattern", "null code (no event)", 1),  # JOKE [---]
    ("pattern", "malformed code", 1),  # [09a]
    ("pattern", "CAMEO root 21 has no PLOVER type", 1),
    ("verb", "null code (no event)", 1),  # SHIP in a [---] block
    ("verb", "coordination of two verbs (the parse sees each)", 1),  # +SHELLED_AND
    ("verb", "generic (light verb: the event is in its object; its patterns kept)", 1),  # SAY
    ("verb", "generic (feeling or causing a feeling; its patterns kept)", 1),  # CHEER
])
def test_dropped(build, what, reason, count):
    assert build.dropped[(what, reason)] == count


def test_dropped_codes_leave_no_rows(build):
    assert not {row.cameo for row in build.rows} & {"012", "09a", "2199", "---", ""}
    assert not rows_of(build, "scold trade policy") and not rows_of(build, "upbraid joke")


@pytest.mark.parametrize("code, plover, mode, context, why", [
    ("051", "SUPPORT", "", "diplomatic", ""),
    ("041", "CONSULT", "phone", "", ""),
    ("1121", "ACCUSE", "allege", "crime|corruption", ""),
    ("0861", "RETREAT", "access", "peacekeeping", ""),  # "access " with a blank before the comma
    ("1122", "ACCUSE", "disapprove", "", "parent"),  # not listed: its parent 112 is
    ("0731", "AID", "", "humanitarian", "parent"),
    ("199", "ASSAULT", "", "", "root"),
    ("012", None, None, None, "CAMEO root 01 has no PLOVER type"),
    ("---", None, None, None, "null code (no event)"),
])
def test_mapping(code, plover, mode, context, why):
    mapping = lex.PloverMap(MAPPING + "112: ACCUSE, disapprove,   # accuse\n")
    target, reason = mapping.lookup(code)
    assert reason == why
    assert (target.plover, target.mode, target.context) == (plover, mode, context) if plover else target is None


@pytest.mark.parametrize("code, sides", [
    ("110", [("110", "forward")]),
    ("062:062", [("062", "mutual")]),
    ("042:043", [("042", "forward"), ("043", "reversed")]),
    (":173", [("173", "reversed")]),
])
def test_split_code(code, sides):
    assert lex.split_code(code) == sides


@pytest.mark.parametrize("verb, gerund, noun", [
    ("reject", False, "rejection"),  # +ion after -ct
    ("violate", False, "violation"),  # -te > -tion
    ("condemn", False, "condemnation"),  # +ation
    ("accuse", False, "accusation"),  # -e +ation
    ("invade", False, "invasion"),  # vowel+de > -sion
    ("agree", False, "agreement"),
    ("refuse", False, "refusal"),
    ("deny", False, "denial"),
    ("withdraw", False, "withdrawal"),
    ("defy", False, "defiance"),
    ("close", False, "closure"),
    ("attack", False, "attack"),  # zero derivation, from the table
    ("threaten", False, "threat"),  # irregular, from the table
    ("meet", False, "meeting"),  # the table, though no gerund rule applies
    ("shell", True, "shelling"),  # gerund for a material-conflict verb
    ("shell", False, None),  # but not for others
    ("sign", False, None),  # -al only after e/y/w/ss: no "signal"
    ("govern", False, None),  # "government" is a non-event noun
    ("ship", False, None),  # "shipment" is no noun of the model's vocabulary here
])
def test_derive_noun(verb, gerund, noun):
    morphology = lex.Morphology(NOUNS, VERBS, vocabulary=NOUNS - {"shipment"})
    assert lex.derive_noun(verb, gerund, morphology)[0] == noun


def test_nouns_come_from_kept_bare_verbs(build):
    nouns = {(row.lemma, row.origin, row.plover, row.cameo) for row in build.rows if row.origin.startswith("noun<")}
    # "scolding" is a noun, but ACCUSE is no material conflict, so no gerund; "say" lost its bare row
    assert nouns == {("shelling", "noun<shell", "ASSAULT", "190"), ("obstruction", "noun<obstruct", "REJECT", "120")}


@pytest.mark.parametrize("word, lemma", [
    ("troops", "troop"), ("policies", "policies"), ("this", "this"), ("boats", "boat"), ("drill", "drill"),
])
def test_noun_lemma(morphology, word, lemma):
    assert morphology.noun_lemma(word) == lemma  # only into a known noun ("policy" is none here)


def run(tmp_path, morphology, name):
    (tmp_path / name).mkdir()
    cameo, plover = tmp_path / name / "dict.txt", tmp_path / name / "map.txt"
    cameo.write_text(DICTIONARY)
    plover.write_text(MAPPING)
    out = tmp_path / name / "lexicon.tsv"
    assert lex.main([str(cameo), str(plover), "--out", str(out), "--build-date", "2024-02-29",
                     "--cameo-source", "example/dict@0000", "--plover-source", "example/map@1111"],
                    morphology_factory=lambda model: morphology) == 0
    return out


def test_output_is_deterministic_and_sorted(tmp_path, morphology):
    first, second = run(tmp_path, morphology, "a"), run(tmp_path, morphology, "b")
    assert first.read_bytes() == second.read_bytes()
    synsets = first.with_name("lexicon_synsets.tsv")
    assert synsets.read_bytes() == second.with_name("lexicon_synsets.tsv").read_bytes()
    lines = first.read_text().splitlines()
    header = [line for line in lines if line.startswith("#")]
    assert any("2024-02-29" in line for line in header) and any("example/dict@0000" in line for line in header)
    table = [line.split("\t") for line in lines if not line.startswith("#")]
    assert tuple(table[0]) == lex.COLUMNS
    assert all(len(row) == len(lex.COLUMNS) for row in table)
    assert table[1:] == sorted(table[1:], key=lambda row: (*row[:8], int(row[8]), *row[9:]))
    synsets = synsets.read_text().splitlines()
    assert "foodstuff\tgrain" in synsets and "vessel\tpatrol boat" in synsets
