"""Applying the safe automatic fixes (u -> je, uw -> jouw, dt-forms) to a text."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from dreamcontent.lint.finding import Finding


def apply_fixes(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with every fixable finding applied; overlapping fixes: the first one wins."""
    fixes = sorted((f for f in findings if f.fix is not None), key=lambda f: f.fix_range)
    out = []
    pos = 0
    for f in fixes:
        start, end = f.fix_range
        if start < pos or end > len(text):
            continue
        out.append(text[pos:start])
        out.append(f.fix or "")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff of the fixes, as `--diff` prints it."""
    return "".join(difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True),
        fromfile=f"a/{path}", tofile=f"b/{path}",
    ))
