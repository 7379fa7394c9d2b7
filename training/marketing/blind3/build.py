"""Build the third (blind) marketing evaluation set from its annotation source.

A thin wrapper: ``training/marketing/probe/build.py`` already points the first set's build
(``training/marketing/eval/build.py``: source parsing, Frog pre-tagging with a cache, tag ->
UPOS/FEATS, lemma look-up, per-sentence checks) at its own folder through module-level paths.
This script imports it and redirects those paths to this folder; nothing is re-implemented.

Usage (from the repository root)::

    python training/marketing/blind3/build.py                # build, print problems and counts
    python training/marketing/blind3/build.py --corrections  # also count Frog tag changes
    python training/marketing/blind3/build.py --review N     # print tags of sentences N..

Frog runs only for sentences that are not yet in ``frog-pretag.tsv`` (the cache in this
folder), so a rebuild of the committed source needs no Frog.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
PROBE_BUILD = HERE.parent / "probe" / "build.py"
SRC = HERE / "marketing-blind3.src.txt"
OUT = HERE / "marketing-blind3.conllu"
FROG_CACHE = HERE / "frog-pretag.tsv"
SENT_PREFIX = "mkt-blind3-"


def load_probe_build() -> ModuleType:
    """Import set 2's build module with its paths redirected to this folder."""
    spec = importlib.util.spec_from_file_location("_marketing_blind3_build", PROBE_BUILD)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {PROBE_BUILD}")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    # probe/build.py reads these module globals at call time (build(), main(), and the eval
    # module it loads), so redirecting them is all that is needed.
    mod.SRC, mod.OUT, mod.FROG_CACHE, mod.SENT_PREFIX = SRC, OUT, FROG_CACHE, SENT_PREFIX
    return mod


def build(*, run_frog: bool = True) -> tuple[ModuleType, list, list[str]]:
    """(eval build module, sentences, problems) for this set; see probe/build.py."""
    return load_probe_build().build(run_frog=run_frog)


if __name__ == "__main__":
    raise SystemExit(load_probe_build().main())
