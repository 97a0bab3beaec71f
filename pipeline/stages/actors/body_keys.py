"""What merges the mentions of one named body however the text names it: its name ("the Kenyan Interior Ministry"
from NER and from an agent word), its country and the rest of its name ("Georgia's parliament", "the Georgian
parliament"), a bare name after the body it ends ("the Parliament" after "the European Parliament")."""
from __future__ import annotations

from pipeline.knowledge import countries
from pipeline.stages.actors.candidate import Candidate
from pipeline.stages.actors.lexicon import _strip_the


def body_key(candidate: Candidate) -> str:
    """What merges the mentions of one named body however they were found ("the Kenyan Interior Ministry" from NER
    and from an agent word): its name, case and a leading "the" aside; empty for anything else."""
    if candidate.type not in {"organization", "government"} or not candidate.named:
        return ""
    return f"body:{countries.normalize(_strip_the(candidate.name))}"


POSSESSIVE_ENDINGS = ("'s", "’s")


def country_body_key(candidate: Candidate) -> str:
    """What merges the mentions of one country's named body however the text says the country: by a nationality
    word, the country's possessive or not at all ("the Georgian parliament", "Georgia's parliament"; "the Russian
    Foreign Ministry", "the Foreign Ministry" once both are Russia's): its country and the rest of its name; empty
    for anything else."""
    if candidate.type not in {"organization", "government"} or not candidate.named or candidate.country is None:
        return ""
    words = _strip_the(candidate.name).split()
    if not words:
        return ""
    first = words[0]
    for ending in POSSESSIVE_ENDINGS:
        first = first.removesuffix(ending)
    if len(words) > 1 and countries.country_code(first) == candidate.country:
        words = words[1:]
    # "the Ministry of Foreign Affairs of Estonia" is Estonia's Ministry of Foreign Affairs
    of = next((k for k in range(1, len(words) - 1) if words[k] == "of"
               and countries.country_code(" ".join(words[k + 1:])) == candidate.country), None)
    if of is not None:
        words = words[:of]
    return f"country-body:{candidate.country}:{countries.normalize(' '.join(words))}"


def body_by_tail(candidate: Candidate, body_tails: dict[str, set[str]]) -> str | None:
    """ "the Parliament" or "the Commission" after "the European Parliament": a capitalised one-word body name with
    no country is the one body named before whose name ends with it; none when two such bodies were named."""
    name = _strip_the(candidate.name)
    if candidate.type not in {"organization", "government"} or not candidate.named or candidate.country \
            or " " in name or not name[:1].isupper():
        return None
    owners = body_tails.get(countries.normalize(name), set())
    return next(iter(owners)) if len(owners) == 1 else None


def country_body_named_bare(candidate: Candidate, country_bodies: dict[str, set[str]]) -> str | None:
    """ "Congress" or "the Senate" after "Guatemala's Congress" or "the Chilean Senate": a body named without its
    country is the one body named before with its country and the same name; none when two countries' are."""
    if candidate.type not in {"organization", "government"} or not candidate.named or candidate.country:
        return None
    owners = country_bodies.get(countries.normalize(_strip_the(candidate.name)), set())
    return next(iter(owners)) if len(owners) == 1 else None


def acronym_tagged_as_person(candidate: Candidate, body_heads: dict[str, set[str]]) -> str | None:
    """ "PASTEF" NER took for a person (in a list of tags, say) after "the PASTEF party": a one-word name in capitals
    is the one body named before whose name opens with it."""
    name = candidate.name.strip()
    if candidate.type != "person" or candidate.known or " " in name or not name.isupper() or len(name) < 2:
        return None
    owners = body_heads.get(name, set())
    return next(iter(owners)) if len(owners) == 1 else None
