"""``dreamcontent check``: a method report per dream file.

The checks follow the dream method the tool is built around:

* **iets meer dan de concurrent** — a dream needs more realisation elements than the best
  competitor covers (``concurrent_elementen``);
* latent needs are where a conversation becomes valuable, so a dream needs a fair share of
  latent elements, and elements with a high impact should be tested for latency;
* the four dimensions (zekerheid, verbondenheid, erkenning, zelfontplooiing) should all be
  covered;
* a dream sits at a higher level of abstraction than a product: a dream that names what the
  organisation sells (``aanbod``), or is just a product noun phrase, is a product in disguise;
* the partner ecosystem: who delivers which elements, and what the organisation delivers itself.

Every finding has a stable code (:data:`CODES`), a severity and a complete Dutch message; the
report renders as text (linter-style ``file:line:col: ernst [code] bericht`` lines plus a summary)
or as JSON (:func:`reports_to_json`). Library code: no printing, no exits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from dreamcontent.method.words import (
    PREPOSITIONS,
    content_words,
    fold,
    join_nl,
    np_head,
    tokens,
    words_related,
    wordset,
)
from dreamcontent.model import Dimensie, DreamFile, Droom, Element, Klanttype, Location

#: Share of latent elements below which a dream gets ``weinig-latent``.
MIN_LATENT_SHARE = 0.25
#: Impact from which an element should be latent-tested (``hoge-impact-niet-latent``).
HIGH_IMPACT = 8
#: A dream with at most this many content words and no clause counts as a bare noun phrase.
MAX_NP_CONTENT_WORDS = 4
#: JSON shape version of :func:`reports_to_json`.
JSON_VERSION = 1

DIMENSIES: tuple[Dimensie, ...] = (
    Dimensie.ZEKERHEID,
    Dimensie.VERBONDENHEID,
    Dimensie.ERKENNING,
    Dimensie.ZELFONTPLOOIING,
)


class Ernst(StrEnum):
    """Severity of a finding. Only warnings make ``dreamcontent check`` exit with 1."""

    WAARSCHUWING = "waarschuwing"
    INFO = "info"


@dataclass(frozen=True)
class CodeSpec:
    code: str
    ernst: Ernst
    uitleg: str  # one Dutch line for the README and `--help`


CODES: dict[str, CodeSpec] = {
    spec.code: spec
    for spec in (
        CodeSpec("te-weinig-elementen", Ernst.WAARSCHUWING,
                 "De droom heeft niet meer elementen dan de concurrent (concurrent_elementen)."),
        CodeSpec("concurrent-onbekend", Ernst.INFO,
                 "concurrent_elementen ontbreekt: je weet niet of je iets meer biedt."),
        CodeSpec("weinig-latent", Ernst.WAARSCHUWING,
                 f"Minder dan {round(MIN_LATENT_SHARE * 100)}% van de elementen is latent."),
        CodeSpec("dimensie-ontbreekt", Ernst.WAARSCHUWING,
                 "Een of meer van de vier dimensies komt bij de droom niet voor."),
        CodeSpec("hoge-impact-niet-latent", Ernst.WAARSCHUWING,
                 f"Element met impact {HIGH_IMPACT} of hoger zonder latent: true/false "
                 "(niet getoetst)."),
        CodeSpec("droom-is-product", Ernst.WAARSCHUWING,
                 "De droom noemt je aanbod of is een productnaam, geen droom."),
        CodeSpec("geen-eigen-elementen", Ernst.WAARSCHUWING,
                 "Alle elementen van de droom komen van partners; zelf lever je niets."),
    )
}

#: Nouns (compound heads) that name something sold rather than something dreamt of.
PRODUCT_HEADS: tuple[str, ...] = (
    "product", "producten", "dienst", "dienstverlening", "service", "pakket", "abonnement",
    "software", "app", "applicatie", "platform", "tool", "systeem", "installatie", "module",
    "licentie", "behandeling", "therapie", "training", "cursus", "workshop", "opleiding",
    "consult", "advies", "coaching", "begeleiding", "administratie", "boekhouding", "aangifte",
    "verzekering", "hypotheek", "lening", "website", "webshop", "apparaat", "machine",
    "arrangement", "oplossing", "catering", "levering", "reparatie", "onderhoud",
)

# Words that make a dream a clause (a wish with a subject or a subordinate clause) rather
# than a bare noun phrase.
_CLAUSE_WORDS = wordset(
    "ik mij me mijn wij we ons onze jij je jou jouw hij zij ze hun dat die zodat zonder om "
    "omdat waarin waarmee waarop waar waardoor terwijl wanneer als"
)


@dataclass
class Melding:
    """One finding of ``check``."""

    code: str
    bericht: str
    path: str
    line: int | None = None
    column: int | None = None
    klanttype: str | None = None
    droom: str | None = None
    element: str | None = None

    @property
    def ernst(self) -> Ernst:
        return CODES[self.code].ernst

    def where(self) -> str:
        out = self.path
        if self.line is not None:
            out += f":{self.line}"
            if self.column is not None:
                out += f":{self.column}"
        return out

    def format(self) -> str:
        return f"{self.where()}: {self.ernst.value} [{self.code}] {self.bericht}"

    def to_json_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "ernst": self.ernst.value,
            "bericht": self.bericht,
            "bestand": self.path,
            "regel": self.line,
            "kolom": self.column,
        }
        for key in ("klanttype", "droom", "element"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out


@dataclass
class DroomRapport:
    """Figures for one dream."""

    klanttype: str
    droom: Droom
    aantal: int
    concurrent: int | None
    latent: int
    dimensies: dict[Dimensie, int]
    ontbrekend: list[Dimensie]
    hoge_impact_niet_latent: list[Element]
    eigen: int

    @property
    def latent_aandeel(self) -> float:
        return self.latent / self.aantal if self.aantal else 0.0

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "klanttype": self.klanttype,
            "droom": self.droom.droom,
            "regel": self.droom.loc.line if self.droom.loc else None,
            "elementen": self.aantal,
            "concurrent_elementen": self.concurrent,
            "meer_dan_concurrent": (self.aantal > self.concurrent
                                    if self.concurrent is not None else None),
            "latent": self.latent,
            "latent_aandeel": round(self.latent_aandeel, 3),
            "dimensies": {d.value: self.dimensies[d] for d in DIMENSIES},
            "ontbrekende_dimensies": [d.value for d in self.ontbrekend],
            "hoge_impact_niet_latent": [
                {"naam": e.naam, "impact": e.impact} for e in self.hoge_impact_niet_latent
            ],
            "eigen_elementen": self.eigen,
        }


@dataclass
class Levering:
    element: str
    droom: str
    klanttype: str


@dataclass
class Partner:
    naam: str
    leveringen: list[Levering] = field(default_factory=list)


@dataclass
class CheckRapport:
    """The report for one dream file."""

    path: str
    organisatie: str
    aanbod: str | None
    dromen: list[DroomRapport]
    partners: list[Partner]
    eigen_elementen: int
    totaal_elementen: int
    meldingen: list[Melding]

    def count(self, ernst: Ernst) -> int:
        return sum(1 for m in self.meldingen if m.ernst is ernst)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "bestand": self.path,
            "organisatie": {"naam": self.organisatie,
                            **({"aanbod": self.aanbod} if self.aanbod else {})},
            "dromen": [d.to_json_dict() for d in self.dromen],
            "partners": [
                {
                    "naam": p.naam,
                    "elementen": [
                        {"naam": lv.element, "droom": lv.droom, "klanttype": lv.klanttype}
                        for lv in p.leveringen
                    ],
                }
                for p in self.partners
            ],
            "eigen_elementen": self.eigen_elementen,
            "totaal_elementen": self.totaal_elementen,
            "meldingen": [m.to_json_dict() for m in self.meldingen],
        }


# --------------------------------------------------------------------------------------------
# product-versus-dream detection


def offer_words(aanbod: str | None, *, exclude: Iterable[str] = ()) -> list[str]:
    """The head nouns that name the offer itself in an ``aanbod`` text.

    The aanbod is split into items (commas, *en*, *of*, ``&``, ``/``); of each item only the head
    counts: the last content word before the first preposition (``financieel advies voor
    zzp'ers`` -> ``advies``), so modifiers and the target group are not mistaken for the product.
    Words in ``exclude`` (the klanttype names) never count.
    """
    if not aanbod:
        return []
    excluded = [w for text in exclude for w in content_words(text)]
    heads: list[str] = []
    for part in re.split(r"[,;&/+]", fold(aanbod)):
        before: list[str] = []
        for tok in tokens(part):
            if tok in PREPOSITIONS:
                break  # "... voor zzp'ers en mkb": the target group, not the offer
            before.append(tok)
        for item in " ".join(before).split(" en "):
            for sub in item.split(" of "):
                head = np_head(sub)
                if head is None or any(words_related(head, ex) for ex in excluded):
                    continue
                if head not in heads:
                    heads.append(head)
    return heads


def _is_clause(text: str) -> bool:
    return any(t in _CLAUSE_WORDS for t in tokens(text))


def product_reason(droom: str, offer: list[str]) -> str | None:
    """Why ``droom`` reads like a product, or None when it reads like a dream."""
    words = content_words(droom)
    hits: dict[str, str] = {}  # dream word -> the aanbod word it matches
    for w in words:
        match = next((o for o in offer if words_related(w, o)), None)
        if match is not None:
            hits.setdefault(w, match)
    if hits:
        shown = join_nl([f"'{w}'" if w == o else f"'{w}' (aanbod: '{o}')"
                         for w, o in hits.items()])
        return (f"de droom noemt wat je verkoopt: {shown}; een droom gaat over wat de klant "
                "wil bereiken, een niveau hoger dan je product")
    if not _is_clause(droom) and len(words) <= MAX_NP_CONTENT_WORDS:
        head = np_head(droom)
        if head and any(fold(head) == p or (len(p) >= 4 and fold(head).endswith(p))
                        for p in PRODUCT_HEADS):
            return (f"de droom is alleen een productnaam ('{head}'); beschrijf wat de klant "
                    "ermee wil bereiken, bijvoorbeeld 'een ... zonder ...' of 'dat ik ...'")
    return None


# --------------------------------------------------------------------------------------------
# the checks


def _loc(*locs: Location | None) -> tuple[int | None, int | None]:
    for loc in locs:
        if loc is not None:
            return loc.line, loc.column
    return None, None


def latent_getoetst(e: Element) -> bool:
    """True when the file says whether the element is latent: ``latent: true`` or an explicit
    ``latent: false`` (the customer already names this need). A missing key means untested."""
    return e.latent or "latent" in e.locs


def _droom_rapport(kt: Klanttype, droom: Droom) -> DroomRapport:
    elems = droom.elementen
    dims = {d: 0 for d in DIMENSIES}
    for e in elems:
        if e.dimensie is not None:
            dims[Dimensie(e.dimensie)] += 1
    return DroomRapport(
        klanttype=kt.naam,
        droom=droom,
        aantal=len(elems),
        concurrent=droom.concurrent_elementen,
        latent=sum(1 for e in elems if e.latent),
        dimensies=dims,
        ontbrekend=[d for d in DIMENSIES if dims[d] == 0],
        hoge_impact_niet_latent=[e for e in elems
                                 if e.impact >= HIGH_IMPACT and not latent_getoetst(e)],
        eigen=sum(1 for e in elems if not e.partner),
    )


def _droom_meldingen(df: DreamFile, kt: Klanttype, rap: DroomRapport,
                     offer: list[str]) -> list[Melding]:
    droom = rap.droom
    line, col = _loc(droom.loc, kt.loc)
    naam = f"droom '{droom.droom}' ({kt.naam})"

    def melding(code: str, bericht: str, **kw: Any) -> Melding:
        kw.setdefault("line", line)
        kw.setdefault("column", col)
        return Melding(code, bericht, df.path, klanttype=kt.naam, droom=droom.droom, **kw)

    out: list[Melding] = []
    c_line, c_col = _loc(droom.locs.get("concurrent_elementen"), droom.loc, kt.loc)
    d_line, d_col = _loc(droom.locs.get("droom"), droom.loc, kt.loc)
    if rap.concurrent is None:
        out.append(melding(
            "concurrent-onbekend",
            f"{naam}: concurrent_elementen ontbreekt; zoek uit hoeveel elementen je beste "
            "concurrent biedt, dan toetst check of jij iets meer biedt",
        ))
    elif rap.aantal <= rap.concurrent:
        tekort = rap.concurrent + 1 - rap.aantal
        out.append(melding(
            "te-weinig-elementen",
            f"{naam}: {rap.aantal} element{'en' if rap.aantal != 1 else ''}, de concurrent "
            f"biedt er {rap.concurrent}; de "
            f"methode vraagt iets meer dan de concurrent: voeg er minstens {tekort} toe",
            line=c_line, column=c_col,
        ))
    if rap.aantal and rap.latent_aandeel < MIN_LATENT_SHARE:
        out.append(melding(
            "weinig-latent",
            f"{naam}: {rap.latent} van {rap.aantal} elementen latent "
            f"({round(rap.latent_aandeel * 100)}%, minimaal {round(MIN_LATENT_SHARE * 100)}%); "
            "zoek behoeften die de klant zelf nog niet noemt en zet daar latent: true bij",
        ))
    if rap.ontbrekend:
        namen = join_nl([d.value for d in rap.ontbrekend])
        woord = "dimensie ontbreekt" if len(rap.ontbrekend) == 1 else "dimensies ontbreken"
        out.append(melding(
            "dimensie-ontbreekt",
            f"{naam}: {woord}: {namen}; voeg elementen toe met dimensie: "
            f"{rap.ontbrekend[0].value}",
        ))
    for e in rap.hoge_impact_niet_latent:
        eline, ecol = _loc(e.loc, droom.loc, kt.loc)
        out.append(melding(
            "hoge-impact-niet-latent",
            f"{naam}: element '{e.naam}' (impact {e.impact}) is niet latent getoetst; stel de "
            "gegenereerde vragen in klantgesprekken en zet latent: true als de klant deze "
            "behoefte zelf nog niet noemt, of latent: false als hij die al kent",
            line=eline, column=ecol, element=e.naam,
        ))
    reason = product_reason(droom.droom, offer)
    if reason:
        out.append(melding("droom-is-product", f"{naam}: {reason}", line=d_line, column=d_col))
    if rap.aantal and rap.eigen == 0:
        out.append(melding(
            "geen-eigen-elementen",
            f"{naam}: alle {rap.aantal} elementen komen van partners; voeg toe wat jullie zelf "
            "bijdragen, anders heeft de klant jullie voor deze droom niet nodig",
        ))
    return out


def check_dream(df: DreamFile) -> CheckRapport:
    """The method report for one loaded dream file."""
    offer = offer_words(df.organisatie.aanbod, exclude=[kt.naam for kt in df.klanttypen])
    dromen: list[DroomRapport] = []
    meldingen: list[Melding] = []
    partners: dict[str, Partner] = {}
    totaal = eigen = 0
    for kt in df.klanttypen:
        for droom in kt.dromen:
            rap = _droom_rapport(kt, droom)
            dromen.append(rap)
            meldingen.extend(_droom_meldingen(df, kt, rap, offer))
            totaal += rap.aantal
            eigen += rap.eigen
            for e in droom.elementen:
                if e.partner:
                    key = fold(e.partner.strip())
                    partner = partners.setdefault(key, Partner(e.partner.strip()))
                    partner.leveringen.append(Levering(e.naam, droom.droom, kt.naam))
    return CheckRapport(
        path=df.path,
        organisatie=df.organisatie.naam,
        aanbod=df.organisatie.aanbod,
        dromen=dromen,
        partners=sorted(partners.values(), key=lambda p: fold(p.naam)),
        eigen_elementen=eigen,
        totaal_elementen=totaal,
        meldingen=sorted(meldingen, key=lambda m: (m.line or 0, m.column or 0)),
    )


# --------------------------------------------------------------------------------------------
# rendering


def _pct(x: float) -> str:
    return f"{round(x * 100)}%"


def format_report(rap: CheckRapport) -> str:
    """A readable Dutch text report for one file (ends with its findings)."""
    lines: list[str] = []
    kop = f"{rap.path} — {rap.organisatie}"
    if rap.aanbod:
        kop += f" (aanbod: {rap.aanbod})"
    lines += [kop, "=" * len(kop)]
    huidig = None
    for d in rap.dromen:
        if d.klanttype != huidig:
            huidig = d.klanttype
            lines += ["", f"Klanttype: {d.klanttype}"]
        regel = f" (regel {d.droom.loc.line})" if d.droom.loc else ""
        lines.append(f"  Droom: {d.droom.droom}{regel}")
        if d.concurrent is None:
            vergelijk = "concurrent onbekend"
        elif d.aantal > d.concurrent:
            vergelijk = f"concurrent {d.concurrent}: iets meer dan de concurrent"
        else:
            vergelijk = f"concurrent {d.concurrent}: NIET meer dan de concurrent"
        lines.append(f"    elementen:  {d.aantal} ({vergelijk})")
        lines.append(f"    latent:     {d.latent} van {d.aantal} ({_pct(d.latent_aandeel)})")
        dims = ", ".join(f"{dim.value} {d.dimensies[dim]}" for dim in DIMENSIES)
        lines.append(f"    dimensies:  {dims}")
        if d.ontbrekend:
            lines.append(f"    ontbreekt:  {join_nl([x.value for x in d.ontbrekend])}")
        if d.hoge_impact_niet_latent:
            namen = "; ".join(f"{e.naam} ({e.impact})" for e in d.hoge_impact_niet_latent)
            lines.append(f"    impact >= {HIGH_IMPACT}, niet latent getoetst: {namen}")
        lines.append(f"    zelf geleverd: {d.eigen} van {d.aantal}")
    lines += ["", "Partners (ecosysteem):"]
    if not rap.partners:
        lines.append("  geen partners: je levert alle elementen zelf")
    for p in rap.partners:
        n = len(p.leveringen)
        lines.append(f"  {p.naam}: {n} element{'en' if n != 1 else ''}")
        for lv in p.leveringen:
            lines.append(f"    - {lv.element} (droom: {lv.droom}; klanttype: {lv.klanttype})")
    lines.append(f"  Zelf geleverd: {rap.eigen_elementen} van {rap.totaal_elementen} elementen")
    lines += ["", "Meldingen:"]
    if not rap.meldingen:
        lines.append("  geen — het droombestand volgt de methode")
    lines += [f"  {m.format()}" for m in rap.meldingen]
    w, i = rap.count(Ernst.WAARSCHUWING), rap.count(Ernst.INFO)
    lines += ["", f"{w} waarschuwing{'en' if w != 1 else ''}, {i} info"]
    return "\n".join(lines) + "\n"


def reports_to_json(reports: list[CheckRapport],
                    errors: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    """The documented JSON shape of ``dreamcontent check --format json``."""
    errors = errors or []
    return {
        "versie": JSON_VERSION,
        "bestanden": [r.to_json_dict() for r in reports],
        "fouten": [{"bestand": path, "bericht": msg} for path, msg in errors],
        "samenvatting": {
            "bestanden": len(reports),
            "waarschuwingen": sum(r.count(Ernst.WAARSCHUWING) for r in reports),
            "info": sum(r.count(Ernst.INFO) for r in reports),
            "fouten": len(errors),
        },
    }
