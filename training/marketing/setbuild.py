"""Build a marketing set laid out like set 2 (blind3/, dev4/, blind5/, blind6/, ...).

    python training/marketing/setbuild.py blind6                # build, counts + Frog agreement
    python training/marketing/setbuild.py blind6 --corrections  # + Frog tag changes
    python training/marketing/setbuild.py blind6 --review 400   # tags from sentence 400

``probe/build.py`` points set 1's build (``eval/build.py``: source parsing, Frog pre-tagging
with a cache, tag -> UPOS/FEATS, lemma look-up, per-sentence checks) at the files it is given
(``SetFiles``). Here those files follow from the set's folder name: ``marketing-<folder>``
as the file stem and ``mkt-<folder>-`` as the sentence-id prefix, so a new set needs a
folder with its source and nothing else. Frog runs only for sentences that are not yet in
the folder's ``frog-pretag.tsv``, so a rebuild of a committed source needs no Frog.
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


def main(argv: list[str] | None = None) -> int:
    """Command line: FOLDER (a set folder next to this file) [--corrections] [--review N]."""
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(__file__).resolve().parent / argv[0]
    if not (folder / f"marketing-{folder.name}.src.txt").exists():
        print(f"no marketing-{folder.name}.src.txt in {folder}", file=sys.stderr)
        return 2
    mod = load()
    return mod.main(argv[1:], files=files(folder), description=__doc__)


if __name__ == "__main__":
    raise SystemExit(main())
