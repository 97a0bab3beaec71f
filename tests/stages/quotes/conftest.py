"""Fixtures of the quotes stage's tests."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def quotes_of(run_stage):
    """The whole pipeline over a text: its Doc and the quotes found."""
    def _quotes_of(text: str):
        doc = run_stage(text)
        return doc, doc._.quotes

    return _quotes_of
