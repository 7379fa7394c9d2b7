"""Shared entry for the marketing sets built like set 2 (blind3/, dev4/, ...).

``probe/build.py`` points set 1's build (``eval/build.py``: source parsing, Frog pre-tagging
with a cache, tag -> UPOS/FEATS, lemma look-up, per-sentence checks) at the files it is given
(``SetFiles``). A set's own ``build.py`` only passes its folder to ``build`` or ``main`` here;
the file stem (``marketing-<folder>``) and the sentence-id prefix (``mkt-<folder>-``) follow
from the folder's name, and nothing is re-implemented per set.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

PROBE_BUILD = Path(__file__).resolve().parent / "probe" / "build.py"
_MODULE = "_marketing_set_build"


def load() -> ModuleType:
    """Import set 2's build module once (it builds any set given its ``SetFiles``)."""
    if _MODULE in sys.modules:
        return sys.modules[_MODULE]
    spec = importlib.util.spec_from_file_location(_MODULE, PROBE_BUILD)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {PROBE_BUILD}")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[_MODULE] = mod
    spec.loader.exec_module(mod)
    return mod


def files(folder: Path) -> Any:
    """The ``SetFiles`` of the set in ``folder``: ``marketing-<folder>.src.txt`` ->
    ``marketing-<folder>.conllu``, Frog cache ``frog-pretag.tsv``, sentence ids
    ``mkt-<folder>-NNN``."""
    mod = load()
    stem = f"marketing-{folder.name}"
    return mod.SetFiles(src=folder / f"{stem}.src.txt", out=folder / f"{stem}.conllu",
                        frog_cache=folder / "frog-pretag.tsv",
                        sent_prefix=f"mkt-{folder.name}-")


def build(folder: Path, *, run_frog: bool = True) -> tuple[Any, ...]:
    """(eval build module, sentences, problems) for the set; see probe/build.py."""
    mod = load()
    return mod.build(run_frog=run_frog, files=files(folder))


def main(folder: Path, description: str | None) -> int:
    """Command line of a set's build.py (build, --corrections, --review N)."""
    mod = load()
    return mod.main(files=files(folder), description=description)
