"""The places of a wire dateline ("COLUMBUS, Ohio —", "KINSHASA/KIGALI, March 19 (Reuters) -"): the towns it is
filed from, then its state or country; a dateline naming a site ("UNITED NATIONS") stands for a place."""
from __future__ import annotations

import functools
import re
from typing import Iterator

from spacy.tokens import Doc, Span

from pipeline.stages.datelines import find_dateline
from pipeline.stages.extensions import doc_text
from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.resources import read_tsv
from pipeline.stages.places.names import _known, _lookup_name, _text

DATELINES_FILE = "place_datelines.tsv"
# a dateline inside the text, after the headline or between the items of a digest: a place in capitals opening a
# sentence ("... destroys crops. BEIRUT: Israel flooded ...", "Lamont visits supporters. HARWINTON — Former ...")
# and a colon or dash; the optional state after a comma ("COLUMBUS, Ohio --") is left to the gazetteer scan
INLINE_DATELINE = re.compile(r"(?:^|(?<=[.!?] ))(?P<place>[A-Z][A-Z'.-]*[A-Z](?: [A-Z][A-Z'.-]*[A-Z]){0,3})"
                             r"(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)? ?(?::|-{1,2}|—|–) ")


@functools.lru_cache(maxsize=1)
def dateline_sites() -> dict[str, str]:
    """Datelines naming a site, not a town -> the place they stand for."""
    return {row["dateline"]: row["place"] for row in read_tsv(DATELINES_FILE)}


def _dateline(doc: Doc, gaz: Gazetteer) -> Iterator[Span]:
    """The place of a wire dateline ("COLUMBUS, Ohio —", "BEIRUT (AP)", "KINSHASA/KIGALI, March 19 (Reuters) -",
    see ``datelines.find_dateline``): each town it names, then its state or country ("TAIPEI, Taiwan")."""
    dateline = find_dateline(doc_text(doc))
    if dateline is None:
        return
    towns = []
    start = dateline.place_start
    for part in dateline.place.split("/"):  # "KINSHASA/KIGALI": filed from two towns
        span = doc.char_span(start, start + len(part))
        start += len(part) + 1
        if span is not None and (_text(span) in dateline_sites() or _known(_text(span), gaz, strong_only=False)):
            towns.append(span)  # a site ("UNITED NATIONS") is looked up through what it stands for
    yield from towns
    if towns and dateline.region is not None:
        region = doc.char_span(dateline.region_start, dateline.region_end)
        if region is not None and any(c.entry.kind in {"region", "country"}
                                      for c in gaz.candidates(_lookup_name(doc, region, gaz))):
            yield region


def inline_datelines(doc: Doc, gaz: Gazetteer) -> Iterator[Span]:
    """The place of every dateline inside the text (``INLINE_DATELINE``) that the gazetteer knows."""
    text = doc_text(doc)
    for match in INLINE_DATELINE.finditer(text):
        span = doc.char_span(match.start("place"), match.end("place"))
        if span is not None and _known(_text(span), gaz, strong_only=False):
            yield span
