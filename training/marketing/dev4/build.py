"""Build the fourth marketing set (a development set) from its annotation source.

A thin wrapper: ``training/marketing/probe/build.py`` points the first set's build
(``training/marketing/eval/build.py``: source parsing, Frog pre-tagging with a cache, tag ->
UPOS/FEATS, lemma look-up, per-sentence checks) at the files it is given (``SetFiles``).
This script passes this folder's files; nothing is re-implemented.

Usage (from the repository root)::

    python training/marketing/dev4/build.py                # build, print problems and counts
    python training/marketing/dev4/build.py --corrections  # also count Frog tag changes
    python training/marketing/dev4/build.py --review N     # print tags of sentences N..

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
SRC = HERE / "marketing-dev4.src.txt"
OUT = HERE / "marketing-dev4.conllu"
FROG_CACHE = HERE / "frog-pretag.tsv"
SENT_PREFIX = "mkt-dev4-"


def load_probe_build() -> ModuleType:
    """Import set 2's build module (it builds any set given its ``SetFiles``)."""
    spec = importlib.util.spec_from_file_location("_marketing_dev4_build", PROBE_BUILD)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {PROBE_BUILD}")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def files(mod: ModuleType):  # type: ignore[no-untyped-def]
    return mod.SetFiles(src=SRC, out=OUT, frog_cache=FROG_CACHE, sent_prefix=SENT_PREFIX)


def build(*, run_frog: bool = True) -> tuple[ModuleType, list, list[str]]:
    """(eval build module, sentences, problems) for this set; see probe/build.py."""
    mod = load_probe_build()
    return mod.build(run_frog=run_frog, files=files(mod))


if __name__ == "__main__":
    _mod = load_probe_build()
    raise SystemExit(_mod.main(files=files(_mod), description=__doc__))
