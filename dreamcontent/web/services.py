"""The web app's view of the library: small adapters over the real Python APIs.

The app holds no logic of its own: linting, readability, fixes, dream-file validation,
generation and export all come from ``dreamcontent.lint``, ``dreamcontent.dreamfile``,
``dreamcontent.generate`` and ``dreamcontent.export``. These adapters import those modules
lazily (so ``dreamcontent --help`` stays fast), turn their results into the plain shapes the
pages need, and serialise calls into the shared spaCy pipeline with one lock, because the
development server answers requests on several threads.

Tests inject fakes with the same methods through ``create_app(linter=..., ...)``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dreamcontent.errors import DreamFileError
from dreamcontent.web.highlight import Span

#: One lock for everything that runs the spaCy pipeline.
PIPELINE_LOCK = threading.RLock()


@dataclass(frozen=True)
class Readability:
    """A readability score as the page shows it."""

    score: float | None
    label: str | None = None  # e.g. the Douma band ("makkelijk", "moeilijk", ...)
    details: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Problem:
    """One validation problem in a dream file."""

    line: int | None
    column: int | None
    message: str


@dataclass(frozen=True)
class ExportFormat:
    name: str
    extension: str
    binary: bool
    label: str
    button: str = ""  # text on the download button; the extension in capitals if empty

    @property
    def button_text(self) -> str:
        return self.button or self.extension.upper()


#: Extra download variants: web name -> (library format, render options, label, button).
#: Dutch Excel reads semicolon-separated CSV with a byte-order mark without an import wizard.
VARIANTS: dict[str, tuple[str, dict[str, Any], str, str]] = {
    "csv-excel": ("csv", {"delimiter": ";", "bom": True},
                  "CSV voor Nederlandse Excel (puntkomma)", "CSV (;)"),
}


FORMAT_LABELS = {
    "md": "Markdown",
    "html": "HTML",
    "json": "JSON",
    "csv": "CSV (spreadsheet)",
    "xlsx": "Excel",
    "docx": "Word",
}


def _first_attr(obj: Any, *names: str, default: Any = None) -> Any:
    for name in names:
        if isinstance(obj, dict) and name in obj:
            return obj[name]
        if hasattr(obj, name):
            return getattr(obj, name)
    return default


def finding_to_span(index: int, finding: Any, *, fixable: bool = False) -> Span:
    """A library Finding (or anything shaped like one) as a highlight Span."""
    severity = _first_attr(finding, "severity", default="warning")
    severity = str(getattr(severity, "value", severity)).lower()
    start = _first_attr(finding, "start", "start_char", "offset")
    end = _first_attr(finding, "end", "end_char")
    return Span(
        id=index,
        start=int(start) if start is not None else None,
        end=int(end) if end is not None else None,
        rule=str(_first_attr(finding, "rule", "rule_id", default="?")),
        severity=severity,
        message=str(_first_attr(finding, "message", default="")),
        suggestion=_first_attr(finding, "suggestion"),
        line=_first_attr(finding, "line"),
        column=_first_attr(finding, "column"),
        fixable=fixable,
    )


def problems_of(error: DreamFileError) -> list[Problem]:
    """Every problem a DreamFileError carries (``.problems``, or the error itself)."""
    found = getattr(error, "problems", None) or [error]
    out = []
    for problem in found:
        message = getattr(problem, "message", None) or (problem.args[0] if problem.args
                                                         else problem.__class__.__name__)
        out.append(Problem(getattr(problem, "line", None), getattr(problem, "column", None),
                           str(message)))
    return out


class LibraryLinter:
    """``dreamcontent.lint``: findings, readability and safe fixes."""

    def warm(self) -> None:
        """Load the pipeline and build the linter now, so the first request is fast."""
        from dreamcontent.lint import lint_report
        from dreamcontent.nl.pipeline import get_nlp

        with PIPELINE_LOCK:
            get_nlp()
            lint_report("Jij leest deze korte zin.", path="<opwarmen>")

    def __init__(self) -> None:
        # The readability of the text linted last: one pipeline run gives both.
        self._last: tuple[str, Any] | None = None

    def lint(self, text: str) -> list[Any]:
        from dreamcontent.lint import lint_report

        with PIPELINE_LOCK:
            report = lint_report(text, path="<tekst>")
            self._last = (text, report.readability)
        return list(report.findings)

    def is_fixable(self, finding: Any) -> bool:
        """True when ``apply_fixes`` can change the text for this finding on its own."""
        fixable = _first_attr(finding, "fixable")
        if fixable is not None:
            return bool(fixable)
        return _first_attr(finding, "fix") is not None

    def apply_fixes(self, text: str, findings: Sequence[Any]) -> str:
        from dreamcontent.lint import apply_fixes

        with PIPELINE_LOCK:
            return apply_fixes(text, list(findings))

    def readability(self, text: str) -> Readability:
        from dreamcontent.lint import readability

        with PIPELINE_LOCK:
            last = self._last
            value = last[1] if last is not None and last[0] == text else readability(text)
        return to_readability(value)


def to_readability(value: Any) -> Readability:
    """Accept a number, a mapping or an object with score/label-like fields."""
    if value is None:
        return Readability(None)
    if isinstance(value, (int, float)):
        return Readability(float(value))
    score = _first_attr(value, "score", "douma", "flesch_douma", "value")
    label = _first_attr(value, "band", "label", "level", "niveau", "description")
    label = getattr(label, "value", label)
    details = []
    for key, name in (("words", "woorden"), ("sentences", "zinnen"),
                      ("avg_sentence_length", "woorden per zin")):
        item = _first_attr(value, key)
        if isinstance(item, (int, float)):
            shown = f"{item:.1f}".replace(".", ",") if isinstance(item, float) else str(item)
            details.append((name, shown))
    passive = _first_attr(value, "passive_share")
    if isinstance(passive, (int, float)):
        details.append(("lijdende vorm", f"{passive:.0%}".replace("%", " %")))
    return Readability(float(score) if score is not None else None,
                       str(label) if label is not None else None, tuple(details))


class LibraryDreams:
    """``dreamcontent.dreamfile``: validate and load a dream file from text."""

    def load(self, text: str, path: str) -> Any:
        from dreamcontent.dreamfile import load_dream_text

        return load_dream_text(text, path=path)


class LibraryGenerator:
    """``dreamcontent.generate``: the questions and content for a loaded dream file."""

    def generate(self, dream: Any, *, top: int = 12) -> Any:
        from dreamcontent.generate import generate

        with PIPELINE_LOCK:
            return generate(dream, top=top, seed=0)


class LibraryExporter:
    """``dreamcontent.export``: every export format as bytes."""

    def formats(self) -> list[ExportFormat]:
        from dreamcontent.export import FORMATS

        out = []
        names = list(FORMATS) if not isinstance(FORMATS, dict) else list(FORMATS.keys())
        for name in names:
            exporter = FORMATS[name] if isinstance(FORMATS, dict) else None
            extension = str(_first_attr(exporter, "extension", default=name) or name)
            extension = extension.lstrip(".")
            binary = bool(_first_attr(exporter, "binary", default=name in {"xlsx", "docx"}))
            out.append(ExportFormat(name, extension, binary, FORMAT_LABELS.get(name, name)))
            for variant, (base, _options, label, button) in VARIANTS.items():
                if base == name:
                    out.append(ExportFormat(variant, extension, binary, label, button))
        return out

    def render(self, result: Any, fmt: str) -> bytes:
        from dreamcontent.export import render

        base, options = fmt, {}
        if fmt in VARIANTS:
            base, options = VARIANTS[fmt][0], VARIANTS[fmt][1]
        with PIPELINE_LOCK:
            data = render(result, base, **options)
        return data.encode("utf-8") if isinstance(data, str) else bytes(data)
