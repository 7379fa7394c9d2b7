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
               batch_size: int = 64, n_process: int = 1) -> list[list[Finding]]:
    """Findings for many short texts in one batched ``nlp.pipe`` run (same order as input).

    A batch of 64 keeps the pipeline's activations small (the generation gate over 1,200
    elements peaked at 674 MB with 256) at a few percent of CPU (BENCHMARKS.md).

    ``n_process > 1`` lints chunks of ``batch_size`` texts on that many forked processes: the
    pipeline is loaded first and shared copy-on-write, and only findings travel back (faster
    than ``nlp.pipe(n_process=...)``, which ships every Doc to the parent). It needs the
    ``fork`` start method; without it, inside a daemonic worker (such as the batch export's
    pool, whose workers may not start processes) or for a single chunk, the texts are linted
    in this process. The result is the same either way.
    """
    items = list(texts)
    if n_process > 1 and len(items) > batch_size and _can_fork():
        import multiprocessing as mp

        _ = get_linter(config).nlp  # load before forking: the workers share it copy-on-write
        jobs = [(start, items[start:start + batch_size], config, batch_size)
                for start in range(0, len(items), batch_size)]
        with mp.get_context("fork").Pool(n_process) as pool:
            parts = pool.map(_lint_chunk, jobs, chunksize=1)
        return [findings for part in parts for findings in part]
    return _lint_serial(items, config, batch_size, 0)


def _can_fork() -> bool:
    import multiprocessing as mp

    return "fork" in mp.get_all_start_methods() and not mp.current_process().daemon


def _lint_chunk(job: tuple[int, list[str], LintConfig | None, int]) -> list[list[Finding]]:
    start, items, config, batch_size = job
    return _lint_serial(items, config, batch_size, start)


def _lint_serial(items: list[str], config: LintConfig | None, batch_size: int,
                 offset: int) -> list[list[Finding]]:
    from dreamcontent.lint.readers import Source, mask_text

    def sources() -> Iterable[Source]:
        for i, t in enumerate(items, offset + 1):
            t = t.replace("\r\n", "\n")
            if "<!--" in t or "http" in t or "www." in t or "@" in t:
                prose, breaks = mask_text(t)
            else:
                prose, breaks = t, []
            yield Source(path=f"<tekst {i}>", text=t, prose=prose, breaks=breaks)

    linter = get_linter(config)
    return [r.findings for r in linter.lint_sources(sources(), batch_size=batch_size,
                                                    readability=False)]


def readability(text: str, *, kind: str = "text") -> Readability:
    """Flesch-Douma score, Douma band, average sentence length and passive share of a text."""
    report = lint_report(text, kind=kind)
    assert report.readability is not None
    return report.readability
