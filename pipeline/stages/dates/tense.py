"""The tense of the verb governing a temporal expression: past, present or future, read off the parse.

The dates stage passes it into the context of each expression, so that a weekday
or a month named without a year is read in the right direction ("met on Monday",
"will meet on Monday").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.stages import extensions
from pipeline.stages.dates.rules import lexicon

VERB_POS = {"VERB", "AUX"}
AUXILIARY_DEPS = {"aux", "auxpass"}
CLAUSE_DEPS = {"xcomp", "ccomp", "advcl"}
COMPLEMENT_DEPS = {"acomp", "attr", "xcomp"}
SINGULAR_NOUN_TAGS = {"NN", "NNP"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
FINITE_PRESENT_TAGS = {"VBZ", "VBP"}
NEGATIVE_SUBJECTS = {"neither", "nobody", "none", "nothing"}
NEGATIVE_DETERMINERS = {"neither", "no"}


def tense_at(doc: Doc, start: int, end: int) -> str | None:
    """past | present | timetable (a finite present verb) | future for the verb governing the characters
    start..end; None without a parse."""
    if not doc.has_annotation("DEP") or not doc.has_annotation("TAG"):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tokens = extensions.doc_tokens(doc)
    # a word right before that fixes the direction: "since January", "until Tuesday", "effective June 1"
    cues = lexicon()["tense_cue_words"]
    previous = tokens[span.start - 1].lower_ if span.start > 0 else None
    if previous in cues:
        if cues[previous] == "future" and is_past_perfect_clause(span):
            # "until Thursday, they had not named him": a limit already passed when the clause is past perfect
            return "past"
        return cues[previous]
    # words before that name what lies ahead: "ahead of Sunday's vote", "in the run-up to the March 3 election"
    for phrase, tense in lexicon()["tense_cue_phrases"].items():
        words = phrase.split()
        if span.start >= len(words) and [token.lower_ for token in tokens[span.start - len(words):span.start]] == words:
            return tense
    if previous is not None and tokens[span.start - 1].lemma_ in lexicon()["designation_verbs"] \
            and names_a_designated_day(tokens, span.end) and not _dated_past_setting(span, tokens[span.start - 1]):
        # "declared Wednesday a day of mourning", "named Friday as the deadline": a day set aside for something
        # lies ahead of the setting, whatever the tense of the verb that sets it
        return "future"
    if previous == "to" and _postponed_to(span):
        # "tried to postpone the vote from February 25 to December", "extended the curfew to May 3": the new date
        # lies ahead of the putting off, whatever the tense of the verb
        return "future"
    # "said on Monday it would not attend": the date goes with the reporting verb right before it
    before = span.start - 2 if span.start > 1 and previous == "on" else span.start - 1
    if before >= 0 and tokens[before].pos_ == "VERB" and tokens[before].lemma_ in lexicon()["reporting_verbs"]:
        return verb_tense(tokens[before])
    verb = governing_verb(span)
    tense = verb_tense(verb) if verb is not None else None
    if tense == "past" and previous in ("on", "in") and verb is not None \
            and tokens[span.start - 1].head.i == verb.i:
        # "was shot on May 1", "met in May": a past event placed at the time by its own verb happened before
        # the day of writing, even in a month a little ahead of it ("a cutback in September" dates the noun)
        return "completed"
    if tense == "present" and is_possessive(span):
        # "Thursday's closing price", "before Friday's purchases": an event named by its day, seen from a
        # present-tense clause, has already happened
        return "past"
    if tense == "present" and verb is not None and verb.tag_ in FINITE_PRESENT_TAGS \
            and not any(child.dep_ in AUXILIARY_DEPS for child in verb.children) and _attached_to(span, verb):
        # a finite present verb the date hangs on ("the talks open on Monday", "voters go to the polls on
        # Sunday"): a timetable, read forward for a weekday (``relative._weekday``)
        return "timetable"
    return tense


def _postponed_to(span: Span) -> bool:
    """Whether "to <date>" is where a verb of putting off moves something ("postpone", "delay", "extend")."""
    head = span.root.head
    if head.lower_ != "to":
        return False
    verb = head.head
    while verb.dep_ == "prep" and verb.head.i != verb.i:  # "from February 25 to December": up the chain of ranges
        verb = verb.head
    return verb.lemma_.lower() in lexicon()["postponement_verbs"]


WEEKDAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _dated_past_setting(span: Span, verb: Token) -> bool:
    """A calendar day (not a weekday) set aside by a verb in the past ("declared December 26 a day of mourning"):
    the setting happened before the day of writing, and so may the day it set, so the day's own month says when it
    is, read as any date in a past-tense clause; a weekday set so stays ahead of the setting."""
    return verb_tense(verb) == "past" and not any(token.lower_ in WEEKDAY_NAMES for token in span)


def _attached_to(span: Span, verb: Token) -> bool:
    """The date modifies the verb itself, directly or through its preposition ("open on Monday")."""
    head = span.root.head
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)


def names_a_designated_day(tokens: list[Token], end: int, *, reach: int = 5) -> bool:
    """Whether the words after a date, up to a verb or a punctuation mark, make it "a day", "a national holiday",
    "the deadline" ("declared Wednesday a day of mourning"): an object complement, opened by "a", "an", "the"
    or "as"."""
    if end >= len(tokens) or tokens[end].lower_ not in {"a", "an", "the", "as"}:
        return False
    for token in tokens[end + 1:end + 1 + reach]:
        if token.is_punct or token.pos_ in VERB_POS:
            return False
        if token.lemma_.lower() in lexicon()["designated_day_nouns"]:
            return True
    return False


def is_past_perfect_clause(span: Span) -> bool:
    """Whether the verb governing the expression stands in the past perfect ("had agreed", "had not been")."""
    verb = governing_verb(span)
    return verb is not None and past_perfect(verb)


def is_possessive(span: Span) -> bool:
    """Whether the expression is a possessive that modifies a noun ("Friday's vote")."""
    return span.end < len(span.doc) and extensions.doc_tokens(span.doc)[span.end].tag_ == "POS"


def governing_verb(span: Span) -> Token | None:
    """The nearest verb outside the expression on its way up the parse (six steps at the most)."""
    token = span.root
    for _ in range(6):
        if token.pos_ in VERB_POS and not span.start <= token.i < span.end:
            return token
        if not token.dep:  # no head annotated: spaCy gives such a token itself as its head
            return token if token.pos_ in VERB_POS else None
        token = token.head
    return None


def verb_tense(verb: Token, depth: int = 0) -> str:
    """Explicit future ("will") first, then past morphology, then modals and verbs of planning; a bare past
    participle ("announced Friday") is past, a bare present one ("closing Friday") takes the tense of the verb
    it hangs on."""
    lex = lexicon()
    future_auxiliaries, future_verbs = set(lex["future_auxiliaries"]), set(lex["future_verbs"])
    auxiliaries = [child for child in verb.children if child.dep_ in AUXILIARY_DEPS]
    words = {child.lower_ for child in auxiliaries}
    if words & future_auxiliaries or verb.lower_ in future_auxiliaries:
        return "future"
    if verb.dep_ in CLAUSE_DEPS and verb.head.i != verb.i:
        head_words = {child.lower_ for child in verb.head.children if child.dep_ in AUXILIARY_DEPS}
        if head_words & future_auxiliaries:
            return "future"
    perfect = verb.tag_ == "VBN" and any(child.lemma_ == "have" for child in auxiliaries)
    if perfect or verb.tag_ == "VBD" or any(child.tag_ == "VBD" for child in auxiliaries):
        return "past"
    if verb.tag_ == "VBP" and not auxiliaries and has_singular_subject(verb):
        # a bare form after a singular subject is no present ("weakness hurts"): it is a past whose form is
        # the same as the base ("Weakness hurt the index", "The bank cut its rate")
        return "past"
    if words & {"could", "couldn't"} and is_negated(verb):
        # "could not" is the past of "cannot": "officials could not be reached on Friday"
        return "past"
    if words & set(lex["modal_auxiliaries"]) or verb.lemma_ in future_verbs:
        return "future"
    if verb.tag_ in ("VBZ", "VBP") and not auxiliaries and names_a_scheduled_change(verb):
        # "the law takes effect on Jan. 1", "the truce expires on Friday": a change of status set for a day is
        # told in the present before it comes (told after it, the verb is past: "took effect")
        return "future"
    if verb.lemma_ == "be" and any(child.dep_ in COMPLEMENT_DEPS and child.lemma_ in future_verbs
                                   for child in verb.children):
        # a copula with a word of planning: "the leaders are due in Brussels on Monday", "talks are set for May"
        return "past" if past_perfect(verb) else "future"
    if verb.head.lemma_ in future_verbs and verb.dep_ in CLAUSE_DEPS | {"acl"} \
            and not (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        # "had been due to expire Friday": a plan already over by the time of writing; but a participle that
        # describes a plan tells what was done to it ("the plan announced on Monday")
        return "past" if past_perfect(verb.head) else "future"
    # an infinitive, active or passive ("to meet", "to be raised")
    infinitive = verb.tag_ == "VB" and words == {"to"} or verb.tag_ == "VBN" and words == {"to", "be"}
    if infinitive and verb.head.lemma_ in lex["intention_verbs"] \
            and verb.dep_ in CLAUSE_DEPS and verb.head.i != verb.i:
        # what someone is invited, asked or agrees to do lies ahead of the asking: "agreed to meet on Monday"
        return "past" if past_perfect(verb.head) else "future"
    if infinitive and verb.head.i != verb.i and depth < 3:
        # "is to resume trading Tuesday" looks ahead; "extended offers to acquire it Friday" takes "extended"
        if verb.head.lemma_ == "be":
            return "future"
        if verb.head.pos_ in VERB_POS:
            return verb_tense(verb.head, depth + 1)
    if verb.tag_ == "VBN" and not auxiliaries and verb.lemma_ not in future_verbs:
        # a bare past participle is a reduced passive, done by now: "the decision, announced Wednesday, ..."
        return "past"
    if verb.tag_ == "VBG" and not auxiliaries:
        if verb.head.i != verb.i and verb.head.pos_ in VERB_POS and depth < 3:
            return verb_tense(verb.head, depth + 1)
        return "present"
    return "present"


def names_a_scheduled_change(verb: Token) -> bool:
    """Whether the verb with its object or preposition is a change of status such as "take effect", "come into
    force" or "expire" (models/en/temporal_lexicon.json, "scheduled_change_phrases")."""
    phrases = lexicon()["scheduled_change_phrases"]
    if verb.lemma_ in phrases:
        return True
    objects = [child for child in verb.children if child.dep_ in ("dobj", "prep", "prt", "attr")]
    heads = [" ".join([verb.lemma_, *[word.lower_ for word in child.subtree]]) for child in objects]
    return any(head in phrases for head in heads)


def is_negated(verb: Token) -> bool:
    """Whether the verb is negated ("not", "never", "n't"), or its subject is ("neither he nor ...", "no one")."""
    return any(child.dep_ == "neg" or (child.dep_ in SUBJECT_DEPS and is_negative_subject(child))
               for child in verb.children)


def is_negative_subject(subject: Token) -> bool:
    """"nobody", "none", or a subject opened by "neither" or "no" ("neither he nor ...", "no official")."""
    return subject.lower_ in NEGATIVE_SUBJECTS or any(
        child.lower_ in NEGATIVE_DETERMINERS and child.dep_ in ("preconj", "det") for child in subject.children)


def has_singular_subject(verb: Token) -> bool:
    """Whether the verb's subject is a singular noun (not a pronoun: "I", "you" take the bare form; not nouns
    joined by "and": "Ukraine and Russia hold talks")."""
    return any(child.dep_ == "nsubj" and child.tag_ in SINGULAR_NOUN_TAGS
               and not any(grandchild.dep_ == "conj" for grandchild in child.children) for child in verb.children)


def past_perfect(token: Token) -> bool:
    """Whether a word stands in the past perfect ("had scheduled"), or is the complement of a copula that does
    ("had been due")."""
    if any(child.lower_ == "had" and child.dep_ in AUXILIARY_DEPS for child in token.children):
        return True
    return token.dep_ == "acomp" and token.head.i != token.i and past_perfect(token.head)
