"""CAMEO dictionaries, for the actor knowledge base (``scripts/build_actor_kb.py``): a CAMEO actor code read as
country, international organisation and sector; CAMEO dates (YYMMDD, YYYYMMDD) and bracketed codes with their
validity; and the parsers of the Phoenix actor dictionaries (``Phoenix.*.actors.txt``) and of the agents dictionary
(``Phoenix.agents.txt``), pure functions of the file's lines yielding typed records (``scripts/kb_records.py``).
"""
from __future__ import annotations

import calendar
import re
from typing import Iterable, Iterator

from pipeline.knowledge.actor_kb import normalize_name
from scripts.kb_records import AgentRecord, CameoCode, CameoEntry, Interpretation, Skipped

# ---------------------------------------------------------------------------------------------------------------
# CAMEO codes -> country, international organisation, sector

# CAMEO country codes that are not ISO 3166 alpha-3 (former states keep their old ISO code: SUN, YUG, CSK, DDR, SCG)
CAMEO_COUNTRY = {"KSV": "XKX", "TMP": "TLS", "ROM": "ROU", "ZAR": "COD", "USR": "SUN", "FRY": "YUG", "IMY": "IMN",
                 "SRP": "BIH", "KRJ": "HRV", "YUG": "YUG", "CSK": "CSK", "DDR": "DDR", "SCG": "SCG", "SUN": "SUN",
                 "ANG": "AGO", "FRN": "FRA"}  # SRP, KRJ: Serb entities in Bosnia and Croatia; ANG, FRN: typos
FORMER_STATES = frozenset({"SUN", "YUG", "CSK", "DDR", "SCG"})
NOT_COUNTRIES = frozenset({"KNT", "---"})  # KNT: Kinakuta, the made-up country of the TABARI test suite
# CAMEO regions and pseudo-places: no country
REGIONS = frozenset({"AFR", "ASA", "EUR", "MEA", "SAS", "SEA", "WST", "LAM", "CAS", "NAF", "WAF", "EAF", "SAF",
                     "CFR", "EEU", "WEU", "NMR", "SAM", "CRB", "SCN", "PGS", "ARB", "INT", "KKL", "BLK", "CAU",
                     "MDE", "EIN", "TAM", "GZA", "WBK"})  # not NAM: that is Namibia
# religions and ethnic groups: a religious body's sector
RELIGIONS = frozenset({"MOS", "CHR", "JEW", "HIN", "BUD", "CTH", "PRO", "SHI", "SIK", "ORT", "BAH", "TAO", "JAN",
                       "ZRO"})
# never a home country after NGO/MNC/IMG: the Phoenix files write MUS (Mauritius) for Islamist groups (IMGMUSALQ)
NOT_HOME = RELIGIONS | {"MUS"}
# CAMEO role codes kept as sectors, as Parley writes them (models/en/agents.tsv uses most of these)
SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "BUS", "MED", "NGO", "CVL", "EDU",
                     "ELI", "AGR", "HLH", "DEV", "LAB", "ENV", "HRI", "SPY", "REL", "REF", "UAF", "CRM", "INS",
                     "SEP", "PRM", "IGO"})
# sectors a body of these kinds has when its code names no other
KIND_SECTOR = {"NGO": "NGO", "MNC": "BUS", "IMG": "REB", "IGO": "IGO", "MED": "MED", "ELI": "ELI"}
# CAMEO organisation codes (after IGO, any depth) -> the code Parley writes (models/en/actor_igos.tsv), else a
# readable acronym. The most specific code in the chain wins (IGOUNODEVWBK -> WB, not UN).
IGO_CODES = {
    "UNO": "UN", "NAT": "NATO", "EEC": "EU", "AFU": "AU", "OAU": "OAU", "ARL": "ARAB LEAGUE", "SCE": "OSCE",
    "ASN": "ASEAN", "WHO": "WHO", "IAE": "IAEA", "IMF": "IMF", "WBK": "WB", "WTO": "WTO", "ICC": "ICC", "ICJ": "ICJ",
    "OPC": "OPEC", "CIS": "CIS", "WAS": "ECOWAS", "SAD": "SADC", "EAC": "EAC", "IAD": "IGAD", "GCC": "GCC",
    "OAS": "OAS", "OIC": "OIC", "COE": "COE", "HCR": "UNHCR", "KID": "UNICEF", "WFP": "WFP", "HCH": "OHCHR",
    "FAO": "FAO", "ILO": "ILO", "ITP": "INTERPOL", "EBR": "EBRD", "EFT": "EFTA", "ADB": "ADB", "AFB": "AFDB",
    "CWN": "COMMONWEALTH", "IPU": "IPU", "BIS": "BIS", "AMU": "AMU", "AMF": "AMF", "ACC": "ACC", "AEU": "CAEU",
    "APE": "OAPEC", "IDB": "ISDB", "CEM": "CEMAC", "ECA": "ECCAS", "BCA": "BEAC", "CSS": "CEN-SAD", "CES": "COMESA",
    "NEP": "NEPAD", "SAA": "SAARC", "SOT": "SEATO", "GOE": "G8", "GOS": "G7", "GSS": "G77", "DVE": "D-8",
    "WAD": "BOAD", "WAM": "UEMOA", "NON": "NAM", "AIE": "IEA",
}


def _groups(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def _country(group: str, iso3: frozenset[str]) -> str | None:
    if group in NOT_COUNTRIES:
        return None
    if group in CAMEO_COUNTRY:
        return CAMEO_COUNTRY[group]
    return group if group in iso3 else None


def interpret_code(code: str, iso3: frozenset[str]) -> Interpretation:
    """Country (ISO3), international organisation and sector of a CAMEO actor code.

    The first three letters are a country (USA), a region (MEA), or a kind of body (IGO, NGO, MNC, IMG); then come
    role codes (GOV, MIL, ...), organisation codes after IGO, and for a country a dependent territory (USAPRI:
    Puerto Rico), for NGO/MNC/IMG a home country (NGOHUNCHR: a Hungarian church body)."""
    groups = _groups(code)
    if not groups or len(groups[-1]) != 3:
        return Interpretation(None, None, None)
    first, rest = groups[0], groups[1:]
    sector = next((group for group in rest if group in SECTORS), None)
    if first == "IGO":
        igo = next((IGO_CODES[group] for group in reversed(rest) if group in IGO_CODES), None)
        return Interpretation(None, igo, "IGO")
    if first in ("NGO", "MNC", "IMG"):
        home = next((_country(group, iso3) for group in rest if group not in NOT_HOME and _country(group, iso3)),
                    None)
        # an NGO or a company keeps its kind as sector (NGOUSAHLH: an NGO, working on health); an armed group
        # may be more precise (IMGUAF) than its kind
        return Interpretation(home, None, sector if first == "IMG" and sector else KIND_SECTOR[first])
    if first in SECTORS:
        return Interpretation(None, None, first)
    if first in RELIGIONS:
        return Interpretation(None, None, sector or "REL")
    if first in REGIONS:
        return Interpretation(None, None, sector)
    country = _country(first, iso3)
    if country is None:
        return Interpretation(None, None, sector)
    if rest and rest[0] not in SECTORS and _country(rest[0], iso3):  # a territory (USAPRI) or republic (USRARM)
        country = _country(rest[0], iso3)
    return Interpretation(country, None, sector)


# ---------------------------------------------------------------------------------------------------------------
# Dates

_DATE_RANGE = re.compile(r"^(?:(?P<start>\d+)\s*-\s*(?P<end>\d+)|>\s*(?P<after>\d+)|<\s*(?P<before>\d+)"
                         r"|(?P<single>\d+))?$")


def cameo_date(digits: str) -> str:
    """ISO date of a CAMEO date: YYMMDD (00-30 -> 20xx, else 19xx) or YYYYMMDD. An impossible day or month is moved
    to the nearest real one (990231 -> 1999-02-28; 00 -> 01). ValueError for any other length."""
    if len(digits) == 6:
        year = int(digits[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(digits[2:4]), int(digits[4:6])
    elif len(digits) == 8:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    else:
        raise ValueError(f"date of {len(digits)} digits: {digits}")
    month = min(max(month, 1), 12)
    day = min(max(day, 1), calendar.monthrange(year, month)[1])
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_code(text: str) -> CameoCode:
    """One bracketed code: 'AFGGOV 011222-041207', 'AFGGOV >011222', 'USRARM <900823', 'AFGELI'."""
    code, _, dates = text.strip().partition(" ")
    match = _DATE_RANGE.match(dates.strip())
    if match is None:
        return CameoCode(code, None, None, f"unreadable dates: {dates.strip()}")
    try:
        if match["start"]:
            start, end = cameo_date(match["start"]), cameo_date(match["end"])
            if start > end:
                return CameoCode(code, start, end, f"ends before it starts: {dates.strip()}")
            return CameoCode(code, start, end)
        if match["after"] or match["single"]:  # a lone date is a start ('[USAGOV 19820101] # entered ...')
            return CameoCode(code, cameo_date(match["after"] or match["single"]), None)
        if match["before"]:
            return CameoCode(code, None, cameo_date(match["before"]))
    except ValueError as error:
        return CameoCode(code, None, None, str(error))
    return CameoCode(code, None, None)


# ---------------------------------------------------------------------------------------------------------------
# Parsers: one per format, pure functions of lines or rows

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_CODES = re.compile(r"\[([^\]]*)\]")


def parse_cameo_actors(lines: Iterable[str]) -> Iterator[CameoEntry | Skipped]:
    """Entries of a CAMEO (TABARI/PETRARCH) actor dictionary, in file order."""
    name: str | None = None
    variants: list[str] = []
    codes: list[CameoCode] = []
    comment, start = "", 0

    def flush() -> Iterator[CameoEntry | Skipped]:
        if name is None:
            return
        if codes:
            yield CameoEntry(name, tuple(variants), tuple(codes), comment, start)
        else:
            yield Skipped("entry without a code", f"line {start}: {name}")

    for number, raw in enumerate(lines, 1):
        line = _CONTROL.sub("", raw.rstrip("\r\n"))
        body, _, note = line.partition("#")
        if not body.strip():
            continue  # blank, or a comment (commented-out codes included)
        found = [parse_code(text) for text in _CODES.findall(body)]
        found = [code for code in found if code.code]
        text = _CODES.sub(" ", body).strip()
        if body[0] in " \t" and not text.startswith("+"):
            if name is not None:
                codes.extend(found)
            continue
        if text.startswith("+"):
            if name is not None:
                if text[1:].strip():
                    variants.append(text[1:].strip())
                codes.extend(found)
            continue
        if name is not None and not codes:  # consecutive names share the codes that follow them (TABARI)
            variants.append(text)
            codes.extend(found)
            continue
        yield from flush()
        name, variants, codes, comment, start = text, [], list(found), note.strip(), number
    yield from flush()


_SUBSTITUTION = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
_AGENT = re.compile(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[(?P<code>[^\]}]*)[\]}]")


def parse_cameo_agents(lines: Iterable[str]) -> Iterator[AgentRecord | Skipped]:
    """Agent phrases and their codes: 'FOREIGN_!MINIST! [~GOV]' -> foreign minister, foreign ministers, ... GOV."""
    sets: dict[str, list[str]] = {}
    for number, raw in enumerate(lines, 1):
        line = _CONTROL.sub("", raw.rstrip("\r\n")).partition("#")[0].strip()
        if not line:
            continue
        substitution = _SUBSTITUTION.match(line)
        if substitution:
            sets[substitution[1]] = [word.strip() for word in substitution[2].split(",") if word.strip()]
            continue
        match = _AGENT.match(line)
        if match is None:
            yield Skipped("unreadable agent line", f"line {number}: {line}")
            continue
        cameo = match["code"].replace("~", "").strip()
        if not cameo:
            yield Skipped("agent without a code", f"line {number}: {line}")
            continue
        groups = _groups(cameo)
        if groups[0] in SECTORS:
            sector = groups[0]
        elif groups[0] in RELIGIONS:
            sector = "REL"
        else:
            sector = None
        phrases = [match["phrase"]] + [plural for plural in re.split(r"[\s,]+", match["plurals"] or "") if plural]
        for phrase in phrases:
            for expanded in _expand(phrase, sets):
                key = normalize_name(expanded)
                if key:
                    yield AgentRecord(key, cameo, sector, not expanded.rstrip().endswith("_"))


def _expand(phrase: str, sets: dict[str, list[str]]) -> Iterator[str]:
    match = re.search(r"!(\w+)!", phrase)
    if match is None or match[1] not in sets:
        yield phrase.replace("!", "")
        return
    for word in sets[match[1]]:
        yield from _expand(phrase[:match.start()] + word + phrase[match.end():], sets)
