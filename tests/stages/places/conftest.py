"""Fixtures of the places stage's tests: the gazetteer."""
from __future__ import annotations

import pytest

from pipeline.knowledge.gazetteer import gazetteer


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()
