"""Looking at a finished run: ``parley stats``, ``parley show`` and ``parley dashboard`` (a local web
page over the same tables). Reads the Parquet output only, never the pipeline's Docs.

Modules, in layers: ``outputs`` finds and reads the output folder's tables and run metadata;
``stats`` counts what they hold; ``show`` prints one article with its findings marked;
``dashboard_queries`` answers the dashboard's questions with DuckDB over the files in place;
``dashboard_page`` is the dashboard's HTML/JS page; ``dashboard_server`` serves the page and its
JSON API.
"""
