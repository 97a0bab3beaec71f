"""People and organisations NER found that the dictionary does not know, with the country, sector and role their
title, appositive or modifiers give; names that are places, or things after "the", are no actors.
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.knowledge import countries
from pipeline.resources import read_tsv, read_words
from pipeline.stages.actors.candidate import Candidate
from pipeline.stages.actors.descriptions import (_body_sector, _country_after_name, _known_body, _possessor_country,
                                                 _prep_country, _prep_sector, closes_with_namesake, describe,
                                                 relative_workplace_seat, seat_after, workplace_seat)
from pipeline.stages.actors.doc_view import _span_text, _view
from pipeline.stages.actors.known_names import known_facts, known_key, known_person
from pipeline.stages.actors.lexicon import _strip_the, agents, city_country
from pipeline.stages.actors.name_spans import _name_text, after_person_possessor
from pipeline.stages.actors.non_actor_names import (VESSEL_WORDS_FILE, inside_people_name, names_document,
                                                     names_flagged_vessel, names_gathering, names_model,
                                                     names_people_of_place,
                                                     names_place_pair, names_quoted_term, names_related_label,
                                                     names_section_label, names_settlement, names_time_zone,
                                                     names_vessel_or_thing)
from pipeline.stages.actors.place_names import _named_place, _named_venue
from pipeline.stages.actors.phrases import DETERMINERS, _agent_at, _agent_phrase_length, _inside_agent_phrase
from pipeline.stages.actors.titles import (_apposition, _described_as_person, _name_after_leading_title,
                                           _name_after_title, _role_before,
                                           _starts_title, _title_start)

NER_ACTOR_LABELS = {"PERSON": "person", "ORG": "organization"}
GENERIC_BODY_SECTORS = {None, "GOV", "LAB"}
SHIP_PREFIXES_FILE = "actor_ship_prefixes.txt"


def ner_candidate(doc: Doc, ent: Span) -> Candidate | None:
    """A person or organisation that NER found and the dictionary does not know."""
    ent = _trimmed(ent)
    if ent is None:
        return None
    view = _view(doc)
    text = _strip_the(_span_text(view, ent.start, ent.end))
    lower = view.lower
    if all(_inside_agent_phrase(doc, i) for i in range(ent.start, ent.end) if lower[i] not in DETERMINERS) \
            and not _titled_body_name(ent):
        return None  # "Riot" in "Riot police" tagged as a name
    if (countries.country_name_code(text) or countries.capital_code(text) or countries.is_demonym(text)
            or (ent.label_ != "PERSON" and city_country(text))):
        return None  # a country or city mislabelled as an organisation is a place ("Bush" the person is no town)
    if _named_place(ent) or names_settlement(ent) or names_section_label(ent) or names_time_zone(ent):
        return None  # "fighting near Goma" tagged as a person; "the village of Khnatsakh"; "ANALYSIS" on its line;
        # "16:40 CAT" a time zone
    if names_document(ent) or names_related_label(ent) or names_gathering(ent) or names_place_pair(ent):
        return None  # "the Ottawa Convention" is a treaty; "Related Articles" a scraped page's label; a summit
    if names_quoted_term(ent) or names_model(ent) or names_vessel_or_thing(ent):
        return None  # "the 'Pukpuk' treaty": a quoted term; "KF-16 fighter jets": a model; "the Eagle S, a tanker"
    if len(ent) > 1 and lower[ent.start + (lower[ent.start] == "the")] in read_words(SHIP_PREFIXES_FILE):
        return None  # "the BRP Sierra Madre", "USS Carney": a vessel (actor_ship_prefixes.txt)
    if ent.start > 0 and doc[ent.start - 1].is_lower and lower[ent.start - 1] in read_words(VESSEL_WORDS_FILE):
        return None  # "the aircraft carrier Carl Vinson": a vessel (vessel_words.txt)
    if names_flagged_vessel(ent) or inside_people_name(ent) or names_people_of_place(ent):
        return None  # "the Panama-flagged Nova Star" a ship; "Leonean" of "Sierra Leonean", "Kosovo Serbs" a people
    if _named_venue(ent):
        return None  # "signed the deal at State House": the building where it happened
    if ent.label_ == "PERSON" and _definite_thing(ent):
        return None  # "ships crossed the Bosphorus": a person's name takes no article
    if ent.label_ == "PERSON" and _names_party(ent):
        ent = Span(doc, ent.start, ent.end, label="ORG")  # "the conservative Vamos party": a party's name
    if ent.label_ == "ORG":
        ent = after_person_possessor(ent)  # "Arevalo's Semilla movement": the body is Semilla's
        text = _strip_the(_span_text(view, ent.start, ent.end))
        name_start = _name_after_title(ent)
        if name_start is not None:  # "House Speaker Kevin McCarthy" tagged as one organisation
            ent = Span(doc, name_start, ent.end, label="PERSON")
            text = ent.text
        elif _described_as_person(ent) or _role_before(ent) is not None:
            # "Basir Tamal, an adviser to ...", "the head of the election board, Bola Ade,": a person NER took for
            # a body
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        elif lower[ent.start] != "the" and known_person(doc, text):  # a person the knowledge base knows by name
            ent = Span(doc, ent.start, ent.end, label="PERSON")
    if ent.label_ == "PERSON":
        name_start = _name_after_leading_title(ent)
        if name_start is not None:  # "Bishop Anthony Obi": NER took the title into the name
            ent = Span(doc, name_start, ent.end, label="PERSON")
            text = ent.text
        start = _title_start(doc, ent.start)
        country, sector, role = describe(doc[start:ent.end], doc[ent.start:ent.end])
        appos = _apposition(ent)
        before = _role_before(ent) if start == ent.start else None
        if before is not None:
            start = before.start  # "the spokesman for X, Name": one mention of the person, role and all
        # the role phrase says the role by the words up to its head ("the Principal Deputy Spokesman" of
        # "... of the Chilean government"), the country by all of them
        role_words = doc[before.start:before.root.i + 1] if before is not None else None
        for described in (appos, role_words, before):
            if described is not None:
                a_country, a_sector, a_role = describe(described, None)
                country, sector, role = country or a_country, sector or a_sector, role or a_role
        if appos is not None:
            country, sector = _of_body_after(appos, country, sector)
            country = country or workplace_seat(appos[-1])  # "a senior fellow at the X Institute in Helsinki"
        if country is None or sector is None:
            country, sector = _led_body(ent, country, sector)
        country = country or _country_after_name(ent) or relative_workplace_seat(ent)
        country, sector, role = known_facts(doc, text, "person", country, sector, role)
        # one key for the names the knowledge base knows of one person: its mentions merge into one actor
        text = _name_text(doc, text, ent.end)
        kb_key = known_key(doc, text)
        key = f"kb:{kb_key}" if kb_key else f"person:{text}"
        return Candidate(start, ent.end, text, "person", country, sector, role, False, key, name_start=ent.start)
    start = ent.start + 1 if lower[ent.start] == "the" else ent.start
    end = _modified_head_end(doc, ent)
    country, sector, _ = describe(doc[start:end], None)
    if closes_with_namesake(doc, start, end):
        country = None  # "the Christian Democratic Party" is not of the US, whose Democratic Party the base knows
    country = country or _possessor_country(doc, start) or seat_after(doc, end)
    country, sector, _ = known_facts(doc, text, "organization", country, sector, None)
    if sector is None:
        sector = _name_head_sector(doc, start, end)  # "the Swedish Migration Agency", "the Tehran Times"
    if countries.is_igo(country) and sector in GENERIC_BODY_SECTORS:
        # a body of an international organisation ("the African Union Transition Mission", "the Intergovernmental
        # Authority on Development") is IGO: words that in a country's body say government or labour ("authority",
        # "union") say only that it is a body
        sector = "IGO"
    kind = "government" if sector == "GOV" else "organization"
    # a body's kind after its name is no part of the name ("the Civil Contract party" is Civil Contract)
    name_end = ent.end if all(getattr(agents().get(lower[i]), "type", None) == "organization"
                              for i in range(ent.end, end)) else end
    text = _name_text(doc, _span_text(view, start, name_end), name_end)
    return Candidate(start, end, text, kind, country, sector, None, False, f"org:{countries.normalize(text)}")


def _names_party(ent: Span) -> bool:
    """Whether a name NER took for a person modifies a lower-case word for a party right after it ("the Vamos
    party", as ``agents.tsv`` says of "party": a party, PTY), and heads its phrase: a party's name, not a
    person's."""
    doc = ent.doc
    if (ent.end >= len(doc) or not doc[ent.end].is_lower or ent.root.head.i != ent.end
            or doc[ent.end].dep_ in {"compound", "amod", "nmod"}):
        return False  # "Hugo Ramirez party officials": the party word modifies people
    agent = agents().get(_view(doc).lower[ent.end])
    return agent is not None and agent.sector == "PTY" and agent.type == "organization"


def _titled_body_name(ent: Span) -> bool:
    """Whether an organisation's name is a body's full title in capitals running over "of" ("the Ministry of
    Foreign Affairs", "the Department of State"): the agent phrase it also is would name it by its head alone
    ("the Ministry"), so NER's whole name stands."""
    words = [token for token in ent if token.lower_ not in DETERMINERS]
    return (ent.label_ == "ORG" and any(token.lower_ == "of" for token in words[1:-1])
            and all(token.text[:1].isupper() for token in words if token.lower_ not in {"of", "and", "for"}))


def _of_body_after(appos: Span, country: str | None, sector: str | None) -> tuple[str | None, str | None]:
    """A person's appositive headed by a role word reads the body after it, as an unnamed role phrase does
    ("Hassan Nur, head of Somalia's intelligence agency" SOM, SPY; "Ana Ruiz, leader of the Chilean Greens" PTY):
    the body's country when nothing gave one, and its sector when the role word gives none or only a weak one."""
    head = appos[-1]
    agent = _agent_at(appos.doc, head.i, agents(), first=appos.start)
    # a singular word for a member of a group is one person's role ("a researcher at ...", "a professor at ...")
    if agent is None or agent.type != "person" and not (agent.type == "group" and head.tag_ == "NN"):
        return country, sector
    country = country or _prep_country(head) or workplace_seat(head)
    if sector is None or agent.weak and sector == agent.sector:
        sector = _prep_sector(head) or sector
    return country, sector


LEAD_VERBS_FILE = "actor_lead_verbs.txt"
RELATIVE_SUBJECTS = {"who", "that"}


def _led_body(ent: Span, country: str | None, sector: str | None) -> tuple[str | None, str | None]:
    """A person followed by a relative clause saying they head a body ("Arvo Kask, who leads the Estonian Centre
    Party" EST, PTY; ``actor_lead_verbs.txt``) takes what the text has not given them from that body: its own
    words' country and sector, else the dictionary's or the knowledge base's for its name; an object with no
    sector is no body, and says nothing of the person's country."""
    for clause in ent.root.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in read_words(LEAD_VERBS_FILE):
            continue
        if not any(child.dep_ == "nsubj" and child.lower_ in RELATIVE_SUBJECTS for child in clause.children):
            continue
        for obj in clause.children:
            if obj.dep_ == "dobj":
                body = obj.doc[obj.left_edge.i:obj.right_edge.i + 1]
                a_country, a_sector, _ = describe(body, None)
                a_sector = a_sector or _body_sector(body)
                if a_sector is not None:  # a body, not a thing one runs ("who runs a bakery in Lima")
                    country = country or a_country or _known_body(body, "country")
                    sector = sector or a_sector
    return country, sector


NAME_HEADS_FILE = "actor_name_heads.tsv"
MEDIA_OPENERS_FILE = "actor_media_openers.txt"


def _name_head_sector(doc: Doc, start: int, end: int) -> str | None:
    """The sector the last word of a body's name says (``actor_name_heads.tsv``: "Times" MED, "Airways" BUS);
    for a state body's word (agency, commission, service) only when the name names a country by one of its own
    words before it (a country name or nationality word, one or two words: "Nigerian Communications Commission",
    "South African Revenue Service"); else MED for a name opening with a broadcaster's medium ("Channel 12")."""
    if end - start < 2:
        return None
    head = _name_heads().get(_view(doc).lower[end - 1])
    if head is None:
        # a broadcaster's name opens with its medium ("Radio Free Asia", "Channel 12"; actor_media_openers.txt)
        return "MED" if _view(doc).lower[start] in read_words(MEDIA_OPENERS_FILE) else None
    sector, country_named = head
    words = _view(doc).orth
    if country_named and not any(countries.country_code(" ".join(words[i:i + n]))
                                 for n in (1, 2) for i in range(start, end - n)):
        return None
    return sector


@functools.lru_cache(maxsize=None)
def _name_heads() -> dict[str, tuple[str, bool]]:
    return {row["word"]: (row["sector"], row["country_named"] == "yes") for row in read_tsv(NAME_HEADS_FILE)}


NAME_END_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PUNCT"})


def _trimmed(ent: Span) -> Span | None:
    """The entity without the function words NER ran it into ("the ministry on" in "issued by the ministry on
    Sunday"), or None when no capitalised word is left: a name has one ("the ministry" is a description)."""
    end = ent.end
    while end > ent.start and ent.doc[end - 1].pos_ in NAME_END_POS and ent.doc[end - 1].text not in {".", ")"}:
        end -= 1
    if not any(token.text[:1].isupper() for token in ent.doc[ent.start:end] if token.lower_ != "the"):
        return None
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label)


def _definite_thing(ent: Span) -> bool:
    """A name NER took for a person that heads a phrase opened by "the" ("the Bosphorus", "the Danube"): people's
    names take no article, unless a title comes between ("the late president", "the Reverend ...") or the name
    stands for a family ("the Kennedys") or modifies another noun ("the Trump administration")."""
    doc = ent.doc
    if ent.start == 0 or _view(doc).lower[ent.start - 1] != "the" or ent.root.dep_ in {"compound", "amod", "nmod", "poss"}:
        return False
    if any(token.tag_ == "NNPS" for token in ent) or _title_start(doc, ent.start) != ent.start:
        return False
    return not any(_agent_phrase_length(doc, token.i, agents()) for token in ent)


def _modified_head_end(doc: Doc, span: Span) -> int:
    """End of the noun phrase a name modifies when its head is an agent word ("Panamanian Immigration
    inspectors"), else the name's own end: a name modifying a thing is a name ("WhatsApp messages", "COVID-19
    vaccine exports" name WhatsApp and nothing)."""
    end = span.end
    table = agents()
    while end < len(doc) and doc[end - 1].head.i >= end and doc[end].pos_ in {"NOUN", "PROPN"} \
            and doc[end - 1].dep_ in {"compound", "amod", "nmod"} and doc[end].ent_type_ != "PERSON" \
            and not _starts_title(doc, end, table):
        end += 1
    return end if end == span.end or _agent_phrase_length(doc, end - 1, table) else span.end
