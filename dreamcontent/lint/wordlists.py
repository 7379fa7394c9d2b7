"""Word lists kept apart from rule logic (dreamcontent/lint/data/*.txt), loaded once."""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries of data/<name>.txt: one per line, lower case, ``#`` starts a comment."""
    return frozenset(lines(name))


@functools.cache
def lines(name: str) -> tuple[str, ...]:
    text = resources.files("dreamcontent.lint").joinpath("data", f"{name}.txt").read_text(
        encoding="utf-8"
    )
    out = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if line:
            out.append(line)
    return tuple(out)


@functools.cache
def table(name: str) -> dict[str, str]:
    """Entries of the form ``key = value`` from data/<name>.txt."""
    out: dict[str, str] = {}
    for line in lines(name):
        key, _, value = line.partition("=")
        out[key.strip()] = value.strip()
    return out
