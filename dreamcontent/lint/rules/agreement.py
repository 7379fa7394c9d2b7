"""Verb agreement ("dt-fouten"): the finite verb must agree with its subject.

Grammar facts from DUTCH_NOTES.md (inversion drops the -t after jij/je, not after u; je as
possessive; the ambiguous "Geef je klanten korting?" is left alone). A fix is offered only
when the subject is certain.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from dreamcontent.lint.base import Rule, TextState, rule, view
from dreamcontent.lint.finding import Hit, Severity
from dreamcontent.lint.grammar import (
    _IRREGULAR_STEMS,
    is_clause_boundary,
    is_finite,
    is_noun_like,
    is_past_finite,
    lemma,
    match_case,
    next_word,
    prev_word,
    stem_of_infinitive,
    subject_before_verb,
)

#: inverted forms with jij/je: "-t" goes
_INVERTED = {"hebt": "heb", "heeft": "heb", "bent": "ben", "kunt": "kun", "wilt": "wil",
             "zult": "zul", "gaat": "ga", "staat": "sta", "slaat": "sla", "doet": "doe",
             "ziet": "zie", "komt": "kom"}
#: (subject, wrong form) -> right form for hebben / zijn
_IRREGULAR_AGREEMENT = {
    ("jij", "heb"): "hebt", ("je", "heb"): "hebt", ("hij", "heb"): "heeft",
    ("jij", "ben"): "bent", ("je", "ben"): "bent", ("hij", "ben"): "is", ("u", "ben"): "bent",
    ("ik", "bent"): "ben", ("ik", "heeft"): "heb", ("ik", "hebt"): "heb", ("ik", "is"): "ben",
}
_MODALS = frozenset({"kunnen", "willen", "zullen", "mogen", "moeten", "hoeven", "zijn", "hebben"})
_D_STEMS = frozenset(s for s in _IRREGULAR_STEMS.values() if s.endswith("d"))
#: determiners that start a third-person noun phrase ("Wat vind jouw klant")
_NP_DETERMINERS = frozenset({"jouw", "uw", "de", "het", "een", "deze", "dit", "die", "elke",
                             "iedere", "ieder", "onze", "ons", "zijn", "haar", "mijn"})
_NOMINATIVE_BEFORE = frozenset({"jij", "ik", "hij", "u", "je"})


#: finite forms of the classic dt-verbs; the tagger sometimes reads "houd" or "vind" as a noun
_DT_FORMS = frozenset(_D_STEMS | {s + "t" for s in _D_STEMS}) - {"antwoord"}


def _finite_like(tok: Token) -> bool:
    if is_finite(tok):
        return True
    if tok.lower_ not in _DT_FORMS:
        return False
    prev = prev_word(tok)
    return prev is None or is_clause_boundary(prev) or prev.tag_.startswith(
        ("VNW|vb", "VNW|pers", "BW")) or prev.lower_ in ("wat", "wie", "hoe", "waar")


def _stem(tok: Token) -> str | None:
    low = tok.lower_
    if low.endswith("dt"):
        return low[:-1]
    if low in _D_STEMS:
        return low
    return stem_of_infinitive(lemma(tok))


def je_is_subject(je: Token) -> bool:
    """True only when "je" right after a verb is certainly the subject (not "je agenda")."""
    nxt = next_word(je)
    if nxt is None or nxt.is_punct:
        return True
    if nxt.tag_.startswith("ADJ") or nxt.pos_ == "ADJ":
        # "Wordt je blij van…" (je = subject) versus "je blije klanten" (je = your)
        after = next_word(nxt)
        return after is not None and not is_noun_like(after) and not after.tag_.startswith(
            "ADJ") and not after.text[:1].isupper()
    if is_noun_like(nxt) or nxt.pos_ == "NUM":
        return False
    if nxt.tag_.startswith("TW") or nxt.like_num:
        return False
    if nxt.text[:1].isupper():
        return False
    return nxt.tag_.startswith(("LID", "VNW", "BW", "VZ", "WW", "VG")) or nxt.pos_ in (
        "DET", "PRON", "ADV", "ADP", "VERB", "AUX", "SCONJ", "CCONJ", "PART")


def _clause_start(tok: Token) -> bool:
    prev = prev_word(tok)
    return prev is None or is_clause_boundary(prev)


_WH_SUBJECTS = frozenset({"wat", "wie", "welke", "welk"})


def _wh_before_verb(verb: Token) -> bool:
    """"Wat houdt je tegen?" - wat/wie may be the subject, so "je" may be the object."""
    t = prev_word(verb)
    while t is not None and not is_clause_boundary(t):
        if t.lower_ in _WH_SUBJECTS:
            return True
        t = prev_word(t)
    return False


def _no_subject_before(pron: Token) -> bool:
    """No other subject-like word between the clause start and ``pron`` ("dat ik je vind")."""
    t = prev_word(pron)
    while t is not None and not is_clause_boundary(t):
        if t.tag_.startswith("VNW|pers") or is_noun_like(t) or t.lower_ in _NOMINATIVE_BEFORE:
            return False
        t = prev_word(t)
    return True


@rule
class VerbAgreement(Rule):
    """Flags dt-errors: a finite verb that does not agree with its subject.

    "Wordt jij" → "Word jij", "Vindt je het" → "Vind je het", "Jij word" → "Jij wordt",
    "Wat vind jouw klant" → "Wat vindt jouw klant". Niet: "Wordt je agenda voller?" (je is
    daar bezittelijk), "Heeft u", "Je wordt gebeld". Automatisch te herstellen.

    Bad: Wordt jij ook gek van alle losse spreadsheets?
    Bad: Vindt je het lastig om nee te zeggen?
    Bad: Jij word elke week op de hoogte gehouden.
    Bad: Wat vind jouw klant van de levertijd?
    Bad: Ik vindt het belangrijk dat je snel antwoord krijgt.
    Good: Wordt je agenda steeds voller?
    Good: Heeft u al een afspraak gemaakt?
    Good: Je wordt binnen een dag gebeld.
    Good: Vind jij het ook lastig om nee te zeggen?
    Good: Wat vindt jouw klant van de levertijd?
    """

    id = "dt-fout"
    severity = Severity.ERROR
    title = "dt-fout"
    message = "Werkwoordsvorm klopt niet: '{wrong}' moet '{right}' zijn."
    fixable = True

    def _hit(self, verb: Token, right: str, context: Token, after: bool) -> Hit:
        fixed = match_case(verb.text, right)
        wrong = f"{verb.text} {context.text}" if after else f"{context.text} {verb.text}"
        good = f"{fixed} {context.text}" if after else f"{context.text} {fixed}"
        return Hit(verb.idx, verb.idx + len(verb), self.message.format(wrong=wrong, right=good),
                   f"Schrijf '{fixed}'.", fixed)

    def check(self, doc: Doc, state: TextState) -> Iterator[Hit]:
        v = view(doc, state)
        verbs = v.verbs
        extra = [t for t in v.having(_DT_FORMS) if t not in verbs]
        for tok in sorted(verbs + extra, key=lambda t: t.i) if extra else verbs:
            if not tok.is_alpha or not _finite_like(tok) or is_past_finite(tok):
                continue
            low = tok.lower_
            if lemma(tok) in _MODALS and low not in ("hebt", "heeft", "heb", "bent", "ben",
                                                      "is", "kunt", "wilt", "zult"):
                continue
            nxt = next_word(tok)
            prev = prev_word(tok)
            hit = None
            inverted_jij = nxt is not None and (
                nxt.lower_ == "jij" or nxt.lower_ == "je" and self._je_inverted_subject(tok, nxt))
            if inverted_jij and nxt is not None:
                hit = self._inverted_jij(tok, nxt)
            elif nxt is not None and nxt.lower_ == "u" and not subject_before_verb(tok):
                hit = self._inverted_u(tok, nxt)
            if hit is None and prev is not None and prev.lower_ in _NOMINATIVE_BEFORE:
                hit = self._subject_before(tok, prev)
            if hit is None and nxt is not None and nxt.lower_ in _NP_DETERMINERS:
                hit = self._noun_subject_after(tok, nxt)
            if hit is not None:
                yield hit

    @staticmethod
    def _je_inverted_subject(verb: Token, je: Token) -> bool:
        """ "Vindt je het" (je = subject) but not "Dit helpt je verder" / "Wat houdt je tegen"
        (je = object) and not "Wordt je agenda voller" (je = your)."""
        if not je_is_subject(je) or subject_before_verb(verb) or _wh_before_verb(verb):
            return False
        nxt = next_word(je)
        if nxt is not None and (nxt.tag_.startswith(("WW|vd", "VZ", "ADJ"))):
            # "Wordt je gebeld", "Houdt je van", "Wordt je blij van": je can only be the
            # subject here (je_is_subject already ruled out "je blije klanten")
            return True
        # "Levert je dat iets op?": je may be an object and "dat" the subject - ask the parse
        return not je.doc.has_annotation("DEP") or je.dep_.startswith("nsubj")

    def _inverted_jij(self, verb: Token, pron: Token) -> Hit | None:
        low = verb.lower_
        if low in _INVERTED:
            right = _INVERTED[low]
        elif low.endswith("dt"):
            right = low[:-1]
        else:
            stem = _stem(verb)
            if stem is None or stem.endswith("t") or low != stem + "t":
                return None
            right = stem
        return self._hit(verb, right, pron, after=True) if right != low else None

    def _inverted_u(self, verb: Token, pron: Token) -> Hit | None:
        low = verb.lower_
        if not low.endswith("d") or low not in _D_STEMS and _stem(verb) != low:
            return None
        if not (_clause_start(verb) or pron.dep_.startswith("nsubj")):
            return None
        return self._hit(verb, low + "t", pron, after=True)

    def _subject_before(self, verb: Token, pron: Token) -> Hit | None:
        p = pron.lower_
        if p in ("u", "je") and not _no_subject_before(pron):
            return None
        low = verb.lower_
        if (p, low) in _IRREGULAR_AGREEMENT:
            return self._hit(verb, _IRREGULAR_AGREEMENT[(p, low)], pron, after=False)
        if lemma(verb) in _MODALS:
            return None
        if p == "ik":
            if low.endswith("dt"):
                return self._hit(verb, low[:-1], pron, after=False)
            stem = _stem(verb)
            if stem and not stem.endswith("t") and low == stem + "t":
                return self._hit(verb, stem, pron, after=False)
            return None
        stem = _stem(verb)
        if stem and low == stem and not stem.endswith("t") and (
                low.endswith("d") or verb.tag_.startswith("WW|pv|tgw|ev")):
            return self._hit(verb, low + "t", pron, after=False)
        return None

    def _noun_subject_after(self, verb: Token, det: Token) -> Hit | None:
        """ "Wat vind jouw klant?" - an inverted singular noun subject needs the -t."""
        low = verb.lower_
        stem = _stem(verb)
        if stem is None or low != stem or stem.endswith("t") or not low.endswith("d"):
            return None
        q = doc_end_char(verb)
        if q != "?":
            return None
        noun = next_word(det)
        while noun is not None and (noun.tag_.startswith("ADJ") or noun.pos_ == "ADJ"):
            noun = next_word(noun)
        if noun is None or not is_noun_like(noun):
            return None
        if "Plur" in noun.morph.get("Number", []) or "|mv|" in noun.tag_ + "|":
            return None
        fixed = match_case(verb.text, low + "t")
        return Hit(verb.idx, verb.idx + len(verb),
                   self.message.format(wrong=f"{verb.text} {det.text} {noun.text}",
                                       right=f"{fixed} {det.text} {noun.text}"),
                   f"Schrijf '{fixed}'.", fixed)


def doc_end_char(tok: Token) -> str:
    """The sentence-final punctuation after ``tok`` ("?" for questions)."""
    doc = tok.doc
    for i in range(tok.i + 1, len(doc)):
        t = doc[i]
        if t.text in (".", "!", "?") or (t.is_punct and "?" in t.text):
            return "?" if "?" in t.text else t.text
    return ""
