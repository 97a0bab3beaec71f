"""How people's names are ordered and called on later mention: family name first (Chinese, Korean, Vietnamese
names), given name called (Thai, Ethiopian, Icelandic, Indonesian names), and the words a name is keyed by."""
from __future__ import annotations

from pipeline.knowledge import countries

# countries whose people are named family name first, so that a lone family name is the name's first word
# ("Wang" after "Wang Yi", "Yoon" after "Yoon Suk Yeol")
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "MNG"}
# countries whose people are called by their given name, the name's first word, on later mention ("Phumtham" after
# "Phumtham Wechayachai", "Abiy" after "Abiy Ahmed", "Prabowo" after "Prabowo Subianto"): Thai, Ethiopian and
# Eritrean names (a patronymic, no surname), Icelandic ones (likewise) and Indonesian ones
GIVEN_NAME_CALLED = {"THA", "ETH", "ERI", "ISL", "IDN"}
FIRST_WORD_CALLED = FAMILY_NAME_FIRST | GIVEN_NAME_CALLED
NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def name_key_words(name: str) -> list[str]:
    """Lower-case folded words of a person's name without a generational suffix ("Romeo Brawner Jr.")."""
    words = [countries.fold(word) for word in name.lower().replace(",", " ").split()]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words


def korean_shaped(words: list[str]) -> bool:
    """A name written as Korean names are romanised, family name first and a hyphenated given name ("Kim Hong-kyun",
    "Yoon Suk-yeol"): its first word is the family name, whatever country the text has given the person so far."""
    head = words[1].split("-")[0] if len(words) == 2 else ""
    return bool(head) and "-" in words[1].strip("-") and len(words[0]) <= 4 and head not in ARTICLE_PARTICLES


ARTICLE_PARTICLES = {"al", "el", "ul", "bin", "ben", "abu", "abd", "ibn"}  # "Ali al-Sharif": an Arabic surname
