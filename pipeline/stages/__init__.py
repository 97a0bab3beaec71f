"""Parley's spaCy stages, in the order they run; each package registers its ``@Language.factory``.

- ``paragraphs``: paragraph breaks as sentence starts, before the parser.
- ``actors``: people and bodies, merged per article, with country, sector and role.
- ``places``: toponyms resolved to gazetteer entries.
- ``dates``: temporal expressions with TIMEX3 values against the publication date.
- ``quotes``: direct and reported speech with speaker and cue.
- ``events``: PLOVER events from the records above.

Shared by several stages: ``extensions`` (the ``doc._`` attributes), ``datelines`` (the article's dateline).
A stage reads earlier stages' records from ``doc._``, never the reverse; ``pipeline.nlp`` imports the
stages to register them, so nothing here imports ``pipeline.nlp``.
"""
