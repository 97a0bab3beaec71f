"""The table of figures written to docs/accuracy.md by ``make eval``."""
from __future__ import annotations

import datetime as dt
import subprocess

# (suite, figure) -> the DEV target of the open issues (#18 events, #19 quotes, #20 actors, #21 places and dates:
# there, a held-out target plus 0.02), met only when the whole suite and both its halves reach it
TARGETS = {
    ("quotes", "f1"): 0.74, ("quotes", "direct_f1"): 0.93, ("quotes", "speaker_accuracy"): 0.93,
    ("places", "f1"): 0.89, ("places", "acc@161km"): 0.94,
    ("places_lgl", "f1"): 0.85, ("places_lgl", "acc@161km"): 0.87,
    ("dates", "span_f1"): 0.92, ("dates", "value_f1"): 0.87, ("dates", "value_accuracy"): 0.85,
    ("events", "f1"): 0.80, ("events", "parties_accuracy"): 0.75,
    ("whowhom", "f1"): 0.65,
    ("actors", "country_accuracy"): 0.92, ("actors", "sector_accuracy"): 0.82,
    ("domain", "actors_f1"): 0.93, ("domain", "actors_country_accuracy"): 0.97, ("domain", "actors_split"): 0.0,
    ("domain", "places_f1"): 0.98, ("domain", "places_country_accuracy"): 1.0,
    ("domain", "dates_f1"): 1.0, ("domain", "dates_value_accuracy"): 0.99,
    ("domain", "quotes_f1"): 0.97, ("domain", "quotes_speaker_accuracy"): 0.97,
    ("domain", "events_type_f1"): 0.85, ("domain", "events_parties_accuracy"): 0.75,
    ("domain", "events_place_accuracy"): 0.70, ("domain", "events_date_accuracy"): 0.75,
    ("domain", "events_modality_accuracy"): 0.90,
}
LOWER_IS_BETTER = {("domain", "actors_split")}


def _meets(suite: str, name: str, value: float, target: float) -> bool:
    return value <= target if (suite, name) in LOWER_IS_BETTER else value >= target


def _shown(name: str, value: float) -> str:
    return f"{value:.0f}" if name.startswith("n_") or name.endswith("_cases") else f"{value:.3f}"


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def accuracy_markdown(results: dict[str, dict], *, model: str) -> str:
    lines = [
        "# Accuracy on the DEV suites",
        "",
        f"Measured {dt.date.today().isoformat()} at commit `{_commit()}` with `{model}`, "
        "by `make eval` (`parley evaluate` on every suite in ../shared/eval). "
        "Scoring rules: ../shared/eval/README.md. Targets are the project's issues' DEV targets.",
        "",
        "Tune and check: the suite's two halves by a hash of the article id (`parley evaluate --halves`); errors "
        "are read in the tune half only, and a change must raise both.",
        "",
        "| suite | figure | value | tune | check | target | met |",
        "|---|---|---:|---:|---:|---:|:---:|",
    ]
    for suite, figures in results.items():
        halves = figures.get("halves", {})
        for name, value in figures.items():
            if name == "seconds" or not isinstance(value, (int, float)):
                continue
            target = TARGETS.get((suite, name))
            met = "" if target is None else (
                "yes" if all(_meets(suite, name, v, target) for v in [value, *(h[name] for h in halves.values())])
                else "no")
            tune, check = (_shown(name, halves[h][name]) if h in halves else "" for h in ("tune", "check"))
            lines.append(f"| {suite} | {name} | {_shown(name, value)} | {tune} | {check} | "
                         f"{'' if target is None else f'{target:.2f}'} | {met} |")
        lines.append(f"| {suite} | seconds | {figures.get('seconds', 0):.0f} | | | | |")
    return "\n".join(lines) + "\n"
