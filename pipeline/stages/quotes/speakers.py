"""Who speaks: the speaker phrase a cue has in the parse, and the actor it stands for.

The phrase is the cue's subject (borrowed from the verb a participle hangs on),
a name right next to a cue the parser left without one, or a passive's agent;
:func:`resolve_speaker` turns it into an actor of ``doc._.actors`` (through
``doc._.actor_mentions``), pronouns and descriptions ("he", "the spokesman",
"who") into the actor they stand for.
"""
from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from pipeline.records import Actor, Mention
from pipeline.stages import datelines
from pipeline.stages.extensions import doc_text, doc_tokens
from pipeline.stages.quotes.cues import is_cue_verb
from pipeline.stages.quotes.roles import (COREFERENCE_WINDOW, SPOKES_WORDS, appositive_name, holds_other_office, role_holder,
                                          unnamed_member_body)
from pipeline.stages.quotes.speaker_words import is_description, is_label, is_thing, speaker_nouns


SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
CATAPHORA_WINDOW = 300  # how far (characters) a role no one named before holds looks ahead for its holder
# participles and coordinated verbs that borrow their subject from the verb they hang on ("..., adding that"), and
# adjectives a cue verb hangs on ("voters were more likely to say ...": the subject of "were")
BORROWING_DEPS = {"advcl", "conj", "xcomp", "pcomp", "acomp"}
# where a speaker noun phrase stops: relative clauses, appositions, parentheticals
SPEAKER_STOP_DEPS = {"relcl", "acl", "appos", "punct", "cc", "conj", "advmod", "prep"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
# verbs by which one passes on another's words ("quoted / cited the minister as saying")
QUOTING_LEMMAS = {"quote", "cite"}
GROUP_PRONOUNS = {"they", "it", "we", "its", "their"}
SINGULAR_PRONOUNS = {"it", "its"}
# the actor types a description or pronoun can stand for; a document ("the statement") stands for whoever issued it
ACTOR_TYPES = {"person": {"person"}, "organization": {"organization", "government", "group"},
               "issuer": {"person", "organization", "government", "group"}}


class Speaker(NamedTuple):
    name: str | None
    actor_id: str | None
    start: int | None
    end: int | None


MEDIA_WORDS = frozenset({"news", "television", "tv", "broadcaster", "newspaper", "radio", "media"})


def subject_of(verb: Token) -> Token | None:
    """The cue's subject; participles and conjoined verbs borrow the subject of the verb they hang on;
    "quoted him as saying" and "he was quoted as saying" say it of the one quoted, not of who quotes."""
    quoted = quoted_as(verb)
    if quoted is not None:
        return quoted
    misread = reduced_relative_subject(verb)
    if misread is not None:
        return misread
    cue, seen = verb, 0
    while verb is not None and seen < 4:
        subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
        subjects = [child for child in subjects if not is_label(child)]  # a label ("Reuters:") is no subject
        if subjects:
            subject = past_dateline(subjects)
            if seen == 1 and cue.dep_ == "conj" and (is_thing(subject) or is_place_name(subject)) \
                    and verb.dep_ == "ccomp" and is_cue_verb(verb.head):
                # "KCNA said the test was a success and insisted it ...": the parse joins the second cue to the
                # reported clause, whose subject is a thing that says nothing; the cue is the reporter's own. So
                # when that subject is a country or capital ("X told reporters that Bangladesh would look elsewhere
                # and described the decision as ..."): a place speaks only through the one who reports
                return subject_of(verb.head)
            return subject
        fronted = fronted_place_name(verb) if seen == 0 else None
        if fronted is not None:
            return fronted
        if verb.dep_ not in BORROWING_DEPS or verb.head is verb:
            return None
        verb, seen = verb.head, seen + 1
    return None


def is_place_name(token: Token | None) -> bool:
    """A country's or city's name standing for its government ("Baku", "New Delhi")."""
    return token is not None and token.pos_ == "PROPN" and token.ent_type_ == "GPE"


def fronted_place_name(verb: Token) -> Token | None:
    """"In Addis Ababa, Prime Minister Abiy Ahmed told ...": the parse may hang the name on the place that opens the
    sentence, as its apposition, and leave the verb without a subject; the name right before the verb is it."""
    name = verb.doc[verb.i - 1] if verb.i > 0 else None
    if name is None or name.pos_ != "PROPN" or name.dep_ != "appos":
        return None
    place = name.head
    return name if place.dep_ == "pobj" and place.i < name.i and place.head.head.i == verb.i else None


def past_dateline(subjects: list[Token]) -> Token | None:
    """The first subject, unless it is the place of a wire dateline the parse made one ("NAIROBI (Reuters) - Kenya
    said ...", "NAIROBI — Kenya and Somalia agreed ..."): where the story was filed speaks for no one, and the
    subject is the name after the dateline (another subject of the verb, or the name hung on the place)."""
    end = dateline_end(subjects[0].doc)
    if subjects[0].idx >= end:
        return subjects[0]
    later = [s for s in subjects if s.idx >= end] + [t for t in subjects[0].subtree if t.idx >= end and
                                                      t.head.idx < end and t.dep_ in {"appos", "conj"}]
    return later[0] if later else None


def dateline_end(doc: Doc) -> int:
    """Where the story's first sentence starts after a wire dateline ("ODESA (Reuters) - "), else 0."""
    return datelines.dateline_end(doc_text(doc))


def reduced_relative_subject(verb: Token) -> Token | None:
    """"The man the police arrested said ...": the parser may read the cue as a relative clause of "man" (left as
    the sentence's root, with no verb of its own) whose subject is "the police", with "arrested" hanging on
    "police". The cue's subject is then the root noun: a clause whose subject carries a verb of its own before the
    cue is the reduced relative clause of that noun, not the speaker."""
    head = verb.head
    if verb.dep_ != "relcl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return None
    subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
    if subjects and any(child.dep_ == "acl" and child.pos_ == "VERB" and child.i < verb.i
                        for child in subjects[0].rights):
        return head
    return None


def participle_speaker(verb: Token) -> Token | None:
    """Who speaks through a participle cue without a subject of its own: the noun it describes ("a statement
    saying ...", "voters saying ..."), or the subject of the verb whose preposition it hangs on ("ended by
    saying ...", "after noting ...")."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        host = event_host(verb.head)
        return host if host is not None else verb.head
    preposition = verb.head
    if verb.dep_ == "pcomp" and preposition.pos_ == "ADP" and preposition.dep_ == "prep" and (
            preposition.head.pos_ in ("VERB", "AUX")):
        return subject_of(preposition.head)
    return None


def event_host(noun: Token) -> Token | None:
    """Who speaks at an occasion named as a place of speech ("she said at a news conference announcing ...",
    "he spoke in an interview saying ..."): the subject of the verb the occasion's preposition hangs on, when
    the occasion is no possible speaker itself (no name, no speaker noun such as "statement" or "ministry")."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in ("at", "in", "during") or noun.pos_ != "NOUN" \
            or noun.lemma_.lower() in speaker_nouns() or noun.ent_type_:
        return None
    host = preposition.head
    return subject_of(host) if host.pos_ in ("VERB", "AUX") else None


def quoted_as(verb: Token) -> Token | None:
    """The one quoted in "X quoted Y as saying" (Y) or "Y was quoted as saying" (Y), for the verb of saying;
    also without "as": "state TV quoted the minister saying" (the participle hangs on "quoted"), and with
    "cite" for "quote": "the agency cited the minister as saying"."""
    head = verb.head  # "quoted ... saying": the quoting verb itself; "quoted ... as saying": the "as"
    if verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "advcl") and head.lemma_.lower() in QUOTING_LEMMAS:
        quoting = head
    elif verb.dep_ == "pcomp" and head.lower_ == "as" and head.head.lemma_.lower() in QUOTING_LEMMAS:
        quoting = head.head
    else:
        return None
    quoted = [child for child in quoting.children if child.dep_ in ("dobj", "nsubjpass")]
    return quoted[0] if quoted else None


def adjacent_subject(verb: Token) -> Token | None:
    """For a cue the parser left without a subject: the name or pronoun right before it ("Clinton said,"),
    past a short parenthesis ("Cummings (D-Md.) said"), or a name right after it ("said Peskov")."""
    tokens = doc_tokens(verb.doc)
    left = verb.i - 1
    while left >= 0 and tokens[left].pos_ in ("ADV", "AUX", "PART"):
        left -= 1
    if left > 0 and tokens[left].text == ")":
        # "Rep. Elijah Cummings (D-Md.) said": the name before a short parenthesis
        opening = next((i for i in range(left - 1, max(left - 8, -1), -1) if tokens[i].text == "("), None)
        left = opening - 1 if opening is not None else left
    if left >= 0 and tokens[left].pos_ in ("PROPN", "PRON", "NOUN") and tokens[left].tag_ not in ("WP", "WDT"):
        return tokens[left]
    if verb.i + 1 < len(tokens) and tokens[verb.i + 1].pos_ == "PROPN":
        name = tokens[verb.i + 1]
        while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
            name = name.head  # "said Mara Kestel": the name's head, so the span takes the whole name
        return name
    return None


def speaker_span(head: Token) -> Span:
    """The noun phrase naming the speaker: the subject's left part up to its head, plus modifiers like "for X"."""
    doc = head.doc
    start = head.left_edge.i
    for child in head.lefts:
        if child.dep_ in ("punct", "appos", "relcl") or child.text in (",", "("):
            start = max(start, child.right_edge.i + 1)
    if start < head.i and doc[start].idx < dateline_end(doc) <= head.idx:
        # the parse may hang a wire dateline on the speaker ("ODESA (Reuters) - Ukraine said"): it is no part of it
        start = next(t.i for t in doc[start:head.i + 1] if t.idx >= dateline_end(doc))
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in SPEAKER_STOP_DEPS and not (child.dep_ == "prep" and child.text.lower() in ("for", "of", "at")):
            if titled_name(head, child):
                end = child.right_edge.i + 1
            break
        end = child.right_edge.i + 1
    return doc[min(start, head.i):end]


def _bare_spokesperson(span: Span) -> bool:
    """"a spokesperson", "a spokesman": the role alone, of no one the phrase names."""
    return len(span) == 2 and span[0].lower_ in ("a", "an") and span[1].lower_ in SPOKES_WORDS


def titled_name(head: Token, child: Token) -> bool:
    """Whether a role noun's appositive is the name the role is the title of, with nothing setting it off ("U.S.
    special envoy for Sudan Tom Perriello told"; the parse hangs the name on "envoy" past "for Sudan"): the name is
    part of the speaker phrase. Set off by a comma or bracket ("the envoy, Tom Perriello,"), it is not."""
    if child.dep_ != "appos" or head.pos_ != "NOUN" or child.pos_ != "PROPN":
        return False
    between = head.doc[head.i + 1:child.left_edge.i]
    return not any(token.is_punct for token in between) and not child.left_edge.is_punct


def resolve_speaker(doc: Doc, span: Span | None, actors: dict[str, Actor], mentions: list[Mention],
                    quoted: tuple[int, int] | None = None, quotations: tuple[tuple[int, int], ...] = ()) -> Speaker:
    """The speaker's canonical actor: a mention inside the span; else an actor sharing the name's last word
    ("Wang" -> Wang Yi); else, for a pronoun or a description ("he", "the ministry"), the nearest actor of
    that kind named before it (never another description, nor one of another country than the description
    names), preferring one named as a subject. A definite description ("the Kremlin official") goes that last
    way even when a mention lies inside it, unless the actors stage read the whole description as a named
    actor of its kind; a role the actors stage kept as an unnamed actor ("the Foreign Secretary") goes to
    the one named before who holds it; a document ("the statement") to whoever issued it. Nobody is named
    in their own words: a pronoun or description never stands for a mention inside the ``quoted`` content."""
    if span is None:
        return Speaker(None, None, None, None)
    if quoted is not None:
        mentions = [m for m in mentions if not (quoted[0] <= m.start and m.end <= quoted[1])
                    or (m.start < span.end_char and m.end > span.start_char)]
    start, end = span.start_char, span.end_char
    head = span.root
    # "the Kremlin official", "the ministry": a description of someone named before, even when the
    # actors stage took the description itself (or a name inside it) for an actor
    bare_spokesperson = _bare_spokesperson(span)  # "a spokesperson said"
    described = (head.pos_ == "NOUN" and head.is_lower and (span[0].lower_ == "the" or bare_spokesperson)
                 and speaker_nouns().get(head.lemma_.lower(), "issuer") != "issuer")
    named = appositive_name(head, actors, mentions)
    if named is not None:  # "Its coordinator, Laurent Saint-Cyr, wrote": the role's holder named beside it
        return Speaker(actors[named.entity_id].name, named.entity_id, start, end)
    inside = [m for m in mentions if m.start < end and m.end > start]
    if described:
        # only the actors stage's own reading of the whole description as a named actor of its kind
        kind = ACTOR_TYPES.get(speaker_nouns()[head.lemma_.lower()], set())
        inside = [m for m in inside if m.start <= start and m.end >= end and m.entity_id in actors
                  and actors[m.entity_id].named and actors[m.entity_id].type in kind]
    if inside:
        at_head = [m for m in inside if m.start <= head.idx < m.end]  # "Ann Berg of the X Institute": Ann Berg
        mention = at_head[0] if at_head else min(inside, key=lambda m: abs(m.end - end))  # "X's envoy Ann Berg"
        holder = role_holder(actors.get(mention.entity_id), start, actors, mentions)
        if holder is not None:  # "the Foreign Secretary": the one named before who holds that office
            return Speaker(holder.name, holder.actor_id, start, end)
        body = unnamed_member_body(span, mention, inside, actors)
        if body is not None:  # "a White House official said": the body this unnamed one speaks for
            return Speaker(actors[body.entity_id].name, body.entity_id, start, end)
        return Speaker(actors[mention.entity_id].name if mention.entity_id in actors else mention.text,
                       mention.entity_id, start, end)
    if head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl" and head.head.head is not head.head:
        # "Morial, who told ...": the pronoun names the speaker, its antecedent says who that is
        antecedent = resolve_speaker(doc, speaker_span(head.head.head), actors, mentions, quotations=quotations)
        return Speaker(antecedent.name, antecedent.actor_id, start, end)
    if head.pos_ == "PROPN":
        namesakes = [actor for actor in actors.values() if actor.name.split()[-1:] == [head.text]]
        if namesakes:
            return Speaker(namesakes[0].name, namesakes[0].actor_id, start, end)
    kind = speaker_nouns().get(head.lemma_.lower())
    issuer = issuer_of(head) if kind == "issuer" else author_of(head) if kind is None else None
    issuer_phrase = speaker_span(issuer) if issuer is not None else None
    if issuer is None and kind == "issuer" and span[0].lower_ == "the":
        issuer = earlier_issuer(head)  # its phrase up to its head ("The Ministry", not "... of Norland")
        issuer_phrase = doc[issuer.left_edge.i:issuer.i + 1] if issuer is not None else None
    if issuer_phrase is not None:
        # "a readout from the Chilean presidency said": the document speaks for whoever issued it
        named = resolve_speaker(doc, issuer_phrase, actors, mentions, quotations=quotations)
        return Speaker(named.name, named.actor_id, start, end)
    word = head.lower_
    wanted = (speaker_nouns().get(span.text.lower()) or speaker_nouns().get(head.lemma_.lower())
              or ("person" if word in PERSON_PRONOUNS else "organization" if word in GROUP_PRONOUNS else None))
    # "the Russian minister": a description that names a country stands for no one of another country
    country = next((actors[m.entity_id].country for m in mentions if m.start < end and m.end > start
                    and m.entity_id in actors and not actors[m.entity_id].named), None)
    office = head.lower_ if described else ""
    # "the state news agency", "state television": a medium stands only for a medium named before, never the
    # government or person nearest it
    medium = any(token.lower_ in MEDIA_WORDS for token in span)
    before = [m for m in mentions if start - COREFERENCE_WINDOW <= m.end <= start
              and m.entity_id in actors and actors[m.entity_id].type in ACTOR_TYPES.get(wanted, ())
              and not is_description(m.text)
              and not (country and actors[m.entity_id].country and actors[m.entity_id].country != country)
              and not (word in SINGULAR_PRONOUNS and _is_plural(doc, m))
              and not holds_other_office(actors[m.entity_id], office)
              and not (medium and actors[m.entity_id].sector != "MED")
              # an unnamed thing said in a quotation ("No foreign tribunal can ...") speaks no later words
              and not (not actors[m.entity_id].named and any(a < m.start < b for a, b in quotations))]
    if described and wanted == "organization":
        # "the ministry said" after "Azerbaijan's Defence Ministry said ...", "the bank" after "the Central Bank of
        # Egypt": the body whose name holds that noun, not another group named in between ("... said Armenian
        # forces had fired. “...,” the ministry said")
        namesakes = [m for m in before if actors[m.entity_id].named and head.lower_ in
                     (m.text.lower().split() + actors[m.entity_id].name.lower().split())]
        if namesakes:  # the nearest such body, a subject or not ("according to Russia's Defence Ministry")
            mention = max(namesakes, key=lambda m: m.end)
            return Speaker(actors[mention.entity_id].name, mention.entity_id, start, end)
    if office in SPOKES_WORDS and (not before or bare_spokesperson):
        # "the spokesperson said", with no spokesperson named: the government body the spokesperson speaks for,
        # the nearest ministry or government named before ("..., the Ministry of External Affairs said"); "a
        # spokesperson said" speaks for the nearest body named before, of any kind but a news medium, not for a person
        before = [m for m in mentions if start - COREFERENCE_WINDOW <= m.end <= start and m.entity_id in actors
                  and actors[m.entity_id].named and (actors[m.entity_id].type == "government" or (
                      bare_spokesperson and actors[m.entity_id].type == "organization"
                      and actors[m.entity_id].sector != "MED"))
                  and not (country and actors[m.entity_id].country and actors[m.entity_id].country != country)]
    mention = None
    if before:
        # the nearest subject, else the nearest mention (a stable sort keeps the first of equals first)
        nearest_first = sorted(before, key=lambda m: m.end, reverse=True)
        mention = next((m for m in nearest_first if _is_subject(doc, m)), nearest_first[0])
    if described and wanted == "person" and not any(actors[m.entity_id].named for m in before):
        # "“...,” the envoy said.¶Hanna Tetteh, a former minister, said ...": a role when no one is named before
        # is the person the next sentences name as a subject
        mention = named_after(doc, end, actors, mentions) or mention
    if mention is not None:
        return Speaker(actors[mention.entity_id].name, mention.entity_id, start, end)
    return Speaker(span.text, None, start, end)


def named_after(doc: Doc, end: int, actors: dict[str, Actor], mentions: list[Mention]) -> Mention | None:
    """The first named person a subject within the next ``CATAPHORA_WINDOW`` characters."""
    return next((m for m in sorted(mentions, key=lambda m: m.start) if end < m.start <= end + CATAPHORA_WINDOW
                 and m.entity_id in actors and actors[m.entity_id].named and actors[m.entity_id].type == "person"
                 and _is_subject(doc, m)), None)


def issuer_of(document: Token) -> Token | None:
    """Who a document names as its issuer: "a readout from the presidency", "a statement by the ministry", "the
    statement released by the ministry", or the subject of the verb it is the object of ("the ministry issued a
    statement saying", "Vos posted a message reading", "the party released an ad that urges")."""
    named = next((pobj for child in document.children if child.dep_ == "prep" and child.lower_ in ("from", "by")
                  for pobj in child.children if pobj.dep_ == "pobj"), None)
    if named is None:
        # the agent of a participle that describes the document ("the readout issued by the presidency said")
        named = next((pobj for child in document.children if child.dep_ == "acl" and child.tag_ == "VBN"
                      for agent in child.children if agent.dep_ == "agent"
                      for pobj in agent.children if pobj.dep_ == "pobj"), None)
    if named is None and document.dep_ == "dobj" and document.head.pos_ == "VERB":
        return subject_of(document.head)
    return named


def earlier_issuer(document: Token) -> Token | None:
    """"The readout said" naming no issuer: the issuer named where the article brought that document in before ("a
    readout issued by the Prime Minister's Office ... the readout said"), the nearest such mention first."""
    doc = document.doc
    window_start = max(0, document.idx - COREFERENCE_WINDOW)
    for token in reversed(doc[max(0, document.i - COREFERENCE_WINDOW // 4):document.i]):
        if token.idx < window_start:
            break
        if token.lemma_.lower() == document.lemma_.lower() and token.pos_ == "NOUN":
            named = issuer_of(token)
            if named is not None:
                return named
    return None


def author_of(thing: Token) -> Token | None:
    """Who a thing that speaks names as its author by "by": "an analysis by the Pew Research Center found",
    "according to a study by Harvard economists" (a common noun that is no speaker of its own kind)."""
    if thing.pos_ != "NOUN":
        return None
    return next((pobj for child in thing.children if child.dep_ == "prep" and child.lower_ == "by"
                 for pobj in child.children if pobj.dep_ == "pobj"), None)


def _is_plural(doc: Doc, mention: Mention) -> bool:
    """Whether a mention is a plural common noun phrase ("a dozen protesters"), which "it" never stands for."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.tag_ == "NNS"


def _is_subject(doc: Doc, mention: Mention) -> bool:
    """Whether a mention is a clause's subject: its own, or the name set beside a subject role ("The prime minister of
    X, Abdul Dbeibah, was more combative. ... he vowed": he is Dbeibah, not one named as a subject before him), or a
    name the parse left as the root of a sentence whose verb it missed (after a live blog's time line "11:40 EDT")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "appos"
                                    and token.pos_ == "PROPN" and token.head.dep_ in ("nsubj", "nsubjpass")
                                    or token.dep_ == "ROOT" and token.pos_ == "PROPN" for token in span)
