"""The heads of an event's parties in the parse around its trigger: subjects and agents (sources), objects and
prepositional phrases (targets), "between X and Y" (reciprocal parties), "in X" (locations); and targets found
further off: in a complement, a condition, the addressee of a message, whom something is made known to."""
from __future__ import annotations

from spacy.tokens import Token

from pipeline.stages.events.lexicon import message_words, trigger_rules
from pipeline.stages.events.parties import TARGET_PREPS
from pipeline.stages.events.phrases import LOCATION_PREPS
from pipeline.stages.events.syntax import OBJECT_DEPS, SUBJECT_DEPS, TIME_PREPS, is_purpose_clause, pobjs, subject_of
from pipeline.stages.events.triggers import NAMING_LEMMAS, match_rule

RECIPROCAL_PREPS = frozenset({"between", "among", "amongst"})
LEADING_LEMMAS = frozenset({"lead"})  # "a Hamas-led attack", "a Saudi-led offensive": the leader acts
# "talks mediated by Qatar", "negotiations hosted by Egypt": whoever brings talks about takes part in them
BROKER_LEMMAS = frozenset({"mediate", "broker", "host", "facilitate", "sponsor", "chair"})
# "drew criticism from X", "sparked condemnation", "earned praise": verbs whose subject draws a reaction out of others
ELICIT_LEMMAS = frozenset({"draw", "spark", "prompt", "provoke", "trigger", "attract", "earn", "elicit", "win"})
# the words hung on a leading participle that name who leads ("Hamas" in "Hamas-led")
LEADER_DEPS = frozenset({"npadvmod", "compound", "nmod", "nsubj", "poss"})
# "notified X of its objection", "informed X of its decision": X is whom the act bears on
NOTIFY_LEMMAS = frozenset({"notify", "inform", "tell", "warn", "advise"})


def argument_heads(anchor: Token, trigger: Token
                   ) -> tuple[list[Token], list[tuple[Token, str]], list[Token], list[Token]]:
    """Heads of (sources, (target, how it attaches), reciprocal parties, locations) around an event's anchor and
    trigger; ``how`` is "obj" or a preposition."""
    sources: list[Token] = []
    targets: list[tuple[Token, str]] = []
    reciprocal: list[Token] = []
    locations: list[Token] = []
    words = [anchor] if anchor.i == trigger.i else [anchor, trigger]
    # "a memorandum between X and Y was signed", "signed a pact between X and Y": the parties of a reciprocal
    # thing acted on are the event's -- its co-sources when the act is reciprocal too, else whom it bears on
    # ("hailed the ceasefire agreement between X and Y")
    pair = [pobj for child in anchor.children if child.dep_ in {"dobj", "nsubjpass"} and any(
                "recip" in rule.flags for rule in trigger_rules().get(child.lemma_.lower(), ()))
            for prep in child.children if prep.dep_ == "prep" and prep.lower_ in RECIPROCAL_PREPS
            for pobj in pobjs(prep)]
    if any("recip" in rule.flags for rule in trigger_rules().get(trigger.lemma_.lower(), ())):
        reciprocal.extend(pair)
    else:
        targets.extend((pobj, "obj") for pobj in pair)
    if is_drawn_reaction(anchor, trigger):
        # "Japan's decision drew criticism from China": who reacts is named by "from", what drew it is whom the
        # reaction is aimed at
        sources.extend(pobj for word in (trigger, anchor) for prep in word.children
                       if prep.dep_ == "prep" and prep.lower_ == "from" for pobj in pobjs(prep))
        targets.extend((subject, "obj") for subject in subject_of(anchor)[0])
        words = [trigger]
    elif anchor.pos_ in {"VERB", "AUX"}:
        subjects, agents = subject_of(anchor)
        sources.extend(subjects + agents)
        passive = [child for child in anchor.children if child.dep_ == "nsubjpass" and child.i != trigger.i]
        if anchor.i != trigger.i and not subjects and not agents:
            sources.extend(passive)  # "Serb forces were engaged in ethnic cleansing"
        elif agents or not subjects:
            targets.extend((child, "passive") for child in passive)
    for word in words:
        for child in word.children:
            if child.dep_ == "dative" and child.pos_ == "ADP" and not any(c.dep_ == "pobj" for c in child.children):
                targets.extend((head, "obj") for head in pobjs(child) if head.dep_ != "pcomp")
            elif child.dep_ in OBJECT_DEPS and child.i != trigger.i:
                targets.append((child, "obj"))
            elif child.dep_ == "prt" and child.lower_ == "up" and word.pos_ == "VERB" and not any(
                    c.dep_ == "dobj" for c in word.children):
                # "kidnapped up to 16 advisers": the parse takes "up to" for a particle and a preposition, but
                # before a number it only bounds the count of the object
                targets.extend((obj, "obj") for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "to"
                               for obj in pobjs(prep) if is_counted(obj))
            elif child.dep_ == "prep" and child.lower_ in RECIPROCAL_PREPS:
                reciprocal.extend(pobjs(child))
            elif child.dep_ == "prep" and child.lower_ == "as" and not any(c.dep_ == "dobj" for c in word.children):
                # "denounced as a crime X's suppression of ...", "rejected as unacceptable a demand by X": the object
                # moved after the "as" phrase, which the parse takes into that phrase or for an apposition of it
                targets.extend((head, "obj") for pobj in pobjs(child)
                               for head in [pobj, *(c for c in pobj.children if c.dep_ == "appos")])
            elif child.dep_ == "prep" and child.lower_ == "by" and word.pos_ == "NOUN":
                sources.extend(pobjs(child))
            elif child.dep_ == "prep" and child.lower_ == "by" and word.pos_ == "VERB" and has_subject_and_object(word):
                # "rejected the charges by Peru": an active verb has no agent; the parse hung the object's author
                # on the verb, and whom an act on a thing bears on is whose thing it is
                targets.extend((pobj, "by") for pobj in pobjs(child))
            elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
                targets.extend((pobj, child.lower_) for pobj in pobjs(child))
            elif child.dep_ == "prep" and child.lower_ in LOCATION_PREPS:
                locations.extend(pobjs(child))
            elif child.dep_ == "poss" and word.pos_ == "NOUN":
                sources.append(child)
            elif child.dep_ in {"amod", "compound"} and word.pos_ == "NOUN" and word.i == trigger.i and (
                    child.ent_type_ in {"NORP", "GPE", "ORG"}):
                sources.append(child)
            elif child.dep_ == "acl" and child.lemma_.lower() in BROKER_LEMMAS and word.pos_ == "NOUN":
                reciprocal.extend(pobj for agent in child.children if agent.dep_ == "agent" for pobj in pobjs(agent))
            elif child.dep_ == "amod" and child.lemma_.lower() in LEADING_LEMMAS and word.i == trigger.i:
                sources.extend(leader for leader in child.children if leader.dep_ in LEADER_DEPS)
    targets.extend((notified, "obj") for notified in notified_of(trigger))
    targets.extend((named, "obj") for named in named_objects(anchor))
    if not sources and trigger.pos_ == "NOUN" and anchor.i == trigger.i and trigger.dep_ == "pobj" and (
            trigger.head.lower_ in TIME_PREPS and trigger.head.head.pos_ in {"VERB", "AUX"}) and (
            trigger.head.head.lemma_ != "be"):
        # "Sheinbaum said after a phone call with Trump"; but what a copula's subject is ("Latvia was calm after
        # the attack", "has been an ally since the invasion") tells nothing of who did the event
        sources.extend(subject_of(trigger.head.head)[0])
    return sources, targets, reciprocal, locations


def is_drawn_reaction(anchor: Token, trigger: Token) -> bool:
    """A reaction noun as the object of a verb of drawing it out ("drew criticism from X", "sparked condemnation")."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.i == anchor.i and (
        anchor.lemma_.lower() in ELICIT_LEMMAS)


def has_subject_and_object(verb: Token) -> bool:
    deps = {child.dep_ for child in verb.children}
    return "dobj" in deps and bool(deps & SUBJECT_DEPS)


def is_counted(token: Token) -> bool:
    """A noun given a number ("16 advisers", "some 300 troops")."""
    return any(child.dep_ == "nummod" or child.ent_type_ == "CARDINAL" for child in token.children)


def named_objects(anchor: Token) -> list[Token]:
    """What a free relative object names: "condemned what it called X's actions" acts on "X's actions", "denounced
    what it described as X's provocations" on "X's provocations" (the parse makes "what" the naming verb's)."""
    found: list[Token] = []
    for clause in anchor.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in NAMING_LEMMAS or not any(
                child.dep_ == "dobj" and child.tag_ == "WP" for child in clause.children):
            continue
        found.extend(child for child in clause.children if child.dep_ == "oprd")
        found.extend(pobj for child in clause.children if child.dep_ == "prep" and child.lower_ == "as"
                     for pobj in pobjs(child))
    return found


def addressees_of(trigger: Token) -> list[Token]:
    """Whom a message told in a participle went to: "sent a letter to X calling for ...", "wrote to X urging ...",
    "sent a note to X's minister demanding ..." (the parse may hang the participle on the addressee)."""
    if trigger.tag_ != "VBG" or trigger.dep_ not in {"advcl", "acl"}:
        return []
    governor = trigger.head
    if trigger.dep_ == "acl" and governor.dep_ in {"dobj", "pobj"}:
        governor = governor.head if governor.dep_ == "dobj" else governor.head.head
    if governor.pos_ != "VERB":
        return []
    messages = [governor] + [child for child in governor.children if child.dep_ == "dobj"]
    if not any(word.lemma_.lower() in message_words() for word in messages):
        return []
    return [pobj for child in governor.children if child.dep_ in {"dative", "prep"} and child.lower_ == "to"
            for pobj in pobjs(child)]


def notified_of(trigger: Token) -> list[Token]:
    """Whom a nominal event is made known to: "notified Turkey and the UN of its objection" (the parse may hang
    "of its objection" on the last one notified)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return []
    holder = trigger.head.head
    while holder.dep_ == "conj" and holder.head.i != holder.i:
        holder = holder.head
    verb = holder if holder.pos_ == "VERB" else holder.head if holder.dep_ in {"dobj", "dative"} else None
    if verb is None or verb.lemma_.lower() not in NOTIFY_LEMMAS:
        return []
    return [child for child in verb.children if child.dep_ in {"dobj", "dative"}]


def complement_targets(anchor: Token) -> list[tuple[Token, str]]:
    """Who is asked, threatened or promised something in a complement ("demanded that Israel ease ...",
    "threatened to break relations with Russia")."""
    found: list[tuple[Token, str]] = []
    for child in anchor.children:
        if child.dep_ in {"ccomp", "xcomp"} or is_purpose_clause(child):
            subjects = [(c, "obj") for c in child.children if c.dep_ in SUBJECT_DEPS | {"nsubjpass"}]
            found.extend(subjects or argument_heads(child, child)[1])
    return found


def condition_subjects(anchor: Token) -> list[Token]:
    """Subjects of the "unless"/"if" clauses on an event or on its complement ("... unless Israel rescinds X")."""
    verbs = [anchor, *(child for child in anchor.children if child.dep_ in {"xcomp", "ccomp"})]
    return [subject for verb in verbs for clause in verb.children if clause.dep_ == "advcl"
            and any(mark.dep_ == "mark" and mark.lower_ in {"unless", "if"} for mark in clause.children)
            for subject in clause.children if subject.dep_ in SUBJECT_DEPS | {"nsubjpass"}]


def elaborating_targets(anchor: Token, type_: str) -> list[tuple[Token, str]]:
    """Whom a participle telling the same act in other words names ("condemned the vote, accusing Peru of bad faith",
    "rejected the plan, dismissing it as a ploy by X"): the participle is no event of its own (``selection``), and
    its object is whom the act it elaborates bears on."""
    found: list[tuple[Token, str]] = []
    for clause in anchor.children:
        rule = match_rule(clause) if clause.dep_ == "advcl" and clause.tag_ == "VBG" else None
        if rule is not None and rule.type == type_:
            found.extend(argument_heads(clause, clause)[1])
    return found


def authors_of(thing: Token) -> list[Token]:
    """Who made a thing, by the agent of the participle describing it ("the proposal made by Peru", "laws imposed by
    the government", "the attack carried out by X")."""
    return [pobj for clause in thing.children if clause.dep_ == "acl" and clause.tag_ == "VBN"
            for agent in clause.children if agent.dep_ == "agent" for pobj in pobjs(agent)]
