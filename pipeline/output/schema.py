"""Arrow schemas of the output tables: the one place their columns and types are defined.

docs/schema.md explains every column; SCHEMA_VERSION goes up with any change to them.
"""
from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "3"

_str = pa.string()
_int = pa.int64()
_strs = pa.list_(pa.string())

TABLES: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("article_id", _str), ("source", _str), ("title", _str), ("url", _str),
        ("published", pa.date32()), ("status", _str), ("error", _str), ("text", _str),
        ("text_sha1", _str), ("n_chars", _int),
    ]),
    "mentions": pa.schema([
        ("article_id", _str), ("entity_id", _str), ("kind", _str), ("text", _str),
        ("start", _int), ("end", _int),
    ]),
    "actors": pa.schema([
        ("article_id", _str), ("actor_id", _str), ("name", _str), ("type", _str),
        ("country", _str), ("sector", _str), ("role", _str), ("known", pa.bool_()), ("named", pa.bool_()),
        ("igo", _str),
    ]),
    "places": pa.schema([
        ("article_id", _str), ("place_id", _str), ("name", _str), ("kind", _str),
        ("country", _str), ("lat", pa.float64()), ("lon", pa.float64()), ("geonames_id", _int),
        ("named", pa.bool_()),
    ]),
    "dates": pa.schema([
        ("article_id", _str), ("text", _str), ("start", _int), ("end", _int),
        ("value", _str), ("type", _str),
    ]),
    "quotes": pa.schema([
        ("article_id", _str), ("quote_id", _str), ("text", _str), ("start", _int), ("end", _int),
        ("direct", pa.bool_()), ("speaker", _str), ("speaker_id", _str),
        ("speaker_start", _int), ("speaker_end", _int), ("cue", _str), ("cue_start", _int), ("cue_end", _int),
        ("part_of", _str),
    ]),
    "events": pa.schema([
        ("article_id", _str), ("event_id", _str), ("type", _str), ("mode", _str),
        ("source_ids", _strs), ("target_ids", _strs), ("source_countries", _strs), ("target_countries", _strs),
        ("place_id", _str), ("date", _str), ("trigger", _str), ("trigger_start", _int), ("trigger_end", _int),
        ("modality", _str), ("sentence", _str), ("sentence_start", _int), ("sentence_end", _int),
        ("said_by", _str), ("cameo", _str), ("quad_class", _int),
    ]),
}
