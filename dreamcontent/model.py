"""The typed model of a dream file (YAML -> these dataclasses).

Interface only here; the loader with line-accurate Dutch validation lives in
``dreamcontent.dreamfile`` (``load_dream_file(path) -> DreamFile``).
Keys in the YAML are Dutch, as marketers write them; attribute names match them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Niveau(str, Enum):  # noqa: UP042
    PERSOONLIJK = "persoonlijk"
    ORGANISATIE = "organisatie"
    BEINVLOEDER = "beinvloeder"


class Dimensie(str, Enum):  # noqa: UP042
    ZEKERHEID = "zekerheid"
    VERBONDENHEID = "verbondenheid"
    ERKENNING = "erkenning"
    ZELFONTPLOOIING = "zelfontplooiing"


@dataclass(frozen=True)
class Location:
    """Where a value stands in its source file (1-based line and column)."""

    path: str
    line: int
    column: int


@dataclass
class Element:
    """A droomrealisatie-element: something that helps realise the dream."""

    naam: str
    impact: int
    latent: bool = False
    partner: str | None = None
    dimensie: Dimensie | None = None
    beeld: str | None = None
    index: int = 0  # position in the file, for stable ordering
    loc: Location | None = None
    #: where each key's value stands (key -> Location), filled by the loader
    locs: dict[str, Location] = field(default_factory=dict, repr=False, compare=False)


@dataclass
class Droom:
    droom: str
    elementen: list[Element]
    niveau: Niveau = Niveau.PERSOONLIJK
    concurrent_elementen: int | None = None
    loc: Location | None = None
    #: where each key's value stands (key -> Location), filled by the loader
    locs: dict[str, Location] = field(default_factory=dict, repr=False, compare=False)


@dataclass
class Klanttype:
    naam: str
    dromen: list[Droom]
    omschrijving: str | None = None
    loc: Location | None = None
    #: where each key's value stands (key -> Location), filled by the loader
    locs: dict[str, Location] = field(default_factory=dict, repr=False, compare=False)


@dataclass
class Organisatie:
    naam: str
    aanbod: str | None = None
    loc: Location | None = None
    #: where each key's value stands (key -> Location), filled by the loader
    locs: dict[str, Location] = field(default_factory=dict, repr=False, compare=False)


@dataclass
class DreamFile:
    organisatie: Organisatie
    klanttypen: list[Klanttype]
    path: str = "<tekst>"
    extra: dict[str, object] = field(default_factory=dict)
