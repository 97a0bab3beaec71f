"""The actors stage: dictionary actors, NER people and bodies, agent phrases, metonyms, merging; and its scorer."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from pipeline.stages.actors import (ActorStage, agents, country_of_span, dateline_country, dictionary, dictionary_aliases,
                             entry_for)
from pipeline.knowledge.countries import is_igo
from pipeline.records import Actor, Mention


@pytest.fixture(scope="module")
def run_actors(base_nlp):
    """The base model followed by the actors stage alone (later stages may add actors of their own)."""
    stage = ActorStage(base_nlp)

    def _run(text: str, published: dt.date | None = dt.date(2025, 1, 15)):
        doc = base_nlp.make_doc(text)
        doc._.published = published
        for _, component in base_nlp.pipeline:
            doc = component(doc)
        return stage(doc)

    return _run


def _actors_at(doc, text):
    """Actors with a mention overlapping the first occurrence of ``text`` in the doc."""
    start = doc.text.index(text)
    end = start + len(text)
    ids = {m.entity_id for m in doc._.actor_mentions if m.start < end and start < m.end}
    return [a for a in doc._.actors if a.actor_id in ids]


# --- data files ---------------------------------------------------------------------------------------------

def test_actors_dictionary_rows_are_well_formed():
    types = {"person", "organization", "government", "group"}
    for name, rows in dictionary().items():
        for row in rows:
            assert row.type in types, name
            assert row.sector is None or row.sector.isupper(), name
            assert row.valid_from is None or row.valid_to is None or row.valid_from <= row.valid_to, name


def test_actors_dictionary_is_large_enough():
    assert len(dictionary()) >= 300


def test_actors_agents_have_a_known_type():
    assert {agent.type for agent in agents().values()} <= {"person", "organization", "government", "group"}


@pytest.mark.parametrize(
    ("name", "when", "sector", "role"),
    [
        ("Angela Merkel", dt.date(2017, 4, 1), "GOV", "chancellor"),
        ("Angela Merkel", dt.date(2022, 1, 10), "ELI", "former chancellor"),
        ("Scott Morrison", dt.date(2022, 1, 1), "GOV", "prime minister"),
        ("Scott Morrison", dt.date(2022, 10, 1), "LEG", "member of parliament"),
        ("Marco Rubio", dt.date(2022, 3, 1), "LEG", "senator"),
        ("Marco Rubio", dt.date(2025, 6, 1), "GOV", "secretary of state"),
    ],
)
def test_actors_entry_for_picks_the_role_valid_on_the_date(name, when, sector, role):
    entry = entry_for(name, when)
    assert (entry.sector, entry.role) == (sector, role)


def test_actors_aliases_have_no_leading_article():
    assert not [alias for alias, _ in dictionary_aliases() if alias.lower().startswith("the ")]


# --- the stage on text ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        ("Ukrainian soldiers crossed the river.", "Ukrainian soldiers", "UKR", "MIL"),
        ("A US destroyer entered the strait.", "US destroyer", "USA", "MIL"),
        ("The Russian Foreign Ministry issued a statement.", "Russian Foreign Ministry", "RUS", "GOV"),
        ("Brazil's Defence Ministry denied the report.", "Defence Ministry", "BRA", "GOV"),
        ("Russia's Foreign Ministry summoned the envoy.", "Foreign Ministry", "RUS", "GOV"),
        ("A Kremlin spokesman declined to comment.", "Kremlin spokesman", "RUS", "GOV"),
        ("NATO troops patrolled the area.", "NATO troops", "NATO", "MIL"),
        ("A senator asked for a vote.", "senator", None, "LEG"),
        ("Riot police fired tear gas at protesters.", "Riot police", None, "COP"),
        ("Protesters gathered outside the embassy.", "Protesters", None, "CVL"),
        ("Militants attacked a checkpoint near the border.", "Militants", None, "REB"),
        ("A Kenyan judge postponed the hearing.", "Kenyan judge", "KEN", "JUD"),
        ("Gunmen opened fire on a bus.", "Gunmen", None, "UAF"),
        ("Somali police arrested two suspects.", "Somali police", "SOM", "COP"),
        ("An Egyptian army officer was wounded.", "Egyptian army officer", "EGY", "MIL"),
        ("A retired general criticised the plan.", "retired general", None, "ELI"),
        ("Catholic leaders in Poland urged calm.", "Catholic leaders", "POL", "REL"),
        ("Indonesian coast guard personnel boarded the boat.", "coast guard personnel", "IDN", "MIL"),
        ("The Obama administration backed the deal.", "Obama administration", "USA", "GOV"),
        ("Senior Hezbollah official Karim Haddad Nour denied it.", "Karim Haddad Nour", "LBN", "REB"),
        ("U.S. House Speaker Daniel Whitcombe Frey arrived.", "Daniel Whitcombe Frey", "USA", "LEG"),
    ],
)
def test_actors_agent_phrases_get_country_and_sector(run_actors, text, span, country, sector):
    found = _actors_at(run_actors(text), span)
    # an organisation's acronym is its igo, and such an actor has no country
    expected = (None, country) if is_igo(country) else (country, None)
    assert any((a.country, a.igo) == expected and a.sector == sector for a in found), found


@pytest.mark.parametrize(
    ("text", "span", "name", "country", "sector"),
    [
        ("Turkish Foreign Minister Hakan Fidan arrived in Baghdad.", "Hakan Fidan", "Hakan Fidan", "TUR", "GOV"),
        ("Kremlin spokesman Dmitry Peskov declined to comment.", "Dmitry Peskov", "Dmitry Peskov", "RUS", "GOV"),
        ("Hamas rejected the proposal on Sunday.", "Hamas", "Hamas", "PSE", "REB"),
        ("The Houthis claimed the attack.", "Houthis", "Houthis", "YEM", "REB"),
        ("NATO will hold a summit in July.", "NATO", "North Atlantic Treaty Organization", "NATO", "IGO"),
        ("Reuters could not verify the footage.", "Reuters", "Reuters", "GBR", "MED"),
        ("The Pentagon announced new aid.", "Pentagon", "Pentagon", "USA", "MIL"),
    ],
)
def test_actors_dictionary_actors_are_found(run_actors, text, span, name, country, sector):
    found = _actors_at(run_actors(text, published=dt.date(2025, 6, 1)), span)
    country, igo = (None, country) if is_igo(country) else (country, None)
    assert [(a.name, a.country, a.igo, a.sector, a.known) for a in found] == [(name, country, igo, sector, True)]


def test_actors_unknown_person_takes_country_and_role_from_title(run_actors):
    doc = run_actors("Chilean Foreign Minister Carla Montero Ruiz met her counterpart.")
    found = _actors_at(doc, "Carla Montero Ruiz")
    assert [(a.type, a.country, a.sector, a.role) for a in found] == [("person", "CHL", "GOV", "foreign minister")]


def test_actors_unknown_person_takes_country_from_apposition(run_actors):
    doc = run_actors("Tomas Verhoeven Lindqvist, Sweden's deputy trade minister, signed the deal.")
    found = _actors_at(doc, "Tomas Verhoeven Lindqvist")
    assert found and found[0].country == "SWE" and found[0].sector == "GOV"


def test_actors_two_titles_joined_by_and_belong_to_one_person(run_actors):
    doc = run_actors("Omani Prime Minister and Foreign Minister Said bin Nasser Harthy met the press.")
    assert [(a.type, a.country, a.named) for a in doc._.actors] == [("person", "OMN", True)]


def test_actors_body_named_after_an_office_has_no_role(run_actors):
    doc = run_actors("The Greek Prime Minister's Office issued a statement.")
    found = _actors_at(doc, "Prime Minister's Office")
    assert [(a.type, a.country, a.sector, a.role) for a in found] == [("government", "GRC", "GOV", None)]


def test_actors_surname_alias_does_not_claim_another_person(run_actors):
    doc = run_actors("Chelsea Clinton met Francis Ngannou in Paris.", published=dt.date(2016, 5, 1))
    assert sorted((a.name, a.known) for a in doc._.actors if a.type == "person") == [
        ("Chelsea Clinton", False), ("Francis Ngannou", False)]


@pytest.mark.parametrize(
    ("text", "when", "names"),
    [
        # two dictionary people share the surname: the lone surname is the one named in full
        ("Bill Clinton spoke in Dublin. Clinton said the talks would go on.", dt.date(1998, 4, 1),
         [("Bill Clinton", 2)]),
        ("Hillary Clinton arrived in Kabul. Clinton met officials there.", dt.date(2010, 7, 20),
         [("Hillary Clinton", 2)]),
    ],
)
def test_actors_shared_surname_goes_to_the_person_named_in_full(run_actors, text, when, names):
    doc = run_actors(text, published=when)
    counts = [(a.name, sum(m.entity_id == a.actor_id for m in doc._.actor_mentions))
              for a in doc._.actors if a.type == "person"]
    assert counts == names


@pytest.mark.parametrize(
    ("name", "when", "country", "sector", "role"),
    [
        ("Hosni Mubarak", dt.date(2005, 6, 1), "EGY", "GOV", "president"),
        ("Qin Gang", dt.date(2023, 3, 1), "CHN", "GOV", "foreign minister"),
        ("Benjamin Netanyahu", dt.date(2015, 1, 1), "ISR", "GOV", "prime minister"),
        ("Benjamin Netanyahu", dt.date(2022, 1, 1), "ISR", "OPP", "opposition leader"),
        ("Donald Tusk", dt.date(2016, 1, 1), "EU", "IGO", "president of the European Council"),
        ("Donald Tusk", dt.date(2010, 1, 1), "POL", "GOV", "prime minister"),
        ("Kofi Annan", dt.date(2003, 3, 1), "UN", "IGO", "secretary-general"),
        ("Anders Fogh Rasmussen", dt.date(2011, 1, 1), "NATO", "IGO", "secretary-general"),
        ("Anders Fogh Rasmussen", dt.date(2005, 1, 1), "DNK", "GOV", "prime minister"),
        ("Jean-Yves Le Drian", dt.date(2014, 1, 1), "FRA", "GOV", "defence minister"),
        ("Jean-Yves Le Drian", dt.date(2019, 1, 1), "FRA", "GOV", "foreign minister"),
        ("Osama bin Laden", dt.date(2001, 10, 1), None, "REB", "Al-Qaeda leader"),
    ],
)
def test_actors_dictionary_dates_roles_of_past_office_holders(name, when, country, sector, role):
    entry = entry_for(name, when)
    assert (entry.country, entry.sector, entry.role) == (country, sector, role)


@pytest.mark.parametrize(
    ("text", "when", "name", "country"),
    [
        ("President Hosni Mubarak met the envoy in Cairo.", dt.date(2005, 6, 1), "Hosni Mubarak", "EGY"),
        ("Foreign Minister Qin Gang received the delegation.", dt.date(2023, 3, 1), "Qin Gang", "CHN"),
        ("Kofi Annan urged restraint.", dt.date(2003, 3, 1), "Kofi Annan", None),
        ("Turkish President Recep Tayyip Erdoğan spoke.", dt.date(2023, 3, 1), "Recep Tayyip Erdogan", "TUR"),
        ("Vladimir Zelensky's spokesman denied it.", dt.date(2023, 7, 17), "Volodymyr Zelensky", "UKR"),
        ("Mevlüt Çavuşoğlu flew to Moscow.", dt.date(2020, 3, 5), "Mevlut Cavusoglu", "TUR"),
    ],
)
def test_actors_dictionary_people_found_in_any_spelling(run_actors, text, when, name, country):
    found = [a for a in run_actors(text, published=when)._.actors if a.type == "person" and a.named]
    assert [(a.name, a.country, a.known) for a in found] == [(name, country, True)]


@pytest.mark.parametrize(
    ("text", "person", "mentions"),
    [
        # spelling variants with and without diacritics are one person
        ("Recep Tayyip Erdoğan met the envoy. Erdogan later said the talks went well.", "Recep Tayyip Erdogan", 2),
        ("Zelenskiy spoke on Monday. Volodymyr Zelensky repeated the call on Tuesday.", "Volodymyr Zelensky", 2),
        # a lone family name after a full name of a family-name-first country
        ("Chinese Vice Premier Ding Xuexiang met the mayor. Ding said trade would grow.", "Ding Xuexiang", 2),
        ("Foreign Minister Qin Gang met the envoy. Qin said ties had improved.", "Qin Gang", 2),
        # a generational suffix does not stop the surname from joining the full name
        ("Senator Robert Castellano Jr. spoke on Monday. Castellano said the bill would pass.",
         "Robert Castellano Jr.", 2),
        # a surname NER took for an organisation still joins the person
        ("Lieutenant General Marcus Dellaway Jr. inspected the troops. Dellaway said they were ready.",
         "Marcus Dellaway Jr.", 2),
    ],
)
def test_actors_variants_of_one_name_merge(run_actors, text, person, mentions):
    doc = run_actors(text, published=dt.date(2023, 3, 1))
    people = [a for a in doc._.actors if a.type == "person" and a.named]
    assert [a.name for a in people] == [person]
    assert sum(m.entity_id == people[0].actor_id for m in doc._.actor_mentions) == mentions


def test_actors_mentions_of_one_person_merge(run_actors):
    doc = run_actors("Foreign Minister Hakan Fidan met the envoy in Ankara. Fidan later said talks would continue.")
    fidan = [a for a in doc._.actors if a.name == "Hakan Fidan"]
    assert len(fidan) == 1
    texts = [m.text for m in doc._.actor_mentions if m.entity_id == fidan[0].actor_id]
    assert texts == ["Foreign Minister Hakan Fidan", "Fidan"]


def test_actors_unknown_surname_merges_with_full_name(run_actors):
    doc = run_actors("Maria Vasquez Olmedo led the talks. Olmedo said the mood was good.")
    people = [a for a in doc._.actors if a.type == "person"]
    assert len(people) == 1
    assert len([m for m in doc._.actor_mentions if m.entity_id == people[0].actor_id]) == 2


def test_actors_title_anaphor_joins_its_single_holder(run_actors):
    doc = run_actors("Turkish Foreign Minister Hakan Fidan flew to Cairo. The minister met aid groups there.")
    fidan = next(a for a in doc._.actors if a.name == "Hakan Fidan")
    texts = [m.text for m in doc._.actor_mentions if m.entity_id == fidan.actor_id]
    assert "The minister" in texts
    assert len([a for a in doc._.actors if a.type == "person"]) == 1


def test_actors_title_anaphor_with_two_holders_stays_unresolved(run_actors):
    text = "Hakan Fidan met Sergei Lavrov in Ankara. The minister said little."
    doc = run_actors(text, published=dt.date(2025, 6, 1))
    assert not [m for m in doc._.actor_mentions if m.text == "The minister"]


@pytest.mark.parametrize(
    ("text", "span", "country"),
    [
        ("Moscow rejected the proposal on Monday.", "Moscow", "RUS"),
        ("Kyiv said the strike hit a power plant.", "Kyiv", "UKR"),
        ("The offer was rejected by Beijing.", "Beijing", "CHN"),
    ],
)
def test_actors_capital_acting_is_its_government(run_actors, text, span, country):
    found = _actors_at(run_actors(text), span)
    assert [(a.type, a.country, a.sector) for a in found] == [("government", country, "GOV")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Talks were held in Moscow on Monday.", "Moscow"),
        ("Russian officials met in Geneva.", "Russian officials met"),  # no actor on "met"; see below
        ("Russia and Ukraine exchanged prisoners.", "Russia"),
        ("The Russian delegation arrived late.", "Russian delegation arrived"),
    ],
)
def test_actors_no_actor_for_places_countries_and_demonyms(run_actors, text, span):
    doc = run_actors(text)
    start = doc.text.index(span)
    token = span.split()[0]
    found = [m for m in doc._.actor_mentions if m.start == start and m.text == token]
    assert not found


def test_actors_demonym_alone_is_not_an_actor(run_actors):
    doc = run_actors("The Russian said nothing about it.")
    assert not [m for m in doc._.actor_mentions if m.text in {"Russian", "The Russian"}]


def test_actors_bare_definite_agent_is_not_an_actor(run_actors):
    doc = run_actors("The ministry said the leaders would meet again.")
    assert doc._.actors == []


def test_actors_mention_offsets_index_the_text(run_actors):
    doc = run_actors("Kremlin spokesman Dmitry Peskov said Ukrainian forces shelled the town, and Moscow responded.")
    assert doc._.actor_mentions
    for mention in doc._.actor_mentions:
        assert doc.text[mention.start:mention.end] == mention.text


def test_actors_unnamed_actors_are_flagged(run_actors):
    doc = run_actors("Ukrainian soldiers and the Russian Foreign Ministry were both mentioned by Hamas.")
    named = {a.name: a.named for a in doc._.actors}
    assert named["Ukrainian soldiers"] is False
    assert named["Russian Foreign Ministry"] is True
    assert named["Hamas"] is True


@pytest.mark.parametrize(
    ("text", "span", "country"),
    [
        ("Russian forces advanced.", "Russian forces", "RUS"),
        ("The Kremlin denied it.", "The Kremlin", "RUS"),
        ("Talks in Moscow ended.", "Moscow", "RUS"),
        ("The EU imposed sanctions.", "EU", "EU"),
        ("The weather was fine.", "weather", None),
    ],
)
def test_actors_country_of_span(run_actors, text, span, country):
    doc = run_actors(text)
    start = doc.text.index(span)
    assert country_of_span(doc.char_span(start, start + len(span))) == country


# --- scorer ----------------------------------------------------------------------------------------------------

def _tables(actors, mentions, places=(), place_mentions=()):
    return {
        "actors": pd.DataFrame([{"article_id": "x", **a._asdict()} for a in actors],
                               columns=["article_id", *Actor._fields]),
        "places": pd.DataFrame([{"article_id": "x", **p} for p in places],
                               columns=["article_id", "place_id", "name", "kind", "country"]),
        "mentions": pd.DataFrame([{"article_id": "x", **m._asdict()} for m in [*mentions, *place_mentions]],
                                 columns=["article_id", *Mention._fields]),
    }


def _gold(country, sector, start=0, end=10):
    return {"x": {"actors": [{"start": start, "end": end, "country": country, "sector": sector}]}}


@pytest.mark.parametrize(
    ("gold_country", "gold_sector", "actor_country", "actor_sector", "country_acc", "sector_acc"),
    [
        ("RUS", "MIL", "RUS", "MIL", 1.0, 1.0),
        ("RUS", "MIL", "UKR", "GOV", 0.0, 0.0),
        ("", "MIL", None, "MIL", 1.0, 1.0),  # asserts no country: right when nothing has one
        ("", "", "RUS", "MIL", 0.0, 0.0),
    ],
)
def test_actors_scorer_judges_country_and_sector(gold_country, gold_sector, actor_country, actor_sector,
                                                 country_acc, sector_acc):
    from pipeline.evaluate.actors import score

    tables = _tables([Actor("a1", "n", "group", actor_country, actor_sector)], [Mention("a1", "actor", "t", 2, 8)])
    result = score([{"id": "x"}], _gold(gold_country, gold_sector), tables)
    assert (result["country_accuracy"], result["sector_accuracy"]) == (country_acc, sector_acc)


@pytest.mark.parametrize(
    ("gold_country", "igo", "country_acc"),
    [
        ("UNO", "UN", 0.0),  # NGEC's own organisation codes are not Parley's: the country column is compared as is
        ("IGO", "IMF", 0.0),
        ("", "NATO", 1.0),  # an organisation has no country, as a case asserting none expects
    ],
)
def test_actors_scorer_compares_the_country_column_as_written(gold_country, igo, country_acc):
    from pipeline.evaluate.actors import score

    tables = _tables([Actor("a1", "n", "organization", None, "IGO", igo=igo)], [Mention("a1", "actor", "t", 2, 8)])
    result = score([{"id": "x"}], _gold(gold_country, None), tables)
    assert result["country_accuracy"] == country_acc


def test_actors_scorer_counts_overlapping_places_for_country_only():
    from pipeline.evaluate.actors import score

    tables = _tables([], [], places=[{"place_id": "p1", "name": "Egypt", "kind": "country", "country": "EGY"}],
                     place_mentions=[Mention("p1", "place", "Egypt", 0, 5)])
    result = score([{"id": "x"}], _gold("EGY", "GOV"), tables)
    assert result["country_accuracy"] == 1.0 and result["sector_accuracy"] == 0.0


def test_actors_scorer_ignores_mentions_outside_the_gold_span():
    from pipeline.evaluate.actors import score

    tables = _tables([Actor("a1", "n", "group", "RUS", "MIL")], [Mention("a1", "actor", "t", 20, 25)])
    result = score([{"id": "x"}], _gold("RUS", "MIL"), tables)
    assert result["country_accuracy"] == 0.0


def test_actors_scorer_on_dev(eval_dir, nlp):
    from pipeline.evaluate import evaluate

    result = evaluate(eval_dir / "actors", nlp=nlp, limit=40)
    assert result["country_cases"] > 0 and 0.0 <= result["country_accuracy"] <= 1.0


# --- properties -------------------------------------------------------------------------------------------------

WORDS = ["Russian", "forces", "the", "Kremlin", "said", "Moscow", "Ukrainian", "minister", "Foreign", "Minister",
         "Hakan", "Fidan", "police", "U.S.", "’s", "'s", ",", ".", "-", "NATO", "troops", "a", "senator", "Kyiv",
         "rejected", "officials", "Hamas", "in", "and", "\n", "“", "”", "spokesman", "former", "President"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=25))
def test_actors_mentions_always_index_the_text_and_name_an_actor(run_actors, words):
    doc = run_actors(" ".join(words))
    ids = {actor.actor_id for actor in doc._.actors}
    assert len(ids) == len(doc._.actors)
    for mention in doc._.actor_mentions:
        assert doc.text[mention.start:mention.end] == mention.text
        assert mention.entity_id in ids


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("President Bush met the king in Cairo on Monday.", "Bush", None),  # not a man from the town of Būsh
    ],
)
def test_actors_person_name_is_not_a_city(run_stage, text, name, country):
    doc = run_stage(text)
    (actor,) = [a for a in doc._.actors if name in a.name]
    assert (actor.type, actor.country) == ("person", country)


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Olena Marchenko, a spokeswoman for Volodymyr Zelensky, said the corridor stayed open.",
         "Olena Marchenko", "UKR"),
        ("Tomas Keller, an adviser to Emmanuel Macron, declined to comment.", "Tomas Keller", "FRA"),
        ("Rafael Ortiz, press secretary of Claudia Sheinbaum, denied the report.", "Rafael Ortiz", "MEX"),
        # no one served: no country is guessed
        ("Maria Lind, a researcher at the institute, said the report was wrong.", "Maria Lind", None),
    ],
)
def test_actors_person_takes_country_of_the_actor_they_serve(run_actors, text, person, country):
    found = [a for a in run_actors(text, published=dt.date(2023, 3, 1))._.actors if a.name == person]
    assert [a.country for a in found] == [country]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the clause happens in a capital: the official works there
        ("Foreign Secretary Arun Mehrotra told a briefing in New Delhi that the strikes were over.",
         "Arun Mehrotra", "IND"),
        ("Vice Foreign Minister Zhou Ming summoned the Dutch ambassador in Beijing on Friday.", "Zhou Ming", "CHN"),
        # a wire dateline says where the story was filed
        ("ISLAMABAD (AFP) - Military spokesman Major General Tariq Aslam said the border was calm.",
         "Tariq Aslam", "PAK"),
        ("TOKYO, May 2 (Kyodo) -- The Foreign Ministry said talks would resume.", "Foreign Ministry", "JPN"),
        ("Talks to resume\n\nTOKYO, May 2 (Kyodo) -- The Foreign Ministry said talks would resume.",
         "Foreign Ministry", "JPN"),
        ("Talks to resume\nMay 2, 2024\nTOKYO (Kyodo) -- The Foreign Ministry said talks would resume.",
         "Foreign Ministry", "JPN"),
        # a capital one travels to says nothing of where one works
        ("Foreign Minister Arun Mehrotra arrived in Beijing on Friday.", "Arun Mehrotra", None),
        # the one country the sentence is about, as the owner of something, is the official's ...
        ("General Ana Ruiz stepped down to let Bolivia's new government take office.", "Ana Ruiz", "BOL"),
        # ... but not a country one goes to, or acts near
        ("Foreign Minister Anna Lindqvist flew to Ukraine on Monday for talks.", "Anna Lindqvist", None),
        ("Prime Minister Ivo Karlsson arrived in Kenya for a three-day visit.", "Ivo Karlsson", None),
        ("Defence Minister Tomas Berg said on Friday that the drills near Russia would go ahead.", "Tomas Berg", None),
        # no title, no guess
        ("ISLAMABAD (AFP) - Farida Aslam said the border was calm.", "Farida Aslam", None),
        # an article without dateline or capital gives no country
        ("Foreign Minister Arun Mehrotra said the strikes were over.", "Arun Mehrotra", None),
    ],
)
def test_actors_country_from_capital_of_clause_or_dateline(run_actors, text, name, country):
    found = [a for a in run_actors(text, published=dt.date(2024, 5, 2))._.actors if a.name == name and a.named]
    assert [a.country for a in found] == [country]


@pytest.mark.parametrize(
    ("text", "actual"),
    [
        ("ISTANBUL, May 16 (Reuters) - Russia and Ukraine agreed.", "TUR"),
        ("Baku (AFP) - Armenia said on Thursday.", "AZE"),
        ("TOKYO, Aug. 24 (Kyodo) -- Japan began.", "JPN"),
        ("KINSHASA/KIGALI, March 19 (Reuters) - The presidents met.", None),  # two places: no one country
        ("DOHA/KABUL, Feb 2 (Reuters) - Envoys met again.", None),
        # plain text often opens with the headline: the dateline follows it
        ("Oman hosts a new round\n\nMUSCAT, June 3 (Reuters) - Iran and the US met.", "OMN"),
        ("Quake shakes the coast\nLima (AFP) - Rescuers searched the rubble.", "PER"),
        # ... or with a date line and a byline under the headline
        ("Oman hosts a new round\nPublished 3 June 2025\nBy Sara Haddad\nMUSCAT, June 3 (Reuters) - Iran and the "
         "US met.", "OMN"),
        # a country after the place settles a city name several countries share
        ("HYDERABAD, Pakistan (AP) — Police said two men were held.", "PAK"),
        # a first line that ends like a sentence is no title, so the next line opens no dateline
        ("Envoys met in Oman on Monday.\nMUSCAT (Reuters) - Talks went on.", None),
        ("The Philippines on Wednesday - demanded the return.", None),
        ("Russia and Ukraine agreed on Friday to swap prisoners.", None),
    ],
)
def test_actors_dateline_country(text, actual):
    assert dateline_country(text) == actual


def test_actors_person_tagged_as_body_with_a_title_appositive(run_actors):
    doc = run_actors("But Al-Nour Tbarek, an adviser to Mohamed Hamdan Dagalo, dismissed the move.",
                     published=dt.date(2025, 1, 8))
    found = [(a.type, a.country) for a in doc._.actors if a.name == "Al-Nour Tbarek"]
    assert found == [("person", "SDN")]


def test_actors_possessor_body_gives_its_country(run_actors):
    doc = run_actors("Pakistan Army’s Eastern Corps said the drills ended.", published=dt.date(2025, 1, 8))
    assert [a.country for a in doc._.actors if a.name == "Eastern Corps"] == ["PAK"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels advanced towards Bukavu overnight.", "Bukavu"),  # a city after a preposition of place
        ("Troops withdrew from Nagorno-Karabakh in 2023.", "Nagorno-Karabakh"),  # a region tagged as a body
        ("Nagorno-Karabakh held elections.", "Nagorno-Karabakh"),
    ],
)
def test_actors_place_tagged_as_person_or_body_is_no_actor(run_actors, text, place):
    doc = run_actors(text, published=dt.date(2024, 3, 1))
    assert not [m for m in doc._.actor_mentions if place in m.text]


@pytest.mark.parametrize(
    ("text", "name", "named"),
    [
        ("The Afghan government rejected the report.", "Afghan government", False),
        ("Iranian state television showed the launch.", "Iranian state television", False),
        ("Prime Minister Fumio Kishida’s government approved the plan.",
         "Prime Minister Fumio Kishida’s government", False),
        ("The Russian Foreign Ministry summoned the envoy.", "Russian Foreign Ministry", True),
        ("The Indian Army said two soldiers died.", "Indian Army", True),
        ("It exposed the failure of the outgoing Biden administration.", "Biden administration", True),
    ],
)
def test_actors_described_bodies_are_not_named(run_actors, text, name, named):
    doc = run_actors(text, published=dt.date(2023, 3, 1))
    assert [a.named for a in doc._.actors if a.name == name] == [named]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Rockets hit Hamid Karzai International Airport at midday.", "Hamid Karzai"),
        ("The Kofi Annan Foundation said so.", "Kofi Annan"),
    ],
)
def test_actors_person_inside_another_name_is_not_the_person(run_actors, text, person):
    doc = run_actors(text, published=dt.date(2010, 3, 1))
    assert person not in [a.name for a in doc._.actors]


@pytest.mark.parametrize(
    ("text", "when", "name", "mention"),
    [
        ("The President Omer al - Bashir on Monday declared a ceasefire.", dt.date(2015, 3, 1), "Omar al-Bashir",
         "President Omer al - Bashir"),
        ("Kyiv imposed sanctions on former President Viktor Yanukovich.", dt.date(2015, 3, 1), "Viktor Yanukovych",
         "former President Viktor Yanukovich"),
    ],
)
def test_actors_dictionary_person_mention_covers_the_whole_name(run_actors, text, when, name, mention):
    doc = run_actors(text, published=when)
    ids = [a.actor_id for a in doc._.actors if a.name == name]
    assert [m.text for m in doc._.actor_mentions if m.entity_id in ids] == [mention]


@pytest.mark.parametrize(
    "text",
    [
        "Talks may resume\n\nWednesday, May 14, 2025\n\nMOSCOW — Russian and Ukrainian negotiators may meet in "
        "Istanbul on Tuesday, Kremlin spokesman Dmitry Peskov told reporters on Wednesday.",
        "MOSCOW — Negotiators may meet in Istanbul on Tuesday, Kremlin spokesman Dmitry Peskov told reporters.",
    ],
)
def test_actors_dateline_city_is_not_a_government(run_stage, text):
    assert not [a for a in run_stage(text)._.actors if a.name.startswith("Government of")]


@pytest.mark.parametrize(
    ("text", "governments"),
    [
        # the parse makes the dateline place the subject, yet it only says where the story was filed
        ("Moscow (AFP) - Russia said on Monday it would expel two diplomats.", []),
        ("Sanctions widen\nMoscow (AFP) - Russia said on Monday it would expel two diplomats.", []),
        # the same city acting in the story is the government
        ("Moscow said on Monday it would expel two diplomats.", ["Government of Russia"]),
    ],
)
def test_actors_place_inside_the_dateline_is_no_actor(run_actors, text, governments):
    assert [a.name for a in run_actors(text)._.actors if a.name.startswith("Government of")] == governments


# --- office holders by category, and countries from the words around a name ------------------------------------

def test_actors_office_holders_have_a_known_country():
    from pipeline.stages.actors import ACTOR_FILES
    from pipeline.knowledge.countries import country_name
    from pipeline.resources import read_tsv

    rows = read_tsv(ACTOR_FILES[1])
    assert len(rows) >= 150
    assert not [row["name"] for row in rows if country_name(row["country"]) is None]


@pytest.mark.parametrize(
    ("text", "when", "span", "country", "role"),
    [
        ("Ollanta Humala inaugurated the new port.", dt.date(2013, 5, 1), "Ollanta Humala", "PER", "president"),
        ("Mohamed Muizzu flew to Delhi.", dt.date(2024, 6, 9), "Mohamed Muizzu", "MDV", "president"),
        ("Rumen Radev vetoed the budget.", dt.date(2023, 2, 1), "Rumen Radev", "BGR", "president"),
        ("Tabare Vazquez met farmers.", dt.date(2016, 3, 1), "Tabare Vazquez", "URY", "president"),
        ("Hakainde Hichilema spoke in Lusaka.", dt.date(2022, 1, 5), "Hakainde Hichilema", "ZMB", "president"),
        ("Carlos Holmes Trujillo met the envoy.", dt.date(2019, 3, 1), "Carlos Holmes Trujillo", "COL",
         "foreign minister"),
        ("Carlos Holmes Trujillo met the envoy.", dt.date(2020, 8, 1), "Carlos Holmes Trujillo", "COL",
         "defence minister"),
    ],
)
def test_actors_office_holders_resolve_with_their_dated_role(run_actors, text, when, span, country, role):
    found = _actors_at(run_actors(text, when), span)
    assert [(actor.country, actor.sector, actor.role) for actor in found] == [(country, "GOV", role)]


@pytest.mark.parametrize(
    ("text", "span", "country"),
    [
        ("Colombia's defence minister said the talks would resume.", "Colombia's defence minister", "COL"),
        ("The Chilean president Rafael Montoya visited the port on Friday.", "Rafael Montoya", "CHL"),
        ("Tomas Halvorsen of Bulgaria addressed the summit.", "Tomas Halvorsen", "BGR"),
        ("President Lansana Kouyate of Guinea met the envoy.", "Lansana Kouyate", "GIN"),
        ("The Bulgarian Socialist Party called for early elections.", "Bulgarian Socialist Party", "BGR"),
        ("Bogota's mayor closed the schools after the floods.", "Bogota's mayor", "COL"),
        ("Marta Ilescu, a Romanian diplomat, led the delegation.", "Marta Ilescu", "ROU"),
        ("The Peruvian Congress voted to remove the president.", "Peruvian Congress", "PER"),
        ("Tomas Halvorsen of the village council asked a question.", "Tomas Halvorsen", None),
    ],
)
def test_actors_country_from_the_words_around_a_name(run_actors, text, span, country):
    found = _actors_at(run_actors(text), span)
    assert found and found[0].country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Museveni", "Yoweri Museveni", "UGA"),
        ("Kagame", "Paul Kagame", "RWA"),
    ],
)
def test_actors_surname_alone_is_the_dictionary_person(run_actors, text, name, country):
    assert [(actor.name, actor.country) for actor in run_actors(text)._.actors] == [(name, country)]


@pytest.mark.parametrize("text", ["Ollanta Humala, a former army officer, met Erdoğan’s envoy in Ankara."])
def test_actors_stage_leaves_nothing_on_the_doc_that_cannot_be_saved(run_actors, text):
    doc = run_actors(text)
    assert doc._.actors
    assert not [key for key in doc.user_data if key == ("parley", "actor_view")]


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("South Korean troops crossed the line.", "South Korean troops", "KOR"),
        ("The Saudi Arabian envoy left Paris.", "Saudi Arabian envoy", "SAU"),
        ("President Bush spoke on Monday.", "President Bush", None),  # a person's name is no town
        ("The visiting delegation left.", "visiting delegation", None),
    ],
)
def test_actors_phrase_country_reads_the_same_inside_and_outside_the_stage(base_nlp, text, phrase, country):
    from pipeline.stages.actors import _VIEW_KEY, _view, phrase_country

    doc = base_nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    outside = phrase_country(span)  # as other stages call it: from the span's own tokens
    _view(doc)  # as while the actors stage runs
    inside = phrase_country(span)
    doc.user_data.pop(_VIEW_KEY)
    assert outside == inside == country


# hand-built parses: (words, tags, heads, deps, the PERSON entity's token span, whether it stays a person)
THE_NAME_CASES = [
    ("a strait after 'the'", ["Tankers", "crossed", "the", "Varnessa", "."], ["NNS", "VBD", "DT", "NNP", "."],
     [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"], (3, 4), False),
    ("a name without an article", ["Officials", "met", "Varnessa", "."], ["NNS", "VBD", "NNP", "."],
     [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"], (2, 3), True),
    ("a name modifying a noun", ["the", "Varnessa", "government", "fell", "."], ["DT", "NNP", "NN", "VBD", "."],
     [2, 2, 3, 3, 3], ["det", "compound", "nsubj", "ROOT", "punct"], (1, 2), True),
    ("a family", ["Officials", "met", "the", "Varnessas", "."], ["NNS", "VBD", "DT", "NNPS", "."],
     [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"], (3, 4), True),
]


@pytest.mark.parametrize("label, words, tags, heads, deps, span, person", THE_NAME_CASES,
                         ids=[case[0] for case in THE_NAME_CASES])
def test_actors_name_after_the_is_not_a_person(base_nlp, label, words, tags, heads, deps, span, person):
    pos = {"NNS": "NOUN", "NN": "NOUN", "VBD": "VERB", "DT": "DET", "NNP": "PROPN", "NNPS": "PROPN", ".": "PUNCT"}
    doc = Doc(base_nlp.vocab, words=words, tags=tags, pos=[pos[t] for t in tags], heads=heads, deps=deps,
              ents=["O"] * span[0] + ["B-PERSON"] + ["O"] * (len(words) - span[1]))
    doc._.published = dt.date(2025, 1, 15)
    doc = ActorStage(base_nlp)(doc)
    assert any(a.type == "person" and "Varnessa" in a.name for a in doc._.actors) is person


# a body named inside a person's title is an actor of its own, besides the person
@pytest.mark.parametrize(
    ("text", "body", "kind", "country", "sector", "person", "person_country"),
    [
        ("Bolivian foreign ministry spokesman Diego Arce told reporters the border would reopen.",
         "Bolivian foreign ministry", "government", "BOL", "GOV", "Diego Arce", "BOL"),
        ("Peru's Defence Ministry spokesman Luis Quispe said the drills were routine.",
         "Peru's Defence Ministry", "government", "PER", "GOV", "Luis Quispe", "PER"),
        ("Armed Forces of Colombia chief Gen. Carlos Ruiz said rebels had attacked a base.",
         "Armed Forces of Colombia", "organization", "COL", "MIL", "Carlos Ruiz", "COL"),
        ("Two boats were damaged in the clash.\n\nArmed Forces of Guatemala chief Gen. Luis Ortega said the patrol "
         "had been attacked.", "Armed Forces of Guatemala", "organization", "GTM", "MIL", "Luis Ortega", "GTM"),
        ("The deal was welcomed by Brazilian Navy commander Admiral Marcos Olsen on Sunday.",
         "Brazilian Navy", "organization", "BRA", "MIL", "Marcos Olsen", "BRA"),
        ("She later met U.S. House Speaker Tom Hadley in Ohio.",
         "U.S. House", "organization", "USA", None, "Tom Hadley", "USA"),
        ("Pentagon press secretary Sabrina Lowell said the ships would stay.",
         "Pentagon", "government", "USA", "MIL", "Sabrina Lowell", "USA"),
    ],
)
def test_actors_body_in_a_title_is_an_actor_of_its_own(run_actors, text, body, kind, country, sector, person,
                                                       person_country):
    doc = run_actors(text)
    bodies = [a for a in doc._.actors if a.type != "person" and a.named]
    assert [(m.text, m.entity_id) for m in doc._.actor_mentions if m.text == body] == [
        (body, bodies[0].actor_id)]
    assert [(a.type, a.country, a.sector) for a in bodies] == [(kind, country, sector)]
    assert [(a.name, a.country) for a in doc._.actors if a.type == "person"] == [(person, person_country)]


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Olga Petrenko said the convoy had arrived.",
        "The convoy arrived, and spokesman Ivan Sokolov confirmed it.",
        "Russian army chief Oleg Volkov inspected the units on Monday.",  # a described army, not a named one
        "The plan was backed by ministry spokesman Carlos Vidal.",  # a lower-case body with no country
    ],
)
def test_actors_bare_title_names_no_body(run_actors, text):
    assert [a.type for a in run_actors(text)._.actors if a.named] == ["person"]


@pytest.mark.parametrize(
    ("text", "body", "mentions"),
    [
        ("Ghanaian Finance Ministry spokesman Kofi Mensah said the loan was signed. The Ghanaian Finance Ministry "
         "said talks would resume, and the ministry added that a second loan was possible.",
         "Ghanaian Finance Ministry", 2),
        ("Malaysian Home Ministry spokesperson Aziz Rahman spoke first. Later the Malaysian Home Ministry "
         "spokesperson Aziz Rahman spoke again.", "Malaysian Home Ministry", 2),
        ("Bolivian foreign ministry spokesman Diego Arce spoke on Friday. On Saturday the Bolivian foreign ministry "
         "issued a statement.", "Bolivian foreign ministry", 2),
    ],
)
def test_actors_body_named_in_a_title_and_again_is_one_actor(run_actors, text, body, mentions):
    doc = run_actors(text)
    found = [a for a in doc._.actors if a.name == body]
    assert len(found) == 1
    assert len([m for m in doc._.actor_mentions if m.entity_id == found[0].actor_id]) == mentions


@pytest.mark.parametrize(
    ("text", "person", "mention"),
    [
        ("Armed Forces of Colombia chief Gen. Carlos Ruiz said rebels had attacked a base.", "Carlos Ruiz",
         "Armed Forces of Colombia chief Gen. Carlos Ruiz"),
        ("She later met U.S. House Speaker Tom Hadley in Ohio.", "Tom Hadley", "U.S. House Speaker Tom Hadley"),
    ],
)
def test_actors_person_mention_keeps_the_body_in_its_title(run_actors, text, person, mention):
    doc = run_actors(text)
    found = [a for a in doc._.actors if a.name == person]
    assert [m.text for m in doc._.actor_mentions if m.entity_id == found[0].actor_id] == [mention]
