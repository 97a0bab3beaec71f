"""The events stage's data: trigger lexicon, PLOVER type table, modality words, reporting verbs, party nouns.

Everything is read from ``models/en/event*.tsv|txt`` and ``plover.tsv`` once per process.
"""
from __future__ import annotations

import functools
from typing import NamedTuple

from pipeline.resources import read_tsv, read_words

TRIGGERS_FILE = "event_triggers.tsv"
PLOVER_FILE = "plover.tsv"
MODALITY_FILE = "event_modality.tsv"
REPORT_VERBS_FILE = "event_report_verbs.txt"
PARTY_NOUNS_FILE = "event_party_nouns.txt"
VISIT_WORDS_FILE = "event_visit_words.txt"
SEND_WORDS_FILE = "event_send_words.txt"
CALL_WORDS_FILE = "event_call_words.txt"
REFERENCE_NOUNS_FILE = "event_reference_nouns.tsv"
PAIR_NOUNS_FILE = "event_pair_nouns.txt"
NON_GIFTS_FILE = "event_non_gifts.txt"
MET_THINGS_FILE = "event_met_things.txt"
FOUGHT_PROBLEMS_FILE = "event_fought_problems.txt"
OTHER_SIDE_NOUNS_FILE = "event_other_side_nouns.txt"
MESSAGE_WORDS_FILE = "event_message_words.txt"
DENIAL_VERBS_FILE = "event_denial_verbs.txt"
CENSURE_WORDS_FILE = "event_censure_words.txt"
MEASURE_NOUNS_FILE = "event_measure_nouns.txt"
ESCAPE_VERBS_FILE = "event_escape_verbs.txt"
TOPIC_VERBS_FILE = "event_topic_verbs.txt"
PRESS_WORDS_FILE = "event_press_words.txt"
MISSION_NOUNS_FILE = "event_mission_nouns.txt"
NATURAL_HAZARDS_FILE = "event_natural_hazards.txt"
REPRESENTATIVE_NOUNS_FILE = "event_representative_nouns.txt"
IGOS_FILE = "actor_igos.tsv"  # shared with the actors stage
# built by scripts/build_event_lexicon.py from PETRARCH2's CAMEO dictionary (models/README.md)
CAMEO_LEXICON_FILE = "event_lexicon_cameo.tsv"
CAMEO_SYNSETS_FILE = "event_lexicon_cameo_synsets.tsv"
EXPRESSION_NOUNS_FILE = "event_expression_nouns.tsv"
# an expressed feeling is an event only when it is directed at a party ("outrage at X", "gratitude to X")
DIRECTED = frozenset({"directed"})
# verbs of expressing: what they express is what they do ("voiced concern", "extended condolences"); "offer" as the
# CAMEO dictionary's "offer criticism" pattern codes it ("offered condolences", "offered its sympathy")
EXPRESS_VERBS = frozenset({"express", "voice", "convey", "register", "reiterate", "renew", "repeat", "extend", "send",
                           "offer"})


class TriggerRule(NamedTuple):
    """One row of the trigger lexicon."""

    head: str  # lemma of the trigger word
    particle: str | None  # "out" in "rule out", "for" in "call for"
    pos: str | None  # VERB | NOUN | None for either
    args: frozenset[str]  # the rule needs one of these lemmas among the trigger's arguments
    type: str
    mode: str | None
    cameo: str
    flags: frozenset[str]  # recip | negator | planned

    @property
    def specificity(self) -> int:
        return 2 * bool(self.args) + bool(self.particle)


class PloverType(NamedTuple):
    type: str
    cameo: str
    quad_class: int


class ModalityWords(NamedTuple):
    aux: dict[str, str]  # auxiliary lemma -> modality ("will" -> planned)
    neg: frozenset[str]
    governors: dict[str, str]  # verb or adjective governing the event -> modality ("plan" -> planned)
    modifiers: dict[str, str]  # adjective on a nominal event -> modality ("planned talks")


@functools.lru_cache(maxsize=None)
def plover_types() -> dict[str, PloverType]:
    return {row["type"]: PloverType(row["type"], row["cameo"], int(row["quad_class"])) for row in read_tsv(PLOVER_FILE)}


def quad_class(cameo: str) -> int:
    """GDELT's quad class of a CAMEO root code: 01-05 verbal cooperation, 06-08 material cooperation,
    09-13 verbal conflict, 14-20 material conflict."""
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@functools.lru_cache(maxsize=None)
def trigger_rules() -> dict[str, tuple[TriggerRule, ...]]:
    """Trigger rules by head lemma, the most specific first (rules with an argument, then with a particle)."""
    types = plover_types()
    by_head: dict[str, list[TriggerRule]] = {}
    for row in read_tsv(TRIGGERS_FILE):
        head, _, particle = row["trigger"].lower().partition(" ")
        rule = TriggerRule(
            head=head,
            particle=particle or None,
            pos=row["pos"] or None,
            args=frozenset(arg for arg in row["arg"].lower().split("|") if arg),
            type=row["type"],
            mode=row["mode"] or None,
            cameo=row["cameo"] or types[row["type"]].cameo,
            flags=frozenset(flag for flag in row["flags"].split("|") if flag),
        )
        by_head.setdefault(head, []).append(rule)
    by_head.update(derived_nouns(by_head))
    return {head: tuple(sorted(rules, key=lambda rule: -rule.specificity)) for head, rules in by_head.items()}


# flags whose checks read a verb's own objects ("called Erdogan", "gave X to Y"): no noun of the verb inherits them
VERB_CHECKS = frozenset({"party_object", "recipient", "destination", "gift", "thing_sought", "negator", "spoken",
                         "foe", "plea"})
# nouns of a coded verb whose usual sense in news is a belief, not the act ("his conviction that ...")
BELIEF_NOUNS = frozenset({"conviction"})


def derived_nouns(by_head: dict[str, list[TriggerRule]]) -> dict[str, list[TriggerRule]]:
    """"the expulsion of X's diplomats", "Y's recognition of X": the noun of a verb the lexicon codes (as the CAMEO
    lexicon's build derived it from the verb, noun<verb rows) is the same event, when that verb has one plain rule
    (no argument, particle or check) and the noun no rule of its own."""
    nouns: dict[str, list[TriggerRule]] = {}
    for row in read_tsv(CAMEO_LEXICON_FILE):
        verb = row["origin"].partition("<")[2]
        noun = row["lemma"]
        if not verb or noun in by_head or noun in nouns or noun in BELIEF_NOUNS:
            continue
        verb_rules = [rule for rule in by_head.get(verb, ()) if rule.pos in {"VERB", None}]
        if len(verb_rules) == 1 and not (verb_rules[0].args or verb_rules[0].particle or
                                         verb_rules[0].flags & VERB_CHECKS):
            nouns[noun] = [verb_rules[0]._replace(head=noun, pos="NOUN")]
    return nouns


@functools.lru_cache(maxsize=None)
def expression_rules() -> dict[str, TriggerRule]:
    """Noun -> the event of expressing it ("expressed outrage": ACCUSE, "expressed gratitude": SUPPORT): the
    objects of the CAMEO dictionary's "express X" patterns, then our rows for common nouns it lacks. A noun shared by
    several patterns keeps the first."""
    types = plover_types()
    rules: dict[str, TriggerRule] = {}
    synsets: dict[str, list[str]] = {}
    for row in read_tsv(CAMEO_SYNSETS_FILE):
        synsets.setdefault(row["synset"], []).append(row["member"])
    for row in read_tsv(CAMEO_LEXICON_FILE):
        words = row["pattern"].split(" ")
        if row["origin"] != "pattern" or not row["lemma"].startswith("express ") or words[0] != "*" or (
                len(words) != 2 or not row["plover"]):
            continue
        noun = words[1].lstrip("&") if words[1].startswith("&") else row["lemma"].split(" ")[1]
        if words[1].startswith("&") and noun not in synsets.get(noun, ()):
            continue  # a set of things ("&opposition": rivals, enemies) names what is expressed only by its own name
        rules.setdefault(noun, TriggerRule(noun, None, "NOUN", frozenset(), row["plover"], row["mode"] or None,
                                           row["cameo"], DIRECTED))
    for row in read_tsv(EXPRESSION_NOUNS_FILE):
        rules.setdefault(row["noun"], TriggerRule(row["noun"], None, "NOUN", frozenset(), row["type"], None,
                                                  row["cameo"] or types[row["type"]].cameo, DIRECTED))
    return rules


@functools.lru_cache(maxsize=None)
def modality_words() -> ModalityWords:
    aux: dict[str, str] = {}
    neg: set[str] = set()
    governors: dict[str, str] = {}
    modifiers: dict[str, str] = {}
    for row in read_tsv(MODALITY_FILE):
        word, dep, modality = row["word"].lower(), row["dep"], row["modality"]
        if dep == "aux":
            aux[word] = modality
        elif dep == "neg":
            neg.add(word)
        elif dep == "amod":
            modifiers[word] = modality
        else:
            governors[word] = modality
    return ModalityWords(aux, frozenset(neg), governors, modifiers)


def _word_list(file_name: str):
    """A function returning the lemmas of ``file_name`` (read once per process by ``read_words``)."""
    def words() -> frozenset[str]:
        return read_words(file_name)

    return words


report_verbs = _word_list(REPORT_VERBS_FILE)
party_nouns = _word_list(PARTY_NOUNS_FILE)
# Lemmas of travel events whose "to X" names where they happen ("a visit to Turkey").
visit_words = _word_list(VISIT_WORDS_FILE)
# Lemmas of sending troops or supplies, whose "to X" names where a deployment or a delivery happens.
send_words = _word_list(SEND_WORDS_FILE)
# Lemmas of a written message or of writing one ("sent a letter to X", "wrote to X").
message_words = _word_list(MESSAGE_WORDS_FILE)
# Lemmas of denying a claim ("denies backing the rebels"): what they govern is no event.
denial_verbs = _word_list(DENIAL_VERBS_FILE)
# Lemmas that censure what they are said of ("called the move disproportionate"): an accusation.
censure_words = _word_list(CENSURE_WORDS_FILE)
# Lemmas that count or measure what their "of" names ("tons of aid", "rounds of rockets").
measure_nouns = _word_list(MEASURE_NOUNS_FILE)
# Lemmas of avoiding or living through an event ("evading sanctions", "fled the fighting").
escape_verbs = _word_list(ESCAPE_VERBS_FILE)
# Lemmas (with a particle after a space) of taking a thing up as a topic ("debated the aid package").
topic_verbs = _word_list(TOPIC_VERBS_FILE)
# Lemmas of conversations one side has with one other at a time ("spoke with A and B": two calls).
call_words = _word_list(CALL_WORDS_FILE)


@functools.lru_cache(maxsize=None)
def reference_nouns() -> dict[str, tuple[str, ...]]:
    """Nouns that refer back to an earlier event ("the decision", "the demand"), with the PLOVER types they can
    refer to, most likely first."""
    return {row["noun"].lower(): tuple(t for t in row["types"].split("|") if t)
            for row in read_tsv(REFERENCE_NOUNS_FILE)}


# Lemmas that with "two"/"both" name the two parties just paired ("the two delegations", "both sides").
pair_nouns = _word_list(PAIR_NOUNS_FILE)
# Lemmas that with a possessive name the other of the two sides just paired ("its neighbour").
other_side_nouns = _word_list(OTHER_SIDE_NOUNS_FILE)
# Objects with which "give"/"provide"/"return" transfer nothing ("gave a speech", "returned the call").
non_gifts = _word_list(NON_GIFTS_FILE)
# Objects with which "meet" is to satisfy or reach them ("met the deadline", "meet their demands").
met_things = _word_list(MET_THINGS_FILE)
fought_problems = _word_list(FOUGHT_PROBLEMS_FILE)
# Modifiers of a gathering held for the press ("a news conference"): one side speaking to reporters, no meeting.
press_words = _word_list(PRESS_WORDS_FILE)
# A country's offices abroad ("the British embassy"): a protest held at one is aimed at that country.
mission_nouns = _word_list(MISSION_NOUNS_FILE)
# Hazards of nature ("a typhoon killed ..."): harm they do is no political act.
natural_hazards = _word_list(NATURAL_HAZARDS_FILE)
# People who act for a party: "for X" after them names it ("negotiators for Chile").
representative_nouns = _word_list(REPRESENTATIVE_NOUNS_FILE)


@functools.lru_cache(maxsize=None)
def igo_parents() -> dict[str, str]:
    """Organ or office -> the organisation whose code a party is written with ("UNSC" -> "UN"), as for actors."""
    return {row["code"]: row["parent"] for row in read_tsv(IGOS_FILE) if row.get("parent")}


@functools.lru_cache(maxsize=None)
def noun_verbs() -> dict[str, str]:
    """The verb each event noun of the CAMEO lexicon was derived from ("expulsion" -> "expel")."""
    return {row["lemma"]: row["origin"].partition("<")[2] for row in read_tsv(CAMEO_LEXICON_FILE)
            if row["origin"].startswith("noun<")}
