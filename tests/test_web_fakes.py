"""Small fakes of the library services for the web app tests (no spaCy, instant, exact).

They use the real data types (``Finding``, ``DreamFile``, ``GenerationResult``) so the page
logic is tested against the shapes the library really returns. This module holds no tests;
the end-to-end browser tests run against the real APIs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml  # type: ignore[import-untyped]

from dreamcontent.errors import DreamFileError
from dreamcontent.generate.result import (
    Content,
    GeneratedDroom,
    GeneratedElement,
    GeneratedKlanttype,
    GenerationResult,
)
from dreamcontent.lint.finding import Finding, Severity
from dreamcontent.model import DreamFile, Droom, Element, Klanttype, Organisatie
from dreamcontent.web.services import ExportFormat, Readability

# word -> (rule, severity, message, suggestion, fix)
FAKE_RULES: dict[str, tuple[str, Severity, str, str | None, str | None]] = {
    "wordt": ("passief", Severity.WARNING, "Lijdende vorm. Zeg wie iets doet.", None, None),
    "u": ("u-vorm", Severity.ERROR, "Spreek je lezer aan met je of jij.", "je", "je"),
    "uw": ("u-vorm", Severity.ERROR, "Spreek je lezer aan met je of jouw.", "je", "je"),
    "zeer": ("stopwoord", Severity.INFO, "Vaag versterkend woord.", "heel", "heel"),
}
LONG_SENTENCE = 12


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _finding(text: str, start: int, end: int, rule: str, severity: Severity, message: str,
             suggestion: str | None = None, fix: str | None = None) -> Finding:
    line, column = _line_col(text, start)
    end_line, end_column = _line_col(text, end)
    return Finding("<tekst>", line, column, end_line, end_column, start, end, rule, severity,
                   message, suggestion, fix)


class FakeLinter:
    """Flags a few words, and sentences longer than 12 words (so findings overlap)."""

    def __init__(self) -> None:
        self.calls = 0

    def warm(self) -> None:
        pass

    def lint(self, text: str) -> list[Finding]:
        self.calls += 1
        out = []
        for m in re.finditer(r"\w+", text):
            spec = FAKE_RULES.get(m.group().lower())
            if spec:
                rule, severity, message, suggestion, fix = spec
                out.append(_finding(text, m.start(), m.end(), rule, severity, message,
                                    suggestion, fix))
        for m in re.finditer(r"[^.!?\n]+[.!?]?", text):
            if len(m.group().split()) > LONG_SENTENCE:
                out.append(_finding(text, m.start(), m.end(), "lange-zin", Severity.INFO,
                                    "Lange zin. Maak er twee zinnen van."))
        return sorted(out, key=lambda f: (f.start, f.end))

    def is_fixable(self, finding: Finding) -> bool:
        return finding.fixable

    def apply_fixes(self, text: str, findings: list[Finding]) -> str:
        for f in sorted((f for f in findings if f.fix is not None), key=lambda f: -f.start):
            text = text[:f.start] + (f.fix or "") + text[f.end:]
        return text

    def readability(self, text: str) -> Readability:
        words = len(text.split())
        return Readability(float(max(0, 100 - words)), "makkelijk", (("woorden", str(words)),))


class FakeDreams:
    """Reads the YAML itself; a line containing FOUT is a validation problem."""

    def load(self, text: str, path: str) -> DreamFile:
        bad = [i for i, line in enumerate(text.split("\n"), 1) if "FOUT" in line]
        if bad:
            problems = [_dream_error(f"hier staat een fout ({n})", path, n, 3) for n in bad]
            err = _dream_error(f"{len(problems)} problemen", path, None, None)
            err.problems = problems  # type: ignore[attr-defined]
            raise err
        data = yaml.safe_load(text)
        if not isinstance(data, dict):
            raise _dream_error("geen droombestand", path, 1, 1)
        klanttypen = []
        for kt in data.get("klanttypen", []):
            dromen = []
            for dr in kt.get("dromen", []):
                elementen = [Element(naam=e["naam"], impact=int(e.get("impact", 5)),
                                     latent=bool(e.get("latent", False)),
                                     partner=e.get("partner"), index=i)
                             for i, e in enumerate(dr.get("elementen", []))]
                dromen.append(Droom(droom=dr["droom"], elementen=elementen))
            klanttypen.append(Klanttype(naam=kt["naam"], dromen=dromen,
                                        omschrijving=kt.get("omschrijving")))
        org = data.get("organisatie", {})
        return DreamFile(Organisatie(org.get("naam", "?"), org.get("aanbod")), klanttypen,
                         path=path)


def _dream_error(message: str, path: str, line: int | None, column: int | None) -> DreamFileError:
    return DreamFileError(message, path=path, line=line, column=column)


class FakeGenerator:
    def __init__(self) -> None:
        self.calls = 0

    def generate(self, dream: DreamFile, *, top: int = 12) -> GenerationResult:
        self.calls += 1
        klanttypen = []
        for kt in dream.klanttypen:
            dromen = []
            for dr in kt.dromen:
                chosen = sorted(dr.elementen, key=lambda e: -e.impact)[:top]
                elementen = [
                    GeneratedElement(
                        e,
                        [f"Wat betekent {e.naam} voor jou?",
                         f"Hoe merk jij dat {e.naam} ontbreekt?",
                         f"Wanneer kies jij voor {e.naam}?"],
                        Content(f"Over {e.naam}", f"Je droomt van {dr.droom}. Wat houdt je "
                                "tegen?", "een beeld"),
                    )
                    for e in chosen
                ]
                dromen.append(GeneratedDroom(dr, elementen))
            klanttypen.append(GeneratedKlanttype(kt, dromen))
        return GenerationResult(dream, klanttypen)


class FakeExporter:
    def formats(self) -> list[ExportFormat]:
        return [ExportFormat("md", "md", False, "Markdown"),
                ExportFormat("csv", "csv", False, "CSV"),
                ExportFormat("xlsx", "xlsx", True, "Excel")]

    def render(self, result: GenerationResult, fmt: str) -> bytes:
        rows = ["klanttype,droom,element,vraag"]
        for gk in result.klanttypen:
            for gd in gk.dromen:
                for ge in gd.elementen:
                    for v in ge.vragen:
                        rows.append(f'"{gk.klanttype.naam}","{gd.droom.droom}",'
                                    f'"{ge.element.naam}","{v}"')
        if fmt == "xlsx":
            return b"PK\x03\x04fake"
        return ("\n".join(rows) + "\n").encode("utf-8")


@dataclass
class Fakes:
    linter: FakeLinter
    dreams: FakeDreams
    generator: FakeGenerator
    exporter: FakeExporter

    def kwargs(self) -> dict[str, Any]:
        return {"linter": self.linter, "dreams": self.dreams, "generator": self.generator,
                "exporter": self.exporter}


def make_fakes() -> Fakes:
    return Fakes(FakeLinter(), FakeDreams(), FakeGenerator(), FakeExporter())
