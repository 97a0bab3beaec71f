"""Parley: news about diplomacy and conflict in, structured event data out.

For notebooks::

    import pipeline
    result = pipeline.extract("Kremlin spokesman Dmitry Peskov said ...", published="2025-01-15")
    result.actors, result.places, result.dates, result.quotes, result.events

    summary = pipeline.run(["data/samples"], out="data/out")
"""
from __future__ import annotations

__version__ = "0.1.0"

from pipeline.api import Extraction, extract  # noqa: E402
from pipeline.running.runner import RunOptions, RunSummary, run  # noqa: E402

__all__ = ["Extraction", "RunOptions", "RunSummary", "extract", "run", "__version__"]
