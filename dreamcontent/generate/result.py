"""What the generator produces: the dream file's structure with generated text per element.

Shared interface between ``dreamcontent.generate`` (producer) and ``dreamcontent.export`` /
``dreamcontent.web`` (consumers). ``to_json_dict`` is the JSON contract of the generator issue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dreamcontent.model import DreamFile, Droom, Element, Klanttype


@dataclass
class Content:
    titel: str
    tekst: str  # the whole piece, ending with its challenging open question
    beeld: str  # image suggestion


@dataclass
class GeneratedElement:
    element: Element
    vragen: list[str]  # exactly 3 open questions
    content: Content
    #: which template (file name + angle) produced each question, for debugging and tests
    bronnen: list[str] = field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        e = self.element
        out: dict[str, Any] = {"naam": e.naam, "impact": e.impact, "latent": e.latent}
        if e.partner:
            out["partner"] = e.partner
        if e.dimensie:
            out["dimensie"] = e.dimensie.value
        if e.beeld:
            out["beeld"] = e.beeld
        out["vragen"] = list(self.vragen)
        out["content"] = {
            "titel": self.content.titel,
            "tekst": self.content.tekst,
            "beeld": self.content.beeld,
        }
        return out


@dataclass
class GeneratedDroom:
    droom: Droom
    elementen: list[GeneratedElement]  # the selected top-N, in ranking order


@dataclass
class GeneratedKlanttype:
    klanttype: Klanttype
    dromen: list[GeneratedDroom]


@dataclass
class GenerationResult:
    source: DreamFile
    klanttypen: list[GeneratedKlanttype]

    def to_json_dict(self) -> dict[str, Any]:
        org = self.source.organisatie
        organisatie: dict[str, Any] = {"naam": org.naam}
        if org.aanbod:
            organisatie["aanbod"] = org.aanbod
        return {
            "bestand": self.source.path,
            "organisatie": organisatie,
            "klanttypen": [
                {
                    "naam": gk.klanttype.naam,
                    **({"omschrijving": gk.klanttype.omschrijving}
                       if gk.klanttype.omschrijving else {}),
                    "dromen": [
                        {
                            "droom": gd.droom.droom,
                            "niveau": gd.droom.niveau.value,
                            **({"concurrent_elementen": gd.droom.concurrent_elementen}
                               if gd.droom.concurrent_elementen is not None else {}),
                            "elementen": [ge.to_json_dict() for ge in gd.elementen],
                        }
                        for gd in gk.dromen
                    ],
                }
                for gk in self.klanttypen
            ],
        }
