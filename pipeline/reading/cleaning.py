"""Checks between reading and the NLP stages: language, and a cap on what one Doc may hold.

``articles.text`` is never changed here: offsets in every table index it. An article
longer than the cap is processed up to the cap and says so in its ``error`` column.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from pipeline.records import InputArticle
from pipeline.resources import cache_dir, read_words

DEFAULT_MAX_CHARS = 200_000  # spaCy's parser needs about 1 GB per 100,000 characters at worst
MIN_WORDS_FOR_LANGUAGE = 12  # language identification is unreliable below this
MIN_LANGUAGE_CONFIDENCE = 0.9
ENGLISH_MARKER_SHARE = 0.08  # English news runs at 0.10-0.25; French, German, Spanish, Dutch, Italian at 0
_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1)
def _language_identifier():
    """py3langid's identifier, loaded once per process. Its model ships LZMA-compressed and takes about
    0.4 s to unpack, in every process that meets an article the English check cannot settle; the unpacked
    arrays are kept in this machine's cache (:func:`~pipeline.resources.cache_dir`), one ``.npy`` file each,
    and the two large tables (about 70 MB) are mapped rather than read: a process opens them in about a
    hundredth of a second, reads only the parts its texts lead to, and shares them with every other process
    on the machine. A py3langid whose model is laid out otherwise loads it its own way."""
    from py3langid import langid

    try:
        return _cached_identifier(langid)
    except (ImportError, AttributeError, KeyError, ValueError, TypeError, OSError, EOFError):
        # another layout, or a cache file that cannot be read: py3langid's own loader
        return langid.LanguageIdentifier.from_modelpath(langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True)


LANGID_ARRAYS = ("ptc", "pc", "classes", "output", "nextmove", "rows", "typecodes")
LANGID_MAPPED = {"ptc", "nextmove"}  # the naive Bayes table and the tokenizer's state machine


def _cached_identifier(langid):
    from array import array
    from importlib.metadata import version

    import numpy

    source = Path(langid.MODEL_DIR) / langid.MODEL_FILE
    folder = cache_dir() / f"langid-{version('py3langid')}-{source.stat().st_size}"
    if folder.is_dir():  # complete: a folder is renamed into place only once every file is written
        arrays = {name: numpy.load(folder / f"{name}.npy", mmap_mode="r" if name in LANGID_MAPPED else None,
                                   allow_pickle=False) for name in LANGID_ARRAYS}
    else:
        arrays = _unpacked_langid(source)
        _keep_langid(arrays, folder)
    nextmove_code, rows_code = (str(code) for code in arrays["typecodes"])
    # py3langid indexes the state machine one byte of text at a time: a mapped array serves as its own array
    # does, with the same numbers; the row offsets it turns into a list of its own
    return langid.LanguageIdentifier(
        arrays["ptc"], numpy.asarray(arrays["pc"]), arrays["classes"].tolist(), arrays["nextmove"],
        arrays["output"].tolist(), norm_probs=True, tk_row=array(rows_code, arrays["rows"].tobytes()))


def _unpacked_langid(source: Path) -> dict:
    import numpy
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, rows, output = load_model(source)
    return {"ptc": ptc, "pc": pc, "classes": numpy.array(classes), "output": numpy.array(output, dtype="int32"),
            "nextmove": numpy.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}"),
            "rows": numpy.frombuffer(rows, dtype=f"u{rows.itemsize}"),
            "typecodes": numpy.array([nextmove.typecode, rows.typecode])}


def _keep_langid(arrays: dict, folder: Path) -> None:
    """Write the arrays into ``folder`` atomically: into a new folder beside it, renamed when complete (a
    process that loses a race to write it drops its own copy); nothing is kept where the cache is read-only."""
    import shutil
    import tempfile

    import numpy

    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}-"))
    except OSError:  # a read-only home: unpacked again by the next process
        return
    try:
        for name in LANGID_ARRAYS:
            numpy.save(temporary / f"{name}.npy", arrays[name], allow_pickle=False)
        temporary.chmod(0o755)
        temporary.rename(folder)
        (folder.parent / f"{folder.name}.npz").unlink(missing_ok=True)  # the single file earlier versions kept
    except OSError:  # written meanwhile by another process, or no room
        pass
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and probability for a text (its first 2,000 characters)."""
    language, probability = _language_identifier().classify(text[:2000])
    return language, float(probability)


def looks_english(text: str) -> bool:
    """Whether enough of the first 2,000 characters' words are English-only function words
    (``models/en/language_markers.txt``) to call the text English without the language model."""
    words = _WORD.findall(text[:2000].lower())
    markers = read_words("language_markers.txt")
    return bool(words) and sum(word in markers for word in words) >= ENGLISH_MARKER_SHARE * len(words)


def prepare(article: InputArticle, *, language: str = "en", max_chars: int = DEFAULT_MAX_CHARS) -> tuple[InputArticle, str | None]:
    """The article with its status settled, and the text the stages should process (None: nothing)."""
    if article.status != "ok":
        return article, None
    text = article.text or ""
    if len(text.split()) >= MIN_WORDS_FOR_LANGUAGE and not (language == "en" and looks_english(text)):
        found, probability = detect_language(text)
        if found != language and probability >= MIN_LANGUAGE_CONFIDENCE:
            return article._replace(status="skipped", error=f"language: {found} (p={probability:.2f}), not {language}"), None
    if len(text) > max_chars:
        cut = text.rfind("\n", 0, max_chars)
        cut = cut if cut > max_chars // 2 else max_chars
        note = f"truncated: processed the first {cut:,} of {len(text):,} characters"
        return article._replace(error=f"{article.error}; {note}" if article.error else note), text[:cut]
    return article, text
