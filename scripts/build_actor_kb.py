#!/usr/bin/env python3
"""Build Parley's dated actor knowledge base (``models/actor_kb.sqlite``) from public dictionaries.

    python scripts/build_actor_kb.py Phoenix.Countries.actors.txt Phoenix.International.actors.txt \\
        Phoenix.MilNonState.actors.txt Phoenix.agents.txt wikidata.csv \\
        politicians_born_after_1945_having_a_picture.csv --out models/actor_kb.sqlite \\
        --commit openeventdata/petrarch2=SHA --commit ... --build-date 2025-01-01

Each source is a file given by path; its format is known from its file name, or from an explicit ``KIND=PATH``
(kinds: see ``SOURCES``). The raw files stay outside the repository; ``models/README.md`` says where they come from.

Formats read (one parser per format, each a pure function of the file's lines or rows yielding typed records):

- CAMEO actor dictionaries (``Phoenix.*.actors.txt``): an entry is a name line (words joined by ``_``), optional
  ``+VARIANT`` lines and codes in brackets, on the name line or on indented lines below it: ``[AFGGOV 011222-041207]``
  (a dated role, YYMMDD or YYYYMMDD; two-digit years 00-30 are 20xx, others 19xx), ``[AFGGOV >011222]`` (from then
  on; a lone date is read the same way), ``[USRARM <900823]`` (until then), ``[AFGELI]`` (undated: the default when
  no dated role holds), several codes on one line, ``#`` starts a comment; consecutive name lines without codes
  share the codes that follow them, the first being the canonical name.
- CAMEO agents dictionary (``Phoenix.agents.txt``): ``PHRASE [~CODE]``, ``!SET!`` substitution sets, ``{PLURALS}``.
- world-leaders ``wikidata.csv``: country, position, office holder (Wikidata id), start and end years.
- CaptainFact's Wikidata politicians CSV: Wikidata id, name, birth date, ISO 3166 alpha-2 country of citizenship.
- EveryPolitician's ``countries.json``: each country's legislatures by their own names (``scripts/kb_legislatures.py``).
- every-politician-scrapers' per-country ``html/holders21.csv``, given as a folder (``cabinets=FOLDER``): ministers
  and other office holders since 2000, with dated offices (``scripts/kb_cabinets.py``).

The parsers are in ``scripts/kb_cameo.py`` and ``scripts/kb_wikidata.py``, the records they yield in
``scripts/kb_records.py``, the assembly of actors, names and roles in ``scripts/kb_drafts.py``; this script
reads the files and writes the base.

The output is deterministic: every table is filled in sorted order, the only date inside is ``meta.build_date``
(``--build-date``), and the file is VACUUMed, so two builds from the same inputs are byte-identical.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import os
import sqlite3
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.knowledge.actor_kb import NORMALIZER_VERSION  # noqa: E402
from pipeline.knowledge.countries import lexicon  # noqa: E402
from pipeline.resources import replaced_atomically  # noqa: E402
from scripts.kb_cabinets import FILE_SUFFIX as CABINET_FILES, CabinetRecord, read_cabinets  # noqa: E402
from scripts.kb_cameo import (cameo_date, interpret_code, parse_cameo_actors, parse_cameo_agents,  # noqa: E402,F401
                              parse_code)
from scripts.kb_drafts import (Draft, add_legislatures, build_names, cameo_drafts, merge_into_wikidata,  # noqa: E402
                               role_rows, wikidata_drafts, word_lists)
from scripts.kb_legislatures import LegislatureRecord, SkippedLegislature, parse_legislatures  # noqa: E402
from scripts.kb_records import AgentRecord, CameoEntry, LeaderRecord, PoliticianRecord, Skipped  # noqa: E402
from scripts.kb_wikidata import (alpha3, leader_role, parse_politicians, parse_world_leaders,  # noqa: E402,F401
                                 plausible_name)

SCHEMA_VERSION = "1"
SCHEMA = """
PRAGMA page_size = 4096;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE actors (actor_key TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, wikidata TEXT,
                     born TEXT) WITHOUT ROWID;
CREATE TABLE names (norm_name TEXT NOT NULL, actor_key TEXT NOT NULL, is_surname INTEGER NOT NULL,
                    PRIMARY KEY (norm_name, actor_key)) WITHOUT ROWID;
CREATE TABLE roles (actor_key TEXT NOT NULL, seq INTEGER NOT NULL, country TEXT, igo TEXT, sector TEXT, role TEXT,
                    valid_from TEXT, valid_to TEXT, date_precision TEXT, source TEXT NOT NULL, cameo TEXT,
                    PRIMARY KEY (actor_key, seq)) WITHOUT ROWID;
CREATE TABLE agents (norm_phrase TEXT NOT NULL, cameo TEXT NOT NULL, sector TEXT, is_stem INTEGER NOT NULL,
                     source TEXT NOT NULL, PRIMARY KEY (norm_phrase, cameo, is_stem, source)) WITHOUT ROWID;
"""


class Source(NamedTuple):
    repository: str
    path: str
    licence: str
    file_name: str


PETRARCH = "openeventdata/petrarch2"
PETRARCH_DIR = "petrarch2/data/dictionaries/"
SOURCES = {
    "phoenix_countries": Source(PETRARCH, PETRARCH_DIR + "Phoenix.Countries.actors.txt",
                                "MIT (included here as derived data)", "Phoenix.Countries.actors.txt"),
    "phoenix_international": Source(PETRARCH, PETRARCH_DIR + "Phoenix.International.actors.txt",
                                    "MIT (included here as derived data)", "Phoenix.International.actors.txt"),
    "phoenix_milnonstate": Source(PETRARCH, PETRARCH_DIR + "Phoenix.MilNonState.actors.txt",
                                  "MIT (included here as derived data)", "Phoenix.MilNonState.actors.txt"),
    "phoenix_agents": Source(PETRARCH, PETRARCH_DIR + "Phoenix.agents.txt",
                             "MIT (included here as derived data)", "Phoenix.agents.txt"),
    "world_leaders": Source("every-politician-scrapers/world-leaders-2021", "data/wikidata.csv",
                            "CC0 (Wikidata data; the repository has no licence file)", "wikidata.csv"),
    "politicians": Source("CaptainFact/captain-fact-dev-data",
                          "Wikidata/data/politicians_born_after_1945_having_a_picture.csv", "CC0",
                          "politicians_born_after_1945_having_a_picture.csv"),
    "everypolitician": Source("everypolitician/everypolitician-data", "countries.json",
                              "not stated in the repository (no licence file; its README names none); "
                              "legislature names and country codes only", "everypolitician-countries.json"),
    "cabinets": Source("every-politician-scrapers/<country> (one repository per country: meta cabinets.commits)",
                       "html/holders21.csv", "CC0 (Wikidata data; the repositories have no licence file)",
                       "cabinets"),
}
ACTOR_KINDS = ("phoenix_countries", "phoenix_international", "phoenix_milnonstate")


# ---------------------------------------------------------------------------------------------------------------
# Reading the files, writing the base


def read_lines(path: Path) -> list[str]:
    return path.read_bytes().decode("utf-8", errors="replace").splitlines()


def source_kind(argument: str) -> tuple[str, Path]:
    if "=" in argument and argument.split("=", 1)[0] in SOURCES:
        kind, path = argument.split("=", 1)
        return kind, Path(path)
    path = Path(argument)
    for kind, source in SOURCES.items():
        if path.name == source.file_name:
            return kind, path
    if "politician" in path.name:
        return "politicians", path
    raise SystemExit(f"cannot tell the format of {argument}: name it KIND=PATH with KIND one of {', '.join(SOURCES)}")


def build(sources: list[tuple[str, Path]], out: Path, build_date: str, commits: dict[str, str]) -> dict[str, str]:
    iso3 = frozenset(lexicon().canonical)
    tally: Counter = Counter()
    meta: dict[str, str] = {"build_date": build_date, "schema_version": SCHEMA_VERSION,
                            "normalizer_version": NORMALIZER_VERSION}
    cameo: dict[str, Draft] = {}
    agents: set[tuple[str, str, str | None, int, str]] = set()
    leaders: list[LeaderRecord] = []
    politicians: list[PoliticianRecord] = []
    legislatures: list[LegislatureRecord] = []
    cabinets: list[CabinetRecord] = []
    for kind, path in sorted(sources):
        source = SOURCES[kind]
        data = (b"".join(file.read_bytes() for file in sorted(path.glob("*" + CABINET_FILES)))
                if kind == "cabinets" else path.read_bytes())
        prefix = f"source.{kind}"
        meta.update({f"{prefix}.repository": source.repository, f"{prefix}.path": source.path,
                     f"{prefix}.licence": source.licence, f"{prefix}.sha256": hashlib.sha256(data).hexdigest(),
                     f"{prefix}.commit": commits.get(source.repository, "unknown")})
        if kind in ACTOR_KINDS:
            records = list(parse_cameo_actors(read_lines(path)))
            entries = [record for record in records if isinstance(record, CameoEntry)]
            for drafted_key, draft in cameo_drafts(entries, kind, iso3, tally).items():
                if drafted_key in cameo:  # the same actor in two dictionaries
                    cameo[drafted_key].names |= draft.names
                    cameo[drafted_key].roles |= draft.roles
                else:
                    cameo[drafted_key] = draft
        elif kind == "phoenix_agents":
            records = list(parse_cameo_agents(read_lines(path)))
            agents |= {(record.norm_phrase, record.cameo, record.sector, int(record.is_stem), kind)
                       for record in records if isinstance(record, AgentRecord)}
        elif kind == "everypolitician":
            records = [Skipped(*record) if isinstance(record, SkippedLegislature) else record
                       for record in parse_legislatures(path.read_text(encoding="utf-8"), alpha3)]
            legislatures += [record for record in records if isinstance(record, LegislatureRecord)]
        elif kind == "cabinets":
            records, used = read_cabinets(path)
            cabinets += [record for record in records if isinstance(record, CabinetRecord)]
            listing = " ".join(f"{repository}={commit}" for repository, commit in sorted(used.items()))
            meta["cabinets.commits"] = listing
            meta[f"{prefix}.commit"] = ("per repository: cabinets.commits, sha256 "
                                        + hashlib.sha256(listing.encode()).hexdigest())
            meta[f"{prefix}.repositories"] = str(len(used))
        elif kind == "world_leaders":
            with path.open(encoding="utf-8", newline="") as handle:
                records = list(parse_world_leaders(csv.DictReader(handle)))
            leaders += [record for record in records if isinstance(record, LeaderRecord)]
        else:
            with path.open(encoding="utf-8", errors="replace", newline="") as handle:
                reader = csv.reader(handle)
                next(reader, None)
                records = list(parse_politicians(reader))
            politicians += [record for record in records if isinstance(record, PoliticianRecord)]
        skipped = [record for record in records if isinstance(record, Skipped)]
        meta[f"{prefix}.records"] = str(len(records) - len(skipped))
        for reason, count in sorted(Counter(record.reason for record in skipped).items()):
            meta[f"{prefix}.skipped.{reason}"] = str(count)
        if kind == "world_leaders":
            unresolved = sorted({record.detail for record in skipped if record.reason.startswith("country")})
            if unresolved:
                meta[f"{prefix}.unresolved_countries"] = " | ".join(unresolved)

    wikidata = wikidata_drafts(leaders, politicians, tally, cabinets)
    actors = merge_into_wikidata(cameo, wikidata, tally)
    words = word_lists()
    add_legislatures(actors, legislatures, words, tally)
    names = build_names(actors, words, tally)
    roles = role_rows(actors)
    actor_rows = sorted((key, draft.name, draft.type, draft.wikidata, draft.born) for key, draft in actors.items())
    agent_rows = sorted(agents)
    meta["surname_exclusions"] = words.description
    meta.update({f"build.{reason}": str(count) for reason, count in tally.items()})
    meta.update({"count.actors": str(len(actor_rows)), "count.names": str(len(names)),
                 "count.roles": str(len(roles)), "count.agents": str(len(agent_rows)),
                 "count.surnames": str(sum(1 for row in names if row[2]))})
    for kind_of_actor, count in Counter(row[2] for row in actor_rows).items():
        meta[f"count.actors.{kind_of_actor}"] = str(count)
    for source_name, count in Counter(row[9] for row in roles).items():
        meta[f"count.roles.{source_name}"] = str(count)
    for source_name in {row[9] for row in roles}:  # open-ended roles are known to hold only up to about then
        dates = [date for row in roles if row[9] == source_name for date in row[6:8] if date]
        if dates:
            meta[f"source.{source_name}.latest_date"] = max(dates)

    out.parent.mkdir(parents=True, exist_ok=True)
    with replaced_atomically(out) as temporary:
        os.unlink(temporary)  # SQLite makes its own file: page size set before the first table
        db = sqlite3.connect(temporary, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.executescript(SCHEMA)
            db.execute("BEGIN")
            db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
            db.executemany("INSERT INTO actors VALUES (?, ?, ?, ?, ?)", actor_rows)
            db.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
            db.executemany("INSERT INTO roles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", roles)
            db.executemany("INSERT INTO agents VALUES (?, ?, ?, ?, ?)", agent_rows)
            db.execute("COMMIT")
            db.execute("VACUUM")
        finally:
            db.close()
    return meta


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="+", metavar="SOURCE", help="a source file, or KIND=PATH")
    parser.add_argument("--out", type=Path, default=Path("models/actor_kb.sqlite"))
    parser.add_argument("--build-date", default=dt.date.today().isoformat(),
                        help="the date written into meta (default: today); fix it for a reproducible file")
    parser.add_argument("--commit", action="append", default=[], metavar="REPOSITORY=SHA",
                        help="the commit a source repository was read at, e.g. openeventdata/petrarch2=676801c...")
    args = parser.parse_args(argv)
    dt.date.fromisoformat(args.build_date)
    commits = dict(item.split("=", 1) for item in args.commit)
    sources = [source_kind(argument) for argument in args.sources]
    meta = build(sources, args.out, args.build_date, commits)
    for key in sorted(meta):
        if key.startswith(("count.", "build.")) or ".skipped." in key:
            print(f"{key}\t{meta[key]}")
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
