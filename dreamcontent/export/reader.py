"""Read a JSON export back into a ``GenerationResult``.

A marketer can edit the generated texts in the JSON file and export the edited version to
other formats (``dreamcontent generate bewerkt.json --format docx -o uit/``) without
generating again. The reader checks the structure of the JSON contract and names the place of
a problem in Dutch.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dreamcontent.errors import DreamFileError
from dreamcontent.generate.result import (
    Content,
    GeneratedDroom,
    GeneratedElement,
    GeneratedKlanttype,
    GenerationResult,
)
from dreamcontent.io import read_text_file
from dreamcontent.model import Dimensie, DreamFile, Droom, Element, Klanttype, Niveau, Organisatie


class _Reader:
    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, where: str, message: str) -> DreamFileError:
        return DreamFileError(f"{where}: {message}", path=self.path)

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "hier hoort een object ({...})")
        return value

    def lst(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, "hier hoort een lijst ([...])")
        return value

    def text(self, d: dict[str, Any], key: str, where: str, *, required: bool = True) -> Any:
        value = d.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(f"{where}.{key}", "hier hoort een niet-lege tekst")
        return value

    def choice(self, d: dict[str, Any], key: str, where: str, enum: Any, default: Any) -> Any:
        value = d.get(key)
        if value is None:
            return default
        try:
            return enum(value)
        except ValueError:
            options = ", ".join(m.value for m in enum)
            message = f"onbekende waarde '{value}'; kies uit: {options}"
            raise self.fail(f"{where}.{key}", message) from None

    def element(self, raw: Any, where: str, index: int) -> GeneratedElement:
        d = self.obj(raw, where)
        impact = d.get("impact")
        if not isinstance(impact, int) or isinstance(impact, bool) or not 1 <= impact <= 10:
            raise self.fail(f"{where}.impact", "impact moet een heel getal van 1 tot 10 zijn")
        latent = d.get("latent", False)
        if not isinstance(latent, bool):
            raise self.fail(f"{where}.latent", "latent moet true of false zijn")
        vragen = self.lst(d.get("vragen"), f"{where}.vragen")
        if not all(isinstance(v, str) for v in vragen):
            raise self.fail(f"{where}.vragen", "elke vraag moet een tekst zijn")
        c = self.obj(d.get("content"), f"{where}.content")
        element = Element(
            naam=self.text(d, "naam", where),
            impact=impact,
            latent=latent,
            partner=self.text(d, "partner", where, required=False),
            dimensie=self.choice(d, "dimensie", where, Dimensie, None),
            beeld=self.text(d, "beeld", where, required=False),
            index=index,
        )
        content = Content(
            titel=self.text(c, "titel", f"{where}.content"),
            tekst=self.text(c, "tekst", f"{where}.content"),
            beeld=self.text(c, "beeld", f"{where}.content", required=False) or "",
        )
        return GeneratedElement(element=element, vragen=list(vragen), content=content)

    def result(self, raw: Any) -> GenerationResult:
        top = self.obj(raw, "bovenaan")
        org_raw = self.obj(top.get("organisatie"), "organisatie")
        org = Organisatie(naam=self.text(org_raw, "naam", "organisatie"),
                          aanbod=self.text(org_raw, "aanbod", "organisatie", required=False))
        gks: list[GeneratedKlanttype] = []
        for ki, kt_raw in enumerate(self.lst(top.get("klanttypen"), "klanttypen")):
            kw = f"klanttypen[{ki}]"
            kt_d = self.obj(kt_raw, kw)
            gds: list[GeneratedDroom] = []
            for di, d_raw in enumerate(self.lst(kt_d.get("dromen"), f"{kw}.dromen")):
                dw = f"{kw}.dromen[{di}]"
                d_d = self.obj(d_raw, dw)
                conc = d_d.get("concurrent_elementen")
                if conc is not None and (not isinstance(conc, int) or isinstance(conc, bool)):
                    raise self.fail(f"{dw}.concurrent_elementen", "hier hoort een heel getal")
                ges = [
                    self.element(e_raw, f"{dw}.elementen[{ei}]", ei)
                    for ei, e_raw in enumerate(self.lst(d_d.get("elementen"),
                                                        f"{dw}.elementen"))
                ]
                droom = Droom(
                    droom=self.text(d_d, "droom", dw),
                    elementen=[g.element for g in ges],
                    niveau=self.choice(d_d, "niveau", dw, Niveau, Niveau.PERSOONLIJK),
                    concurrent_elementen=conc,
                )
                gds.append(GeneratedDroom(droom=droom, elementen=ges))
            kt = Klanttype(naam=self.text(kt_d, "naam", kw), dromen=[g.droom for g in gds],
                           omschrijving=self.text(kt_d, "omschrijving", kw, required=False))
            gks.append(GeneratedKlanttype(klanttype=kt, dromen=gds))
        bron = top.get("bestand")
        source = DreamFile(organisatie=org, klanttypen=[g.klanttype for g in gks],
                           path=bron if isinstance(bron, str) else self.path)
        return GenerationResult(source=source, klanttypen=gks)


def result_from_json_dict(data: Any, path: str = "<json>") -> GenerationResult:
    """Rebuild a ``GenerationResult`` from ``GenerationResult.to_json_dict()`` output."""
    return _Reader(path).result(data)


_JSON_MESSAGES = {
    "Expecting value": "hier verwacht ik een waarde",
    "Expecting ',' delimiter": "hier verwacht ik een komma",
    "Expecting ':' delimiter": "hier verwacht ik een dubbele punt",
    "Expecting property name enclosed in double quotes":
        "hier verwacht ik een sleutel tussen dubbele aanhalingstekens",
    "Unterminated string starting at": "deze tekst mist het afsluitende aanhalingsteken",
    "Extra data": "na het einde van de JSON staat nog tekst",
    "Invalid control character at": "ongeldig stuurteken in een tekst",
    "Invalid \\escape": "ongeldige backslash-code in een tekst",
}


def load_result_json(path: str | Path) -> GenerationResult:
    """Read a JSON export file; DreamFileError (with file, line, column) when it is invalid."""
    text = read_text_file(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        detail = _JSON_MESSAGES.get(exc.msg, "de opbouw klopt niet")
        raise DreamFileError(f"geen geldige JSON: {detail}", path=path,
                         line=exc.lineno, column=exc.colno) from None
    return result_from_json_dict(data, str(path))
