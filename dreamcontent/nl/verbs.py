"""Dutch present-tense verb forms: stems, persons, inversion, dt-rules and irregular verbs.

Facts from the project's DUTCH_NOTES.md (standard Dutch spelling rules). Used by the generator
(agreement in templates, ik -> jij conversion) and usable by the linter (dt checks).

    >>> third_singular("ontbreken"), plural("ontbreken")
    ('ontbreekt', 'ontbreken')
    >>> jij_form("worden"), jij_form("worden", inverted=True)
    ('wordt', 'word')
    >>> jij_from_ik("doorwerk")
    'doorwerkt'
"""

from __future__ import annotations

import re
from typing import Literal

Person = Literal["ik", "jij", "u", "hij", "wij", "jullie", "zij"]

VOWELS = "aeiouy"

#: Irregular present forms: infinitive -> (ik, jij, jij-inverted, u, hij/zij/het)
IRREGULAR: dict[str, tuple[str, str, str, str, str]] = {
    "zijn": ("ben", "bent", "ben", "bent", "is"),
    "hebben": ("heb", "hebt", "heb", "hebt", "heeft"),
    "kunnen": ("kan", "kunt", "kun", "kunt", "kan"),
    "willen": ("wil", "wilt", "wil", "wilt", "wil"),
    "zullen": ("zal", "zult", "zul", "zult", "zal"),
    "mogen": ("mag", "mag", "mag", "mag", "mag"),
    "gaan": ("ga", "gaat", "ga", "gaat", "gaat"),
    "staan": ("sta", "staat", "sta", "staat", "staat"),
    "slaan": ("sla", "slaat", "sla", "slaat", "slaat"),
    "doen": ("doe", "doet", "doe", "doet", "doet"),
    "zien": ("zie", "ziet", "zie", "ziet", "ziet"),
    "komen": ("kom", "komt", "kom", "komt", "komt"),
}

#: ik-form -> jij-form (non-inverted) for the irregular verbs whose jij-form is not stem + t.
IK_TO_JIJ_IRREGULAR: dict[str, str] = {
    "ben": "bent", "heb": "hebt", "kan": "kunt", "wil": "wilt", "zal": "zult", "mag": "mag",
}
#: ik-form -> jij-form when jij follows the verb (inversion).
IK_TO_JIJ_INVERTED_IRREGULAR: dict[str, str] = {"kan": "kun", "zal": "zul"}

#: Prefixes (separable and inseparable) stripped before looking at the root's vowels.
PREFIXES = (
    "terug", "samen", "tegen", "onder", "over", "voor", "door", "mee", "weg", "toe", "vast",
    "aan", "uit", "ont", "ver", "her", "bij", "op", "in", "af", "na", "be", "ge", "er",
)


class VerbFormError(ValueError):
    """The form cannot be built with certainty (not a Dutch infinitive we can handle)."""


def _split_prefix(inf: str) -> tuple[str, str]:
    """Split a known prefix off when the rest is still a plausible verb (>= 4 letters)."""
    for p in PREFIXES:
        if inf.startswith(p) and len(inf) - len(p) >= 4:
            rest = inf[len(p):]
            if rest.endswith("en") and any(c in VOWELS for c in rest[:-2]):
                return p, rest
    return "", inf


def _irregular(inf: str) -> tuple[str, tuple[str, str, str, str, str]] | None:
    if inf in IRREGULAR:
        return "", IRREGULAR[inf]
    for base, forms in IRREGULAR.items():
        if inf.endswith(base) and inf != base:
            prefix = inf[: -len(base)]
            if prefix in PREFIXES or prefix + "e" in PREFIXES:
                return prefix, forms
            # compound prefixes like "tegemoet" are not handled; fall through
    return None


#: Loanwords in -eren with a stressed -eer- that the syllable rule below gets wrong.
LOAN_EREN = frozenset({
    "investeren", "presteren", "studeren", "noteren", "negeren", "citeren", "regeren",
    "inspireren", "informeren", "interesseren", "integreren", "instrueren", "inventariseren",
    "inhaleren", "installeren", "interpreteren", "introduceren",
})


#: Stems the prefix/syllable rules get wrong ("op" + "enen" is not a split).
SPECIAL_STEMS = {"openen": "open", "heropenen": "heropen"}


def _vowel_groups(s: str) -> int:
    return len(re.findall(f"[{VOWELS}]+", s))


def _is_schwa(before: str, cons: str, inf: str) -> bool:
    """Is the single ``e`` before the last consonant of the stem unstressed (wandel, teken)?"""
    groups = _vowel_groups(before)
    if groups == 0:
        return False  # spelen -> speel, leren -> leer
    if cons == "r" and (groups >= 2 or inf in LOAN_EREN):
        return False  # organiseren -> organiseer, investeren -> investeer
    return inf not in LOAN_EREN


def stem(inf: str) -> str:
    """The stem (= ik-form) of a regular verb: maken -> maak, zetten -> zet, geven -> geef."""
    inf = inf.strip().lower()
    irr = _irregular(inf)
    if irr is not None:
        prefix, forms = irr
        return prefix + forms[0]
    if inf in SPECIAL_STEMS:
        return SPECIAL_STEMS[inf]
    if not inf.endswith("en") or len(inf) < 4:
        raise VerbFormError(f"geen Nederlands werkwoord in de onbepaalde wijs: {inf!r}")
    prefix, root = _split_prefix(inf)
    s = root[:-2]
    if not s:
        raise VerbFormError(f"geen werkwoord: {inf!r}")
    # doubled consonant at the end becomes single: zetten -> zet, bellen -> bel
    if len(s) >= 2 and s[-1] == s[-2] and s[-1] not in VOWELS:
        s = s[:-1]
    elif len(s) >= 2 and s[-1] not in VOWELS and s[-1] != "w" and s[-2] in VOWELS and (
        len(s) < 3 or s[-3] not in VOWELS
    ):
        # single vowel + single consonant: open syllable in the infinitive -> long vowel
        # (not before w: uw is a diphthong, duwen -> duw, waarschuwen -> waarschuw)
        v = s[-2]
        before = s[:-2]
        if v != "i" and not (v == "e" and _is_schwa(before, s[-1], prefix + root)):
            s = before + v + v + s[-1]
    # v -> f, z -> s at the end
    if s.endswith("v"):
        s = s[:-1] + "f"
    elif s.endswith("z"):
        s = s[:-1] + "s"
    return prefix + s


def _t(s: str) -> str:
    return s if s.endswith("t") else s + "t"


def jij_form(inf: str, *, inverted: bool = False) -> str:
    """Present tense for jij/je: ``jij werkt`` / ``werk jij``."""
    irr = _irregular(inf.lower())
    if irr is not None:
        prefix, forms = irr
        return prefix + (forms[2] if inverted else forms[1])
    s = stem(inf)
    return s if inverted else _t(s)


def third_singular(inf: str) -> str:
    """Present tense for hij/zij/het and any singular noun subject: ontbreken -> ontbreekt."""
    irr = _irregular(inf.lower())
    if irr is not None:
        prefix, forms = irr
        return prefix + forms[4]
    return _t(stem(inf))


def plural(inf: str) -> str:
    """Present tense plural (wij/jullie/zij and plural subjects): the infinitive."""
    return inf.lower()


def present(inf: str, person: Person, *, inverted: bool = False) -> str:
    """Present tense for a person. ``u`` keeps its -t after inversion (wordt u)."""
    if person == "ik":
        return stem(inf)
    if person == "jij":
        return jij_form(inf, inverted=inverted)
    if person == "u":
        irr = _irregular(inf.lower())
        if irr is not None:
            return irr[0] + irr[1][3]
        return _t(stem(inf))
    if person == "hij":
        return third_singular(inf)
    return plural(inf)


def agree(inf: str, *, plural_subject: bool) -> str:
    """The form agreeing with a third-person subject of the given number."""
    return plural(inf) if plural_subject else third_singular(inf)


def jij_from_ik(ik_form: str, *, inverted: bool = False) -> str:
    """Turn an ik-form (present or past) into the jij-form: doorwerk -> doorwerkt, ben -> bent.

    Past singular forms (werkte, liep) are the same for ik and jij; a form that ends in
    ``-en`` is not a singular ik-form and is refused.
    """
    low = ik_form.lower()
    if low.endswith("en") and low not in ("ben",):
        raise VerbFormError(f"'{ik_form}' is geen ik-vorm")
    if low.endswith(("te", "de")) and len(low) > 4:
        return ik_form  # weak past singular (werkte, hoorde): the same for ik and jij
    if inverted:
        out = IK_TO_JIJ_INVERTED_IRREGULAR.get(low, low)
    else:
        out = IK_TO_JIJ_IRREGULAR.get(low, _t(low))
    if ik_form[:1].isupper():
        out = out[:1].upper() + out[1:]
    return out
