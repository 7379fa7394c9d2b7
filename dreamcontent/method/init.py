"""``dreamcontent init``: a guided start that writes a valid, commented dream file.

The wizard asks its questions through a :class:`Vrager` (the CLI passes one built on
``click.prompt``; tests pass a scripted one), so this module never prints. The answers become a
:class:`~dreamcontent.model.DreamFile`; :func:`render_dream_yaml` turns that into YAML with Dutch
comments explaining each key (once, at its first use); :func:`write_dream_file` validates the
text with the real loader before it writes atomically, and refuses to overwrite.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Protocol

import yaml

from dreamcontent.errors import OutputError
from dreamcontent.model import (
    Dimensie,
    DreamFile,
    Droom,
    Element,
    Klanttype,
    Niveau,
    Organisatie,
)

GEEN = "geen"  # the choice that leaves an optional choice empty
MAX_CONCURRENT = 100


class Vrager(Protocol):
    """What the wizard needs from a user interface."""

    def tekst(self, vraag: str, *, verplicht: bool = True) -> str | None: ...

    def getal(self, vraag: str, laag: int, hoog: int, *,
              verplicht: bool = True) -> int | None: ...

    def keuze(self, vraag: str, opties: list[str], *, standaard: str) -> str: ...

    def janee(self, vraag: str, *, standaard: bool) -> bool: ...

    def kop(self, tekst: str) -> None: ...


# --------------------------------------------------------------------------------------------
# the wizard


def _element(v: Vrager, nummer: int) -> Element:
    naam = v.tekst(f"Element {nummer}: wat helpt deze droom waar te maken? "
                   "(bv. 'sterkere heupspieren')") or ""
    impact = v.getal("Impact van 1 (klein) tot 10 (groot)", 1, 10) or 1
    latent = v.janee("Latent? Weet de klant nog niet dat hij dit nodig heeft?", standaard=False)
    partner = v.tekst("Welke partner levert dit? (Enter = jullie zelf)", verplicht=False)
    dim = v.keuze("Dimensie", [d.value for d in Dimensie] + [GEEN], standaard=GEEN)
    beeld = v.tekst("Beeldidee voor de content (Enter = overslaan)", verplicht=False)
    return Element(
        naam=naam,
        impact=impact,
        latent=latent,
        partner=partner or None,
        dimensie=None if dim == GEEN else Dimensie(dim),
        beeld=beeld or None,
        index=nummer - 1,
    )


def _droom(v: Vrager, klant: str, nummer: int) -> Droom:
    tekst = v.tekst(f"Droom {nummer} van de {klant}: wat wil deze klant bereiken? "
                    "(een droom, geen product)") or ""
    niveau = v.keuze("Niveau", [n.value for n in Niveau], standaard=Niveau.PERSOONLIJK.value)
    concurrent = v.getal("Hoeveel elementen biedt je beste concurrent? (Enter = weet ik niet)",
                         0, MAX_CONCURRENT, verplicht=False)
    elementen: list[Element] = []
    while True:
        v.kop(f"Elementen voor '{tekst}'")
        elementen.append(_element(v, len(elementen) + 1))
        if not v.janee("Nog een element?", standaard=True):
            break
    return Droom(droom=tekst, elementen=elementen, niveau=Niveau(niveau),
                 concurrent_elementen=concurrent)


def run_wizard(v: Vrager) -> DreamFile:
    """Ask for organisation, customer types, dreams and elements; return the dream file."""
    v.kop("Je organisatie")
    naam = v.tekst("Naam van je organisatie") or ""
    aanbod = v.tekst("Wat verkoop je? (Enter = overslaan)", verplicht=False)
    klanttypen: list[Klanttype] = []
    while True:
        v.kop(f"Klanttype {len(klanttypen) + 1}")
        kt_naam = v.tekst("Naam van dit klanttype (bv. 'recreatieve hardloper')") or ""
        omschrijving = v.tekst("Korte omschrijving (Enter = overslaan)", verplicht=False)
        dromen: list[Droom] = []
        while True:
            dromen.append(_droom(v, kt_naam, len(dromen) + 1))
            if not v.janee(f"Nog een droom voor de {kt_naam}?", standaard=False):
                break
        klanttypen.append(Klanttype(naam=kt_naam, dromen=dromen,
                                    omschrijving=omschrijving or None))
        if not v.janee("Nog een klanttype?", standaard=False):
            break
    return DreamFile(Organisatie(naam=naam, aanbod=aanbod or None), klanttypen)


# --------------------------------------------------------------------------------------------
# rendering


_COMMENTS = {
    "organisatie.naam": "verplicht: de naam van je organisatie",
    "organisatie.aanbod": "wat je verkoopt; de droom van de klant ligt een niveau hoger",
    "klanttypen": "verplicht: minstens één klanttype",
    "klanttype.naam": "verplicht: een type klant, bv. 'recreatieve hardloper'",
    "klanttype.omschrijving": "optioneel: wie is deze klant?",
    "dromen": "verplicht: minstens één droom per klanttype",
    "droom": "wat de klant wil bereiken, niet wat je verkoopt",
    "niveau": "persoonlijk | organisatie | beinvloeder",
    "concurrent_elementen": "hoeveel elementen je beste concurrent biedt; jij biedt er iets meer",
    "elementen": "verplicht: wat helpt de droom waar te maken (de generator kiest de top 12)",
    "element.naam": "een zelfstandig-naamwoordgroep, bv. 'een coach die met je meedenkt'",
    "impact": "heel getal van 1 (klein) tot 10 (groot)",
    "latent": "true = de klant weet nog niet dat hij dit nodig heeft",
    "partner": "de partner die dit levert; weglaten = jullie leveren het zelf",
    "dimensie": "zekerheid | verbondenheid | erkenning | zelfontplooiing",
    "beeld": "idee voor een beeld bij de content",
}
_COMMENT_COLUMN = 44


def yaml_scalar(value: str) -> str:
    """``value`` as a YAML scalar: plain when that reads back identically, else double-quoted."""
    plain = value.strip() == value and value != "" and "\n" not in value
    if plain:
        try:
            plain = yaml.safe_load(f"k: {value}  # c\n") == {"k": value}
        except yaml.YAMLError:
            plain = False
    return value if plain else json.dumps(value, ensure_ascii=False)


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.seen: set[str] = set()

    def line(self, text: str, comment_key: str | None = None) -> None:
        if comment_key and comment_key not in self.seen:
            self.seen.add(comment_key)
            pad = max(_COMMENT_COLUMN - len(text), 2)
            text = f"{text}{' ' * pad}# {_COMMENTS[comment_key]}"
        self.lines.append(text)

    def hint(self, text: str, comment_key: str) -> None:
        """A commented-out optional key, shown once so the user sees that it exists."""
        if comment_key not in self.seen:
            stripped = text.lstrip()
            self.line(f"{' ' * (len(text) - len(stripped))}# {stripped.rstrip()}", comment_key)


def render_dream_yaml(df: DreamFile) -> str:
    """The dream file as commented YAML (comments in Dutch, each key explained once)."""
    w = _Writer()
    q = yaml_scalar
    w.lines += [
        f"# Droombestand van {df.organisatie.naam}, gemaakt met 'dreamcontent init'.",
        "# Pas het gerust aan. Daarna:",
        "#   dreamcontent check DIT-BESTAND      toetst het aan de droommethode",
        "#   dreamcontent generate DIT-BESTAND   maakt er vragen en content van",
        "",
        "organisatie:",
    ]
    w.line(f"  naam: {q(df.organisatie.naam)}", "organisatie.naam")
    if df.organisatie.aanbod:
        w.line(f"  aanbod: {q(df.organisatie.aanbod)}", "organisatie.aanbod")
    else:
        w.hint("  aanbod: ", "organisatie.aanbod")
    w.lines.append("")
    w.line("klanttypen:", "klanttypen")
    for kt in df.klanttypen:
        w.line(f"  - naam: {q(kt.naam)}", "klanttype.naam")
        if kt.omschrijving:
            w.line(f"    omschrijving: {q(kt.omschrijving)}", "klanttype.omschrijving")
        else:
            w.hint("    omschrijving: ", "klanttype.omschrijving")
        w.line("    dromen:", "dromen")
        for d in kt.dromen:
            w.line(f"      - droom: {q(d.droom)}", "droom")
            w.line(f"        niveau: {Niveau(d.niveau).value}", "niveau")
            if d.concurrent_elementen is not None:
                w.line(f"        concurrent_elementen: {d.concurrent_elementen}",
                       "concurrent_elementen")
            else:
                w.line("        # concurrent_elementen:", "concurrent_elementen")
            w.line("        elementen:", "elementen")
            for e in d.elementen:
                w.line(f"          - naam: {q(e.naam)}", "element.naam")
                w.line(f"            impact: {e.impact}", "impact")
                w.line(f"            latent: {'true' if e.latent else 'false'}", "latent")
                if e.partner:
                    w.line(f"            partner: {q(e.partner)}", "partner")
                else:
                    w.hint("            partner: ", "partner")
                if e.dimensie is not None:
                    w.line(f"            dimensie: {Dimensie(e.dimensie).value}", "dimensie")
                else:
                    w.hint("            dimensie: ", "dimensie")
                if e.beeld:
                    w.line(f"            beeld: {q(e.beeld)}", "beeld")
                else:
                    w.hint("            beeld: ", "beeld")
        w.lines.append("")
    return "\n".join(w.lines).rstrip("\n") + "\n"


def summary(df: DreamFile) -> str:
    """A one-line Dutch count of what the dream file holds."""
    n_kt = len(df.klanttypen)
    n_dr = sum(len(kt.dromen) for kt in df.klanttypen)
    n_el = sum(len(d.elementen) for kt in df.klanttypen for d in kt.dromen)
    return (f"{n_kt} klanttype{'n' if n_kt != 1 else ''}, "
            f"{n_dr} {'dromen' if n_dr != 1 else 'droom'}, "
            f"{n_el} element{'en' if n_el != 1 else ''}")


def check_target(path: str | Path, *, force: bool) -> None:
    """Refuse an existing file (unless ``force``) or a directory, before any question is asked."""
    p = Path(path)
    if p.is_dir():
        raise OutputError("dit is een map; geef een bestandsnaam, bv. dromen.yaml", path=p)
    if p.exists() and not force:
        raise OutputError("bestaat al; kies een andere naam of overschrijf het met --force",
                          path=p)


def write_dream_file(path: str | Path, df: DreamFile, *, force: bool = False) -> str:
    """Render, validate with the loader and write atomically; return the written text."""
    from dreamcontent.dreamfile import load_dream_text
    from dreamcontent.io import atomic_write

    check_target(path, force=force)
    text = render_dream_yaml(df)
    load_dream_text(text, path=str(path))  # raises DreamFileError: nothing is written
    atomic_write(path, text)
    return text
