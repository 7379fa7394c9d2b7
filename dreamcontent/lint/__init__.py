"""The Dutch style linter: ``lint_text`` / ``lint_texts`` and the rule registry.

    >>> from dreamcontent.lint import lint_text
    >>> [f.rule for f in lint_text("Heeft u vragen over uw factuur?")]  # doctest: +SKIP
    ['aanspreekvorm-u', 'gesloten-vraag', 'aanspreekvorm-u']

The pipeline runs once per text via ``nlp.pipe``; ``lint_texts`` batches many short texts
(the generator's quality gate).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from dreamcontent.lint.config import LintConfig, find_config, load_config_file
from dreamcontent.lint.finding import Finding, Severity
from dreamcontent.lint.fixes import apply_fixes
from dreamcontent.lint.readability import Readability
from dreamcontent.lint.rules import RULES

if TYPE_CHECKING:  # pragma: no cover
    from dreamcontent.lint.engine import Linter, Report

__all__ = [
    "RULES", "Finding", "LintConfig", "Readability", "Severity", "apply_fixes", "find_config",
    "get_linter", "lint_report", "lint_text", "lint_texts", "load_config_file", "readability",
]

_LINTERS: dict[int, Linter] = {}


def get_linter(config: LintConfig | None = None) -> Linter:
    """A Linter for ``config`` (cached for the default and for repeated configs)."""
    from dreamcontent.lint.engine import Linter

    key = id(config) if config is not None else 0
    linter = _LINTERS.get(key)
    if linter is None or (config is not None and linter.config is not config):
        linter = Linter(config)
        _LINTERS[key] = linter
    return linter


def lint_report(text: str, *, config: LintConfig | None = None, path: str = "<tekst>",
                kind: str = "text") -> Report:
    """Findings and readability of one text (``kind``: text, markdown or html)."""
    from dreamcontent.lint.readers import source_from_text

    src = source_from_text(text, path, kind)
    return next(get_linter(config).lint_sources([src]))


def lint_text(text: str, *, config: LintConfig | None = None, path: str = "<tekst>",
              kind: str = "text") -> list[Finding]:
    """All findings for one text, sorted by position."""
    return lint_report(text, config=config, path=path, kind=kind).findings


def lint_texts(texts: Iterable[str], *, config: LintConfig | None = None,
               batch_size: int = 64) -> list[list[Finding]]:
    """Findings for many short texts in one batched ``nlp.pipe`` run (same order as input).

    A batch of 64 keeps the pipeline's activations small (the generation gate over 1,200
    elements peaked at 674 MB with 256) at a few percent of CPU (BENCHMARKS.md).
    """
    from dreamcontent.lint.readers import Source, mask_text

    def sources() -> Iterable[Source]:
        for i, t in enumerate(texts):
            t = t.replace("\r\n", "\n")
            if "<!--" in t or "http" in t or "www." in t or "@" in t:
                prose, breaks = mask_text(t)
            else:
                prose, breaks = t, []
            yield Source(path=f"<tekst {i + 1}>", text=t, prose=prose, breaks=breaks)

    linter = get_linter(config)
    return [r.findings for r in linter.lint_sources(sources(), batch_size=batch_size,
                                                    readability=False)]


def readability(text: str, *, kind: str = "text") -> Readability:
    """Flesch-Douma score, Douma band, average sentence length and passive share of a text."""
    report = lint_report(text, kind=kind)
    assert report.readability is not None
    return report.readability
