"""Actors stage: people and organisations named in the article, merged and normalised.

First version: NER PERSON/ORG entities, merged per article by shared surname.
"""
from __future__ import annotations

from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401
from .records import Actor, Mention

ACTOR_LABELS = {"PERSON": "person", "ORG": "organization"}


@Language.factory(
    "parley_actors",
    assigns=["doc._.actors", "doc._.actor_mentions"],
    requires=["doc.ents"],
    default_config={},
)
def make_actors(nlp: Language, name: str) -> "ActorStage":
    return ActorStage()


class ActorStage:
    def __call__(self, doc: Doc) -> Doc:
        actors, mentions = resolve_actors(doc)
        self.set_annotations(doc, actors, mentions)
        return doc

    @staticmethod
    def set_annotations(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
        doc._.actors = actors
        doc._.actor_mentions = mentions


def resolve_actors(doc: Doc) -> tuple[list[Actor], list[Mention]]:
    actors: list[Actor] = []
    mentions: list[Mention] = []
    by_key: dict[str, str] = {}
    for ent in named_actor_spans(doc):
        key = ent.text.split()[-1].lower() if ent.label_ == "PERSON" else ent.text.lower()
        if key not in by_key:
            by_key[key] = f"a{len(actors) + 1}"
            actors.append(Actor(by_key[key], ent.text, ACTOR_LABELS[ent.label_]))
        mentions.append(Mention(by_key[key], "actor", ent.text, ent.start_char, ent.end_char))
    return actors, mentions


def named_actor_spans(doc: Doc) -> Iterator:
    return (ent for ent in doc.ents if ent.label_ in ACTOR_LABELS)
