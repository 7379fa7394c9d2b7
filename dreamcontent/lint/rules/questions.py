"""Questions: the house style asks open, challenging questions.

Advice: the house style; the grammar of yes/no versus open questions from DUTCH_NOTES.md.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from dreamcontent.lint.base import Rule, TextState, rule, view
from dreamcontent.lint.finding import Hit, Severity
from dreamcontent.lint.grammar import is_finite, next_word

WH_WORDS = frozenset({
    "wat", "wie", "wiens", "welk", "welke", "waar", "wanneer", "hoe", "hoeveel", "hoelang",
    "hoezo", "waarom", "waardoor", "waarmee", "waarvoor", "waarin", "waarop", "waaraan",
    "waarbij", "waaruit", "waarover", "waarnaar", "waartoe", "waarvan", "waarheen", "vanwaar",
    "hoever", "hoeverre", "wat voor",
})
#: words that may stand before the verb of a yes/no question ("En heb jij…?")
SKIP_WORDS = frozenset({
    "en", "maar", "of", "dus", "want", "nou", "oké", "ok", "okay", "ja", "nee", "zeg", "kortom",
    "tja", "hé", "he", "hè", "eerlijk", "trouwens", "serieus", "echt", "nu",
})
SUBORDINATORS = frozenset({
    "als", "dat", "omdat", "wanneer", "zodat", "terwijl", "voordat", "nadat", "hoewel", "indien",
    "zodra", "doordat", "tenzij", "mits", "sinds", "totdat", "opdat", "zoals", "alsof",
})
#: where a new clause may start inside a question; quotation marks are not among them: a
#: quoted title ("Lees je eigen jaarrekening") is part of the clause around it
BOUNDARIES = frozenset({",", ";", ":", "–", "—", "(", ")", "-"})
SENTENCE_END = frozenset({".", "!", "?", "…"})
_SUBJECTS = frozenset({"jij", "je", "u", "jullie", "we", "wij", "ze", "zij", "hij", "het",
                       "dat", "dit", "er", "men", "ik", "iemand", "iedereen"})
_NOT_VERB_TAGS = ("VZ", "LID", "VNW", "BW", "VG", "TW", "ADJ", "LET", "SPEC", "TSW")


def _opener(doc: Doc, start: int, end: int) -> Token | None:
    for i in range(start, end):
        t = doc[i]
        if t.is_space or t.is_punct or t.lower_ in SKIP_WORDS or not t.text[0].isalnum():
            continue
        return t
    return None


def _classify(opener: Token, q_end: int) -> str | None:
    """"open", "closed" or None (neither: a statement with a question mark, a fragment)."""
    low = opener.lower_
    if low in WH_WORDS or (low.startswith("waar") and len(low) > 6):
        return "open"
    nxt = next_word(opener)
    if opener.tag_.startswith("VZ") or opener.pos_ == "ADP":
        # "Met wie…", "In welke…", "Op welke manier…"
        if nxt is not None and nxt.i < q_end and nxt.lower_ in WH_WORDS:
            return "open"
        return None
    if nxt is None or nxt.i >= q_end:
        return None  # a single word before "?" ("Klaar?", "afhaken?")
    if any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS and c.i < opener.i
           for c in opener.children):
        return None  # a subordinate clause's verb ("als je …")
    if is_finite(opener):
        return "closed"
    if opener.tag_.startswith("WW") and nxt.lower_ in _SUBJECTS:
        return "closed"
    if (not opener.tag_.startswith(_NOT_VERB_TAGS) and nxt.lower_ in ("jij", "je", "u", "jullie")
            and opener.text.isalpha()):
        return "closed"
    return None


def question_spans(doc: Doc) -> Iterator[tuple[int, int]]:
    """(start, end) token ranges of each question, "?" included."""
    start = 0
    for tok in doc:
        if tok.text in SENTENCE_END or (tok.text.endswith("?") and tok.is_punct):
            if "?" in tok.text:
                yield start, tok.i + 1
            start = tok.i + 1


def classify_question(doc: Doc, start: int, end: int) -> tuple[str | None, Token | None]:
    """Class of the interrogative clause: the last clause in the question that has one."""
    cands = [start] + [i + 1 for i in range(start, end - 1) if doc[i].text in BOUNDARIES]
    result: tuple[str | None, Token | None] = (None, None)
    for c in cands:
        op = _opener(doc, c, end - 1)
        if op is None:
            continue
        cls = _classify(op, end - 1)
        if cls is not None:
            result = (cls, op)
    return result


@rule
class ClosedQuestion(Rule):
    """Flags yes/no questions: the clause with the question mark opens with the finite verb.

    Een gesloten vraag levert "ja" of "nee" op; een open vraag (wat, hoe, waarom, welke…)
    zet de lezer aan het denken. Een vraagwoord later in de zin telt ook ("…, want wie neemt
    er nog de tijd?").

    Bad: Heb jij genoeg tijd voor je klanten?
    Bad: Wordt je team echt gehoord?
    Bad: En ken jij dat gevoel van een volle inbox?
    Bad: Je werkt hard, maar zie je dat terug in je omzet?
    Bad: Is jouw website klaar voor de drukte rond de feestdagen?
    Good: Wat levert een extra uur per dag jou op?
    Good: We plannen alles vooruit, want wie neemt er nog de tijd?
    Good: Hoe weet jij of je klanten tevreden zijn?
    Good: Met wie deel jij je grootste zorgen?
    Good: Welke stap zet jij als eerste?
    """

    id = "gesloten-vraag"
    severity = Severity.WARNING
    title = "Gesloten vraag"
    message = "Gesloten vraag: '{opening} …?'. Stel een open vraag."

    def check(self, doc: Doc, state: TextState) -> Iterator[Hit]:
        if not any("?" in w for w in view(doc, state).lower):
            return
        for start, end in question_spans(doc):
            cls, op = classify_question(doc, start, end)
            if cls != "closed" or op is None:
                continue
            nxt = next_word(op)
            opening = op.text if nxt is None or nxt.i >= end - 1 else f"{op.text} {nxt.text}"
            last = doc[end - 1]
            yield Hit(op.idx, last.idx + len(last), self.message.format(opening=opening),
                      "Begin met wat, hoe, waarom, welke of wie.")
