"""Helpers shared by the actors stage's tests."""
from __future__ import annotations


def _actors_at(doc, text):
    """Actors with a mention overlapping the first occurrence of ``text`` in the doc."""
    start = doc.text.index(text)
    end = start + len(text)
    ids = {m.entity_id for m in doc._.actor_mentions if m.start < end and start < m.end}
    return [a for a in doc._.actors if a.actor_id in ids]


def _country_of(doc, name):
    """The country of the actor named ``name``; "missing" when there is no such actor."""
    return next((a.country for a in doc._.actors if a.name == name), "missing")
