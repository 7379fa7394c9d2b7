"""Output formats of `dreamcontent lint`: text (with colours and a summary), json, github."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from dreamcontent.lint.engine import Report
from dreamcontent.lint.finding import Finding, Severity

_COLOURS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"


def format_finding(f: Finding, colour: bool = False) -> str:
    """``path:line:col: severity rule: message`` (+ suggestion on the next line)."""
    where = f"{f.path}:{f.line}:{f.column}:"
    sev = f.severity.value
    if colour:
        where = f"{_BOLD}{where}{_RESET}"
        sev = f"{_COLOURS[f.severity]}{sev}{_RESET}"
        rule = f"{_DIM}{f.rule}{_RESET}"
    else:
        rule = f.rule
    line = f"{where} {sev} {rule}: {f.message}"
    if f.suggestion:
        line += f"\n    → {f.suggestion}"
    return line


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def format_text(reports: Sequence[Report], colour: bool = False) -> str:
    lines: list[str] = []
    total: Counter[Severity] = Counter()
    fixable = 0
    for rep in reports:
        for f in rep.findings:
            lines.append(format_finding(f, colour))
            total[f.severity] += 1
            fixable += f.fixable
        if rep.readability is not None and rep.readability.words:
            lines.append(f"{rep.path}: {rep.readability.summary()}")
    n = sum(total.values())
    if n == 0:
        summary = f"Geen meldingen in {_plural(len(reports), 'bestand', 'bestanden')}."
    else:
        parts = [_plural(total[Severity.ERROR], "fout", "fouten"),
                 _plural(total[Severity.WARNING], "waarschuwing", "waarschuwingen"),
                 _plural(total[Severity.INFO], "tip", "tips")]
        summary = (f"{_plural(n, 'melding', 'meldingen')} in "
                   f"{_plural(len(reports), 'bestand', 'bestanden')}: {', '.join(parts)}.")
        if fixable:
            summary += f" {fixable} automatisch te herstellen met --fix."
    lines.append(f"{_BOLD}{summary}{_RESET}" if colour else summary)
    return "\n".join(lines) + "\n"


def readability_entry(rep: Report) -> dict[str, Any]:
    """The readability of one file as an entry of the JSON array (rule "leesbaarheid")."""
    assert rep.readability is not None
    return {
        "path": rep.path, "line": 1, "column": 1, "rule": "leesbaarheid", "severity": "info",
        "message": rep.readability.summary(), "leesbaarheid": rep.readability.to_dict(),
    }


def format_json(reports: Sequence[Report], readability: bool = False) -> str:
    """A JSON array of findings (the contract other tools parse).

    With ``readability`` every file adds one entry with ``rule`` = ``"leesbaarheid"`` and a
    ``leesbaarheid`` object (Flesch-Douma, band, sentence length, passive share).
    """
    out: list[dict[str, Any]] = []
    for rep in reports:
        out.extend(f.to_dict() for f in rep.findings)
        if readability and rep.readability is not None:
            out.append(readability_entry(rep))
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


def _gh_escape(s: str, prop: bool = False) -> str:
    s = s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        s = s.replace(":", "%3A").replace(",", "%2C")
    return s


_GH_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def format_github(reports: Sequence[Report]) -> str:
    """GitHub Actions workflow commands (``::error file=…,line=…,col=…::message``)."""
    lines = []
    for rep in reports:
        for f in rep.findings:
            msg = f.message + (f" {f.suggestion}" if f.suggestion else "")
            lines.append(
                f"::{_GH_LEVEL[f.severity]} file={_gh_escape(f.path, True)},line={f.line},"
                f"col={f.column},endLine={f.end_line},endColumn={f.end_column},"
                f"title={_gh_escape(f.rule, True)}::{_gh_escape(msg)}"
            )
    return "\n".join(lines) + ("\n" if lines else "")
