"""``dreamcontent purpose``: draft purpose statements from the dreams of the customer types.

A purpose in the dream method stays close to the customer: it says which dreams of which
customers the organisation helps to realise, in the organisation's own voice ("Wij ..."), and
without world-saving claims — the method warns explicitly against "growing a better world"
slogans. This module only *drafts*: a few deterministic sentences built from the mix of the
dreams (the dreams themselves, the dimensions the customer types share, the aanbod), clearly
marked as drafts to edit, plus :func:`toets_purpose` that checks a statement someone wrote.

Library code: no printing, no exits.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from dreamcontent.method.words import join_nl, np_head, stem, tokens, wordset
from dreamcontent.model import Dimensie, DreamFile

KOP = "Concept — pas aan"

#: Word roots of world-saving claims ("grootheidswaan"); matched inside words, so compounds
#: such as "wereldverbeteraar" or "klimaatrevolutie" are caught too.
GROOTHEIDSWAAN_STAMMEN: tuple[str, ...] = (
    "wereld", "planeet", "mensheid", "revolutie", "revolution", "universum", "samenleving",
    "generaties", "paradijs", "utopie",
)
#: Whole words of world-saving claims (too short or too common to match inside words).
GROOTHEIDSWAAN_WOORDEN = wordset("aarde redden red redt ultieme ultiem")

#: A purpose should fit in a breath: longer sentences get ``te-lang``.
MAX_WOORDEN_PER_ZIN = 25
MAX_WOORDEN = 60

_PERSONAL = wordset("ik mij me mijn mezelf mijzelf wij we ons onze jij je jou jouw jezelf u uw")
_JIJ = wordset("jij je jou jouw jezelf")
_QUOTED = re.compile(r"„[^”]*”|\"[^\"]*\"|“[^”]*”|'[^']*'")

# Per dimension: an infinitive phrase ("om ... te ...") and a noun phrase, in plural customer
# perspective ("ze" = the customers). Own wording, kept free of world-saving words.
_DIM_INF: dict[Dimensie, str] = {
    Dimensie.ZEKERHEID: "met een gerust gevoel vooruit te kijken",
    Dimensie.VERBONDENHEID: "zich gesteund te voelen door de mensen om hen heen",
    Dimensie.ERKENNING: "gezien te worden om wat ze goed doen",
    Dimensie.ZELFONTPLOOIING: "te groeien in wat ze belangrijk vinden",
}
_DIM_NP: dict[Dimensie, str] = {
    Dimensie.ZEKERHEID: "zekerheid over wat komt",
    Dimensie.VERBONDENHEID: "mensen om zich heen die meedenken",
    Dimensie.ERKENNING: "erkenning voor wat ze bereiken",
    Dimensie.ZELFONTPLOOIING: "ruimte om te groeien",
}
_DIM_ORDER = (Dimensie.ZEKERHEID, Dimensie.VERBONDENHEID, Dimensie.ERKENNING,
              Dimensie.ZELFONTPLOOIING)


@dataclass
class PurposeMelding:
    code: str  # grootheidswaan | te-lang | jij-vorm
    bericht: str

    def to_json_dict(self) -> dict[str, str]:
        return {"code": self.code, "bericht": self.bericht}


@dataclass
class Concept:
    nummer: int
    soort: str  # Dutch label: what the draft is built from
    tekst: str

    def to_json_dict(self) -> dict[str, Any]:
        return {"nummer": self.nummer, "soort": self.soort, "tekst": self.tekst}


@dataclass
class Draad:
    """The common thread in the dreams of the customer types."""

    klanttypen: list[str]
    dimensies: dict[Dimensie, int]  # summed impact over all elements
    gedeeld: list[Dimensie]  # dimensions that are strong for most customer types
    woorden: list[tuple[str, int]]  # recurring word, number of customer types using it


@dataclass
class PurposeRapport:
    path: str
    organisatie: str
    draad: Draad
    concepten: list[Concept]
    overgeslagen: list[str] = field(default_factory=list)  # dreams left out, with the reason

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "bestand": self.path,
            "organisatie": self.organisatie,
            "kop": KOP,
            "concept": True,
            "draad": {
                "klanttypen": self.draad.klanttypen,
                "dimensies": {d.value: self.draad.dimensies[d] for d in _DIM_ORDER},
                "gedeelde_dimensies": [d.value for d in self.draad.gedeeld],
                "woorden": [{"woord": w, "klanttypen": n} for w, n in self.draad.woorden],
            },
            "concepten": [c.to_json_dict() for c in self.concepten],
            "overgeslagen": self.overgeslagen,
        }


# --------------------------------------------------------------------------------------------
# checking a statement


def _words_outside_quotes(text: str) -> list[str]:
    return tokens(_QUOTED.sub(" ", text))


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def grootheidswaan(text: str) -> list[str]:
    """The world-saving words in ``text`` (folded, in order, without repeats)."""
    found: list[str] = []
    for tok in tokens(text):
        waan = tok in GROOTHEIDSWAAN_WOORDEN or any(r in tok for r in GROOTHEIDSWAAN_STAMMEN)
        if waan and tok not in found:
            found.append(tok)
    return found


def toets_purpose(text: str) -> list[PurposeMelding]:
    """Check a purpose statement: world-saving claims, length, and organisation voice."""
    out: list[PurposeMelding] = []
    waan = grootheidswaan(text)
    if waan:
        shown = join_nl([f"'{w}'" for w in waan])
        out.append(PurposeMelding(
            "grootheidswaan",
            f"wereldverbeteraarstaal: {shown}; een purpose blijft dicht bij de klant — noem "
            "welke droom van welke klant jullie helpen waarmaken, niet de wereld die jullie "
            "redden",
        ))
    words = tokens(text)
    if len(words) > MAX_WOORDEN:
        out.append(PurposeMelding(
            "te-lang",
            f"{len(words)} woorden (maximaal {MAX_WOORDEN}); een purpose moet iedereen in de "
            "organisatie uit het hoofd kunnen vertellen",
        ))
    else:
        for zin in _sentences(text):
            n = len(tokens(zin))
            if n > MAX_WOORDEN_PER_ZIN:
                out.append(PurposeMelding(
                    "te-lang",
                    f"zin van {n} woorden (maximaal {MAX_WOORDEN_PER_ZIN}): '{zin}'; "
                    "knip hem in tweeën",
                ))
    jij = [w for w in _words_outside_quotes(text) if w in _JIJ]
    if jij:
        out.append(PurposeMelding(
            "jij-vorm",
            f"de purpose spreekt de lezer aan ({join_nl(sorted(set(jij)))}); schrijf hem in de "
            "stem van de organisatie: 'Wij helpen ... zodat ...'",
        ))
    return out


# --------------------------------------------------------------------------------------------
# drafting


def _past(text: str) -> bool:
    """True when ``text`` is short enough for a purpose (no ``te-lang`` finding)."""
    return not any(m.code == "te-lang" for m in toets_purpose(text))


def _met_lidwoord(naam: str) -> str:
    first = tokens(naam)[:1]
    if first and first[0] in ("de", "het", "een"):
        return naam
    return f"de {naam}"


def droom_in_zin(droom: str) -> str:
    """The dream as it can stand in an organisation-voice sentence (quoted if personal)."""
    if any(t in _PERSONAL for t in tokens(droom)):
        return f"„{droom}”"
    return droom


def draad(df: DreamFile) -> Draad:
    """Find the common thread: dimension weights, shared dimensions, recurring words."""
    totaal = dict.fromkeys(_DIM_ORDER, 0)
    tops: list[list[Dimensie]] = []
    stem_kts: dict[str, set[int]] = {}
    surface: dict[str, Counter[str]] = {}
    order: dict[str, int] = {}
    for i, kt in enumerate(df.klanttypen):
        per = dict.fromkeys(_DIM_ORDER, 0)
        for droom in kt.dromen:
            # noun-phrase heads only: element names and most dreams are noun phrases, and
            # their heads are the nouns that carry the meaning (no adjectives, no verbs)
            for text in [droom.droom] + [e.naam for e in droom.elementen]:
                w = np_head(text)
                if w is None:
                    continue
                s = stem(w)
                stem_kts.setdefault(s, set()).add(i)
                surface.setdefault(s, Counter())[w] += 1
                order.setdefault(s, len(order))
            for e in droom.elementen:
                if e.dimensie is not None:
                    per[Dimensie(e.dimensie)] += e.impact
        for d in _DIM_ORDER:
            totaal[d] += per[d]
        ranked = sorted((d for d in _DIM_ORDER if per[d] > 0), key=lambda d: (-per[d],
                                                                              _DIM_ORDER.index(d)))
        tops.append(ranked[:2])
    n = len(df.klanttypen)
    need = max(1, math.ceil(n / 2))
    gedeeld = [d for d in _DIM_ORDER if sum(1 for t in tops if d in t) >= need]
    gedeeld.sort(key=lambda d: (-totaal[d], _DIM_ORDER.index(d)))
    woorden: list[tuple[str, int]] = []
    if n >= 2:
        shared = [s for s, kts in stem_kts.items() if len(kts) >= 2]
        shared.sort(key=lambda s: (-len(stem_kts[s]), order[s]))
        for s in shared[:6]:
            word = sorted(surface[s].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            woorden.append((word, len(stem_kts[s])))
    return Draad([kt.naam for kt in df.klanttypen], totaal, gedeeld, woorden)


def _two_dimensions(d: Draad) -> list[Dimensie]:
    chosen = list(d.gedeeld[:2])
    for dim in sorted(_DIM_ORDER, key=lambda x: (-d.dimensies[x], _DIM_ORDER.index(x))):
        if len(chosen) >= 2:
            break
        if dim not in chosen and d.dimensies[dim] > 0:
            chosen.append(dim)
    if not chosen:  # no dimensions filled in at all: the first two of the method
        chosen = [Dimensie.ZEKERHEID, Dimensie.ZELFONTPLOOIING]
    return chosen


def draft_purposes(df: DreamFile) -> PurposeRapport:
    """Two to four deterministic draft purpose statements for one dream file."""
    d = draad(df)
    overgeslagen: list[str] = []
    klanten = [_met_lidwoord(kt.naam) for kt in df.klanttypen]
    klantlijst = join_nl(klanten)
    dims = _two_dimensions(d)
    concepten: list[Concept] = []

    # 1. from the dreams themselves: one sentence per customer type, as many as fit
    zinnen = ["Wij brengen onze klanten dichter bij hun droom."]
    weggelaten: list[str] = []
    for kt, klant in zip(df.klanttypen, klanten, strict=True):
        for droom in kt.dromen:
            waan = grootheidswaan(droom.droom)
            if waan:
                overgeslagen.append(
                    f"droom '{droom.droom}' ({kt.naam}) staat niet in de concepten: "
                    f"{join_nl([repr(w) for w in waan])} klinkt als wereldverbetering"
                )
                continue
            zin = f"Voor {klant} is dat {droom_in_zin(droom.droom)}."
            if _past(" ".join([*zinnen, zin])):
                zinnen.append(zin)
            else:
                weggelaten.append(kt.naam)
            break  # the first usable dream of each customer type
    if weggelaten:
        overgeslagen.append(
            f"concept 1 laat {join_nl(weggelaten)} weg, anders wordt het te lang "
            f"(meer dan {MAX_WOORDEN} woorden); kies zelf welke dromen het zwaarst wegen"
        )
    if len(zinnen) > 1:
        concepten.append(Concept(0, "vanuit de dromen", " ".join(zinnen)))

    # 2. from the dimensions the customer types share
    inf = join_nl([_DIM_INF[x] for x in dims])
    tekst = f"Wij helpen onze klanten om {inf}. Dat doen wij voor {klantlijst}."
    if not _past(tekst):  # many or long customer-type names: do not list them
        tekst = f"Wij helpen onze klanten om {inf}. Dat doen wij voor elk klanttype."
    concepten.append(Concept(0, "vanuit de gedeelde dimensies", tekst))

    # 3. from the aanbod up to the dream
    nps = join_nl([_DIM_NP[x] for x in dims])
    aanbod = df.organisatie.aanbod
    if aanbod and not grootheidswaan(aanbod):
        concepten.append(Concept(0, "van aanbod naar droom",
                                 f"Wij bieden {aanbod}. Daarmee werken wij aan wat onze "
                                 f"klanten echt willen: {nps}."))
        product = aanbod
    else:
        product = "een product"
    concepten.append(Concept(0, "meer dan het product",
                             f"Onze klanten willen meer dan {product}. Ze willen {nps}. "
                             "Daar werken wij elke dag aan."))
    for i, c in enumerate(concepten, start=1):
        c.nummer = i
    return PurposeRapport(df.path, df.organisatie.naam, d, concepten, overgeslagen)


# --------------------------------------------------------------------------------------------
# rendering


def format_purpose(rap: PurposeRapport) -> str:
    lines = [f"{KOP}: purpose-statements voor {rap.organisatie} ({rap.path})", ""]
    lines += [
        "Dit zijn schrijfhulpen, geen eindteksten. Kies er een, maak hem van jullie en toets",
        f"hem daarna: dreamcontent purpose {rap.path} --toets \"jullie tekst\"",
        "",
        "De rode draad in de dromen",
        f"  klanttypen: {join_nl(rap.draad.klanttypen)}",
        "  dimensies (som van de impact): "
        + ", ".join(f"{x.value} {rap.draad.dimensies[x]}" for x in _DIM_ORDER),
    ]
    if rap.draad.gedeeld:
        lines.append("  sterk bij de meeste klanttypen: "
                     + join_nl([x.value for x in rap.draad.gedeeld]))
    if rap.draad.woorden:
        lines.append("  terugkerende woorden: " + ", ".join(
            f"{w} ({n} klanttypen)" for w, n in rap.draad.woorden))
    for c in rap.concepten:
        lines += ["", f"Concept {c.nummer} — {c.soort}", f"  {c.tekst}"]
    if rap.overgeslagen:
        lines += ["", "Let op:"] + [f"  {o}" for o in rap.overgeslagen]
    return "\n".join(lines) + "\n"


def format_toets(text: str, meldingen: list[PurposeMelding]) -> str:
    lines = [f"Toets van: {text}"]
    if not meldingen:
        lines.append("  geen opmerkingen: dicht bij de klant en zonder grootheidswaan")
    lines += [f"  [{m.code}] {m.bericht}" for m in meldingen]
    return "\n".join(lines) + "\n"

