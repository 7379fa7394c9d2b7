"""The result type of the linter: one ``Finding`` per place where the text breaks house style."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Severity(str, Enum):  # noqa: UP042 - str mixin keeps JSON/py3.10 simple
    """How serious a finding is; ``--fail-on`` compares against this order."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @property
    def label(self) -> str:
        """Dutch label for the text summary."""
        return _LABEL[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
_LABEL = {Severity.INFO: "tip", Severity.WARNING: "waarschuwing", Severity.ERROR: "fout"}


@dataclass(frozen=True)
class Hit:
    """What a rule reports: character offsets into the Doc's text plus the Dutch wording.

    ``fix`` is the replacement for ``doc.text[start:end]`` when the fix is safe to apply
    automatically; ``None`` otherwise.
    """

    start: int
    end: int
    message: str
    suggestion: str | None = None
    fix: str | None = None
    #: the range the fix replaces when it is wider than the finding ("Heeft u" -> "Heb je")
    fix_start: int | None = None
    fix_end: int | None = None


@dataclass
class Finding:
    """One place in one input that breaks house style.

    ``line`` and ``column`` are 1-based; ``start`` / ``end`` are character offsets into the
    original text (for .docx: into the paragraphs joined by newlines, so ``line`` is the
    paragraph number).
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    rule: str
    severity: Severity
    message: str
    suggestion: str | None = None
    fix: str | None = field(default=None, compare=False)
    #: source range the fix replaces (defaults to start/end)
    fix_start: int | None = field(default=None, compare=False)
    fix_end: int | None = field(default=None, compare=False)

    @property
    def fix_range(self) -> tuple[int, int]:
        return (self.start if self.fix_start is None else self.fix_start,
                self.end if self.fix_end is None else self.fix_end)

    @property
    def fixable(self) -> bool:
        return self.fix is not None

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract: other tools parse this."""
        out: dict[str, Any] = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
        }
        if self.suggestion:
            out["suggestion"] = self.suggestion
        out["fixable"] = self.fixable
        if self.fix is not None:
            a, b = self.fix_range
            out["fix"] = {"start": a, "end": b, "replacement": self.fix}
        return out
