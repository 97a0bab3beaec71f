"""Wire datelines: where (and when) a story was filed, e.g. "ISTANBUL, May 16 (Reuters) -", "Baku (AFP) -",
"TAIPEI, Taiwan (AP) —", "MOSCOW, July 17. /TASS/.", "KINSHASA/KIGALI, March 19 (Reuters) -".

One parser for every stage: a dateline opens the text, or a line after a short header block (plain-text input
often starts with the headline, and scraped pages with a date line or a byline under it). It names a place in capitals (or in title case when an agency follows), an optional
region or country, an optional date and an optional agency, then a dash (or, after "/AGENCY/.", nothing).
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
PLACE = r"[A-Z][\w.'-]+(?:[ /][A-Z][\w.'-]+){0,3}"  # ISTANBUL, UNITED NATIONS, KINSHASA/KIGALI, Baku
REGION = rf"(?:,\s*(?!{MONTH}\s*\d)(?P<region>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){{0,2}}))?"  # TAIPEI, Taiwan
DATE = rf"(?:,\s*(?P<date>{MONTH}\s*\d{{1,2}}(?:,\s*\d{{4}})?)\.?)?"
AGENCY = r"(?:\s*\((?P<agency>[^()\n]{1,30})\)|\s*/(?P<slashed>[A-Za-z-]{2,12})/\.?)?"  # (Reuters), /TASS/.
DASH = r"(?P<dash>\s*(?:-{1,2}|—|–))?"
# checked in code: a dash ends it unless the agency was slashed; a place in title case needs an agency
WIRE = r"(?P<wire>--\((?P<wired>[^()\n]{0,30})\)--)"  # press-release wires: "SAN JOSE, Calif.--(BUSINESS WIRE)--"
DATELINE = re.compile(rf"(?P<place>{PLACE}){REGION}{DATE}(?:{WIRE}|{AGENCY}{DASH}\s)")
WORD = re.compile(r"\S")
TITLE_MAX_CHARS = 200  # a first line longer than this is a paragraph, not a title
# header lines a dateline may follow: a menu or section line, a title, a standfirst, a byline, a date line
HEADER_LINES = 5


class Dateline(NamedTuple):
    place: str  # as written: "ISTANBUL", "KINSHASA/KIGALI", "Baku"
    place_start: int
    place_end: int
    region: str | None  # "Taiwan" in "TAIPEI, Taiwan (AP) —"
    region_start: int | None
    region_end: int | None
    date: str | None  # "May 16", as written
    agency: str | None  # "Reuters", "TASS"
    start: int  # where the dateline starts (after any title line)
    end: int  # where the story's first sentence starts
    date_start: int | None = None  # where ``date`` stands in the text


# every stage asks for the dateline of the same text (a Doc's text is one string object, hashed once)
@functools.lru_cache(maxsize=16)
def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of ``text``, or at the start of a line after header lines (a title, a date
    line, a byline)."""
    for start in _line_starts(text):
        match = DATELINE.match(text, start)
        if match is None or not (match.group("dash") or match.group("slashed") or match.group("wire")):
            continue
        if not match.group("place").isupper() and not (match.group("agency") or match.group("slashed") or match.group("wire")):
            continue  # "Moscow - ..." could be any sentence; "Baku (AFP) -" is a dateline
        return Dateline(
            place=match.group("place"),
            place_start=match.start("place"),
            place_end=match.end("place"),
            region=match.group("region"),
            region_start=match.start("region") if match.group("region") else None,
            region_end=match.end("region") if match.group("region") else None,
            date=match.group("date"),
            agency=match.group("agency") or match.group("slashed") or (match.group("wired") or "").strip() or None,
            start=match.start(),
            end=match.end(),
            date_start=match.start("date") if match.group("date") else None,
        )
    return None


def _line_starts(text: str) -> list[int]:
    """The start of the text's first non-blank line and of each following one while the lines before it are
    header-like (short, no closing full stop): "Title\nPublished 14 May 2025\nISTANBUL (Reuters) - ..."."""
    starts: list[int] = []
    line = WORD.search(text)
    while line is not None and len(starts) <= HEADER_LINES:
        starts.append(line.start())
        newline = text.find("\n", line.start(), line.start() + TITLE_MAX_CHARS + 1)
        if newline == -1 or text[line.start():newline].strip().endswith("."):
            break
        line = WORD.search(text, newline)
    return starts


def dateline_end(text: str) -> int:
    """Where the story's first sentence starts after its dateline ("ODESA (Reuters) - "), else 0."""
    dateline = find_dateline(text)
    return dateline.end if dateline is not None else 0
