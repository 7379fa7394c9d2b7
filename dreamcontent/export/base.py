"""The exporter interface and helpers shared by all formats.

An exporter turns one ``GenerationResult`` into the bytes of one output file. Exporters are
pure functions of their input: no clock, no randomness, stable ordering, so re-running a batch
overwrites every file with identical bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from dreamcontent.generate.result import GeneratedElement, GeneratedKlanttype, GenerationResult
from dreamcontent.model import Droom, Element, Klanttype

RenderFunc = Callable[..., bytes]


@dataclass(frozen=True)
class Exporter:
    """One output format: ``render(result, **options) -> bytes``."""

    name: str
    extension: str
    binary: bool
    description: str  # Dutch, shown in the CLI help
    render: RenderFunc


# C0 control characters that XML (docx, xlsx, html) cannot hold; tab and newline are kept.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Remove control characters that break XML-based formats; normalise line ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_RE.sub("", text)


#: Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: str) -> str:
    """Prefix a single quote when a cell would otherwise start a spreadsheet formula."""
    if value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    """Dutch count with the right noun form: '1 element', '3 elementen'."""
    return f"{n} {enkelvoud if n == 1 else meervoud}"


def ja_nee(flag: bool) -> str:
    return "ja" if flag else "nee"


def element_meta(ge: GeneratedElement, *, text: Callable[[str], str] = str) -> str:
    """One line about an element: impact, latent, dimension, partner (``text`` formats the
    user's own partner name, e.g. escaping for Markdown)."""
    e = ge.element
    parts = [f"impact {e.impact}/10", "latent" if e.latent else "niet latent"]
    if e.dimensie:
        parts.append(f"dimensie: {e.dimensie.value}")
    if e.partner:
        parts.append(f"partner: {text(e.partner)}")
    return " · ".join(parts)


def content_cell(ge: GeneratedElement) -> str:
    """The content piece as one spreadsheet cell: title on the first line, blank line, text."""
    return f"{ge.content.titel}\n\n{ge.content.tekst}"


#: Columns of the CSV export and the XLSX sheets, in this order.
ROW_COLUMNS = (
    "klanttype", "droom", "niveau", "element", "impact", "latent",
    "partner", "dimensie", "soort", "tekst",
)


@dataclass(frozen=True)
class Row:
    """One spreadsheet row: a question or a content piece, with its element's context."""

    klanttype: str
    droom: str
    niveau: str
    element: str
    impact: int
    latent: str
    partner: str
    dimensie: str
    soort: str  # "vraag" or "content"
    tekst: str

    def values(self) -> list[Any]:
        return [getattr(self, c) for c in ROW_COLUMNS]


def walk(
    result: GenerationResult, klanttypen: list[GeneratedKlanttype] | None = None,
) -> Iterator[tuple[Klanttype, Droom, GeneratedElement]]:
    """Every selected element with its klanttype and droom, in document order."""
    for gk in result.klanttypen if klanttypen is None else klanttypen:
        for gd in gk.dromen:
            for ge in gd.elementen:
                yield gk.klanttype, gd.droom, ge


def rows(
    result: GenerationResult, klanttypen: list[GeneratedKlanttype] | None = None,
) -> Iterator[Row]:
    """One row per question and one per content piece (text not yet neutralised)."""
    for kt, droom, ge in walk(result, klanttypen):
        for vraag in ge.vragen:
            yield _row(kt, droom, ge.element, "vraag", vraag)
        yield _row(kt, droom, ge.element, "content", content_cell(ge))


def _row(kt: Klanttype, droom: Droom, e: Element, soort: str, tekst: str) -> Row:
    return Row(
        klanttype=kt.naam,
        droom=droom.droom,
        niveau=droom.niveau.value,
        element=e.naam,
        impact=e.impact,
        latent=ja_nee(e.latent),
        partner=e.partner or "",
        dimensie=e.dimensie.value if e.dimensie else "",
        soort=soort,
        tekst=tekst,
    )


#: Fixed timestamp for zip members and document properties (deterministic output).
FIXED_ZIP_DATE = (2000, 1, 1, 0, 0, 0)


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip container (xlsx, docx) with fixed member dates and attributes.

    openpyxl and python-docx stamp every member with the current time; rewriting makes the
    bytes depend only on the content.
    """
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            new = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DATE)
            new.compress_type = zipfile.ZIP_DEFLATED
            new.external_attr = 0o644 << 16
            new.create_system = 3
            dst.writestr(new, src.read(info.filename))
    return out.getvalue()
