"""Light Dutch word handling shared by ``check`` and ``purpose``.

Deliberately small and deterministic (no spaCy): lowercase word tokens, a stop-word list and a
crude suffix stemmer that maps plural and inflected forms onto one key (``hardlopers`` and
``hardloper`` -> ``hardloper``; ``pakketten`` -> ``pakket``). Both sides of every comparison go
through the same function, so the stems only need to be consistent, not linguistically right.
"""

from __future__ import annotations

import re
import unicodedata


def wordset(text: str) -> frozenset[str]:
    """A frozenset of the whitespace-separated words of ``text`` (for word lists in code)."""
    return frozenset(text.split())


# Function words and very general words that say nothing about an offer or a dream.
STOPWORDS = wordset(
    """
    de het een en of maar want dus dat die dit deze wat wie welk welke waar waarin waarmee
    waarop waarvoor hoe wanneer als dan zodat zonder met voor van naar in op aan bij uit
    over onder tussen door om te tot tegen sinds na binnen buiten per via rond
    ik mij me mijn mijzelf mezelf jij je jou jouw jezelf u uw hij hem zijn zij ze haar hen
    hun wij we ons onze jullie zich zichzelf men er hier daar
    is ben bent zijn was waren wordt worden werd heb hebt heeft hebben had kan kun kunt
    kunnen wil wilt willen zal zult zullen moet moeten mag mogen ga gaat gaan doe doet doen
    niet geen wel ook nog al meer minder veel weinig elke elk ieder iedere alle alles iets
    niets zo heel erg echt altijd nooit steeds weer even eigen andere ander nieuw nieuwe
    goed goede beter betere best beste groot grote klein kleine
    """
)

PREPOSITIONS = wordset(
    "voor aan bij met in op van door tegen rond zonder naar uit over onder tussen per via "
    "tijdens na binnen langs"
)
#: Words that start a relative or subordinate clause inside a noun phrase.
CLAUSE_STARTS = wordset("die dat wat waarmee waarin waarop waardoor waar om zodat als")

_WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’-][0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*")
_VOWELS = set("aeiouy")


def fold(word: str) -> str:
    """Lowercase and drop diacritics (``beïnvloeder`` -> ``beinvloeder``)."""
    nfkd = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in nfkd if not unicodedata.combining(ch)).replace("’", "'")


def tokens(text: str) -> list[str]:
    """Word tokens in order, folded (hyphenated and apostrophe words stay one token)."""
    return [fold(m.group(0)) for m in _WORD.finditer(text)]


def stem(word: str) -> str:
    """A crude, consistent Dutch stem: plural/inflection endings off, spelling normalised."""
    w = fold(word)
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("en") and len(w) > 5:
        w = w[:-2]  # trainingen -> training, pakketten -> pakkett, tarieven -> tariev
    elif w.endswith("s") and len(w) > 4 and w[-2] not in "su":
        w = w[:-1]  # hardlopers -> hardloper, marathons -> marathon
    if w.endswith("e") and len(w) > 4 and w[-2] not in _VOWELS:
        w = w[:-1]  # pijnvrije -> pijnvrij, website -> websit (same on both sides)
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in _VOWELS:
        w = w[:-1]  # pakkett -> pakket
    if w.endswith("v"):
        w = w[:-1] + "f"  # tariev -> tarief
    elif w.endswith("z"):
        w = w[:-1] + "s"  # prijz -> prijs
    return w


def variants(word: str) -> set[str]:
    """The folded word and its stem; matching any pair tolerates the stemmer's slips."""
    return {fold(word), stem(word)}


def content_words(text: str) -> list[str]:
    """Folded tokens of ``text`` without stop words, numbers and one-letter words."""
    return [t for t in tokens(text) if t not in STOPWORDS and len(t) > 1 and not t.isdigit()]


def content_stems(text: str) -> list[str]:
    """Stems of the content words of ``text``, in order."""
    return [stem(t) for t in content_words(text)]


def words_related(a: str, b: str) -> bool:
    """True when two words share a stem or one is the compound head of the other."""
    return any(stems_related(x, y) for x in variants(a) for y in variants(b))


def stems_related(a: str, b: str, *, min_part: int = 5) -> bool:
    """True when two stems are equal or one is the head of the other as a compound.

    Dutch compounds are head-final: ``sportfysiotherapie`` contains the head ``fysiotherapie``
    and ``therapie``. A stem counts as related when it ends the other stem and is at least
    ``min_part`` letters long, so short words (``les``, ``app``) only match exactly.
    """
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= min_part and long_.endswith(short.replace("-", ""))


def join_nl(items: list[str], last: str = "en") -> str:
    """Dutch enumeration: ``a``, ``a en b``, ``a, b en c``."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def np_head(text: str) -> str | None:
    """The head of a Dutch noun phrase: the last content word before a preposition or clause.

    ``sterkere heupspieren`` -> ``heupspieren``; ``een coach die met je meedenkt`` -> ``coach``;
    ``een pijnvrije marathon in het voorjaar`` -> ``marathon``.
    """
    head = None
    for tok in tokens(text):
        if tok in PREPOSITIONS or tok in CLAUSE_STARTS:
            break
        if tok not in STOPWORDS and len(tok) > 1 and not tok.isdigit():
            head = tok
    return head
