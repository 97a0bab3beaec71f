"""Build models/en/verb_classes.tsv: each English verb lemma with its VerbNet classes.

VerbNet (University of Colorado; VerbNet 3.X licence, see models/README.md) groups verbs into classes that share
meaning and syntax (``say-37.7``, ``complain-37.8``, ``characterize-29.2`` ...). The quotes stage's attribution
model (``pipeline/stages/quotes/learned_cues.py``) uses a cue verb's classes as features, so a verb seen too few
times in training for a weight of its own ("grumble", "decry") shares the weight of its class. A member of a
subclass (``say-37.7-1-1``) is listed under its top class (``say-37.7``); multi-word members (``go_on``) are left
out, since the model's cue is one token.

Reads the class files (``*.xml``) of a VerbNet release directory, e.g. ``verbnet3.4/`` of the public repository
cu-clear/verbnet; downloads nothing.

Example:
    python scripts/build_verb_classes.py path/to/verbnet3.4 --out models/en/verb_classes.tsv
"""
from __future__ import annotations

import argparse
import xml.etree.ElementTree as ElementTree
from pathlib import Path

HEADER = """# English verb lemmas and their VerbNet classes (top classes; a subclass's members under its top class),
# for the features of the quotes stage's attribution model (pipeline/stages/quotes/learned_cues.py).
# Built by scripts/build_verb_classes.py from VerbNet {version}; source and licence: models/README.md.
# VerbNet 3.0 (or 3.X) Copyright 2009 by University of Colorado. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND THE UNIVERSITY OF COLORADO MAKES NO REPRESENTATIONS OR
# WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, UNIVERSITY OF COLORADO MAKES NO
# REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE
# LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS
# OR OTHER RIGHTS.
# Kipper, Korhonen, Ryant, Palmer: A Large-scale Classification of English Verbs, Language Resources and
# Evaluation 42(1), 21-40, 2008.
lemma\tclasses
"""


def class_members(path: Path) -> tuple[str, set[str]]:
    """A class file's top class ID and the one-word lemmas of its members and all its subclasses' members."""
    root = ElementTree.parse(path).getroot()
    members = {member.get("name", "").lower() for member in root.iter("MEMBER")}
    return root.get("ID", path.stem), {name for name in members if name.isalpha()}


def verb_classes(directory: Path) -> dict[str, list[str]]:
    """Lemma -> its sorted top classes, over every class file of a VerbNet directory."""
    classes: dict[str, set[str]] = {}
    for path in sorted(directory.glob("*.xml")):
        class_id, lemmas = class_members(path)
        for lemma in lemmas:
            classes.setdefault(lemma, set()).add(class_id)
    return {lemma: sorted(ids) for lemma, ids in sorted(classes.items())}


def tsv_text(classes: dict[str, list[str]], *, version: str) -> str:
    return HEADER.format(version=version) + "".join(f"{lemma}\t{' '.join(ids)}\n" for lemma, ids in classes.items())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("verbnet", type=Path, help="a VerbNet release directory of class files (*.xml)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--version", default="3.4 (cu-clear/verbnet)", help="what release it is, for the header")
    args = parser.parse_args(argv)
    classes = verb_classes(args.verbnet)
    args.out.write_text(tsv_text(classes, version=args.version), encoding="utf-8")
    print(f"{len(classes)} lemmas -> {args.out}")


if __name__ == "__main__":
    main()
