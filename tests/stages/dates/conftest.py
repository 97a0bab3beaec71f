"""The dates stage run alone on the model's parse, for the stage's tests."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.records import DateExpr
from pipeline.stages.dates import DatesStage


TUE = dt.date(2022, 3, 29)  # a Tuesday


@pytest.fixture(scope="module")
def dated(base_nlp):
    """Parse a text with the model and run the dates stage alone: dated(text, published) -> list[DateExpr]."""
    stage = DatesStage()

    def _run(text: str, published: dt.date | None = TUE) -> list[DateExpr]:
        doc = base_nlp(text)
        doc._.published = published
        return stage(doc)._.dates

    return _run
