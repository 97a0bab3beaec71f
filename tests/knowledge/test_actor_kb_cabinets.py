"""Office holders of every-politician-scrapers' per-country repositories in the actor knowledge base
(``scripts/kb_cabinets.py``): the country of a repository, the sector of an office, the dates, and the built base
(all people, Wikidata ids and dates invented for these tests)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.knowledge.actor_kb import ActorKB
from scripts import build_actor_kb as builder
from scripts.kb_cabinets import CabinetRecord, office_igo, office_sector, parse_holders, repository_country
from scripts.kb_records import Skipped


@pytest.mark.parametrize("repository, iso3", [
    ("kenya", "KEN"),
    ("russia-cabinet", "RUS"),
    ("south-korea-ministers", "KOR"),
    ("swiss-federal-council", "CHE"),
    ("us-cabinet", "USA"),  # a short form the lexicon does not read
    ("hong-kong", "CHN"),  # as the other sources code its officials
    ("every-politician-scrapers/norway-cabinet", "NOR"),
    ("world", None),  # no country: skipped
])
def test_repository_country(repository, iso3):
    assert repository_country(repository) == iso3


@pytest.mark.parametrize("position, sector", [
    ("Minister of Finance", "GOV"),
    ("Minister of Justice", "GOV"),  # a ministry stays GOV whatever it deals with
    ("Minister of Defence", "GOV"),
    ("Secretary of the Army", "GOV"),
    ("Chief Justice of Ruritania", "JUD"),
    ("President of the Supreme Court", "JUD"),
    ("Attorney-General of Ruritania", "GOV"),  # the government's lawyer, as the CAMEO dictionaries code them
    ("Prosecutor General of Ruritania", "JUD"),
    ("Director of the CIA", "SPY"),
    ("Chief of Staff of the Army", "MIL"),
    ("Chief of the General Staff", "MIL"),
    ("Supreme Commander-in-Chief of the Armed Forces", "GOV"),  # the head of state in that office
    ("Commander-in-Chief of the Armed Forces", "MIL"),
    ("Police Commander-in-Chief", "COP"),
    ("Commander of the Republican Guard", "MIL"),
    ("Inspector General of Police", "COP"),
    ("Director of the Foreign Intelligence Service", "SPY"),
    ("Speaker of the National Assembly", "LEG"),
    ("President of the Chamber of Deputies", "LEG"),
    ("President of the Legislative Council", "LEG"),
    ("Leader of the Opposition", "OPP"),
    ("Leader of the House of Commons", "GOV"),  # a minister who manages the government's business there
    ("Chair of the Chiefs of Staff Committee", "MIL"),
    ("First Lady of Ruritania", None),
    ("Governor of the Central Bank", "GOV"),
    ("Mayor of Port Amber", "GOV"),  # no row names it: GOV
])
def test_office_sector(position, sector):
    assert office_sector(position) == sector


HOLDERS = """\
position,person,personID,start,end
Minister of Finance of Norway,Ola Brekkestad,Q9100001,2014-03-02,2019-06-30
Minister of Foreign Affairs,Kari Lundvoll,Q9100002,2016,
Chief of the Defence Staff,"Per Haldorsen, Jr.",Q9100003,2018-04,2021-09
Minister of Culture,Q9100004,Q9100004,2015-01-01,
Minister of Trade,Тарас Петренко,Q9100005,2015-01-01,
Minister of Fisheries,Ola Brekkestad,Q9100001,2020-01-01,2019-01-01
"""


def test_parse_holders():
    import csv
    import io

    records = list(parse_holders(csv.DictReader(io.StringIO(HOLDERS)), "NOR"))
    kept = [record for record in records if isinstance(record, CabinetRecord)]
    assert kept == [
        CabinetRecord("Q9100001", "Ola Brekkestad", "NOR", "minister of finance", "GOV", "2014-03-02", "2019-06-30",
                      "day"),
        CabinetRecord("Q9100002", "Kari Lundvoll", "NOR", "minister of foreign affairs", "GOV", "2016-01-01", None,
                      "year"),
        CabinetRecord("Q9100003", "Per Haldorsen", "NOR", "chief of the defence staff", "MIL", "2018-04-01",
                      "2021-09-30", "month"),
    ]
    assert sorted(record.reason for record in records if isinstance(record, Skipped)) == [
        "no plausible English name", "no plausible English name", "term ends before it starts"]


LEADERS = """\
countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year
Q20,Norway,Q1,Prime Minister of Norway,Q9100009,Ingrid Solbakk,2013,2021
"""
SWEDEN = """\
position,person,personID,start,end
Minister for Foreign Affairs,Ola Brekkestad,Q9100020,2019-01-21,
Prime Minister,Lena Ostberg,Q9100030,2014-10-03,
Norwegian Member of the Nordic Board,Nils Rasmussen,Q9100031,2016-01-01,
"""
# Norway's prime minister holds an office of Sweden's ex officio (invented): the Swedish row is not hers
NORWAY_EXTRA = """\
Prime Minister,Ingrid Solbakk,Q9100009,2013-10-16,2021-10-14
Norwegian Co-Regent,Ingrid Solbakk,Q9100009,2013-10-16,2021-10-14
"""


WORLD = """\
position,person,personID,start,end
Secretary-General of the United Nations,Amaru Quispe,Q9100040,2017-01-01,
Judge of the International Court of Justice,Hanna Virtanen,Q9100041,2018-02-06,
Permanent Representative to the United Nations,Tomas Lind,Q9100042,2019-01-01,
"""


@pytest.mark.parametrize("position, igo", [
    ("Secretary-General of the United Nations", "UN"),
    ("President of the United Nations General Assembly", "UN"),
    ("Judge of the International Court of Justice", "ICJ"),  # the longest name found
    ("Director-General of the World Trade Organization", "WTO"),
    ("Permanent Representative to the United Nations", None),  # a state's envoy: whose?
    ("Speaker of the Fjord Assembly", None),
])
def test_office_igo(position, igo):
    assert office_igo(position) == igo


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> ActorKB:
    base = tmp_path_factory.mktemp("kb_cabinets")
    folder = base / "cabinets"
    folder.mkdir()
    (folder / "norway-cabinet.holders21.csv").write_text(HOLDERS + NORWAY_EXTRA.split("\n", 1)[0] + "\n",
                                                          encoding="utf-8")
    (folder / "sweden-cabinet.holders21.csv").write_text(
        SWEDEN + NORWAY_EXTRA.split("\n", 1)[1], encoding="utf-8")
    (folder / "atlantis-cabinet.holders21.csv").write_text(SWEDEN, encoding="utf-8")
    (folder / "world.holders21.csv").write_text(WORLD, encoding="utf-8")
    (folder / "commits.tsv").write_text("norway-cabinet\t" + "b" * 40 + "\nsweden-cabinet\t" + "c" * 40 + "\n",
                                        encoding="utf-8")
    (base / "wikidata.csv").write_text(LEADERS, encoding="utf-8")
    out = base / "actor_kb.sqlite"
    assert builder.main([str(folder), str(base / "wikidata.csv"), "--out", str(out),
                         "--build-date", "2024-01-01"]) == 0
    store = ActorKB.open(out)
    yield store
    store.close()


@pytest.mark.parametrize("name, day, expected", [
    ("Kari Lundvoll", dt.date(2017, 5, 1), {("NOR", "GOV", "minister of foreign affairs")}),
    ("Per Haldorsen", dt.date(2019, 1, 1), {("NOR", "MIL", "chief of the defence staff")}),
    ("Per Haldorsen", dt.date(2017, 1, 1), set()),  # out of office: the stage keeps only the country
    # one Wikidata id: the head of government's two sources are one actor
    ("Ingrid Solbakk", dt.date(2015, 1, 1), {("NOR", "GOV", "prime minister")}),
    # two people of one name in two countries' cabinets: both come back, the stage decides
    ("Ola Brekkestad", dt.date(2019, 3, 1), {("NOR", "GOV", "minister of finance"),
                                             ("SWE", "GOV", "minister for foreign affairs")}),
    # an office named by another country's demonym: skipped when its holder holds an office of that country ...
    ("Ingrid Solbakk", dt.date(2016, 1, 1), {("NOR", "GOV", "prime minister")}),
    # ... else kept (a Swedish official, whatever the office's name)
    ("Nils Rasmussen", dt.date(2017, 1, 1), {("SWE", "GOV", "norwegian member of the nordic board")}),
])
def test_office_holders_by_date(kb, name, day, expected):
    assert {(match.country, match.sector, match.role) for match in kb.lookup(name, day)} == expected


def test_offices_of_international_bodies(kb):
    assert {(match.country, match.igo, match.sector) for match in kb.lookup("Amaru Quispe", dt.date(2020, 1, 1))} == {
        (None, "UN", "IGO")}
    assert {match.igo for match in kb.lookup("Hanna Virtanen", dt.date(2020, 1, 1))} == {"ICJ"}
    assert kb.lookup("Tomas Lind") == []


def test_one_actor_per_wikidata_id(kb):
    assert {match.actor_key for match in kb.lookup("Ingrid Solbakk")} == {"Q9100009"}


def test_surname_of_two_people_is_left_out(kb):
    assert kb.lookup("Brekkestad") == []


def test_cabinet_provenance(kb):
    meta = kb.provenance()
    assert meta["cabinets.commits"] == "norway-cabinet=" + "b" * 40 + " sweden-cabinet=" + "c" * 40 + " world=unknown"
    assert meta["source.cabinets.repositories"] == "3"
    assert meta["source.cabinets.skipped.repository of no country in Parley's lexicon"] == "1"
    assert meta["source.cabinets.skipped.ex officio office of another country's leader"] == "1"
    assert "CC0" in meta["source.cabinets.licence"]
    assert "source.cabinets.commit" in kb.source_summary()
