"""Build the sixth marketing set (a blind test set) from its annotation source.

A thin wrapper around ``training/marketing/setbuild.py`` (which points set 2's build, and
through it set 1's, at this folder's files); nothing is re-implemented here.

Usage (from the repository root)::

    python training/marketing/blind6/build.py                # build, print problems and counts
    python training/marketing/blind6/build.py --corrections  # also count Frog tag changes
    python training/marketing/blind6/build.py --review N     # print tags of sentences N..

Frog runs only for sentences that are not yet in ``frog-pretag.tsv`` (the cache in this
folder), so a rebuild of the committed source needs no Frog.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import setbuild  # noqa: E402


def build(*, run_frog: bool = True) -> tuple[Any, ...]:
    """(eval build module, sentences, problems) for this set; see setbuild.py."""
    return setbuild.build(HERE, run_frog=run_frog)


if __name__ == "__main__":
    raise SystemExit(setbuild.main(HERE, __doc__))
