"""The actor knowledge base: the build script's parsers on small hand-written snippets of each source format
(invented people, organisations and dates), the built file, and the lookup API."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.knowledge.actor_kb import ActorKB, KBMatch, normalize_name
from pipeline.resources import MODELS_DIR
from scripts import build_actor_kb as builder




# --- snippets, one per source format (all names, codes' holders and dates invented for these tests)

COUNTRIES = """\
# invented entries in the CAMEO actor format
NORWAY_  [NOR]
+NORWEGIAN_
+FJORDHAVN_

ASTRID_KVALHEIM_  # CountryInfo.txt
+PRESIDENT_KVALHEIM_
+A._KVALHEIM
\t[NORELI 600101-991231]
\t[NORGOV 000101-041231]
\t[NORGOV >150601]
\t[NORELI]
BORIS_TELLENBACH_  # CountryInfo.txt
\t[CHEGOV <880630]
ZENO_ORBAN_VELD_
VELD_ZENO_
\t[HUNMIL 19850101-19921231][HUNJUD 930101-951231]
#\t[HUNGOV >960101] a commented-out code
TORVALD_BRANN_  # CountryInfo.txt
\t[NORLEG 900101-941231]
ERIK_BRANN_  # CountryInfo.txt
\t[DNKGOV 900101-941231]
KARL_HOLM_  # CountryInfo.txt
\t[SWEGOV 900101-941231]
KARL_HOLM_  # CountryInfo.txt
\t[FINGOV 900101-941231]
PETER_LONDON_  # CountryInfo.txt
\t[GBRGOV 900101-941231]
OSLO_HARBOUR_POLICE
\t[NORCOP]
KOSOVAR_WATER_BOARD_ [KSVGOV]
SAMIR_AL-HADDAWI_  # CountryInfo.txt
\t[JORGOV 900101-941231]
AL_VESTERGAARD_  # CountryInfo.txt
\t[DNKGOV 900101-941231]
ORPHAN_LINE_WITHOUT_CODE_
"""

INTERNATIONAL = """\
WORLD_ORCHARD_COUNCIL_\t[IGOUNOAGRFAO]\t# invented
HELENA_MARSK_\t[IGOWSTNAT 100101-141231][IGOEUREEC 150101-191231]\t# invented
PAN_DESERT_LEAGUE_\t[IGOMEAARL]
LANTERN_RELIEF_\t[NGOUSAHLH]\t# invented
GLOBEX_HOLDINGS_\t[MNCDEU]\t# invented\t$1,000
"""

MILNONSTATE = """\
# invented armed groups
RED_COMET_FRONT_ [COLREB] #  invented
+RCF_
+COMET_FRONT_
IVO_STARK__ [IMGMUSALQ] #  invented leader
"""

AGENTS = """\
!PERSON! = MAN, MEN
HARBOUR_PILOT [~BUS]
SHEEP!PERSON! [~AGR]
DEFENSE_MINIST [~GOVMIL]
RIVER_GUARD_ {RIVER_GUARDS} [~MIL]
"""

LEADERS = """\
countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year
Q20,Norway,Q1,Prime Minister of Norway,Q9000001,Astrid Kvalheim,2015,
Q34,Sweden,Q2,Prime Minister of Sweden,Q9000002,Lena Ostberg,2014,2019
Q27,Republic of Ireland,Q3,Taoiseach,Q9000003,Conor Fallon,2020,
Q999,Republic of Nowhere,Q4,President of Nowhere,Q9000004,Nemo Nobody,2019,
"""

POLITICIANS = """\
politician,politicianDescription,image,name_in_native_language,date_of_birth,country,,,
http://www.wikidata.org/entity/Q9000002,Swedish politician,http://img/a.jpg,Lena Östberg,1961-02-03T00:00:00Z,SE,,,
http://www.wikidata.org/entity/Q9000010,German politician,http://img/b.jpg,Jonas Weidemann,1970-01-01T00:00:00Z,DE,,,
http://www.wikidata.org/entity/Q9000010,German politician,http://img/b.jpg,Jonas Weidemann,1970-01-01T00:00:00Z,DD,,,
http://www.wikidata.org/entity/Q9000012,Austrian politician,http://img/c.jpg,Mara Pichler,1955-05-05T00:00:00Z,AT,,,
http://www.wikidata.org/entity/Q9000013,Swiss politician,http://img/d.jpg,Mara Pichler,1966-06-06T00:00:00Z,CH,,,
http://www.wikidata.org/entity/Q9000014,Norwegian politician,http://img/e.jpg,Bjĝrn Dahl,1950-01-01T00:00:00Z,NO,,,
http://www.wikidata.org/entity/Q9000015,shifted,row,1950-01-01T00:00:00Z,XX,,,,
"""

# EveryPolitician's countries.json, cut down to the fields the build reads (codes real, the list invented)
LEGISLATURES = """\
[
  {"name": "Abkhazia", "code": "GE-AB", "legislatures": [{"name": "People's Assembly", "type": "unicameral legislature"}]},
  {"name": "Finland", "code": "FI", "legislatures": [
    {"name": "National Assembly", "slug": "Assembly", "type": "lower house"},
    {"name": "Supreme Council", "slug": "Council", "type": "upper house"}]},
  {"name": "Greece", "code": "GR", "legislatures": [{"name": "Hellenic Parliament", "type": "unicameral legislature"}]},
  {"name": "Latvia", "code": "LV", "legislatures": [{"name": "Saeima", "slug": "Saeima", "type": "unicameral legislature"}]},
  {"name": "Kosovo", "code": "XK", "legislatures": [{"name": "Kosovar Water Board", "type": "unicameral legislature"}]},
  {"name": "Norway", "code": "NO", "legislatures": [{"name": "Storting", "type": "unicameral legislature"}]},
  {"name": "Sweden", "code": "SE", "legislatures": [{"name": "National  Assembly", "type": "unicameral legislature"}]}
]
"""

SNIPPETS = {
    "Phoenix.Countries.actors.txt": COUNTRIES,
    "Phoenix.International.actors.txt": INTERNATIONAL,
    "Phoenix.MilNonState.actors.txt": MILNONSTATE,
    "Phoenix.agents.txt": AGENTS,
    "wikidata.csv": LEADERS,
    "politicians_born_after_1945_having_a_picture.csv": POLITICIANS,
    "everypolitician-countries.json": LEGISLATURES,
}


def _build(directory: Path, out: Path, build_date: str = "2024-01-01") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in SNIPPETS.items():
        (directory / name).write_text(text, encoding="utf-8")
        paths.append(str(directory / name))
    assert builder.main([*paths, "--out", str(out), "--build-date", build_date,
                         "--commit", "openeventdata/petrarch2=" + "a" * 40]) == 0
    return out


@pytest.fixture(scope="module")
def kb_file(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("kb")
    return _build(base / "sources", base / "actor_kb.sqlite")


@pytest.fixture(scope="module")
def kb(kb_file) -> ActorKB:
    store = ActorKB.open(kb_file)
    yield store
    store.close()


def _sectors(matches: list[KBMatch]) -> set[tuple]:
    return {(match.country, match.igo, match.sector) for match in matches}


# --- pure functions


@pytest.mark.parametrize("digits, iso", [
    ("011222", "2001-12-22"),
    ("300101", "2030-01-01"),  # 00-30 -> 20xx
    ("310101", "1931-01-01"),  # else 19xx
    ("19790706", "1979-07-06"),
    ("990231", "1999-02-28"),  # an impossible day moves to the month's last
    ("000000", "2000-01-01"),
])
def test_cameo_date(digits, iso):
    assert builder.cameo_date(digits) == iso


@pytest.mark.parametrize("digits", ["2004017", "1920030320", "99"])
def test_cameo_date_rejects_other_lengths(digits):
    with pytest.raises(ValueError):
        builder.cameo_date(digits)


@pytest.mark.parametrize("text, code", [
    ("AFGGOV 011222-041207", ("AFGGOV", "2001-12-22", "2004-12-07", None)),
    ("AFGGOV >011222", ("AFGGOV", "2001-12-22", None, None)),
    ("EGYGOV > 140608", ("EGYGOV", "2014-06-08", None, None)),
    ("USRARM <900823", ("USRARM", None, "1990-08-23", None)),
    ("USAGOV 19820101", ("USAGOV", "1982-01-01", None, None)),  # a lone date is a start
    ("AFGELI", ("AFGELI", None, None, None)),
])
def test_parse_code(text, code):
    assert tuple(builder.parse_code(text)) == code


@pytest.mark.parametrize("text", ["EGYGOV 20121207-20120802", "KORGOVBUS 2004017-20061201", "X 1-2-3"])
def test_parse_code_flags_unusable_dates(text):
    assert builder.parse_code(text).problem


ISO3 = frozenset({"AFG", "USA", "PRI", "HUN", "XKX", "TLS", "RUS", "ARM", "MUS", "COL", "DEU"})


@pytest.mark.parametrize("code, country, igo, sector", [
    ("AFGGOV", "AFG", None, "GOV"),
    ("AFGGOVMUS", "AFG", None, "GOV"),
    ("USAPRIGOV", "PRI", None, "GOV"),  # a dependent territory
    ("KSVGOV", "XKX", None, "GOV"),  # CAMEO codes that are not ISO3
    ("TMPMIL", "TLS", None, "MIL"),
    ("USRGOV", "SUN", None, "GOV"),
    ("IGOUNO", None, "UN", "IGO"),
    ("IGOWSTNAT", None, "NATO", "IGO"),
    ("IGOEUREEC", None, "EU", "IGO"),
    ("IGOAFRAFU", None, "AU", "IGO"),
    ("IGOMEAARL", None, "ARAB LEAGUE", "IGO"),
    ("IGOUNODEVWBK", None, "WB", "IGO"),  # the most specific organisation wins
    ("IGOUNOREFHCR", None, "UNHCR", "IGO"),
    ("IGOLAM", None, None, "IGO"),  # a region's body: no organisation named
    ("NGOHUNCHR", "HUN", None, "NGO"),
    ("MNCUSA", "USA", None, "BUS"),
    ("IMGMUSALQ", None, None, "REB"),  # MUS is no Mauritius here
    ("MUSGOV", "MUS", None, "GOV"),  # but it is there
    ("MEAREB", None, None, "REB"),
    ("MED", None, None, "MED"),
    ("HINRAD", None, None, "REL"),
    ("---", None, None, None),
])
def test_interpret_code(code, country, igo, sector):
    assert builder.interpret_code(code, ISO3) == (country, igo, sector)


@pytest.mark.parametrize("text, key", [
    ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
    ("RECEP_TAYYIP_ERDOGAN_", "recep tayyip erdogan"),
    ("G.M. Quader", "g m quader"),
    ("G._M._QUADER", "g m quader"),
    ("O'Neill's", "oneill"),
    ("The Guardian", "guardian"),
    ("Lech Wałęsa", "lech walesa"),
    ("al-Assad", "al assad"),
    ("  Kim   Jong-un ", "kim jong un"),
    ("Владимир", ""),
])
def test_normalize_name(text, key):
    assert normalize_name(text) == key


def test_consecutive_names_share_the_codes_that_follow():
    entries = list(builder.parse_cameo_actors(["ZENO_VELD_", "VELD_ZENO_", "+Z._VELD", "\t[HUNMIL]", "LONE_NAME_"]))
    assert entries[0].name == "ZENO_VELD_" and entries[0].variants == ("VELD_ZENO_", "Z._VELD")
    assert [code.code for code in entries[0].codes] == ["HUNMIL"]
    assert entries[1] == builder.Skipped("entry without a code", "line 5: LONE_NAME_")


@pytest.mark.parametrize("name, plausible", [
    ("Lena Östberg", True), ("Pere Navarro i Morera", True), ("Nguyễn Văn An", True),
    ("Bjĝrn Dahl", False), ("Bülent Ar1nç", False), ("\x93µÎÁ", False), ("iPH", False),
])
def test_plausible_name(name, plausible):
    assert builder.plausible_name(name) is plausible


@pytest.mark.parametrize("position, iso3, role", [
    ("Prime Minister of Albania", "ALB", "prime minister"),
    ("President of the Republic of Benin", "BEN", "president"),
    ("Monarch of the Belgians", "BEL", "monarch"),
    ("Chairman of the Council of Ministers of Bosnia and Herzegovina", "BIH", "chairman of the council of ministers"),
    ("Taoiseach", "IRL", "taoiseach"),
])
def test_leader_role(position, iso3, role):
    assert builder.leader_role(position, iso3) == role


# --- the built base


@pytest.mark.parametrize("day, expected", [
    (dt.date(1995, 6, 1), {("NOR", None, "ELI")}),  # within the first term
    (dt.date(2002, 6, 1), {("NOR", None, "GOV")}),  # within the second
    (dt.date(2010, 1, 1), {("NOR", None, "ELI")}),  # between terms: the undated default role
    (dt.date(2015, 3, 1), {("NOR", None, "GOV")}),  # world-leaders' term only (from 2015-01-01)
    (dt.date(2030, 1, 1), {("NOR", None, "GOV")}),  # open ranges run on
])
def test_dated_roles(kb, day, expected):
    assert _sectors(kb.lookup("Astrid Kvalheim", day)) == expected


def test_roles_of_both_sources_on_one_day(kb):
    matches = kb.lookup("Astrid Kvalheim", dt.date(2016, 1, 1))
    assert {(match.source, match.role) for match in matches} == {("phoenix_countries", None),
                                                                  ("world_leaders", "prime minister")}
    assert {match.actor_key for match in matches} == {"Q9000001"}  # the dictionary person merged into Wikidata's


@pytest.mark.parametrize("day, expected", [
    (dt.date(2015, 3, 1), {("world_leaders", False)}),
    (dt.date(2016, 1, 1), {("phoenix_countries", True), ("world_leaders", False)}),  # the snippet ends 2015-06-01
    (dt.date(2030, 1, 1), {("phoenix_countries", True), ("world_leaders", True)}),  # and world-leaders in 2020
    (None, {("phoenix_countries", True)}),  # no day: as of the build date, 2024-01-01
])
def test_open_ended_roles_past_their_source_are_stale(kb, day, expected):
    assert {(match.source, match.stale) for match in kb.lookup("Astrid Kvalheim", day)} == expected


@pytest.mark.parametrize("day, expected", [
    (dt.date(1985, 1, 1), {("CHE", None, "GOV")}),  # before the end of a '<' range
    (dt.date(1988, 6, 30), {("CHE", None, "GOV")}),  # its last day
    (dt.date(1990, 1, 1), set()),  # after it, and no default role
])
def test_open_start(kb, day, expected):
    assert _sectors(kb.lookup("Boris Tellenbach", day)) == expected


def test_no_date_gives_the_latest_role(kb):
    matches = kb.lookup("Astrid Kvalheim")
    assert {(match.sector, match.valid_from, match.valid_to) for match in matches} == {("GOV", "2015-06-01", None)}
    assert _sectors(kb.lookup("Zeno Orban Veld")) == {("HUN", None, "JUD")}


@pytest.mark.parametrize("name", ["Astrid Kvalheim", "ASTRID_KVALHEIM_", "President Kvalheim", "A. Kvalheim",
                                  "a kvalheim"])
def test_variants(kb, name):
    assert {match.name for match in kb.lookup(name, dt.date(2002, 6, 1))} == {"Astrid Kvalheim"}


@pytest.mark.parametrize("name, expected", [
    ("Samir al-Haddawi", {"Samir Al-Haddawi"}),
    ("Samir Haddawi", {"Samir Al-Haddawi"}),  # the Arabic article inside the name, dropped as English news does
    ("Al Vestergaard", {"Al Vestergaard"}),  # a first name "Al" is no article
    ("Vestergaard Al", set()),
])
def test_names_without_the_arabic_article(kb, name, expected):
    assert {match.name for match in kb.lookup(name, dt.date(1992, 1, 1)) if not match.by_surname} == expected


@pytest.mark.parametrize("name, day, expected", [
    ("Veld Zeno", dt.date(1990, 1, 1), {("HUN", None, "MIL")}),  # several codes on one line
    ("Zeno Orban Veld", dt.date(1994, 1, 1), {("HUN", None, "JUD")}),
    ("Helena Marsk", dt.date(2012, 1, 1), {(None, "NATO", "IGO")}),  # IGO codes -> the igo column
    ("Helena Marsk", dt.date(2016, 1, 1), {(None, "EU", "IGO")}),
    ("World Orchard Council", None, {(None, "FAO", "IGO")}),
    ("Pan Desert League", None, {(None, "ARAB LEAGUE", "IGO")}),
    ("Lantern Relief", None, {("USA", None, "NGO")}),
    ("Globex Holdings", None, {("DEU", None, "BUS")}),
    ("Oslo Harbour Police", None, {("NOR", None, "COP")}),  # sector codes
    ("Kosovar Water Board", None, {("XKX", None, "GOV")}),
    ("Red Comet Front", None, {("COL", None, "REB")}),
    ("RCF", None, {("COL", None, "REB")}),
    ("Ivo Stark", None, {(None, None, "REB")}),
    ("Conor Fallon", dt.date(2021, 1, 1), {("IRL", None, "GOV")}),
    ("Jonas Weidemann", None, {("DEU", None, None)}),  # East Germany dropped beside Germany
])
def test_sectors_and_organisations(kb, name, day, expected):
    assert _sectors(kb.lookup(name, day)) == expected


@pytest.mark.parametrize("name, kind", [
    ("Astrid Kvalheim", "person"), ("Red Comet Front", "group"), ("Ivo Stark", "person"),
    ("World Orchard Council", "organization"), ("Kosovar Water Board", "government"),
])
def test_types(kb, name, kind):
    assert {match.type for match in kb.lookup(name)} == {kind}


@pytest.mark.parametrize("name", ["Norway", "Fjordhavn", "Orphan Line Without Code", "Nemo Nobody", "Bjĝrn Dahl",
                                  "Bjorn Dahl", ""])
def test_not_in_the_base(kb, name):
    assert kb.lookup(name) == []  # a country's own entry, a code-less entry, unknown country, garbled name


@pytest.mark.parametrize("surname, expected", [
    ("Kvalheim", {"Astrid Kvalheim"}),  # one person bears it
    ("Tellenbach", {"Boris Tellenbach"}),
    ("Brann", set()),  # Torvald and Erik Brann
    ("Holm", set()),  # two Karl Holms
    ("Pichler", set()),
    ("London", set()),  # a place
])
def test_surname_rule(kb, surname, expected):
    matches = kb.lookup(surname, dt.date(1992, 1, 1)) or kb.lookup(surname)
    assert {match.name for match in matches} == expected
    assert all(match.by_surname for match in matches)


@pytest.mark.parametrize("name, day, countries", [
    ("Karl Holm", dt.date(1992, 1, 1), {"SWE", "FIN"}),
    ("Mara Pichler", None, {"AUT", "CHE"}),
    ("Helena Marsk", dt.date(2012, 1, 1), {"NATO"}),
    ("Astrid Kvalheim", dt.date(2002, 1, 1), {"NOR"}),
])
def test_ambiguous_names_return_every_country(kb, name, day, countries):
    assert kb.countries_of(name, day) == countries


def test_wikidata_sources_merge_by_id(kb):
    assert {(match.country, match.role) for match in kb.lookup("Lena Östberg", dt.date(2016, 1, 1))} == {
        ("SWE", "prime minister")}
    assert {(match.country, match.role, match.date_precision) for match in kb.lookup("Lena Ostberg",
                                                                                     dt.date(2021, 1, 1))} == {
        ("SWE", "politician", None)}  # after the term: the undated role


@pytest.mark.parametrize("phrase, cameo", [
    ("harbour pilot", "BUS"), ("harbour pilots", "BUS"), ("sheepmen", "AGR"), ("defense minister", "GOVMIL"),
    ("river guards", "MIL"), ("river guard", "MIL"), ("astronaut", None),
])
def test_agents(kb, phrase, cameo):
    assert [match.cameo for match in kb.agent(phrase)] == ([cameo] if cameo else [])


def test_provenance(kb):
    meta = kb.provenance()
    assert meta["build_date"] == "2024-01-01"
    assert meta["source.phoenix_countries.commit"] == "a" * 40
    assert meta["source.phoenix_countries.repository"] == "openeventdata/petrarch2"
    assert meta["source.politicians.licence"] == "CC0"
    assert meta["source.politicians.skipped.garbled name"] == "1"
    assert meta["source.world_leaders.unresolved_countries"] == "Republic of Nowhere"
    assert int(meta["count.actors"]) > 10 and int(meta["count.surnames"]) >= 2


def test_parse_legislatures_skips_codes_of_no_country():
    from scripts.kb_legislatures import LegislatureRecord, SkippedLegislature, parse_legislatures

    records = list(parse_legislatures(LEGISLATURES, builder.alpha3))
    assert records[0] == SkippedLegislature("code of no country", "GE-AB: People's Assembly")
    assert LegislatureRecord("Saeima", "LVA", "unicameral legislature") in records
    assert LegislatureRecord("National Assembly", "SWE", "unicameral legislature") in records  # spaces collapsed


@pytest.mark.parametrize("name, day, countries, sector", [
    ("Saeima", None, {"LVA"}, "LEG"),
    ("the Saeima", dt.date(2024, 3, 1), {"LVA"}, "LEG"),  # undated: holds on any day
    ("Storting", None, {"NOR"}, "LEG"),
    ("Hellenic Parliament", None, {"GRC"}, "LEG"),  # a demonym makes a name of generic words one chamber's
    ("National Assembly", None, {"FIN", "SWE"}, "LEG"),  # several countries: every one, left open
    ("Supreme Council", None, set(), None),  # generic words, one country in the file: a kind, not a chamber
    ("People's Assembly", None, set(), None),  # a territory's code: skipped
])
def test_legislatures(kb, name, day, countries, sector):
    matches = kb.lookup(name, day)
    assert kb.countries_of(name, day) == countries
    assert {match.sector for match in matches} == ({sector} if sector else set())
    assert all(match.type == "organization" and match.source == "everypolitician" for match in matches)


def test_legislature_already_known_for_its_country(kb):
    # a name the dictionaries already give that country keeps their entry (and its sector), no second one
    assert {(match.country, match.sector, match.source) for match in kb.lookup("Kosovar Water Board")} == {
        ("XKX", "GOV", "phoenix_countries")}


def test_legislature_provenance(kb):
    meta = kb.provenance()
    assert meta["source.everypolitician.repository"] == "everypolitician/everypolitician-data"
    assert meta["source.everypolitician.skipped.code of no country"] == "1"
    assert meta["build.everypolitician.skipped: generic name of one country's chamber"] == "1"
    assert meta["build.everypolitician.skipped: name already known for that country"] == "1"
    assert meta["count.roles.everypolitician"] == "5"


@pytest.mark.parametrize("norm, generic", [
    ("national assembly", True),
    ("hellenic parliament", False),
    ("new zealand parliament", False),
    ("saeima", False),
])
def test_is_generic(norm, generic):
    from scripts.kb_legislatures import is_generic

    words = frozenset({"national", "assembly", "parliament", "new"})
    places = frozenset({"hellenic", "new zealand"})
    assert is_generic(norm, words, places) is generic


def test_two_builds_are_byte_identical(kb_file, tmp_path):
    again = _build(tmp_path / "sources", tmp_path / "again.sqlite")
    assert again.read_bytes() == kb_file.read_bytes()


def test_the_file_is_read_only(kb):
    import sqlite3

    with pytest.raises(sqlite3.OperationalError):
        kb._connect().execute("DELETE FROM names")


SHIPPED = MODELS_DIR / "actor_kb.sqlite"


@pytest.mark.skipif(not SHIPPED.exists(), reason="models/actor_kb.sqlite not built")
@pytest.mark.parametrize("name, day, country", [
    ("Boris Johnson", dt.date(2020, 6, 1), "GBR"),
    ("Angela Merkel", dt.date(2015, 1, 1), "DEU"),
    ("Recep Tayyip Erdoğan", dt.date(2020, 1, 1), "TUR"),
])
def test_shipped_file(name, day, country):
    from pipeline.knowledge.actor_kb import actor_kb

    kb = actor_kb()
    assert any(match.country == country and match.sector == "GOV" for match in kb.lookup(name, day))
    assert kb.provenance()["source.phoenix_countries.repository"] == "openeventdata/petrarch2"
