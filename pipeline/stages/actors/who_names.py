"""Names NER missed that the grammar says are people's: two to four capitalised proper nouns outside every entity
that a relative "who" describes ("Corneille Nangaa, who leads the alliance, tells reporters ..."), as only a person
(or a people) is described."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.stages.actors.doc_view import _view
from pipeline.stages.actors.lexicon import text_country

MIN_WORDS, MAX_WORDS = 2, 4


def who_names(doc: Doc, taken: set[int]) -> list[Span]:
    """The names of ``taken``-free proper nouns that a relative "who" describes; none that names a place. Read from
    each "who" up: its relative clause, and the name that clause hangs on."""
    names = []
    for i, word in enumerate(_view(doc).lower):
        if word != "who":
            continue
        clause = doc[i].head
        token = clause.head
        if clause.dep_ != "relcl" or clause.i <= token.i or token.pos_ != "PROPN" or token.i in taken \
                or token.dep_ in {"compound", "flat"}:
            continue
        start = token.i  # the proper nouns that build the name ("Corneille" of "Corneille Nangaa"), not a time
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ in {"compound", "flat"} \
                and start <= doc[start - 1].head.i <= token.i:
            start -= 1
        name = doc[start:token.i + 1]
        if not MIN_WORDS <= len(name) <= MAX_WORDS or any(
                t.pos_ != "PROPN" or not t.text[:1].isupper() or t.text.isupper() or t.i in taken
                or text_country(t.text) for t in name):
            continue
        if name.start not in {n.start for n in names}:  # two "who" clauses on one name
            names.append(Span(doc, name.start, name.end, label="PERSON"))
    return sorted(names, key=lambda span: span.start)
