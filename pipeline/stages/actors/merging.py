"""Candidates merged into one actor per person or body in an article: by key, a surname or partial name joining
the fuller name, a body's name however it was found, a title ("the minister") joining its one holder; then the
countries from context, and an IGO's acronym moved to ``igo``.
"""
from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc

from pipeline.knowledge import countries
from pipeline.records import Actor, Mention
from pipeline.stages.actors.based_countries import country_from_base
from pipeline.stages.actors.body_keys import (acronym_tagged_as_person, body_by_tail, body_key, country_body_key,
                                              country_body_named_bare)
from pipeline.stages.actors.bylines import country_from_byline
from pipeline.stages.actors.candidate import Candidate
from pipeline.stages.actors.companions import country_from_companions
from pipeline.stages.actors.context_countries import (country_from_context, country_from_superior,
                                                      country_from_unnamed_role)
from pipeline.stages.actors.doc_view import PLURAL_NOUN_TAGS, _char_end, _view
from pipeline.stages.actors.lexicon import _strip_the, agents
from pipeline.stages.actors.name_order import FIRST_WORD_CALLED, korean_shaped, name_key_words
from pipeline.stages.actors.phrases import _agent_match, _continues_phrase
from pipeline.stages.actors.seats import country_from_seat


def merge_candidates(doc: Doc, candidates: list[Candidate]) -> tuple[list[Actor], list[Mention]]:
    """One actor per key; a person's surname or partial name joins the fuller name; title anaphors join a named
    person who holds that title."""
    candidates = sorted(candidates, key=lambda c: c.start)
    view = _view(doc)
    actors: dict[str, Actor] = {}
    order: list[str] = []
    mentions: list[Mention] = []
    person_words: dict[str, list[str]] = {}  # actor id -> lower-case name words, for surname merging
    ids: dict[str, str] = {}
    country_bodies: dict[str, set[str]] = {}  # a country's body's name without the country -> its actors
    body_ends: dict[int, str] = {}  # the token after a body's mention -> its actor, for "Name (ACRONYM)"
    body_tails: dict[str, set[str]] = {}  # the last word of a body's name of several words -> its actors
    body_heads: dict[str, set[str]] = {}  # the first word of a body's name, as the text writes it -> its actors
    for candidate in candidates:
        candidate = _surname_tagged_as_body(candidate, person_words, actors)
        key, name_key, country_key = candidate.key, body_key(candidate), country_body_key(candidate)
        actor_id = (ids.get(key) or ids.get(name_key) or ids.get(country_key)
                    or country_body_named_bare(candidate, country_bodies) or body_by_tail(candidate, body_tails)
                    or acronym_tagged_as_person(candidate, body_heads)
                    or _person_match(candidate, person_words, actors)
                    or _title_holder(candidate, actors) or _bracketed_acronym(candidate, view.orth, body_ends)
                    or _acronym_of(candidate, actors)
                    or _given_name_match(candidate, person_words,
                                         view.lower[candidate.start - 1] if candidate.start else ""))
        if actor_id is None:
            actor_id = f"a{len(order) + 1}"
            ids[key] = actor_id
            order.append(actor_id)
            actors[actor_id] = Actor(actor_id, candidate.name, candidate.type, candidate.country, candidate.sector,
                                     candidate.role, candidate.known, candidate.named)
            if candidate.type == "person":
                person_words[actor_id] = name_key_words(candidate.name)
        else:
            ids.setdefault(key, actor_id)
            actors[actor_id] = _enrich(actors[actor_id], candidate)
            # a fuller name replaces the actor's; a description merged into it ("Trump's envoy") names no one
            if candidate.type == "person" and not candidate.known and candidate.named:
                words = name_key_words(candidate.name)
                if len(words) > len(person_words.get(actor_id, [])) and not actors[actor_id].known:
                    person_words[actor_id] = words
                    actors[actor_id] = actors[actor_id]._replace(name=candidate.name)
        if candidate.type != "person" and candidate.named:
            body_ends[candidate.end] = actor_id
            # as the text names it (the dictionary's name of "the European Parliament" is the EU's)
            if candidate.end - candidate.start > 1 and view.orth[candidate.end - 1][:1].isupper():
                body_tails.setdefault(countries.normalize(view.orth[candidate.end - 1]), set()).add(actor_id)
            first = candidate.start + (view.lower[candidate.start] == "the")
            body_heads.setdefault(view.orth[first], set()).add(actor_id)
        if name_key:
            ids.setdefault(name_key, actor_id)
        if country_key:
            ids.setdefault(country_key, actor_id)
            country_bodies.setdefault(country_key.split(":", 2)[2], set()).add(actor_id)
        start_char, end_char = view.idx[candidate.start], _char_end(view, candidate.end)
        mentions.append(Mention(actor_id, "actor", view.text[start_char:end_char], start_char, end_char))
    actors, order, mentions = _fold_early_surnames(actors, order, person_words, mentions)
    actors, order, mentions = _fold_appositive_bodies(doc, actors, order, mentions)
    actors, order, mentions = _fold_fuller_spellings(actors, order, person_words, mentions)
    mentions.extend(anaphor_mentions(doc, actors, mentions))
    mentions.sort(key=lambda m: (m.start, m.end))
    actors = country_from_superior(doc, actors, mentions)
    actors = country_from_base(doc, actors, mentions)
    actors = country_from_companions(doc, actors, mentions)
    actors = country_from_seat(doc, actors, mentions)
    actors = country_from_byline(doc, actors, mentions)
    actors = country_from_unnamed_role(actors)
    actors = country_from_context(doc, actors, mentions)
    return [_igo_apart(actors[actor_id]) for actor_id in order], mentions


def _folded(actors: dict[str, Actor], order: list[str], mentions: list[Mention],
            into: dict[str, str]) -> tuple[dict[str, Actor], list[str], list[Mention]]:
    """Each actor of ``into`` merged into the one it maps to: its mentions move there, and what the kept actor
    lacks (country, sector, role) it gives."""
    for actor_id, target in into.items():
        kept, gone = actors[target], actors.pop(actor_id)
        actors[target] = kept._replace(country=kept.country or gone.country, sector=kept.sector or gone.sector,
                                       role=kept.role or gone.role)
    order = [actor_id for actor_id in order if actor_id not in into]
    mentions = [m._replace(entity_id=into.get(m.entity_id, m.entity_id)) for m in mentions]
    return actors, order, mentions


def _fold_early_surnames(actors: dict[str, Actor], order: list[str], person_words: dict[str, list[str]],
                         mentions: list[Mention]) -> tuple[dict[str, Actor], list[str], list[Mention]]:
    """A person named by surname before the full name ("Guatemala's Congress blocks Arevalo bid" as a headline or
    lead, then "President Bernardo Arevalo"): mentions are merged in text order, so the surname made an actor of
    its own (a body, when NER tagged it so), which joins the one fuller name that contains its words and ends with
    its surname, when no other person's mention ends with that surname ("President Xiomara Castro" is "Iris
    Xiomara Castro Sarmiento" in the knowledge base) and their countries do not disagree."""
    first_at: dict[str, int] = {}
    ending_with: dict[str, set[str]] = {}  # a person's mentions' last words -> the people
    for mention in mentions:
        first_at.setdefault(mention.entity_id, mention.start)
        if actors[mention.entity_id].type == "person" and mention.text.split():
            ending_with.setdefault(countries.fold(mention.text.split()[-1].lower()), set()).add(mention.entity_id)
    into: dict[str, str] = {}
    for actor_id in order:
        actor, words = actors[actor_id], person_words.get(actor_id)
        if actor.type == "organization" and not actor.sector and " " not in actor.name.strip():
            words = [countries.fold(actor.name.strip().lower())]  # the surname NER took for a body ("Sanchez")
        if actor.type not in {"person", "organization"} or actor.known or not words:
            continue
        fuller = {other for other, known in person_words.items()
                  if other != actor_id and len(known) > len(words) and known[-1] == words[-1]
                  and all(word in known for word in words) and first_at.get(other, -1) > first_at.get(actor_id, -1)}
        if len(fuller) != 1 or ending_with.get(words[-1], set()) - fuller - {actor_id}:
            continue
        target = fuller.pop()
        if actor.country and actors[target].country and actor.country != actors[target].country:
            continue
        into[actor_id] = target
    return _folded(actors, order, mentions, into)


def _fold_fuller_spellings(actors: dict[str, Actor], order: list[str], person_words: dict[str, list[str]],
                           mentions: list[Mention]) -> tuple[dict[str, Actor], list[str], list[Mention]]:
    """A person the text names in full first, with the chain of "bin"/"ibn" names the base leaves out ("Dr. Majed
    bin Mohammed Al Ansari", then "Al Ansari", which the base knows as "Majed al-Ansari"): the known person's name
    words, hyphens parted, all stand in the one fuller unknown name, which begins and ends as it does; one person,
    under the base's name, when their countries do not disagree."""
    def parted(words: list[str]) -> list[str]:
        return [part for word in words for part in word.split("-") if part]

    known = {actor_id: parted(person_words[actor_id]) for actor_id in order if actors[actor_id].type == "person"
             and actors[actor_id].known and len(person_words.get(actor_id, [])) > 1}
    if not known:
        return actors, order, mentions
    into: dict[str, str] = {}
    for actor_id in order:
        actor = actors[actor_id]
        if actor.type != "person" or actor.known or actor_id not in person_words:
            continue
        words = parted(person_words[actor_id])
        shorter = [other for other, other_words in known.items()
                   if len(other_words) < len(words) and other_words[0] == words[0] and other_words[-1] == words[-1]
                   and all(word in words for word in other_words)
                   and not (actor.country and actors[other].country and actor.country != actors[other].country)]
        if len(shorter) == 1 and shorter[0] not in into.values():
            into[actor_id] = shorter[0]
    return _folded(actors, order, mentions, into)


APPOSITION_GAP = re.compile(r"^,\s+(?:the\s+)?$", re.IGNORECASE)
# what closes an appositive: a comma, a full stop or a bracket, but no list's last item ("..., the House, and ...")
APPOSITION_CLOSE = re.compile(r"^(?:,(?!\s*(?:and|or)\b)|[.;:)\]]|\s*$)", re.IGNORECASE)
BODY_TYPES = {"organization", "government"}


def _fold_appositive_bodies(doc: Doc, actors: dict[str, Actor], order: list[str],
                            mentions: list[Mention]) -> tuple[dict[str, Actor], list[str], list[Mention]]:
    """A body described, then named in apposition ("Estonia's parliament, the Riigikogu, voted"; "Poland's lower
    house, the Sejm"): one body, named by its name, when the parse makes the name the description's appositive,
    closed by a comma or a full stop (not a list: "Chile's Senate, the House and the courts"), and their countries
    do not disagree."""
    text = _view(doc).text
    into: dict[str, str] = {}
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    for described, name in zip(ordered, ordered[1:]):
        outer, inner = actors[described.entity_id], actors[name.entity_id]
        if (outer.actor_id == inner.actor_id or outer.type not in BODY_TYPES or inner.type not in BODY_TYPES
                or not APPOSITION_GAP.search(text[described.end:name.start])
                or not APPOSITION_CLOSE.match(text[name.end:name.end + 8])
                or outer.country and inner.country and outer.country != inner.country):
            continue
        outer_span, inner_span = doc.char_span(described.start, described.end), doc.char_span(name.start, name.end)
        if outer_span is None or inner_span is None:
            continue
        root = inner_span.root
        # the parse may miss the apposition ("the Kyrgyz parliament, the Jogorku Kenesh, earlier this month"): a
        # country's body described in lower case and a name the text gives no country are one body all the same
        described_generic = (outer.country and not inner.country and not inner.known
                             and text[described.end - 1].islower())
        if root.dep_ == "appos" and outer_span.start <= root.head.i < outer_span.end or described_generic:
            into.setdefault(outer.actor_id, inner.actor_id)
    return _folded(actors, order, mentions, {outer: inner for outer, inner in into.items() if inner not in into})


def _surname_tagged_as_body(candidate: Candidate, person_words: dict[str, list[str]],
                            actors: dict[str, Actor]) -> Candidate:
    """A one-word organisation that is the surname of exactly one person named before ("Dellaway said" after
    "General Marcus Dellaway Jr.", which NER tagged ORG) is that person."""
    if candidate.type != "organization" or candidate.known or " " in candidate.name.strip():
        return candidate
    word = countries.fold(candidate.name.lower())
    owners = {actor_id for actor_id, known in person_words.items()
              if known and (known[-1] == word or len(known) > 1 and known[0] == word
                            and actors[actor_id].country in FIRST_WORD_CALLED)}
    if len(owners) != 1:
        return candidate
    return candidate._replace(type="person", key=f"person:{candidate.name}")


def _igo_apart(actor: Actor) -> Actor:
    """An organisation's acronym goes to ``igo``: NATO or the UN, and their officials, belong to no country."""
    if countries.is_igo(actor.country):
        return actor._replace(country=None, igo=actor.country)
    return actor


def anaphor_mentions(doc: Doc, actors: dict[str, Actor], mentions: list[Mention]) -> Iterator[Mention]:
    """ "the minister" after "Foreign Minister Hakan Fidan", "the foreign minister" or "the secretary general" after
    "Secretary-General Ana Ruiz": a mention of the one earlier person with that title, one word or several."""
    table = agents()
    taken = {(m.start, m.end) for m in mentions}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    view = _view(doc)
    for i in view.agent_ends:
        length, head = _agent_match(doc, i, table, 0) if i > 0 else (0, None)
        if head is None or not head.title or view.tag[i] in PLURAL_NOUN_TAGS or i - length < 0 \
                or view.lower[i - length] != "the":
            continue
        token = doc[i]
        if token.idx in covered or _continues_phrase(token):
            continue
        start_token = doc[i - length]
        if any(t.idx in covered for t in doc[start_token.i:token.i + 1]):
            continue
        before = {m.entity_id for m in mentions if m.end <= start_token.idx}
        title = " ".join(word for word in view.lower[start_token.i + 1:token.i + 1] if word != "-")
        holders = [a for a in actors.values() if a.actor_id in before and a.type == "person" and a.named
                   and _same_role(a.role, title)]
        if len(holders) == 1 and (start_token.idx, token.idx + len(token)) not in taken:
            yield Mention(holders[0].actor_id, "actor", view.text[start_token.idx:token.idx + len(token)],
                          start_token.idx, token.idx + len(token))


def _person_match(candidate: Candidate, person_words: dict[str, list[str]], actors: dict[str, Actor]) -> str | None:
    """An earlier person whose name contains this one's words in order, ending with the same surname; or, for
    a person of a family-name-first country or one whose people are called by their given name, whose name starts
    with this one-word name."""
    if candidate.type != "person" or candidate.known:
        return None
    words = name_key_words(candidate.name)
    if not words:
        return None
    matches = [actor_id for actor_id, known in person_words.items()
               if known and known[-1] == words[-1] and all(word in known for word in words)
               or known and words[-1] == known[-1] and all(word in words for word in known)]
    if not matches and len(words) == 1:
        matches = [actor_id for actor_id, known in person_words.items()
                   if len(known) > 1 and known[0] == words[0]
                   and (actors[actor_id].country in FIRST_WORD_CALLED or korean_shaped(known))]
    return matches[0] if len(set(matches)) == 1 else None


# honorifics that open a name in the Gulf states and are no title of their own in agents.tsv
HONORIFICS = {"sheikh", "shaikh", "sheikha", "sheik"}


def _given_name_match(candidate: Candidate, person_words: dict[str, list[str]], before: str) -> str | None:
    """ "Prince Faisal" after "Prince Faisal bin Farhan", "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman
    Al Thani": a lone given name after a title or honorific (royals and Arab officials are called so) is the one
    person named before whose name opens with it. ``before`` is the word before the candidate, an honorific NER
    may have left out of the name."""
    if candidate.type != "person" or candidate.known:
        return None
    words = name_key_words(candidate.name)
    titled = candidate.name_start is not None and candidate.name_start > candidate.start or before in HONORIFICS
    table = agents()
    while len(words) > 1 and (words[0] in HONORIFICS or words[0] in table and table[words[0]].title):
        words.pop(0)
        titled = True
    if len(words) != 1 or not titled:
        return None
    matches = [actor_id for actor_id, known in person_words.items() if len(known) > 1 and known[0] == words[0]]
    return matches[0] if len(matches) == 1 else None


def _title_holder(candidate: Candidate, actors: dict[str, Actor]) -> str | None:
    """ "the Russian foreign minister" after "Sergei Lavrov": the one named person of that country and role."""
    if not candidate.key.startswith("title:") or candidate.country is None or candidate.role is None:
        return None
    holders = [actor.actor_id for actor in actors.values()
               if actor.named and actor.type == "person" and actor.country == candidate.country
               and _same_role(actor.role, candidate.role)]
    return holders[0] if len(holders) == 1 else None


# words an acronym skips ("Federation of ...", "Council for the ...")
ACRONYM_SKIPPED = {"of", "the", "for", "and", "on", "in", "&"}


def _acronym_of(candidate: Candidate, actors: dict[str, Actor]) -> str | None:
    """ "the KRG" after "the Kurdistan Regional Government", "the RSF" after "the Rapid Support Forces": a body
    named by an acronym that spells the initials of exactly one body named before it."""
    acronym = _strip_the(candidate.name).strip()
    if candidate.type == "person" or not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return None
    matches = [actor.actor_id for actor in actors.values()
               if actor.type != "person" and actor.named and _initials(actor.name) == acronym]
    return matches[0] if len(matches) == 1 else None


def _bracketed_acronym(candidate: Candidate, words: list[str], body_ends: dict[int, str]) -> str | None:
    """ "the Movement Toward Socialism (MAS)": an acronym in brackets right after a body's name is that body, whatever
    language its letters come from."""
    acronym = candidate.name.strip()
    if candidate.type == "person" or not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()) \
            or candidate.start < 1 or candidate.end >= len(words) or words[candidate.start - 1] != "(" \
            or words[candidate.end] != ")":
        return None
    return body_ends.get(candidate.start - 1)


def _initials(name: str) -> str:
    """The capital initials of a name's words, the words an acronym skips aside ("Rapid Support Forces": RSF)."""
    words = [word for word in _strip_the(name).replace("-", " ").split() if word.lower() not in ACRONYM_SKIPPED]
    return "".join(word[0] for word in words) if all(word[:1].isupper() for word in words) else ""


def _same_role(role: str | None, title: str) -> bool:
    """Whether a person's role is the title, or ends with it; a hyphen counts as a space ("secretary-general")."""
    role = role.replace("-", " ") if role else role
    return bool(role) and (role == title or role.endswith(" " + title))


def _enrich(actor: Actor, candidate: Candidate) -> Actor:
    """Fill an actor's missing country, sector or role from a later mention."""
    return actor._replace(country=actor.country or candidate.country, sector=actor.sector or candidate.sector,
                          role=actor.role or candidate.role)
