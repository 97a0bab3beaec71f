"""The shape of a party phrase: its words and span, its "in X" phrases, an ethnic group, a pair phrase ("the two
delegations", "both sides"), what a pronoun stands for, and whether a word names a party at all."""
from __future__ import annotations

from spacy.tokens import Token

from pipeline.knowledge import countries
from pipeline.stages.events.codes import codes_in
from pipeline.stages.events.lexicon import pair_nouns, party_nouns, representative_nouns
from pipeline.stages.events.syntax import SUBJECT_DEPS, dateline_end, pobjs

ETHNIC_WORDS = frozenset({"ethnic"})  # "ethnic Russians": a people, not a state's citizens
# a border named after a country ("near the Thai border") lies between two: it places no one in that country
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
LOCATION_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "around"})
# the parts of a noun phrase that name a party ("the Croatian government's", "leaders of Romania")
PHRASE_DEPS = frozenset({"det", "amod", "compound", "nmod", "poss", "nummod", "quantmod", "predet", "case",
                         "appos", "punct", "prep", "pobj", "advmod", "npadvmod"})
PHRASE_PREPS = frozenset({"of", "from"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# a pronoun may stand for a passive subject above it too ("Israel was to pull out, but it did not")
ANTECEDENT_DEPS = frozenset({"nsubj", "csubj", "nsubjpass"})
PARTNER_PREPOSITIONS = frozenset({"with", "to"})  # "spoke with X", "talked to X": whom the verb acted with
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "our", "them", "him"})
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})


def phrase_tokens(token: Token) -> list[Token]:
    """The token and the modifiers that belong to the party phrase it heads (not clauses, not other parties;
    but "the presidents of Congo and Rwanda" keeps both countries)."""
    tokens = [token]
    for child in token.children:
        if child.dep_ not in PHRASE_DEPS and not (token.dep_ == "pobj" and child.dep_ in {"conj", "cc"}):
            continue
        if child.dep_ == "prep" and child.lower_ not in PHRASE_PREPS and not (
                # those who act for a party: "negotiators for Chile and Peru" are Chile's and Peru's
                child.lower_ == "for" and token.lemma_.lower() in representative_nouns()):
            continue
        if child.dep_ == "punct" and child.i not in (token.i - 1, token.i + 1):
            continue
        tokens.extend(phrase_tokens(child))
    return sorted(tokens, key=lambda t: t.i)


def noun_phrase_span(token: Token) -> tuple[int, int]:
    """Character span of the whole noun phrase a party heads, with its modifiers, "of"/"in" phrases and
    appositions, but without the clauses that only describe it or a word in it -- relative and participle or
    infinitive clauses ("the decision to recognize X", "a resolution drafted by Y", "Kosovo's president, a lawyer who
    studied in Zagreb") -- nor coordinated parties."""
    excluded = {t.i for child in token.children if child.dep_ in {"conj", "cc"} for t in child.subtree}
    excluded |= {t.i for word in token.subtree if word.i not in excluded
                 for child in word.children if child.dep_ in {"relcl", "acl"} for t in child.subtree}
    tokens = [t for t in token.subtree if t.i not in excluded]
    start = next(i for i, t in enumerate(tokens) if t.i == token.i)
    end = start
    while start > 0 and tokens[start - 1].i == tokens[start].i - 1:
        start -= 1
    while end + 1 < len(tokens) and tokens[end + 1].i == tokens[end].i + 1:
        end += 1
    while start < end and tokens[start].is_punct:
        start += 1
    while end > start and tokens[end].is_punct:
        end -= 1
    return tokens[start].idx, tokens[end].idx + len(tokens[end])


def location_tokens(token: Token) -> list[Token]:
    """Tokens of "in X" phrases on a party ("security forces in Guinea"), a last resort for its country; not of
    a border ("camps near the Thai border" lie on the other side of it)."""
    return [t for child in token.children if child.dep_ == "prep" and child.lower_ in LOCATION_PREPS
            and not any(is_border(pobj) for pobj in pobjs(child)) for t in child.subtree]


def is_border(token: Token) -> bool:
    """"the Thai border", "the frontier"."""
    return token.lemma_.lower() in BORDER_NOUNS


def residence_tokens(token: Token) -> list[Token]:
    """Tokens of "in X" phrases on a party or on a participle hung on it ("rebels operating in Chad")."""
    return location_tokens(token) + [t for child in token.children if child.dep_ == "acl"
                                     for t in location_tokens(child)]


def ethnic_people(token: Token) -> Token | None:
    """The head of a people named by its origin in the phrase ("ethnic Serbs", "a third of the ethnic Albanian
    guerrillas"), not of a thing of theirs ("ethnic Albanian unrest")."""
    for head in [token, *(pobj for child in token.children if child.dep_ == "prep" and child.lower_ == "of"
                          for pobj in pobjs(child))]:
        if not (countries.is_demonym(head.text) or head.lemma_.lower() in party_nouns()):
            continue
        words = [head, *(child for child in head.children if countries.is_demonym(child.text))]
        if any(child.lower_ in ETHNIC_WORDS and child.dep_ in {"amod", "compound"}
               for word in words for child in word.children):
            return head
    return None


def is_pair_phrase(token: Token, tokens: list[Token]) -> bool:
    """"the two delegations", "both sides", "both" or "the two" alone -- but not "both Russian and Ukrainian
    officials"."""
    if token.lower_ == "both" and token.pos_ in {"PRON", "DET"} and token.dep_ not in {"det", "predet", "preconj"}:
        return True
    if token.lower_ == "two" and token.dep_ != "nummod" and is_definite(token):
        return True  # "the two" alone ("met X ... and the two signed a pact"): the pair just named
    if token.lemma_.lower() not in pair_nouns() or token.tag_ not in {"NNS", "NNPS"}:
        return False
    counted = any(child.lower_ == "two" and child.dep_ == "nummod" or child.lower_ == "both" and
                  child.dep_ in {"det", "predet"} for child in token.children)
    return counted and not codes_in(tokens) and not any(t.ent_type_ in PARTY_ENTS for t in tokens)


def is_definite(token: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ == "the" for child in token.children)


def holds_pair_phrase(token: Token) -> bool:
    """"diplomats from the two countries", "the leaders of both sides": a group drawn from the pair."""
    return token.tag_ in {"NNS", "NNPS"} and any(
        child.dep_ == "prep" and child.lower_ in PHRASE_PREPS and any(
            is_pair_phrase(pobj, phrase_tokens(pobj)) for pobj in pobjs(child)) for child in token.children)


def actor_type(token: Token, name: str) -> str:
    if token.ent_type_ == "PERSON":
        return "person"
    if token.ent_type_ == "ORG":
        return "organization"
    if countries.country_name_code(name) or countries.metonym_code(name) or countries.capital_code(name):
        return "government"
    return "group" if token.tag_ in {"NNS", "NNPS"} else "other"


def pronoun_antecedent(token: Token) -> Token | None:
    """The nearest non-pronoun subject above a pronoun ("Hungary has said it will ..."), else the previous
    sentence's subject; an object pronoun never stands for its own clause's subject ("Beijing ruled out talks
    with him"), nor a possessive for the phrase it is in ("Baku insisted that its neighbour must ...")."""
    filed = dateline_end(token.doc)
    local_verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if token.lower_ in OBJECT_PRONOUNS and local_verb is not None and is_follow_up_verb(local_verb):
        # "called Erdogan and urged him to ...", "met the envoys and told them ...", "spoke with Putin and urged him
        # to ...", "expelled two diplomats, accusing them of ...": an object pronoun of a verb joined to an earlier
        # one, or of a participle clause hung on it, stands for the person or body that verb acted on or with
        earlier = [party for party in acted_on(local_verb.head)
                   if party.lower_ not in PRONOUNS and is_party_word(party)]
        if earlier:
            return earlier[0]
    holders = {a.i for a in token.ancestors if a.pos_ not in {"VERB", "AUX"}} if token.dep_ == "poss" else set()
    for ancestor in token.ancestors:
        if token.lower_ in OBJECT_PRONOUNS and local_verb is not None and ancestor.i == local_verb.i:
            continue
        for child in ancestor.children:
            if child.dep_ not in ANTECEDENT_DEPS or child.i == token.i or child.lower_ in PRONOUNS or (
                    child.i in holders):
                continue
            if child.idx >= filed:
                return child
            # the parse may take the dateline for the subject ("ISTANBUL (Reuters) - Russia and Ukraine said they
            # ..."): the subject is the phrase hung on it after the dateline
            later = next((t for t in child.subtree if t.idx >= filed and t.head.idx < filed
                          and t.dep_ in {"appos", "conj"}), None)
            if later is not None:
                return later
    sent = token.sent
    if sent.start > 0:
        previous = token.doc[sent.start - 1].sent
        subjects = [t for t in previous
                    if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT" and t.lower_ not in PRONOUNS]
        return subjects[0] if subjects else None
    return None


def is_follow_up_verb(verb: Token) -> bool:
    """A verb that goes on from an earlier one: joined to it ("met X and urged him") or a participle clause hung on
    it ("expelled X, accusing them of ...")."""
    return verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB"


def acted_on(verb: Token) -> list[Token]:
    """Whom a verb acted on or with: its objects, then whom a "with"/"to" phrase names ("spoke by phone with X",
    "talked to X")."""
    objects = [child for child in verb.children if child.dep_ in {"dobj", "dative"}]
    partners = [grandchild for child in verb.children if child.dep_ == "prep" and child.lower_ in PARTNER_PREPOSITIONS
                for grandchild in child.children if grandchild.dep_ == "pobj"]
    return objects + partners


def is_party_word(token: Token) -> bool:
    """A phrase that names a person, a body or a country ("the Philippine Marines", "Ethiopia", "the army")."""
    return (token.ent_type_ in PARTY_ENTS or token.lemma_.lower() in party_nouns()
            or bool(codes_in(phrase_tokens(token))))
