"""How the words of a sentence hang together, as the events stage reads the dependency parse.

The word an event's subject hangs on (``anchor_of``), subjects and prepositional objects (with repairs of known
misparses: "granted asylum to five officers hiding in ..."), a verb's own clause, the reporting clause above it,
and where a wire dateline ends (the text before it names no party and no event).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.stages import datelines
from pipeline.stages.events.lexicon import report_verbs
from pipeline.stages.extensions import doc_heads, doc_text

CARRIER_PREPS = frozenset({"in", "on", "into", "as"})  # "engaged in cleansing", "went on strike", "used as shields"
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# adjectives that schedule or expect what their infinitive tells ("is due to visit", "is likely to sign")
SCHEDULE_ADJECTIVES = frozenset({"due", "set", "likely", "expected", "scheduled"})
# verbs of travelling or gathering for an event ("arrived in Lima for talks")
JOURNEY_LEMMAS = frozenset({"arrive", "travel", "fly", "head", "go", "come", "land", "gather", "convene"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "attr", "oprd"})
DATE_ENTS = frozenset({"DATE", "TIME"})
# clauses nested under an event's verb that say nothing about where or when it happened
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"})
# a nominal event in a time phrase is had by the subject of the clause ("said after a phone call with X")
TIME_PREPS = frozenset({"after", "before", "during", "following", "since"})


def dateline_end(doc: Doc) -> int:
    """End of a wire dateline ("ISTANBUL, May 16 (Reuters) - "): the place there is where it was filed, no party;
    a title line before it is headline text, whose events the story itself tells."""
    return datelines.dateline_end(doc_text(doc))


def anchor_of(token: Token) -> Token:
    """The word whose subject is the event's source: a verb itself, or the verb a nominal trigger is the object of
    ("held talks", "engaged in ethnic cleansing")."""
    if token.pos_ == "VERB":
        return token
    head = token.head
    if token.dep_ in {"dobj", "nsubjpass", "attr", "oprd"} and head.pos_ in {"VERB", "AUX"}:
        return head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in CARRIER_PREPS and head.head.pos_ == "VERB":
        return head.head
    if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in JOURNEY_LEMMAS:
        return head.head  # "arrived in Lima for talks", "flew to Cairo for a summit": who travels takes part
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.dep_ in {
            "dobj", "nsubjpass", "attr"} and head.head.head.pos_ in {"VERB", "AUX"} and not any(
            child.dep_ == "poss" for child in token.children):
        return head.head.head  # "held a second round of talks", "launched a wave of attacks"
    return token


def pobjs(prep: Token) -> list[Token]:
    found = [child for child in prep.children if child.dep_ in {"pobj", "pcomp"}]
    if any(child.dep_ == "pobj" for child in found):
        return found
    # "granted asylum to five officers hiding in ...": the parse may make the preposition's object the subject of
    # the participle after it, hung on the preposition or beside it
    clauses = found or [clause for clause in prep.head.children if clause.dep_ in {"advcl", "acl"}]
    inner = [child for clause in clauses for child in clause.children
             if child.dep_ in {"nsubj", "nsubjpass"} and child.left_edge.i == prep.i + 1]
    return inner or found


def subject_of(verb: Token) -> tuple[list[Token], list[Token]]:
    """(active subjects, passive agents) of a verb, inherited from the verb it depends on when it has none."""
    subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
    agents = [pobj for child in verb.children if child.dep_ == "agent" for pobj in pobjs(child)]
    if subjects or agents:
        return subjects, agents
    if verb.dep_ in {"xcomp", "conj", "advcl"} and verb.head.i != verb.i:
        if joins_the_governing_clause(verb):
            return subject_of(verb.head.head)
        if verb.dep_ == "conj" and is_active(verb):
            # "X was indicted by a court and will resign": an active verb joined to a passive one goes on with
            # who underwent the first, not with its agent
            undergoers = [child for child in verb.head.children if child.dep_ == "nsubjpass"]
            if undergoers:
                return undergoers, []
        if verb.dep_ == "xcomp":
            undergoers = [child for child in verb.head.children if child.dep_ == "nsubjpass"]
            if undergoers:
                # "X is expected to visit Y", "X was urged by Z to withdraw": who is said to be due or asked to do
                # it does it
                return undergoers, []
            objects = [child for child in verb.head.children if child.dep_ in {"dobj"}]
            if objects and verb.head.lemma_.lower() in {"urge", "ask", "order", "force", "call", "press", "allow",
                                                        "permit", "invite", "tell", "persuade", "encourage", "prompt",
                                                        "compel", "oblige", "require", "push", "pressure"}:
                return objects, []
        return subject_of(verb.head)
    if verb.dep_ == "acomp" and verb.head.pos_ in {"VERB", "AUX"} and verb.lower_ in SCHEDULE_ADJECTIVES:
        # "X is due to visit Y", "X is likely to sign": the copula's subject does what is scheduled or likely (not
        # what it is ready or unwilling to do: an offer or a refusal, no act yet)
        return subject_of(verb.head)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ in {"VERB", "AUX"}:
        return subject_of(verb.head.head)  # "would respond by declaring X persona non grata": the means is its own
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in {"dobj", "pobj"}:
        # "issued a statement calling on X", "put out a report accusing X": the statement's author
        governor = verb.head.head if verb.head.dep_ == "dobj" else verb.head.head.head
        if governor.pos_ in {"VERB", "AUX"}:
            return subject_of(governor)
    return [], []


def is_active(verb: Token) -> bool:
    """A verb surely in the active voice: with an auxiliary or an object of its own. A bare verb joined to a
    passive one may share its auxiliaries ("was arrested and charged", which the tagger may read as a past)."""
    if any(child.dep_ == "auxpass" for child in verb.children):
        return False
    return any(child.dep_ in {"aux", "dobj"} for child in verb.children)


def joins_the_governing_clause(verb: Token) -> bool:
    """A verb with no subject joined after a comma to a complement clause that has its own ("X determined that Y
    had done Z, and imposed sanctions"): the parse hangs it on the complement, but the comma closes that clause,
    so the verb goes on with the one that governs it and shares its subject."""
    first = verb.head
    if verb.dep_ != "conj" or first.dep_ != "ccomp" or first.head.i == first.i:
        return False
    if not any(child.dep_ in SUBJECT_DEPS | {"nsubjpass"} for child in first.children):
        return False
    joints = [child for child in first.children if child.dep_ == "cc" and first.i < child.i < verb.i]
    return any(joint.i > 0 and joint.doc[joint.i - 1].text == "," for joint in joints)


def is_purpose_clause(token: Token) -> bool:
    """"(blocked a road) to show their anger at X": an infinitive of purpose."""
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and not any(
        c.dep_ == "mark" for c in token.children)


def clause_of(anchor: Token, trigger: Token) -> list[Token]:
    """The anchor's own clause: its subtree without the clauses nested in it (a relative clause, "calling it ...",
    "based in X"), except those on the way down to the trigger."""
    path = {trigger.i}
    heads = doc_heads(trigger.doc)  # the trigger's ancestors, walked by index
    i = trigger.i
    while heads[i] != i:
        i = heads[i]
        path.add(i)
    tokens: list[Token] = []
    stack = [anchor]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(child for child in token.children if child.dep_ not in CLAUSE_DEPS or child.i in path
                     or token.i == anchor.i and is_scene_clause(child))
    return sorted(tokens, key=lambda t: t.i)


def is_scene_clause(clause: Token) -> bool:
    """A participle clause setting the scene of its verb's subject ("Speaking in Tirana on Friday, he urged ..."):
    no subject, no "before"/"after" of its own, before its verb; where and when it is, the event is."""
    return (clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i < clause.head.i
            and not any(child.dep_ in SUBJECT_DEPS | {"mark", "nsubjpass"} for child in clause.children))


def report_clause(anchor: Token, trigger: Token) -> list[Token]:
    """The clause of the reporting verb an event is told under ("In Washington, Miller said on Monday that ..."),
    or nothing."""
    for ancestor in anchor.ancestors:
        if ancestor.lemma_.lower() in report_verbs() and ancestor.pos_ == "VERB":
            return clause_of(ancestor, trigger)
    return []
