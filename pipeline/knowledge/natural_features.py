"""Natural Earth's islands, peninsulas, valleys, lakes and seas (``models/en/natural_features.tsv``, built by
``scripts/build_natural_features.py``) as the gazetteer takes them."""
from __future__ import annotations

from collections.abc import Callable, Iterator

from pipeline.resources import read_tsv

NATURAL_FILE = "natural_features.tsv"


def natural_rows(taken: set[str], key: Callable[[str], str]) -> Iterator[tuple[dict, list[str]]]:
    """Each row of the table with those of its names that no country, row of our own table (``taken``) or
    first-level subdivision has: a feature is known by a name nothing finer claims ("Sicily", but not "Ireland",
    a country, nor "Tasmania", a state); towns of its name stay candidates ("Crete, Nebraska")."""
    import pycountry

    taken = taken | {key(s.name) for s in pycountry.subdivisions if s.parent_code is None}
    for row in read_tsv(NATURAL_FILE):
        names = [name for name in [row["name"], *row["aliases"].split("|")] if name.strip() and key(name) not in taken]
        if names:
            yield row, names
