"""PETRARCH2's CAMEO verb dictionary and PLOVER's CAMEO2PLOVER table as ``scripts/build_event_lexicon.py`` reads
them: verb blocks, verb entries, patterns and synonym sets; the CAMEO -> PLOVER map; a CAMEO root's quad class.
Moved verbatim from build_event_lexicon.py (its docstring describes the formats)."""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict


# --- parsing the verb dictionary ----------------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class VerbEntry:
    block: str  # the block's label, e.g. "MEET_PEOPLE"
    words: tuple[str, ...]  # the primary form's words, e.g. ("CORDON", "OFF")
    verb_at: int  # which of the words is the verb
    forms: tuple[str, ...]  # the irregular forms given in {...}, each with its words joined by "_"
    code: str  # the code as written (own or the block's), e.g. "042:043", "---"
    own_code: bool
    line: int


@dataclasses.dataclass(frozen=True)
class PatternEntry:
    block: str
    tokens: tuple[str, ...]  # the pattern as written, split on blanks
    code: str
    named: tuple[str, ...]  # verb forms named in the comment
    line: int


@dataclasses.dataclass
class VerbDictionary:
    synsets: dict[str, tuple[str, ...]]  # name (no "&") -> members, lowercased, words joined by " "
    blocks: dict[str, str]  # label -> block code
    verbs: list[VerbEntry]
    patterns: list[PatternEntry]
    transformations: int
    skipped_lines: list[int]


BLOCK_RE = re.compile(r"^---\s*(\S+?)\s*\[([^\]]*)\]")
CODE_RE = re.compile(r"\[([^\]]*)\]")
FORMS_RE = re.compile(r"\{([^}]*)\}")


def parse_verb_dictionary(text: str) -> VerbDictionary:
    """Read the verb dictionary's synonym sets, verb blocks and patterns."""
    synsets: dict[str, list[str]] = {}
    blocks: dict[str, str] = {}
    verbs: list[VerbEntry] = []
    patterns: list[PatternEntry] = []
    transformations = 0
    skipped: list[int] = []
    synset: str | None = None
    block: str | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("---"):
            match = BLOCK_RE.match(line)
            if not match:
                skipped.append(number)
                continue
            block, synset = match.group(1).upper(), None
            blocks[block] = match.group(2).strip()
        elif line.startswith("-"):
            pattern = parse_pattern_line(line, block, number)
            if pattern is None:
                skipped.append(number)
            else:
                patterns.append(pattern)
        elif line.startswith("~"):
            transformations += 1
        elif line.startswith("&"):
            synset, block = line.split("#")[0].strip()[1:].upper().rstrip("_"), None  # "_" only stops plurals
            synsets.setdefault(synset, [])
        elif synset is not None and line.startswith("+"):
            member = line.split("#")[0].strip()[1:]
            member = member.rstrip("_").replace("_", " ").lower()
            if member:
                synsets[synset].append(member)
        elif block is not None:
            verb = parse_verb_line(line, block, blocks[block], number)
            if verb is None:
                skipped.append(number)
            else:
                verbs.append(verb)
        else:
            skipped.append(number)
    return VerbDictionary({name: tuple(members) for name, members in synsets.items()}, blocks, verbs, patterns,
                          transformations, skipped)


def parse_verb_line(line: str, block: str, block_code: str, number: int) -> VerbEntry | None:
    body = line.split("#")[0]
    code_match = CODE_RE.search(body)
    code = code_match.group(1).strip() if code_match else block_code
    if code_match:
        body = body[:code_match.start()] + " " + body[code_match.end():]
    forms_match = FORMS_RE.search(body)
    forms: tuple[str, ...] = ()
    if forms_match:
        forms = tuple(form.replace("+", "").upper() for form in forms_match.group(1).split())
        body = body[:forms_match.start()] + " " + body[forms_match.end():]
    primary = body.split()
    if len(primary) != 1:
        return None
    words = [word for word in primary[0].upper().split("_") if word]
    if not words or not all(re.fullmatch(r"\+?[A-Z][A-Z'-]*", word) for word in words):
        return None
    marked = [i for i, word in enumerate(words) if word.startswith("+")]
    verb_at = marked[0] if marked else 0
    return VerbEntry(block, tuple(word.lstrip("+") for word in words), verb_at, forms, code, bool(code_match),
                     number)


PATTERN_RE = re.compile(r"^-\s*(?P<body>[^\[]*?)\s*\[(?P<code>[^\]]*)\]\s*(?:#(?P<comment>.*))?$")


def parse_pattern_line(line: str, block: str | None, number: int) -> PatternEntry | None:
    match = PATTERN_RE.match(line)
    if block is None or not match:
        return None
    tokens = tuple(match.group("body").split())
    if tokens.count("*") != 1:
        return None
    # the comment opens with the verb(s) the pattern was written for: "# RUSH", "# EXPRESS , EXPRESS"
    lead = re.match(r"\s*([A-Z][A-Z_'+-]*(?:\s*,\s*[A-Z][A-Z_'+-]*)*)(?![a-z0-9])", match.group("comment") or "")
    named = tuple(dict.fromkeys(word.strip().lstrip("+") for word in lead.group(1).split(","))) if lead else ()
    return PatternEntry(block, tokens, match.group("code").strip(), named, number)


# --- parsing the CAMEO -> PLOVER table ----------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class PloverCode:
    plover: str
    mode: str
    context: str


MAP_RE = re.compile(r"^\s*(?P<code>\d{2,4})\s*:\s*(?P<rest>[^#]*)")


def parse_cameo2plover(text: str) -> tuple[dict[str, PloverCode], dict[str, set[str]]]:
    """CAMEO code -> PLOVER type, mode and context; and each 2-digit root's types (08 has two)."""
    codes: dict[str, PloverCode] = {}
    roots: dict[str, set[str]] = defaultdict(set)
    for line in text.splitlines():
        match = MAP_RE.match(line)
        if not match:
            continue
        fields = [field.strip() for field in match.group("rest").split(",")]
        plover = fields[0].upper()
        if not re.fullmatch(r"[A-Z]+", plover):
            continue
        code = match.group("code")
        if len(code) == 2:
            roots[code].add(plover)
            continue
        mode = fields[1].strip().lower() if len(fields) > 1 else ""
        contexts = fields[2].split(";") if len(fields) > 2 else []
        context = "|".join(part.strip().lower() for part in contexts if part.strip())
        codes.setdefault(code, PloverCode(plover, mode, context))
    return codes, dict(roots)


class PloverMap:
    """Looks a CAMEO code up in the table: the code, else its 3-digit parent, else its 2-digit root."""

    def __init__(self, text: str) -> None:
        self.codes, self.roots = parse_cameo2plover(text)

    def lookup(self, code: str) -> tuple[PloverCode | None, str]:
        """(mapping, why): why is "" when mapped exactly, "parent" or "root" when by fallback, else the drop reason."""
        if code in {"", "---"}:
            return None, "null code (no event)"
        if not re.fullmatch(r"\d{3,4}", code):
            return None, "malformed code"
        if code[:2] not in self.roots and not any(known.startswith(code[:2]) for known in self.codes):
            return None, f"CAMEO root {code[:2]} has no PLOVER type"
        if code in self.codes:
            return self.codes[code], ""
        if code[:3] in self.codes:
            return self.codes[code[:3]], "parent"
        types = self.roots.get(code[:2], set())
        if len(types) == 1:
            return PloverCode(next(iter(types)), "", ""), "root"
        if types:
            return None, "root maps to several PLOVER types"
        return None, "code not in the PLOVER table"


def quad_class(cameo: str) -> int:
    """GDELT's quad class of a CAMEO root, as Parley's events stage computes it: 01-05 verbal cooperation (1),
    06-08 material cooperation (2), 09-13 verbal conflict (3), 14-20 material conflict (4)."""
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
