"""Words of a web page's furniture that NER takes for names: a section label standing alone on its line."""
from __future__ import annotations

from spacy.tokens import Span

MIN_LABEL_LETTERS = 4  # shorter capitalised words alone on a line are mostly acronyms of bodies ("UN", "EU")


def is_section_label(ent: Span, text: str) -> bool:
    """Whether a name is one capitalised word standing alone on its line of ``text`` (the Doc's text: "ANALYSIS",
    "EXCLUSIVE", "OPINION"): a page's label for its section, which NER takes for a body. A body the dictionary knows
    never gets here."""
    if len(ent) != 1 or not ent.text.isupper() or not ent.text.isalpha() or len(ent.text) < MIN_LABEL_LETTERS:
        return False
    before, after = text[:ent.start_char].rstrip(" \t"), text[ent.end_char:].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))
