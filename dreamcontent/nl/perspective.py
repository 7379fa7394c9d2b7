"""Customer-side text ("een bedrijf dat groeit zonder dat ik elke avond doorwerk") -> jij-vorm.

ik -> jij (with the verb: doorwerk -> doorwerkt, ben -> bent; after inversion heb jij, kun jij),
me -> je, mij -> jou, mijn/m'n -> jouw, mezelf/mijzelf -> jezelf, wij/we -> jullie,
ons/onze -> jullie (possessive/object) or je (reflexive after a wij-subject).
Where the finite verb of *ik* cannot be found with certainty, :class:`LanguageError` is raised
rather than publishing a wrong form. Grammar facts: DUTCH_NOTES.md.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dreamcontent.errors import LanguageError
from dreamcontent.nl import verbs

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from dreamcontent.model import Location

_TRIGGER = re.compile(
    r"\b(?:ik|ikzelf|me|mij|mijn|m'n|mezelf|mijzelf|wij|we|ons|onze|onszelf)\b", re.IGNORECASE
)
SIMPLE = {
    "ikzelf": "jijzelf", "me": "je", "mij": "jou", "mijn": "jouw", "m'n": "jouw",
    "mezelf": "jezelf", "mijzelf": "jezelf", "wij": "jullie", "we": "jullie", "onze": "jullie",
    "onszelf": "jezelf",
}
_SUBORDINATORS = frozenset({"dat", "die", "als", "wanneer", "terwijl", "omdat", "zodat", "waar",
                            "waarin", "waarmee", "waarbij", "waardoor", "wat", "of", "voordat",
                            "nadat", "zodra", "hoe", "wie"})


def _plausible_ik_form(word: str) -> bool:
    """Is ``word`` the stem of some infinitive (volhoud <- volhouden, maak <- maken)?"""
    cands = {word + "en", word + word[-1:] + "en"}
    if len(word) >= 3 and word[-2] == word[-3]:
        cands.add(word[:-2] + word[-1] + "en")  # maak -> maken
    if word.endswith("f"):
        cands.add(word[:-1] + "ven")
        if len(word) >= 3 and word[-2] == word[-3]:
            cands.add(word[:-3] + word[-2] + "ven")  # geef -> geven
    if word.endswith("s"):
        cands.add(word[:-1] + "zen")
    for c in cands:
        try:
            if verbs.stem(c) == word:
                return True
        except verbs.VerbFormError:
            continue
    return False


_QUOTES = frozenset({'"', "“", "”", "‘", "’", "'", "„", "«", "»"})


def _quoted(doc: Doc) -> set[int]:
    """Indices of tokens between a pair of quote marks."""
    inside: set[int] = set()
    marks = [t.i for t in doc if t.text in _QUOTES]
    for a, b in zip(marks[::2], marks[1::2], strict=False):
        inside.update(range(a + 1, b))
    return inside


def needs_conversion(text: str) -> bool:
    """Cheap pre-check: does the text contain a first-person word at all?"""
    return _TRIGGER.search(text) is not None


def _match_case(src: str, out: str) -> str:
    return out[:1].upper() + out[1:] if src[:1].isupper() else out


def _is_finite(tok: Token) -> bool:
    return tok.tag_.startswith("WW|pv") or (
        tok.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(tok.morph)
    )


def _finite_verb_of(ik: Token) -> Token | None:
    """The finite verb agreeing with subject *ik*: from the parse, else by word order."""
    doc = ik.doc
    if ik.dep_.startswith("nsubj"):
        h = ik.head
        if _is_finite(h):
            return h
        for c in h.children:
            if c.dep_ in ("aux", "cop", "aux:pass") and _is_finite(c):
                return c
    # inversion: the verb right before ik (Heb ik..., ..., dan ben ik ...)
    if ik.i > 0 and _is_finite(doc[ik.i - 1]):
        return doc[ik.i - 1]
    # otherwise the first finite verb after ik in the same clause (subordinate: at the end)
    clause_end = len(doc)
    for t in doc[ik.i + 1:]:
        if _is_finite(t):
            return t
        if t.lower_ in (",", ";", ":") or t.lower_ in ("en", "maar", "want"):
            clause_end = t.i
            break
    # The tagger missed it. In a subordinate clause ("zonder dat ik elke avond doorwerk") the
    # finite verb closes the clause: accept that word when nothing marks it as a noun.
    subordinate = ik.i > 0 and (
        doc[ik.i - 1].tag_.startswith(("VG|onder", "VNW|betr", "VNW|vb"))
        or doc[ik.i - 1].lower_ in _SUBORDINATORS
    )
    last = doc[clause_end - 1] if clause_end - 1 > ik.i else None
    if subordinate and last is not None and not last.is_punct:
        prev = doc[last.i - 1]
        low = last.lower_
        after_det = prev.pos_ in ("DET", "NUM") or prev.tag_.startswith(
            ("LID", "TW", "VNW|bez", "VZ"))
        after_adj = prev.tag_.startswith("ADJ|prenom")
        if (low.isalpha() and not last.text[:1].isupper() and not low.endswith(("en", "e"))
                and not after_det and (not after_adj or _plausible_ik_form(low))):
            return last
    return None


def to_jij(doc: Doc, *, what: str = "tekst", loc: Location | None = None) -> str:
    """Return the text of ``doc`` in jij-vorm; raise LanguageError when not certain.

    ``what`` names the thing for the message ("droom", "element"); ``loc`` its place.
    """
    text = doc.text
    if not needs_conversion(text):
        return text
    repl: dict[int, str] = {}
    has_wij = any(t.lower_ in ("wij", "we") for t in doc)

    def fail(reason: str) -> LanguageError:
        return LanguageError(
            f"kan {what} '{text}' niet veilig in de jij-vorm zetten: {reason}. "
            "Schrijf deze tekst zelf in de jij-vorm (bijvoorbeeld 'jij werkt' in plaats "
            "van 'ik werk').",
            path=loc.path if loc else None, line=loc.line if loc else None,
            column=loc.column if loc else None,
        )

    quoted = _quoted(doc)
    for t in doc:
        low = t.lower_
        if t.i in quoted:
            continue  # a quoted title stays as written: workshop "Ik snap mijn cijfers"
        if low == "ik":
            repl[t.i] = _match_case(t.text, "jij")
            verb = _finite_verb_of(t)
            if verb is None:
                after_subordinator = t.i > 0 and (
                    doc[t.i - 1].lower_ in _SUBORDINATORS
                    or doc[t.i - 1].tag_.startswith(("VG|onder", "VNW|betr"))
                )
                if after_subordinator or any(
                    _is_finite(x) or x.tag_.startswith("WW") or x.pos_ in ("VERB", "AUX")
                    for x in doc
                ):
                    raise fail("de persoonsvorm bij 'ik' is niet te vinden")
                continue  # a fragment without any verb: "ik en mijn gezin"
            vlow = verb.lower_
            tag = verb.tag_
            if "|mv" in tag or "Number=Plur" in str(verb.morph):
                coordinated = any(
                    0 <= j < len(doc) and doc[j].lower_ in ("en", "&") for j in (t.i - 1, t.i + 1)
                )
                if coordinated:
                    continue  # "mijn vrouw en ik wonen": plural agreement stays
                raise fail(f"'{verb.text}' past niet bij 'ik'")
            if "|verl|" in tag + "|" or "Tense=Past" in str(verb.morph):
                continue  # past singular: same form for ik and jij
            if vlow.endswith("en") and vlow != "ben":
                raise fail(f"'{verb.text}' lijkt geen ik-vorm")
            if "|met-t" in tag and verb.i < t.i:
                raise fail(f"'{verb.text} ik' is geen correcte vorm")
            try:
                repl[verb.i] = verbs.jij_from_ik(verb.text, inverted=verb.i < t.i)
            except verbs.VerbFormError as exc:
                raise fail(str(exc)) from exc
        elif low in SIMPLE:
            repl[t.i] = _match_case(t.text, SIMPLE[low])
        elif low == "ons":
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            possessive = t.tag_.startswith("VNW|bez") or (
                nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN")
            )
            if possessive or not has_wij:
                repl[t.i] = _match_case(t.text, "jullie")
            else:
                repl[t.i] = _match_case(t.text, "je")  # we richten ons op -> jullie richten je op
    return "".join(repl.get(t.i, t.text) + t.whitespace_ for t in doc)
