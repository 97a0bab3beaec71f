"""Build models/en/place_common_words.txt: town names that are also ordinary English words.

A one-word town name whose lower-case form the spaCy model's WordNet index (the rule lemmatizer's ``lemma_index``,
from spacy-lookups-data; WordNet 3.0 licence, see models/README.md) lists as an adjective, verb or adverb
("Federal", "Central", "Spring", "Hope"). Nouns are left out: WordNet's noun index also holds proper names,
lower-cased ("paris", "springfield"). Only words the gazetteer knows as a town are written, so the file stays small.

    python scripts/build_place_common_words.py
"""
from __future__ import annotations

from pathlib import Path

import spacy
from spacy.strings import hash_string

from pipeline.knowledge.gazetteer import gazetteer
from pipeline.nlp import DEFAULT_MODEL

OUT = Path(__file__).resolve().parent.parent / "models" / "en" / "place_common_words.txt"
PARTS = ("adj", "verb", "adv")
HEADER = """# One-word town names that are also ordinary English words (an adjective, verb or adverb in the WordNet index
# the spaCy model ships). Built by scripts/build_place_common_words.py; source and licence in models/README.md.
# A small town met without a place label under one of these names neither votes for the article's state nor
# stays a place.
"""


def main() -> None:
    nlp = spacy.load(DEFAULT_MODEL)
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words = set()
    for part in PARTS:
        words.update(w for w in index.get(hash_string(part), []) if w.isalpha() and w.islower())
    gaz = gazetteer()
    towns = sorted(w for w in words if any(c.entry.kind == "city" and not c.alternate
                                           for c in gaz.candidates(w.capitalize())))
    OUT.write_text(HEADER + "".join(w + "\n" for w in towns), encoding="utf-8")
    print(f"{len(towns)} words -> {OUT}")


if __name__ == "__main__":
    main()
