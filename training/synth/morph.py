"""Dutch verb, noun and adjective morphology for the generator.

Spelling rules follow /work/shared/DUTCH_NOTES.md: stem = infinitive minus -en with long vowels
kept in open syllables, v -> f and z -> s, doubled consonants single; jij/u/hij + stem + t
unless the stem ends in t; no -t when jij/je follows the verb; 't kofschip for weak pasts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

VOWELS = set("aeiouy")
KOFSCHIP = set("tkfscphx")

# Irregular present tenses: ik, jij (t-form), inverted jij, u, hij, plural.
IRREGULAR_PRESENT: dict[str, dict[str, str]] = {
    "zijn": {"1": "ben", "2": "bent", "2inv": "ben", "u": "bent", "3": "is", "pl": "zijn"},
    "hebben": {"1": "heb", "2": "hebt", "2inv": "heb", "u": "heeft", "3": "heeft", "pl": "hebben"},
    "kunnen": {"1": "kan", "2": "kunt", "2inv": "kun", "u": "kunt", "3": "kan", "pl": "kunnen"},
    "willen": {"1": "wil", "2": "wilt", "2inv": "wil", "u": "wilt", "3": "wil", "pl": "willen"},
    "zullen": {"1": "zal", "2": "zult", "2inv": "zul", "u": "zult", "3": "zal", "pl": "zullen"},
    "mogen": {"1": "mag", "2": "mag", "2inv": "mag", "u": "mag", "3": "mag", "pl": "mogen"},
}


def _base_stem(base: str) -> str:
    """Stem of a simple (particle-less) infinitive by the spelling rules."""
    if base.endswith("aan"):  # gaan, staan, slaan
        return base[:-2]
    if base.endswith(("oen", "ien")) and len(base) <= 4:  # doen, zien
        return base[:-1]
    if base.endswith("en"):
        stem = base[:-2]
    elif base.endswith("n"):
        return base[:-1]
    else:
        stem = base
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        return _devoice(stem[:-1])
    if (
        len(stem) >= 3
        and stem[-1] not in VOWELS
        and stem[-2] in "aeou"
        and stem[-3] not in VOWELS
    ):
        schwa = stem[-2:] in ("er", "el", "en", "em") and any(c in VOWELS for c in stem[:-2])
        if not schwa:
            stem = stem[:-1] + stem[-2] + stem[-1]
    return _devoice(stem)


def _devoice(stem: str) -> str:
    if stem.endswith("v"):
        return stem[:-1] + "f"
    if stem.endswith("z"):
        return stem[:-1] + "s"
    return stem


@dataclass
class Verb:
    """A verb lexeme. ``inf`` is the full infinitive (with a separable particle)."""

    inf: str
    prt: str = ""
    insep: bool = False
    stem_override: str | None = None
    strong: tuple[str, str, str] | None = None  # past sg, past pl, participle (of the base)
    perf_aux: str = "hebben"
    frames: tuple[str, ...] = ("tr",)
    objs: tuple[str, ...] = ()
    pp: str = ""  # preposition of a prepositional object ("zoeken naar")
    tags: set[str] = field(default_factory=set)

    @property
    def base(self) -> str:
        return self.inf[len(self.prt):]

    @property
    def stem(self) -> str:
        return self.stem_override or _base_stem(self.base)

    def present(self, person: str) -> str:
        """Finite present form of the base (without particle).

        person: "1", "2" (jij before the verb), "2inv" (jij/je after it), "u", "3", "pl", "imp".
        """
        if person == "imp":
            person = "2inv"
        table = IRREGULAR_PRESENT.get(self.base)
        if table:
            return table[person]
        if person == "pl":
            return self.base
        stem = self.stem
        if person in ("1", "2inv"):
            return stem
        if stem.endswith("t"):
            return stem
        if stem.endswith("a"):  # ga -> gaat
            return stem + "at"
        return stem + "t"

    def present_tag(self, person: str) -> str:
        if person == "pl":
            return "WW|pv|tgw|mv"
        form = self.present(person)
        ik = self.present("1")
        return "WW|pv|tgw|met-t" if form != ik and form.endswith("t") else "WW|pv|tgw|ev"

    def past(self, plural: bool) -> str:
        if self.strong:
            return self.strong[1] if plural else self.strong[0]
        stem = self.stem
        orig = self.base[:-2] if self.base.endswith("en") else self.base
        suffix = "te" if orig[-1] in KOFSCHIP else "de"
        return stem + suffix + ("n" if plural else "")

    def participle(self) -> str:
        if self.strong:
            part = self.strong[2]
        else:
            stem = self.stem
            orig = self.base[:-2] if self.base.endswith("en") else self.base
            end = "" if stem[-1] in "td" else ("t" if orig[-1] in KOFSCHIP else "d")
            prefix = "" if self.insep else "ge"
            if prefix and stem[0] in "eiu":
                prefix = "ge" + {"e": "\u00eb", "i": "\u00ef", "u": "\u00fc"}[stem[0]]
                stem = stem[1:]
            part = prefix + stem + end
        return self.prt + part

    def finite_joined(self, person: str) -> str:
        """Present form with the particle attached (verb-final clauses)."""
        return self.prt + self.present(person)


def adj_e(adj: str) -> str:
    """Inflected (-e) form of an adjective: groot -> grote, snel -> snelle, lief -> lieve."""
    irregular = {"gratis": "gratis", "extra": "extra", "oranje": "oranje", "online": "online",
                 "tevreden": "tevreden", "eigen": "eigen", "ervaren": "ervaren",
                 "uitgebreid": "uitgebreide", "open": "open"}
    if adj in irregular:
        return irregular[adj]
    if adj.endswith("e"):
        return adj
    base = adj
    # long vowel in closed syllable -> single in open syllable: groot -> grote
    if len(base) >= 3 and base[-2] == base[-3] and base[-2] in "aeou" and base[-1] not in VOWELS:
        base = base[:-2] + base[-1]
    elif (
        len(base) >= 3
        and not base.endswith("ij")
        and base[-1] not in VOWELS
        and base[-2] in "aeiou"
        and base[-3] not in VOWELS
        and not (base.endswith(("ig", "el", "er", "en", "em", "ijk"))
                 and any(c in VOWELS for c in base[:-2]))
    ):
        base = base + base[-1]
    if base.endswith("f") and adj.endswith("ief"):
        base = base[:-1] + "v"
    elif base.endswith("s") and adj in ("boos", "vies", "wijs", "grijs", "broos"):
        base = base[:-1] + "z"
    return base + "e"


def comparative(adj: str) -> str:
    irregular = {"goed": "beter", "veel": "meer", "weinig": "minder", "graag": "liever"}
    if adj in irregular:
        return irregular[adj]
    if adj.endswith("r"):
        return adj + "der"
    return adj_e(adj) + "r"
