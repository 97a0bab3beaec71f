"""Reading inputs: articles from files, folders and globs (``readers``), checked before NLP (``cleaning``).

- ``readers``: .txt, .html, .jsonl/.json, .csv/.tsv, .parquet into ``InputArticle`` records, one per article,
  with a failed record (not an exception) for an input that cannot be read.
- ``cleaning``: what is worth sending to the model: language, size cap, empty text.
"""
