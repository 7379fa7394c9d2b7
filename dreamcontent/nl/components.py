"""Rule-based pipeline components that apply grammar facts the statistical tagger gets wrong.

Registered with ``@Language.factory`` so that a saved pipeline that lists them loads with
``spacy.load`` once this module is imported (``dreamcontent.nl.pipeline`` does that).

``dreamcontent_je`` decides which *je* it is in contexts where Dutch grammar leaves no doubt
(see ../shared/DUTCH_NOTES.md, "Which je is it?"):

* after a preposition, *je* followed by a noun or adjective is the possessive (naar je werk,
  voor je huidige leverancier); followed by anything else it is the object pronoun
  (van je hoor, voor je regelen, met je meedenkt);
* after a clause-initial finite verb with *-t* (Wordt, Heeft, Is, Lekt, Vindt), *je* followed
  by a noun or adjective is the possessive: with *je* as subject the *-t* would be gone
  (Wordt je agenda voller? Vindt je moeder dat ook?);
* after a clause-initial form of zijn, hebben or a modal without *-t* (Ben, Heb, Kun, Wil, Mag,
  Moet, Zal, Hoef, Word), *je* is the subject (Heb je personeel in dienst, dan ...).

Everything else is left to the tagger (for example "Geef je klanten korting?", which is
genuinely ambiguous). The component changes ``tag_`` and ``morph`` of *je* only.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

JE_SUBJECT = "VNW|pers|pron|nomin|red|2v|ev"
JE_OBJECT = "VNW|pr|pron|obl|red|2v|getal"
JE_POSSESSIVE = "VNW|bez|det|stan|red|2v|ev|prenom|zonder|agr"
MORPH = {
    JE_SUBJECT: "Case=Nom|Person=2|PronType=Prs",
    JE_OBJECT: "Case=Acc|Person=2|PronType=Prs",
    JE_POSSESSIVE: "Person=2|Poss=Yes|PronType=Prs",
}
PREPOSITIONS = frozenset(
    (
        "aan", "achter", "bij", "binnen", "boven", "buiten", "door", "in", "langs", "met", "na",
        "naar", "naast", "om", "onder", "op", "over", "per", "rond", "tegen", "tot", "tussen",
        "uit", "van", "vanaf", "voor", "zonder",
    )
)
#: Inverted 2nd-person forms of zijn/hebben/modals: never an imperative with a possessive.
SUBJECT_VERBS = frozenset(
    ("ben", "heb", "kun", "kan", "wil", "mag", "moet", "zal", "hoef", "word", "zou")
)
CLAUSE_OPENERS = frozenset(
    ("", ".", "?", "!", ",", ";", ":", "(", "—", "-", "–", "\"", "'", "‘", "“")
)
OPENING_CONJUNCTIONS = frozenset(("en", "of", "maar", "dus", "want"))


def _nominal(tok: Token | None) -> bool:
    """A token that starts a noun phrase after a possessive: noun, adjective, number."""
    if tok is None:
        return False
    # Predicative adjectives (ADJ|vrij: klaar, blij) do not start a noun phrase: "staat voor je
    # klaar" has the object pronoun.
    return tok.tag_.startswith(
        ("N|", "ADJ|prenom", "ADJ|nom", "TW|", "WW|od|prenom", "WW|vd|prenom", "SPEC|")
    ) or tok.lower_ in ("eigen", "hele")


def _sent_start(tok: Token) -> int:
    if tok.doc.has_annotation("SENT_START") or tok.doc.has_annotation("DEP"):
        return tok.sent.start
    return 0


def _clause_initial(tok: Token) -> bool:
    start = _sent_start(tok)
    prev = tok.nbor(-1) if tok.i > start else None
    if prev is None or prev.text in CLAUSE_OPENERS:
        return True
    if prev.lower_ in OPENING_CONJUNCTIONS:
        before = prev.nbor(-1) if prev.i > start else None
        return before is None or before.text in CLAUSE_OPENERS
    return False


def _set(tok: Token, tag: str) -> None:
    if tok.tag_ != tag:
        tok.tag_ = tag
        tok.set_morph(MORPH[tag])


def fix_je(doc: Doc) -> Doc:
    for tok in doc:
        if tok.lower_ != "je" or tok.i == 0 or not doc.has_annotation("TAG"):
            continue
        prev = doc[tok.i - 1]
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if prev.lower_ in PREPOSITIONS and prev.tag_.startswith("VZ"):
            _set(tok, JE_POSSESSIVE if _nominal(nxt) else JE_OBJECT)
        elif prev.tag_.startswith("WW|pv") and _clause_initial(prev):
            if prev.tag_ == "WW|pv|tgw|met-t" and prev.lower_.endswith("t") and _nominal(nxt):
                _set(tok, JE_POSSESSIVE)
            elif prev.lower_ in SUBJECT_VERBS:
                _set(tok, JE_SUBJECT)
    return doc


@Language.component("dreamcontent_je")
def dreamcontent_je(doc: Doc) -> Doc:
    return fix_je(doc)
