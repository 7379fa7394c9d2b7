"""Word choice: hedges ("twijfelwoorden") and nominal style ("naamwoordstijl").

Advice: B1 plain-language guidance (write with verbs, say it with confidence). The phrase lists
live in dreamcontent/lint/data/.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from dreamcontent.lint.base import Rule, TextState, rule, view
from dreamcontent.lint.finding import Hit, Severity
from dreamcontent.lint.grammar import is_clause_boundary, is_infinitive, lemma
from dreamcontent.lint.wordlists import lines, table, words

_PROBEREN = frozenset({"probeer", "probeert", "proberen", "probeerde", "probeerden",
                       "geprobeerd"})

#: forms of the light verbs in nominal_phrases.txt (besides the lemmatizer's lemma)
_VERB_FORMS = {
    "dragen": "draag draagt dragen droeg droegen gedragen",
    "zorgdragen": "zorgdraag zorgdraagt zorgdragen zorgdroeg zorggedragen",
    "nemen": "neem neemt nemen nam namen genomen",
    "brengen": "breng brengt brengen bracht brachten gebracht",
    "geven": "geef geeft geven gaf gaven gegeven",
    "stellen": "stel stelt stellen stelde stelden gesteld",
    "leveren": "lever levert leveren leverde leverden geleverd",
    "doen": "doe doet doen deed deden gedaan",
    "maken": "maak maakt maken maakte maakten gemaakt",
    "uitvoeren": "voer voert voeren voerde voerden uitvoeren uitgevoerd",
    "doorvoeren": "voer voert voeren voerde voerden doorvoeren doorgevoerd",
    "plaatsen": "plaats plaatst plaatsen plaatste plaatsten geplaatst",
    "opnemen": "neem neemt nemen nam namen opnemen opgenomen",
    "vinden": "vind vindt vinden vond vonden gevonden",
    "overgaan": "ga gaat gaan ging gingen overgaan overgegaan",
}


def _tokens(doc: Doc, state: TextState) -> tuple[list[Token], list[str]]:
    """Non-space tokens of the Doc and their lower-case forms (shared by both rules)."""
    v = view(doc, state)
    cached = state.data.get("words")
    if cached is None or cached[0] is not v:
        toks = [t for t in v.tokens if not t.is_space]
        cached = (v, toks, [t.lower_ for t in toks])
        state.data["words"] = cached
    return cached[1], cached[2]


def _build_phrases() -> list[tuple[list[str], str | None, str, str]]:
    """(fixed words, verb lemma or None, phrase text, plain alternative)."""
    out = []
    for key, alt in table("nominal_phrases").items():
        parts = key.split()
        verb = next((p[1:] for p in parts if p.startswith("@")), None)
        fixed = [p for p in parts if not p.startswith("@")]
        out.append((fixed, verb, key.replace("@", ""), alt))
    return out


@rule
class Hedge(Rule):
    """Flags hedges such as misschien, eigenlijk, wellicht, eventueel and "proberen te".

    Twijfelwoorden maken een belofte zwakker dan nodig. Schrap ze of zeg het stellig.

    Bad: Misschien is dit iets voor jou.
    Bad: Eigenlijk wil je gewoon meer rust in je hoofd.
    Bad: Wellicht heb je al eens van ons gehoord.
    Bad: Wij proberen je binnen een dag te antwoorden.
    Bad: Neem contact op voor eventuele vragen.
    Good: Dit is iets voor jou.
    Good: Je wilt meer rust in je hoofd.
    Good: Wij antwoorden binnen een dag.
    Good: Probeer het dertig dagen gratis.
    Good: Neem contact op als je vragen hebt.
    """

    id = "twijfelwoord"
    severity = Severity.WARNING
    title = "Twijfelwoord"
    message = "Twijfelwoord: '{word}'. Schrap het of zeg het stellig."

    def __init__(self, config):  # type: ignore[no-untyped-def]
        super().__init__(config)
        self.single = frozenset(h for h in lines("hedges") if " " not in h)
        self.multi = [h.split() for h in lines("hedges") if " " in h]
        self.triggers = self.single | {m[0] for m in self.multi} | _PROBEREN

    def check(self, doc: Doc, state: TextState) -> Iterator[Hit]:
        toks, lowers = _tokens(doc, state)
        for i, low in enumerate(lowers):
            if low not in self.triggers:
                continue
            tok = toks[i]
            if low in self.single:
                yield Hit(tok.idx, tok.idx + len(tok), self.message.format(word=tok.text),
                          f"Laat '{tok.text}' weg.")
                continue
            for seq in self.multi:
                if low == seq[0] and lowers[i:i + len(seq)] == seq:
                    last = toks[i + len(seq) - 1]
                    text = view(doc, state).text[tok.idx:last.idx + len(last)]
                    yield Hit(tok.idx, last.idx + len(last), self.message.format(word=text),
                              f"Laat '{text}' weg.")
                    break
            if low in _PROBEREN:
                hit = self._proberen_te(toks, i)
                if hit is not None:
                    yield hit

    def _proberen_te(self, toks: list[Token], i: int) -> Hit | None:
        for j in range(i + 1, min(i + 9, len(toks) - 1)):
            t = toks[j]
            if is_clause_boundary(t) and t.lower_ != "om":
                return None
            if t.lower_ == "te" and (is_infinitive(toks[j + 1]) or toks[j + 1].lower_.endswith(
                    "en")):
                tok = toks[i]
                word = f"{tok.text} … te" if j > i + 1 else f"{tok.text} te"
                return Hit(tok.idx, t.idx + len(t), self.message.format(word=word),
                           "Schrijf wat je doet: 'wij antwoorden' in plaats van "
                           "'wij proberen te antwoorden'.")
        return None


@rule
class NominalStyle(Rule):
    """Flags nominal style: "het maken van een keuze", "zorg dragen voor", "de verbetering van".

    Werkwoorden maken een zin levendiger en korter dan zelfstandige naamwoorden.

    Bad: Het maken van een keuze kost je veel tijd.
    Bad: Wij dragen zorg voor een snelle levering.
    Bad: De verbetering van je website begint met een analyse.
    Bad: Wij nemen je aanvraag graag in behandeling.
    Bad: Met betrekking tot je vraag sturen we je een voorstel.
    Good: Kiezen kost je veel tijd.
    Good: Wij zorgen voor een snelle levering.
    Good: Je verbetert je website met een analyse.
    Good: Het leven van een ondernemer is druk.
    Good: Over je vraag sturen we je een voorstel.
    """

    id = "naamwoordstijl"
    severity = Severity.WARNING
    title = "Naamwoordstijl"
    message = "Naamwoordstijl: '{phrase}'. Gebruik een werkwoord: '{verb}'."

    def __init__(self, config):  # type: ignore[no-untyped-def]
        super().__init__(config)
        self.phrases = _build_phrases()
        self.nominalizations = table("nominalizations")
        self.lexical_nouns = words("nominal_infinitive_nouns")
        self.verb_forms = {k: frozenset(v.split()) for k, v in _VERB_FORMS.items()}
        self.triggers = frozenset({"het", "de", "een"} | {p[0][0] for p in self.phrases})

    def check(self, doc: Doc, state: TextState) -> Iterator[Hit]:
        toks, lowers = _tokens(doc, state)
        taken: set[int] = set()
        for i, low in enumerate(lowers):
            if low not in self.triggers:
                continue
            if low in ("het", "de", "een") and i not in taken:
                hit = self._nominal_np(toks, i)
                if hit is not None:
                    taken.update(range(i, i + 4))
                    yield hit
                    continue
            for fixed, verb, text, alt in self.phrases:
                if low != fixed[0]:
                    continue
                hit = self._phrase(toks, i, fixed, verb, text, alt)
                if hit is not None:
                    yield hit
                    break

    def _nominal_np(self, toks: list[Token], i: int) -> Hit | None:
        det = toks[i]
        j = i + 1
        while j < len(toks) and j <= i + 3 and (toks[j].tag_.startswith(("ADJ", "BW"))
                                                 or toks[j].pos_ in ("ADJ", "ADV")):
            j += 1
        if j + 1 >= len(toks) or toks[j + 1].lower_ != "van":
            return None
        noun = toks[j]
        nlow = noun.lower_
        verb = None
        if det.lower_ == "het" and nlow.endswith("en") and len(nlow) > 4 and noun.is_lower:
            if nlow not in self.lexical_nouns and (
                    noun.tag_.startswith("WW") or noun.pos_ in ("VERB", "AUX")
                    or lemma(noun) == nlow):
                verb = nlow
        elif det.lower_ in ("de", "een") and nlow in self.nominalizations:
            verb = self.nominalizations[nlow]
        if verb is None:
            return None
        end = toks[j + 1]
        phrase = f"{det.text} {' '.join(t.text for t in toks[i + 1:j + 1])} van"
        return Hit(det.idx, end.idx + len(end), self.message.format(phrase=phrase, verb=verb),
                   f"Schrijf met het werkwoord '{verb}'.")

    def _phrase(self, toks: list[Token], i: int, fixed: list[str], verb: str | None,
                text: str, alt: str) -> Hit | None:
        # the fixed words in order, each gap at most two tokens (an adjective, the verb)
        pos = [i]
        for w in fixed[1:]:
            j = pos[-1] + 1
            limit = pos[-1] + 3
            while j < len(toks) and j <= limit and toks[j].lower_ != w:
                if toks[j].is_punct:
                    return None
                j += 1
            if j >= len(toks) or j > limit or toks[j].lower_ != w:
                return None
            pos.append(j)
        start_tok, end_tok = toks[pos[0]], toks[pos[-1]]
        if verb is not None:
            forms = self.verb_forms.get(verb, frozenset())
            lo, hi = max(0, pos[0] - 8), min(len(toks), pos[-1] + 9)
            found = None
            for k in range(lo, hi):
                t = toks[k]
                if t.lower_ in forms or lemma(t) == verb:
                    found = t
                    if k < pos[0] and any(is_clause_boundary(x) for x in toks[k + 1:pos[0]]):
                        found = None
                        continue
                    if k > pos[-1] and any(is_clause_boundary(x) for x in toks[pos[-1]:k]):
                        found = None
                        break
                    break
            if found is None:
                return None
            if found.i < start_tok.i:
                start_tok = found
            elif found.i > end_tok.i:
                end_tok = found
        doc_text = start_tok.doc.text
        phrase = doc_text[start_tok.idx:end_tok.idx + len(end_tok)]
        if len(phrase) > 60:
            phrase = text
        return Hit(start_tok.idx, end_tok.idx + len(end_tok),
                   self.message.format(phrase=phrase, verb=alt), f"Schrijf '{alt}'.")
