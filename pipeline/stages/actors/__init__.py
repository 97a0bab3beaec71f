"""Actors stage: the people, bodies and groups an article names, each with a country, sector and role.

Sources, in order of trust: the actor dictionary (``models/en/actors.tsv`` plus the international organisations
of ``actor_igos.tsv``, each row valid between two dates), NER people and organisations, noun phrases built on an
agent word (``agents.tsv``: "Ukrainian soldiers", "the Russian Foreign Ministry", "a senator"), capitals acting as
agents ("Washington said" -> the US government) and plural nationality nouns ("two Russians"). A body named in a
person's title ("Chinese Foreign Ministry spokesperson Wang Wenbin") is an actor besides the person. Mentions of one
actor merge per article. Actors not named in the text (agent phrases other than bodies, capitals, nationality
groups) carry ``named=False``: the domain guide does not count them, the events stage needs them.
Countries named as such are not actors (they are places); ``country_of_span`` gives other stages the country a
phrase points to.

Reads ``doc.ents``, the parse, ``doc._.published`` (which dictionary role is valid) and the text's dateline; sets
``doc._.actors`` and ``doc._.actor_mentions``. Modules, in layers (each imports only those above it):
``lexicon`` the word lists and dictionaries; ``doc_view`` the per-Doc token lists; ``candidate`` the record found;
``phrases`` agent words on the Doc; ``descriptions`` country, sector and role from a phrase's words
(``country_of_span``); ``titles`` titles, appositives and bodies in titles; ``name_spans`` NER's names cut or
joined to one name; ``dictionary_names``, ``ner_names``,
``agent_phrases``, ``metonyms`` the four finders; ``untagged_surnames`` a named person's later surname NER missed;
``candidates`` all of them in order; ``context_countries`` countries from around a mention; ``based_countries``
those of "Dubai-based" firms and "a Lebanese national named X"; ``merging`` one actor
per person or body.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.records import Actor, Mention
from pipeline.stages.actors.candidates import actor_candidates
from pipeline.stages.actors.dictionary_names import Matchers, build_matchers
from pipeline.stages.actors.doc_view import _VIEW_KEY
from pipeline.stages.actors.lexicon import _country_keys
from pipeline.stages.actors.merging import merge_candidates


@Language.factory(
    "parley_actors",
    assigns=["doc._.actors", "doc._.actor_mentions"],
    requires=["doc.ents", "token.dep"],
    default_config={},
)
def make_actors(nlp: Language, name: str) -> "ActorStage":
    return ActorStage(nlp)


class ActorStage:
    def __init__(self, nlp: Language) -> None:
        self.matchers = build_matchers(nlp)
        _country_keys()  # load the gazetteer and the lexicons now rather than on the first article

    def __call__(self, doc: Doc) -> Doc:
        try:
            actors, mentions = resolve_actors(doc, matchers=self.matchers)
        finally:
            doc.user_data.pop(_VIEW_KEY, None)  # holds Spans, which Doc.to_bytes cannot write
        self.set_annotations(doc, actors, mentions)
        return doc

    @staticmethod
    def set_annotations(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
        doc._.actors = actors
        doc._.actor_mentions = mentions


def resolve_actors(doc: Doc, *, matchers: Matchers) -> tuple[list[Actor], list[Mention]]:
    """Find actor candidates and merge them into one actor per person or body."""
    return merge_candidates(doc, list(actor_candidates(doc, matchers)))
