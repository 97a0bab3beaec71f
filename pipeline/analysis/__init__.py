"""Looking at a finished run: ``inspect`` (stats, one article shown with its findings) and ``dashboard``
(a local web page over the same tables). Reads the Parquet output only.
"""
