"""Forms of address ("aanspreekvorm"): the house style speaks to the reader as je/jij.

Advice: the house style (HOUSE_STYLE / the issue) and DUTCH_NOTES.md on u, uw and je.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from dreamcontent.lint.base import Rule, TextState, rule, view
from dreamcontent.lint.finding import Hit, Severity
from dreamcontent.lint.grammar import (
    is_finite,
    is_past_finite,
    lemma,
    match_case,
    next_word,
    prev_word,
    stem_of_infinitive,
    subject_before_verb,
)

U_FORMS = {"u": "je", "uw": "jouw", "uzelf": "jezelf", "uwe": "jouw"}
JIJ_FORMS = frozenset({"jij", "jou", "jouw", "jezelf", "je"})
_ADDRESS_FORMS = JIJ_FORMS | frozenset(U_FORMS)
_MEN = frozenset({"men"})
_LETTER_CONTEXT = frozenset(
    {"letter", "klinker", "de", "een", "hoofdletter", "kleine", "grote", "lange", "korte"}
)
_MATH_WORDS = frozenset({"plus", "min", "maal", "keer", "gedeeld", "gelijk", "kwadraat"})
_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”", "`"})
_SYMBOL_NEIGHBOURS = frozenset({"=", "+", "-", "*", "/", "×", "(", ")", "^", "%", "²", "³"})
#: inverted u-verb -> jij-verb ("Heeft u" -> "Heb je")
_INVERTED_JIJ = {
    "heeft": "heb", "hebt": "heb", "bent": "ben", "kunt": "kun", "kan": "kun", "wilt": "wil",
    "zult": "zul", "wordt": "word", "vindt": "vind", "houdt": "houd", "biedt": "bied",
    "gaat": "ga", "staat": "sta", "doet": "doe", "ziet": "zie", "komt": "kom", "mag": "mag",
    "moet": "moet", "weet": "weet", "zou": "zou",
}


def is_letter_u(tok: Token) -> bool:
    """"u" as a letter, unit or symbol ("de letter u", "'u'", "om 9 u", "x + u")."""
    prev, nxt = prev_word(tok), next_word(tok)
    if prev is not None and prev.lower_ in _LETTER_CONTEXT:
        return True
    if prev is not None and nxt is not None and prev.text in _QUOTES and nxt.text in _QUOTES:
        return True
    if prev is not None and (prev.like_num or prev.text in _SYMBOL_NEIGHBOURS
                             or prev.lower_ in _MATH_WORDS):
        return True
    if nxt is not None and (nxt.like_num or nxt.text in _SYMBOL_NEIGHBOURS
                            or nxt.lower_ in _MATH_WORDS):
        return True
    if tok.tag_.startswith("SPEC") and tok.pos_ != "PRON":
        near_verb = (prev is not None and is_finite(prev)) or (nxt is not None and is_finite(nxt))
        return not near_verb
    return False


def _u_fix(tok: Token) -> tuple[int, int, str] | None:
    """A safe jij-form replacement for formal "u" (and its verb when needed), or None."""
    doc = tok.doc
    prev, nxt = prev_word(tok), next_word(tok)
    dep = tok.dep_
    if prev is not None and (prev.tag_.startswith("VZ") or prev.pos_ == "ADP"):
        return tok.idx, tok.idx + len(tok), match_case(tok.text, "jou")
    if dep in ("obj", "iobj") and not (prev is not None and prev.lower_ in ("en", "of")):
        return tok.idx, tok.idx + len(tok), match_case(tok.text, "je")
    if not dep.startswith("nsubj"):
        return None
    if prev is not None and is_finite(prev):
        if subject_before_verb(prev):
            return None  # "Hij belt u": u is the object after all
        # inverted: "Heeft u" -> "Heb je"
        verb = prev.lower_
        if is_past_finite(prev):
            new = verb
        elif verb in _INVERTED_JIJ:
            new = _INVERTED_JIJ[verb]
        elif verb.endswith("dt"):
            new = verb[:-1]
        else:
            stem = stem_of_infinitive(lemma(prev))
            if stem is None:
                return None
            if verb == stem + "t" and not stem.endswith("t"):
                new = stem
            elif verb == stem:
                new = verb
            else:
                return None
        between = doc.text[prev.idx + len(prev):tok.idx]
        return prev.idx, tok.idx + len(tok), match_case(prev.text, new) + between + "je"
    if nxt is not None and is_finite(nxt):
        between = doc.text[tok.idx + len(tok):nxt.idx]
        verb = nxt.lower_
        if verb == "heeft":
            return tok.idx, nxt.idx + len(nxt), match_case(tok.text, "je") + between + "hebt"
        if verb in ("is",):
            return None
        return tok.idx, tok.idx + len(tok), match_case(tok.text, "je")
    return None


@rule
class FormalAddress(Rule):
    """Flags formal address with u, uw and uzelf: the house style says je and jij.

    Spreek de lezer aan met je/jij/jouw. Automatisch te herstellen waar dat veilig kan
    (u → je, uw → jouw, "Heeft u" → "Heb je").

    Bad: Heeft u vragen over uw factuur?
    Bad: Wij helpen u graag verder.
    Bad: Bekijk uw persoonlijke aanbod.
    Bad: U ontvangt de offerte binnen twee dagen.
    Bad: Gun uzelf een moment rust.
    Good: Heb jij vragen over je factuur?
    Good: Wij helpen je graag verder.
    Good: De letter u staat in het logo.
    Good: Kies de vorm 'u' of 'v' voor je bank.
    Good: Het pakket wordt om 9 u bezorgd.
    """

    id = "aanspreekvorm-u"
    severity = Severity.ERROR
    title = "Aanspreekvorm u"
    message = "Formele aanspreekvorm '{word}'. Spreek de lezer aan met je/jij."
    fixable = True

    def check(self, doc: Doc, state: TextState) -> Iterator[Hit]:
        for tok in view(doc, state).having(U_FORMS.keys()):
            low = tok.lower_
            if low not in U_FORMS:
                continue
            if low == "u" and is_letter_u(tok):
                continue
            word = tok.text
            alt = U_FORMS[low]
            if low == "u":
                fix = _u_fix(tok)
                if fix is not None:
                    start, end, repl = fix
                    yield Hit(tok.idx, tok.idx + len(tok), self.message.format(word=word),
                              f"Schrijf '{repl}'.", repl, fix_start=start, fix_end=end)
                    continue
                yield Hit(tok.idx, tok.idx + len(tok), self.message.format(word=word),
                          "Gebruik 'je' of 'jij' (en pas het werkwoord aan).", None)
                continue
            repl = match_case(word, alt)
            yield Hit(tok.idx, tok.idx + len(tok), self.message.format(word=word),
                      f"Schrijf '{repl}'.", repl)


@rule
class ImpersonalMen(Rule):
    """Flags impersonal "men": name who acts, or speak to the reader.

    Bad: Men kan het formulier online invullen.
    Bad: Vaak denkt men dat marketing duur is.
    Bad: Zoals men weet, telt de eerste indruk.
    Bad: Men zegt dat goede service vanzelf spreekt.
    Bad: Hier werkt men met vaste tarieven.
    Good: Je vult het formulier online in.
    Good: Veel ondernemers denken dat marketing duur is.
    Good: Bestel de nieuwe Men's Health collectie.
    Good: Zoals je weet, telt de eerste indruk.
    Good: Onze monteurs werken met vaste tarieven.
    """

    id = "aanspreekvorm-men"
    severity = Severity.WARNING
    title = "Onpersoonlijk men"
    message = "Onpersoonlijk 'men'. Zeg wie het doet, of spreek de lezer aan met je."

    def check(self, doc: Doc, state: TextState) -> Iterator[Hit]:
        for tok in view(doc, state).having(_MEN):
            if tok.lower_ != "men":
                continue
            nxt = next_word(tok)
            prev = prev_word(tok)
            if nxt is not None and nxt.lower_ in ("'s", "’s", "and", "only", "of", "who"):
                continue
            if nxt is not None and nxt.text.startswith("'") and tok.idx + 3 == nxt.idx:
                continue
            if prev is not None and prev.lower_ in ("the", "for", "women", "and", "young"):
                continue
            if tok.tag_.startswith("SPEC") or tok.tag_.startswith("N|"):
                continue
            yield Hit(tok.idx, tok.idx + len(tok), self.message,
                      "Bijvoorbeeld: 'Je kunt…' of 'Onze klanten…'.")


@rule
class MixedAddress(Rule):
    """Flags a text that mixes je/jij/jouw with u/uw: choose one form of address.

    De regel kijkt naar de hele tekst en markeert de vorm die het minst voorkomt.

    Bad: Heb je vragen? Bel ons, dan helpen wij u graag.
    Bad: Jouw offerte staat klaar. Bekijk uw voordeel online.
    Bad: Wij denken met je mee. Neem gerust contact met ons op als u twijfelt.
    Bad: Je krijgt direct antwoord. Uw gegevens zijn veilig bij ons. Je betaalt pas achteraf.
    Bad: Fijn dat u er bent! Kijk gerust rond en ontdek wat jij nodig hebt.
    Good: Heb je vragen? Bel ons, dan helpen wij je graag.
    Good: Heeft u vragen? Bel ons, dan helpen wij u graag.
    Good: Jouw offerte staat klaar. Bekijk jouw voordeel online.
    Good: Schrijf de letter u en daarna je naam.
    Good: Je krijgt direct antwoord en je betaalt pas achteraf.
    """

    id = "aanspreekvorm-gemengd"
    severity = Severity.ERROR
    title = "Gemengde aanspreekvorm"
    message = ("Deze tekst mengt je/jij ({n_jij}×) met u/uw ({n_u}×), hier '{word}'. "
               "Kies één aanspreekvorm: je/jij.")

    def check(self, doc: Doc, state: TextState) -> Iterator[Hit]:
        seen = state.data.setdefault(self.id, {"u": [], "jij": []})
        to_source = state.data["to_source"]
        for tok in view(doc, state).having(_ADDRESS_FORMS):
            low = tok.lower_
            if low in U_FORMS:
                if low == "u" and is_letter_u(tok):
                    continue
                kind = "u"
            elif low in JIJ_FORMS:
                kind = "jij"
            else:
                continue
            start = to_source(tok.idx)
            seen[kind].append((start, start + len(tok), tok.text))
        return iter(())

    def finish(self, state: TextState) -> Iterator[Hit]:
        """One hit per text, at the first use of the less frequent form (offsets into the
        original text: the whole text has been seen)."""
        seen = state.data.get(self.id)
        if not seen or not seen["u"] or not seen["jij"]:
            return
        n_u, n_jij = len(seen["u"]), len(seen["jij"])
        minority = seen["u"] if n_u <= n_jij else seen["jij"]
        start, end, word = minority[0]
        yield Hit(start, end, self.message.format(word=word, n_jij=n_jij, n_u=n_u),
                  "Gebruik overal je/jij/jouw.")
