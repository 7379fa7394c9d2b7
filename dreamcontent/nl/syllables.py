"""Counting Dutch syllables for the Flesch-Douma readability score.

pyphen's Dutch hyphenation dictionary (nl_NL) gives most syllable breaks; it misses some breaks
between vowels (idee-ën, ra-di-o, eco-no-mie), so the count is checked against the number of
vowel units (DUTCH_NOTES.md): a vowel group counts as one syllable when it is one of the Dutch
digraphs/trigraphs (aa, ie, oei, ...), else each vowel starts a new syllable; a diaeresis
always starts one. The larger of the two counts wins.
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: vowel sequences that Dutch hyphenation may split although they look like one unit
_SPLITTABLE = re.compile(r"ea|eu|ai|ay|ey|oy|ue|ao|ae|oa|[aeiouy]{3,}")
_VOWELS = set("aeiouyàáâäèéêëìíîïòóôöùúûü")
_DIAERESIS = set("äëïöü")
#: vowel sequences that are one syllable (longest first)
_UNITS = ("aai", "ooi", "oei", "eeu", "ieu", "uw", "aa", "ee", "oo", "uu", "ie", "oe", "eu",
          "ei", "ij", "ui", "ou", "au", "ai", "ey", "ay", "oy", "ea")


@functools.cache
def _hyphenator():  # type: ignore[no-untyped-def]
    import pyphen

    return pyphen.Pyphen(lang="nl_NL")


def vowel_units(word: str) -> int:
    """Syllables by vowel units ("ideeën" -> 3, "radio" -> 3, "economie" -> 4)."""
    w = word.lower()
    n = 0
    i = 0
    while i < len(w):
        ch = w[i]
        if ch not in _VOWELS:
            # "ij" is a vowel in Dutch; treat the j of "ij" as part of the vowel unit
            i += 1
            continue
        if ch in _DIAERESIS:
            n += 1
            i += 1
            continue
        for unit in _UNITS:
            if w.startswith(unit, i) and not any(c in _DIAERESIS for c in unit):
                n += 1
                i += len(unit)
                break
        else:
            n += 1
            i += 1
    return n


def count_syllables(word: str) -> int:
    """Number of syllables of one Dutch word (at least 1 for any word with a letter or digit)."""
    return _count(word.lower())


@functools.lru_cache(maxsize=131072)
def _count(word: str) -> int:
    w = unicodedata.normalize("NFC", word.strip())
    letters = "".join(ch for ch in w if ch.isalpha() or ch in "-'")
    if not letters.strip("-'"):
        return 1 if any(ch.isdigit() for ch in w) else 0
    total = 0
    for part in letters.replace("'", "-").split("-"):
        if not part:
            continue
        vow = vowel_units(part)
        if vow <= 1 or not _SPLITTABLE.search(part):
            # hyphenation only adds a syllable where it splits a vowel sequence that the
            # vowel units count as one (re-a-ge-ren, mu-se-um); elsewhere the counts agree
            total += max(vow, 1)
            continue
        hyph = len(_hyphenator().positions(part)) + 1
        total += max(hyph, vow)
    return max(total, 1)
