"""Which verbs and nouns the CAMEO-derived event lexicon keeps (``scripts/build_event_lexicon.py``): the generic
verbs that get no bare row, the rules deriving a verb's event noun, and the model's morphology those rules read.
Moved verbatim from build_event_lexicon.py."""
from __future__ import annotations

import re
from collections.abc import Iterable


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
