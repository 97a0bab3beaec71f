"""Normalising durations ("three days", "two-year") and sets ("every year", "daily", "each Tuesday")."""
from __future__ import annotations

from pipeline.stages.dates.arithmetic import month_value, number_value
from pipeline.stages.dates.context import Context, Resolved
from pipeline.stages.dates.rules import lexicon
from pipeline.stages.dates.spans import Candidate


def _duration(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    unit = lexicon()["units"][groups["unit"].lower()]
    amount = number_value(groups["num"]) if "num" in groups else None
    if amount is not None and ("half" in groups or "halfafter" in groups):
        amount += 0.5  # "a year and a half (later)"
    if unit == "2W":
        unit, amount = "W", (amount or 1) * 2
    return Resolved(duration_value(amount, unit), "DURATION")


def duration_value(amount: float | None, unit: str) -> str:
    """P3D, PT5H, P2Y6M, PXY ..."""
    if unit == "DE":
        unit, amount = "Y", amount * 10 if amount is not None else None
    if unit == "CE":
        unit, amount = "Y", amount * 100 if amount is not None else None
    time_unit = {"S": "S", "MIN": "M", "H": "H"}.get(unit)
    prefix = "PT" if time_unit else "P"
    letter = time_unit or unit
    if amount is None:
        return f"{prefix}X{letter}"
    if amount != int(amount):
        if unit == "Y":
            return f"P{int(amount)}Y{int(round((amount % 1) * 12))}M"
        return f"{prefix}{amount:g}{letter}"
    return f"{prefix}{int(amount)}{letter}"


def _set(candidate: Candidate, context: Context) -> Resolved:
    groups = candidate.groups
    lex = lexicon()
    if "setword" in groups:
        return Resolved(lex["set_words"][groups["setword"].lower()], "SET")
    if "weekdays" in groups or "weekday" in groups:
        name = groups.get("weekday") or groups["weekdays"]
        number = lex["weekdays"].get(name.lower()) or lex["weekday_plurals"][name.lower()]
        pod = lex["parts_of_day"].get(groups.get("pod", "").lower())
        return Resolved(f"XXXX-WXX-{number}" + (f"T{pod}" if pod else ""), "SET")
    if "month" in groups:
        return Resolved(f"XXXX-{month_value(groups['month']):02d}", "SET")
    unit = lex["units"][groups["unit"].lower()]
    return Resolved(duration_value(2 if unit == "2W" else 1, "W" if unit == "2W" else unit), "SET")
