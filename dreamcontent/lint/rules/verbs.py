"""Voice and tense: active voice, present tense (passief, verleden-, voltooide-, toekomende tijd).

Advice: the house style (actief, tegenwoordige tijd) and B1 plain-language guidance; grammar
facts from DUTCH_NOTES.md (what is and is not passive; zou/mocht are not a plain past).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from dreamcontent.lint.base import Rule, TextState, rule, view
from dreamcontent.lint.finding import Hit, Severity
from dreamcontent.lint.grammar import (
    PRESENT_HEBBEN,
    PRESENT_ZIJN,
    WORDEN_FORMS,
    ZIJN_FORMS,
    ZULLEN_FORMS,
    classify_aux,
    find_infinitive,
    is_clause_boundary,
    is_past_finite,
    lemma,
    next_word,
    prev_word,
    span_text,
    stem_of_infinitive,
)
from dreamcontent.lint.wordlists import words

_AUX_FORMS = WORDEN_FORMS | ZIJN_FORMS
_PERFECT_AUX = PRESENT_HEBBEN | PRESENT_ZIJN
_PROPOSALS = frozenset({("zullen", "we"), ("zullen", "wij"), ("zal", "ik")})
_CONDITIONAL = frozenset({"zou", "zouden", "zoudt"})
_SUBJECT_PRONOUNS = frozenset({"je", "jij", "u", "we", "wij", "jullie", "ze", "zij", "hij", "ik",
                               "het", "er", "men"})
#: past -> present (3rd person singular / plural) for the common irregular verbs
_PRESENT_OF = {
    "was": "is", "waren": "zijn", "had": "heeft", "hadden": "hebben", "werd": "wordt",
    "werden": "worden", "kon": "kan", "konden": "kunnen", "wilde": "wil", "wilden": "willen",
    "moest": "moet", "moesten": "moeten", "mocht": "mag", "mochten": "mogen", "ging": "gaat",
    "gingen": "gaan", "kwam": "komt", "kwamen": "komen", "zag": "ziet", "zagen": "zien",
    "deed": "doet", "deden": "doen", "gaf": "geeft", "gaven": "geven", "kreeg": "krijgt",
    "kregen": "krijgen", "vond": "vindt", "vonden": "vinden", "dacht": "denkt",
    "dachten": "denken", "bracht": "brengt", "brachten": "brengen", "nam": "neemt",
    "namen": "nemen", "wist": "weet", "wisten": "weten", "zei": "zegt", "zeiden": "zeggen",
    "stond": "staat", "stonden": "staan", "liep": "loopt", "liepen": "lopen", "bleef": "blijft",
    "bleven": "blijven", "hield": "houdt", "hielden": "houden", "bood": "biedt",
    "boden": "bieden", "koos": "kiest", "kozen": "kiezen", "zocht": "zoekt", "zochten": "zoeken",
    "kocht": "koopt", "kochten": "kopen",
}


def _present_suggestion(tok: Token) -> str | None:
    low = tok.lower_
    if low in _PRESENT_OF:
        return _PRESENT_OF[low]
    lem = lemma(tok)
    if low.endswith("en"):
        return lem if lem.endswith("en") else None
    stem = stem_of_infinitive(lem)
    if stem is None:
        return None
    subj = [c for c in tok.children if c.dep_.startswith("nsubj")]
    if subj and subj[0].lower_ == "ik":
        return stem
    return stem if stem.endswith("t") else stem + "t"


def _ends_with_question(tok: Token) -> bool:
    """The sentence of ``tok`` ends with a question mark."""
    doc = tok.doc
    for i in range(tok.i + 1, len(doc)):
        if doc[i].text in (".", "!"):
            return False
        if "?" in doc[i].text:
            return True
    return False


def is_conditional_mocht(tok: Token) -> bool:
    """"Mocht je vragen hebben" is a condition, not a past tense."""
    if tok.lower_ not in ("mocht", "mochten"):
        return False
    nxt = next_word(tok)
    prev = prev_word(tok)
    clause_start = prev is None or is_clause_boundary(prev)
    return clause_start and nxt is not None and nxt.lower_ in _SUBJECT_PRONOUNS



def pair_hit(message: str, doc: Doc, state: TextState, a: Token, b: Token,
             suggestion: str) -> Hit:
    """A hit spanning two tokens of one construction (auxiliary + participle or infinitive),
    whichever comes first; ``message`` has a ``{span}`` slot for the quoted words."""
    first, last = (a, b) if a.i < b.i else (b, a)
    return Hit(first.idx, last.idx + len(last),
               message.format(span=span_text(view(doc, state).text, a, b)), suggestion)

@rule
class Passive(Rule):
    """Flags passive voice ("lijdende vorm"): active sentences are shorter and name who acts.

    Worden + voltooid deelwoord (ook "er wordt … gemeten" en "moet worden gelijmd") en zijn +
    deelwoord als voltooide tijd van het passief. Niet: koppelwerkwoord worden ("wordt
    belangrijker"), de voltooide tijd van werkwoorden met zijn ("is gegroeid") en deelwoorden
    als bijvoeglijk naamwoord ("ben teleurgesteld").

    Bad: Je offerte wordt binnen twee dagen door ons verstuurd.
    Bad: Er wordt elke maand gemeten hoe tevreden klanten zijn.
    Bad: De vloer moet eerst worden geschuurd.
    Bad: Alle aanvragen zijn persoonlijk beoordeeld.
    Bad: Jouw gegevens worden nooit gedeeld met derden.
    Good: Wij versturen je offerte binnen twee dagen.
    Good: Die vraag wordt steeds belangrijker.
    Good: Onze omzet is dit jaar flink gegroeid.
    Good: Veel klanten zijn teleurgesteld in hun oude leverancier.
    Good: Jouw bedrijf wordt marktleider in de regio.
    """

    id = "passief"
    severity = Severity.WARNING
    title = "Lijdende vorm"
    message = "Lijdende vorm: '{span}'. Zeg wie iets doet."

    def check(self, doc: Doc, state: TextState) -> Iterator[Hit]:
        for tok in view(doc, state).having(_AUX_FORMS):
            res = classify_aux(tok)
            if res is None or res[0] != "passive":
                continue
            part = res[1]
            yield pair_hit(self.message, doc, state, tok, part,
                           "Maak de zin actief: begin met wie het doet (wij, jij, het team).")


@rule
class PastTense(Rule):
    """Flags finite verbs in the past tense: write in the present tense.

    Niet gemarkeerd: de voorwaardelijke wijs "zou/zouden" en "mocht je …" als voorwaarde.

    Bad: Wij leverden de keuken binnen een week.
    Bad: Onze klanten hadden geen idee waar ze moesten beginnen.
    Bad: Het project werd op tijd opgeleverd.
    Bad: Vorig jaar hielpen we tweehonderd ondernemers.
    Bad: Ze vond eindelijk een adviseur die luisterde.
    Good: Wij leveren de keuken binnen een week.
    Good: Mocht je vragen hebben, bel ons dan.
    Good: Wat zou jij doen met een extra vrije dag?
    Good: Onze klanten weten precies waar ze beginnen.
    Good: Je krijgt een adviseur die luistert.
    """

    id = "verleden-tijd"
    severity = Severity.WARNING
    title = "Verleden tijd"
    message = "Verleden tijd: '{word}'. Schrijf in de tegenwoordige tijd."

    def check(self, doc: Doc, state: TextState) -> Iterator[Hit]:
        v = view(doc, state)
        verbs = v.verbs
        extra = [t for t in v.having(words("past_forms")) if t not in verbs]
        for tok in sorted(verbs + extra, key=lambda t: t.i) if extra else verbs:
            if not is_past_finite(tok):
                continue
            if tok.lower_ in _CONDITIONAL or is_conditional_mocht(tok):
                continue
            present = _present_suggestion(tok)
            sugg = (f"Bijvoorbeeld '{present}' in plaats van '{tok.text}'." if present
                    else "Schrijf wat er nu gebeurt, in de tegenwoordige tijd.")
            yield Hit(tok.idx, tok.idx + len(tok), self.message.format(word=tok.text), sugg)


@rule
class PresentPerfect(Rule):
    """Flags the present perfect (heeft geleverd, is gegroeid): the present is often stronger.

    Alleen een tip: soms is de voltooide tijd precies wat je bedoelt.

    Bad: Wij hebben al honderden keukens geplaatst.
    Bad: Onze omzet is dit jaar flink gegroeid.
    Bad: Heb je ooit een offerte aangevraagd?
    Bad: Het team heeft een nieuwe aanpak ontwikkeld.
    Bad: Steeds meer klanten zijn overgestapt naar zonnepanelen.
    Good: Wij plaatsen elk jaar honderden keukens.
    Good: Je offerte wordt vandaag verstuurd.
    Good: Had je dat geweten, dan had je gebeld.
    Good: Het team ontwikkelt een nieuwe aanpak.
    Good: Steeds meer klanten stappen over op zonnepanelen.
    """

    id = "voltooide-tijd"
    severity = Severity.INFO
    title = "Voltooide tijd"
    message = "Voltooide tijd: '{span}'. Overweeg de tegenwoordige tijd."

    def check(self, doc: Doc, state: TextState) -> Iterator[Hit]:
        for tok in view(doc, state).having(_PERFECT_AUX):
            low = tok.lower_
            if low not in PRESENT_HEBBEN and low not in PRESENT_ZIJN:
                continue
            if tok.tag_.startswith("WW|inf"):
                continue  # "zal hebben gedaan": not a present perfect
            res = classify_aux(tok)
            if res is None or res[0] != "perfect":
                continue
            part = res[1]
            yield pair_hit(self.message, doc, state, tok, part,
                           "Schrijf wat er nu is of gebeurt.")


@rule
class FutureTense(Rule):
    """Flags zullen + infinitive ("Wij zullen je bellen"): say it in the present tense.

    Niet gemarkeerd: een voorstel als "Zullen we kennismaken?".

    Bad: Wij zullen je binnen een dag terugbellen.
    Bad: Onze adviseur zal je helpen bij de keuze.
    Bad: Je zult versteld staan van het resultaat.
    Bad: De monteur zal de installatie morgen controleren.
    Bad: Zul jij de eerste zijn die het probeert?
    Good: Wij bellen je binnen een dag terug.
    Good: Zullen we eens kennismaken?
    Good: Onze adviseur helpt je bij de keuze.
    Good: Je staat versteld van het resultaat.
    Good: Dat zal wel.
    """

    id = "toekomende-tijd"
    severity = Severity.WARNING
    title = "Toekomende tijd"
    message = "Toekomende tijd: '{span}'. Schrijf in de tegenwoordige tijd."

    def check(self, doc: Doc, state: TextState) -> Iterator[Hit]:
        for tok in view(doc, state).having(ZULLEN_FORMS):
            if tok.lower_ not in ZULLEN_FORMS:
                continue
            nxt = next_word(tok)
            prev = prev_word(tok)
            if (nxt is not None and (prev is None or prev.text in (".", "!", "?", ":"))
                    and (tok.lower_, nxt.lower_) in _PROPOSALS and _ends_with_question(tok)):
                continue  # "Zullen we kennismaken?", "Zal ik je bellen?": an offer
            inf = find_infinitive(tok)
            if inf is None:
                continue
            yield pair_hit(self.message, doc, state, tok, inf,
                           "Bijvoorbeeld 'Wij bellen je morgen' in plaats van "
                           "'Wij zullen je bellen'.")
