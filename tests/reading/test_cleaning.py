"""Language checks and the size cap between reading and the stages."""
from __future__ import annotations

import numpy
import pytest

from pipeline.reading.cleaning import looks_english, prepare
from pipeline.records import InputArticle

ENGLISH = ("The foreign ministers of both countries met on Tuesday in Ankara and said that the talks "
           "would continue next week, according to a statement from the ministry.")
OTHERS = {
    "fr": "Le ministre des Affaires étrangères a déclaré mardi que les négociations reprendraient la semaine "
          "prochaine à Istanbul, selon un communiqué publié par le ministère.",
    "de": "Der Außenminister sagte am Dienstag, die Gespräche würden nächste Woche in Istanbul fortgesetzt, "
          "wie das Ministerium in einer Erklärung mitteilte.",
    "es": "El ministro de Asuntos Exteriores dijo el martes que las conversaciones se reanudarían la próxima "
          "semana en Estambul, según un comunicado del ministerio.",
    "nl": "De minister van Buitenlandse Zaken zei dinsdag dat de gesprekken volgende week in Istanbul worden "
          "hervat, aldus een verklaring van het ministerie.",
    "it": "Il ministro degli Esteri ha detto martedì che i colloqui riprenderanno la prossima settimana a "
          "Istanbul, secondo una nota diffusa dal ministero.",
}


@pytest.mark.parametrize("text,expected", [
    (ENGLISH, True),
    ("FIGHTING CONTINUED IN THE EAST, WHERE THEY SAID TROOPS HAD BEEN MASSING FOR WEEKS", True),
    *[(text, False) for text in OTHERS.values()],
    ("", False),
    ("12 34 56 -- 78", False),
])
def test_cleaning_english_fast_path(text, expected):
    assert looks_english(text) is expected


@pytest.mark.parametrize("language", sorted(OTHERS))
def test_cleaning_other_languages_still_skipped(language):
    article, text = prepare(InputArticle(article_id="x", source="s", text=OTHERS[language]))
    assert text is None and article.status == "skipped" and article.error.startswith(f"language: {language}")


def test_cleaning_english_kept_whole():
    article, text = prepare(InputArticle(article_id="x", source="s", text=ENGLISH))
    assert text == ENGLISH and article.status == "ok" and article.error is None


def test_cleaning_truncates_at_a_line_break():
    body = ("The talks went on for hours.\n" * 100)
    article, text = prepare(InputArticle(article_id="x", source="s", text=body), max_chars=1000)
    assert body[len(text)] == "\n" and len(text) <= 1000 and article.error.startswith("truncated")  # cut at a line end


def test_cleaning_language_model_unpacked_once_into_the_cache(monkeypatch, tmp_path):
    from py3langid import langid

    from pipeline.reading.cleaning import LANGID_ARRAYS, _cached_identifier

    monkeypatch.setenv("PARLEY_CACHE", str(tmp_path))
    stock = langid.LanguageIdentifier.from_modelpath(langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True)
    first = _cached_identifier(langid)  # unpacks the shipped model and keeps the arrays
    kept = list(tmp_path.glob("langid-*"))
    assert len(kept) == 1 and kept[0].is_dir() and not list(tmp_path.glob(".langid-*"))  # no half-written folder
    assert sorted(path.name for path in kept[0].iterdir()) == sorted(f"{name}.npy" for name in LANGID_ARRAYS)
    second = _cached_identifier(langid)  # reads them back
    assert isinstance(second.tk_nextmove, numpy.memmap)  # mapped, not read
    for text in [ENGLISH, *OTHERS.values(), "Springfield nurses, bus drivers vote to unionize (News-Leader)"]:
        assert first.classify(text) == second.classify(text) == stock.classify(text)


def test_cleaning_unreadable_language_cache_falls_back_to_the_shipped_model(monkeypatch, tmp_path):
    from importlib.metadata import version

    from py3langid import langid

    from pipeline.reading import cleaning

    monkeypatch.setenv("PARLEY_CACHE", str(tmp_path))
    size = (langid.MODEL_DIR / langid.MODEL_FILE).stat().st_size
    folder = tmp_path / f"langid-{version('py3langid')}-{size}"
    folder.mkdir()
    (folder / "ptc.npy").write_bytes(b"\x93NUMPY cut short")  # a cache file cut short
    cleaning._language_identifier.cache_clear()
    try:
        assert cleaning.detect_language(OTHERS["fr"])[0] == "fr"
    finally:
        cleaning._language_identifier.cache_clear()
