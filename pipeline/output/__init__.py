"""From records to Parquet: ``rows`` turns a Doc's records into table rows, ``schema`` fixes each table's
Arrow schema, ``writer`` writes part files atomically, holds the output folder's lock and knows what a
finished run already wrote (resume).
"""
