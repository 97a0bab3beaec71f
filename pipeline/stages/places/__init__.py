"""Places stage: toponyms in the article (names, demonyms, metonyms) found and put on the map.

Reads the model's ``doc.ents``, tags and parts of speech (no ``doc._`` attribute of an earlier stage; the actors'
agent lexicon tells personal titles). Writes ``doc._.places`` and ``doc._.place_mentions``. Modules, in layers:
``names`` (nationality words, name shape, gazetteer lookups) -> ``scan`` (known names the model missed), ``parts``
("southern Israel"), ``sites`` ("Dolmabahce Palace"), ``datelines``, ``inner_names`` ("West Wales", "Harris County
Clerk": unknown names read through the known name inside), ``county_lists`` ("Jackson and Barrow counties"),
``townships`` ("Tewksbury Twp.": found, and placed in the article's state) -> ``toponyms`` (``find_toponyms``) ->
``resolution`` (scoring gazetteer readings in context; ``county_points``) -> ``records`` (Place and Mention
rows) -> this factory.
A toponym the gazetteer does not know keeps its mention and gets a place with null coordinates.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.stages.extensions import doc_text
from pipeline.knowledge.gazetteer import gazetteer
from pipeline.records import Mention, Place
from pipeline.stages.places.place_records import place_records
from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import find_toponyms


@Language.factory(
    "parley_places",
    assigns=["doc._.places", "doc._.place_mentions"],
    requires=["doc.ents"],
    default_config={"nationalities": True, "plural_nationalities": False, "embedded": True, "facilities": True,
                    "weak": True},
)
def make_places(nlp: Language, name: str, *, nationalities: bool, plural_nationalities: bool,
                embedded: bool, facilities: bool, weak: bool) -> "PlaceStage":
    return PlaceStage(nationalities=nationalities, plural_nationalities=plural_nationalities, embedded=embedded,
                      facilities=facilities, weak=weak)


class PlaceStage:
    """Options: ``nationalities`` ("Turkish" as evidence of Turkey), ``plural_nationalities`` (also "Russians"),
    ``embedded`` (places inside organisation names), ``facilities`` (sites named after their town, "Cairo
    Stadium"), ``weak`` (small towns without a place label, when the article backs them up)."""

    def __init__(self, *, nationalities: bool = True, plural_nationalities: bool = False,
                 embedded: bool = True, facilities: bool = True, weak: bool = True):
        self.options = {"nationalities": nationalities, "plural_nationalities": plural_nationalities,
                        "embedded": embedded, "facilities": facilities, "weak": weak}

    def __call__(self, doc: Doc) -> Doc:
        gaz = gazetteer()
        toponyms = list(find_toponyms(doc, gaz, **self.options))
        text = doc_text(doc)
        resolved = resolve_toponyms(text, toponyms, gaz)
        places, mentions = place_records(resolved, text)
        self.set_annotations(doc, places, mentions)
        return doc

    @staticmethod
    def set_annotations(doc: Doc, places: list[Place], mentions: list[Mention]) -> None:
        doc._.places = places
        doc._.place_mentions = mentions
