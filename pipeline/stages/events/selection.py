"""Which matched triggers of a sentence are events of their own: not background (a relative clause, a
participle phrase), not hypothetical (a condition, a prerequisite, an open question), not a kind of event ("any
attack"), not denied, evaded or only talked about, and only the topmost of a chain
("threatened to impose sanctions" is one THREATEN; "refused to meet" a negated meeting)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.stages.events.lexicon import (TriggerRule, denial_verbs, escape_verbs, natural_hazards, report_verbs,
                                            topic_verbs)
from pipeline.stages.events.phrases import PARTY_ENTS, is_party_word
from pipeline.stages.events.syntax import anchor_of, is_purpose_clause, joins_the_governing_clause, subject_of
from pipeline.stages.events.triggers import (Trigger, censure_rule, could_trigger, expression_rule, match_rule,
                                             obligation_rule)
from pipeline.stages.extensions import doc_tokens

# a trigger below one of these links belongs to the trigger above it ("threatened to ban", "accused X of attacking")
SUBSUMED_DEPS = frozenset({"xcomp", "ccomp", "advcl", "dobj", "pobj", "prep", "pcomp", "acl", "attr", "oprd", "acomp",
                           "nsubj", "nsubjpass", "dative", "agent", "npadvmod"})
# complements whose conjuncts share what governs them ("threatened to recall its envoy and expel diplomats",
# "accused X of attacking its posts and killing two soldiers")
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp"})
CONDITION_MARKS = frozenset({"if", "unless", "until", "lest"})
GENERIC_DETERMINERS = frozenset({"any", "every", "such"})  # "any attack on X", "such talks are rare"
QUESTION_VERBS = frozenset({"ask", "inquire", "enquire", "query"})  # "asked whether ...": a question, no request
# harm a natural hazard can do too ("a typhoon killed 150 people", "floods destroyed homes")
HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
# reactions to an act ("condemned the move"): aimed at whoever did it
REACTION_TYPES = frozenset({"SUPPORT", "REJECT", "ACCUSE", "PROTEST"})


def find_triggers(sent: Span, *, skip_relative_clauses: bool = True,
                  candidates: list[Token] | None = None) -> list[Trigger]:
    """Triggers of one sentence, keeping only the topmost of a chain ("threatened to impose sanctions" -> THREATEN);
    an event governed by "refused to"/"ruled out" is kept, negated, instead of its governor. ``candidates``: the
    sentence's tokens that ``could_trigger``, when the caller has them."""
    tokens = doc_tokens(sent.doc)
    if candidates is None:
        candidates = [token for token in tokens[sent.start:sent.end] if could_trigger(token)]
    matched = {token.i: rule for token in candidates
               if (rule := match_rule(token) or obligation_rule(token) or censure_rule(token)
                         or expression_rule(token))}
    if skip_relative_clauses:
        matched = {i: rule for i, rule in matched.items()
                   if not in_relative_clause(tokens[i]) and not in_participle_phrase(tokens[i])
                   and not in_description(tokens[i]) or rule.type in REACTION_TYPES and is_summary_reaction(tokens[i])}
    matched = {i: rule for i, rule in matched.items() if rule.type not in HARM_TYPES or not is_natural_harm(tokens[i])}
    matched = {i: rule for i, rule in matched.items() if not in_condition(tokens[i]) and not is_denied(tokens[i])
               and not in_free_relative(tokens[i]) and not is_escaped(tokens[i]) and not in_open_question(tokens[i])
               and not is_generic(tokens[i])}
    # a light verb stands for the nominal trigger it carries ("began a hunger strike to protest")
    carriers = {anchor_of(tokens[i]).i: i for i in matched if tokens[i].pos_ == "NOUN"}
    triggers = []
    dropped: set[int] = set()
    negated: dict[int, Token] = {}
    for i, rule in matched.items():
        governor = governing_trigger(tokens[i], matched, carriers)
        if governor is None:
            continue
        negator = matched[governor.i]
        if "negator" in negator.flags and tokens[i].head.i == governor.i and (
                tokens[i].dep_ == "xcomp" or tokens[i].dep_ == "dobj" and negator.particle):
            dropped.add(governor.i)
            negated[i] = governor
        else:
            dropped.add(i)
    for i, negator in negated.items():
        if governing_trigger(negator, matched, carriers) is not None:
            # "demanded that X refuse to recognize Y", "urged Y to refuse to meet X": the refusal asked for is part
            # of the request above it, so is what it refuses
            dropped.add(i)
    for i, rule in matched.items():
        if i not in dropped:
            triggers.append(Trigger(tokens[i], rule, negated.get(i)))
    return triggers


def in_relative_clause(token: Token) -> bool:
    """Inside a relative clause ("a curfew, which was imposed ..."): background, not the reported event -- except
    what a person named before it did ("Fidan, who urged both sides to ..."), which is news told in passing."""
    return any(t.dep_ == "relcl" and not is_person_clause(t) for t in [token, *token.ancestors])


def is_summary_reaction(token: Token) -> bool:
    """A reaction told in a relative clause on a noun that sums up the clause before it ("signed a defence pact, a
    move China criticised", "held talks in Pristina, a meeting Serbia condemned"): news told in passing, by a
    named subject, about the act just told."""
    summary = token.head
    if token.dep_ != "relcl" or token.pos_ != "VERB" or token.tag_ not in {"VBD", "VBZ", "VBP"} or (
            summary.pos_ != "NOUN" or summary.i < summary.head.i or is_party_word(summary)):
        return False
    # the summing noun phrase closes the sentence after a comma (the parse hangs it on the verb or a noun before)
    first, last = min(t.i for t in summary.subtree), max(t.i for t in summary.subtree)
    closes = all(t.is_punct for t in token.doc[last + 1:token.sent.end])
    return closes and first > token.sent.start and token.doc[first - 1].text == "," and any(
        child.dep_ == "nsubj" and child.i > summary.i and is_party_word(child) for child in token.children)


def is_natural_harm(token: Token) -> bool:
    """A harming verb whose doer is a natural hazard ("a typhoon killed 150 people", "homes destroyed by floods",
    "were killed by the earthquake"): harm done by nature, no political act."""
    if token.pos_ != "VERB":
        return False
    subjects, agents = subject_of(token)
    doers = agents + [s for s in subjects if s.dep_ != "nsubjpass"]
    return any(doer.lemma_.lower() in natural_hazards() for doer in doers)


def in_participle_phrase(token: Token) -> bool:
    """What a past participle describing a noun says it did ("two men suspected of bombing a plane", "a general
    convicted of ordering the massacre"): background, like a relative clause."""
    holder = token.head.head
    return (token.dep_ == "pcomp" and token.head.dep_ == "prep" and holder.dep_ == "acl" and holder.tag_ == "VBN")


def in_description(token: Token) -> bool:
    """Inside a noun phrase set beside a party to say what it is ("Chile, a signatory to the 1929 treaty with Peru,
    ..."): background, like a relative clause."""
    return token.pos_ == "NOUN" and any(t.dep_ == "appos" and t.i != token.i for t in token.ancestors)


def is_person_clause(clause: Token) -> bool:
    """", who urged ...": a "who" clause in the simple past on a named person; so is ", which endorsed ..." on a
    named body and ", where he met ..." on a named place."""
    if clause.tag_ != "VBD" or clause.head.ent_type_ not in PARTY_ENTS or is_history(clause):
        return False
    return any(child.dep_ == "nsubj" and child.lower_ in {"who", "which"} or
               child.dep_ == "advmod" and child.lower_ == "where" and clause.head.ent_type_ in {"GPE", "LOC", "FAC"}
               for child in clause.children)


def is_history(clause: Token) -> bool:
    """A clause dated to a year before the story's ("Chile and Peru, which fought a war in 1879, ..."): what it tells
    is the parties' history, not news."""
    published = clause.doc._.published
    return published is not None and any(
        t.ent_type_ == "DATE" and t.like_num and len(t.text) == 4 and t.text.isdigit() and int(t.text) < published.year
        for t in clause.subtree)


def in_condition(token: Token) -> bool:
    """Inside a condition ("unless the president agrees to step down") or a prerequisite ("must change its
    constitution before the treaty can be signed"): a hypothetical, not an event."""
    return any(t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children)
               or is_prerequisite(t) for t in [token, *token.ancestors])


def in_open_question(token: Token) -> bool:
    """Inside an open question ("unclear whether X will expel Y", "will decide whether to sign", "asked if X would
    send troops"): asked about, not told; and asking one ("reporters asked whether ...") with no one asked is no
    request. "asked Y whether it could send aid" still asks Y."""
    asked_no_one = not any(child.dep_ in {"dobj", "dative"} for child in token.children)
    if token.lemma_.lower() in QUESTION_VERBS and asked_no_one and any(
            child.dep_ == "ccomp" and is_question_clause(child) for child in token.children):
        return True
    return any(is_question_clause(t) for t in [token, *token.ancestors])


def is_generic(token: Token) -> bool:
    """An event noun for a kind of event, not one that happened: "any attack on X would be ...", "every visit to X
    is watched", "such talks are rare"; and what such a generic event is said to be ("... would be an attack on
    NATO")."""
    if token.pos_ != "NOUN":
        return False
    if token.dep_ in {"nsubj", "nsubjpass"}:
        return has_generic_determiner(token)
    # (an object keeps its reading: "ruled out any talks" is talks ruled out, told negated)
    return token.dep_ == "attr" and any(child.dep_ == "nsubj" and has_generic_determiner(child)
                                        for child in token.head.children)


def has_generic_determiner(noun: Token) -> bool:
    return any(child.dep_ in {"det", "predet", "amod"} and child.lower_ in GENERIC_DETERMINERS
               for child in noun.children)


def is_question_clause(clause: Token) -> bool:
    """A clause marked "whether" (any kind), or "if" as a complement ("asked if ..."; an "if" adverbial clause is a
    condition)."""
    return clause.dep_ in {"ccomp", "xcomp", "advcl", "csubj", "pcomp", "acl"} and any(
        child.dep_ == "mark" and (child.lower_ == "whether" or child.lower_ == "if" and clause.dep_ == "ccomp")
        for child in clause.children)


def is_prerequisite(clause: Token) -> bool:
    """"before the treaty can be signed": what can only happen once something else has."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "before" for c in clause.children) and any(
        c.dep_ == "aux" and c.lower_ in {"can", "could"} for c in clause.children)


def is_escaped(token: Token) -> bool:
    """"evading sanctions", "fled the fighting": an event avoided or lived through, told of by someone else; "will
    take up the aid package", "debated the sanctions": an event talked about."""
    if token.pos_ != "NOUN" or token.dep_ != "dobj":
        return False
    verb = token.head
    particle = next((child.lower_ for child in verb.children if child.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    return lemma in escape_verbs() or lemma in topic_verbs() or f"{lemma} {particle}" in topic_verbs()


def in_free_relative(token: Token) -> bool:
    """A verb whose object is "what" ("pay for what it destroyed", "what it had agreed"): a thing described by
    what was done to it, not a new event."""
    return token.pos_ == "VERB" and any(child.dep_ == "dobj" and child.tag_ == "WP" for child in token.children)


def is_denied(token: Token) -> bool:
    """Inside what a denial governs ("Kigali denies backing the rebels", "denied that its jets bombed X"): the
    claim denied, not an event. What comes before the denial ("X accused Y of Z, a charge Y denies") is told as
    fact; the parse may hang it on the denial all the same."""
    current = token
    while current.dep_ in SUBSUMED_DEPS and current.head.i != current.i:
        current = current.head
        if current.lemma_.lower() in denial_verbs():
            return current.i < token.i
        if current.lemma_.lower() in report_verbs():
            return False
    return False


def governing_trigger(token: Token, matched: dict[int, TriggerRule], carriers: dict[int, int]) -> Token | None:
    current = token
    # a verb joined to a complement that is no event shares what governs it ("offered to lead the force and send
    # police", "threatened to recall its envoy and expel diplomats") -- unless it goes on with the governing clause
    while current.dep_ == "conj" and current.pos_ == "VERB" and current.head.i not in matched and (
            current.head.dep_ in COMPLEMENT_DEPS or is_purpose_clause(current.head)) and (
            not joins_the_governing_clause(current)):
        current = current.head
    if current.dep_ == "conj" and current.head.i in matched and (
            current.head.dep_ in COMPLEMENT_DEPS or is_purpose_clause(current.head)):
        # joined to an event that is itself a complement, it shares its governor ("called on X to allow A and allow
        # B", "threatened to recall its envoy and expel diplomats": what is asked or threatened, both)
        above = governing_trigger(current.head, matched, carriers)
        if above is not None and not ("negator" in matched[above.i].flags and current.head.head.i == above.i):
            return above  # ("refused to meet X or sign Y" are two events denied)
    while current.dep_ in SUBSUMED_DEPS and current.head.i != current.i:
        if current.dep_ == "advcl" and any(child.dep_ == "mark" and child.lower_ != "to" for child in current.children):
            return None
        if current.dep_ == "advcl" and current.tag_ == "VBG" and current.i == token.i and (
                current.head.i in matched and matched[current.head.i].type != matched[token.i].type):
            return None  # a participle adds an event of another kind ("spoke with X, urging both to ...")
        current = current.head
        if current.i in matched:
            return current
        if current.i in carriers and carriers[current.i] != token.i:
            return current.doc[carriers[current.i]]
        if current.lemma_.lower() in report_verbs() and current.pos_ == "VERB":
            return None  # a speaker's words are news of their own -- but "reports that X did Y" are no speaker
    return None
