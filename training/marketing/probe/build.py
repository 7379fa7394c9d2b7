"""Build the second (blind) marketing evaluation set from its annotation source.

The source format, the Frog pre-tagging, the tag -> UPOS/FEATS derivation, the lemma look-up
and the per-sentence checks are those of the first evaluation set: this script imports
``training/marketing/eval/build.py`` and points it at the files in this folder (the tag
inventory ``treebank-tagmap.tsv`` and ``supplement-tags.tsv`` are read from the eval folder).

Usage (from the repository root)::

    python training/marketing/probe/build.py            # build, print problems and counts
    python training/marketing/probe/build.py --review N # print tags of sentences N.. for review

Frog runs only for sentences that are not yet in ``frog-pretag.tsv`` (the cache in this
folder), so a rebuild of the committed source needs no Frog.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
EVAL_BUILD = HERE.parent / "eval" / "build.py"
SRC = HERE / "marketing-probe.src.txt"
OUT = HERE / "marketing-probe.conllu"
FROG_CACHE = HERE / "frog-pretag.tsv"
SENT_PREFIX = "mkt-probe-"

COUNTED_FORMS = frozenset(
    ["je", "jij", "jou", "jouw", "u", "uw", "jullie", "wij", "we", "ons", "onze", "jezelf"]
)
COUNTED_DEPRELS = frozenset(
    [
        "aux:pass",
        "nsubj:pass",
        "obl:agent",
        "cop",
        "xcomp",
        "ccomp",
        "advcl",
        "acl:relcl",
        "compound:prt",
        "expl:pv",
        "iobj",
    ]
)


@dataclasses.dataclass(frozen=True)
class SetFiles:
    """Where an evaluation set built by this script lives (set 2 by default;
    ``../setbuild.py`` passes the files of each later set)."""

    src: Path = SRC
    out: Path = OUT
    frog_cache: Path = FROG_CACHE
    sent_prefix: str = SENT_PREFIX


def load_eval_build(files: SetFiles = SetFiles()) -> ModuleType:
    """Import the first eval set's build module and redirect its file paths to ``files``."""
    spec = importlib.util.spec_from_file_location("_marketing_eval_build", EVAL_BUILD)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {EVAL_BUILD}")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look the module up while it executes
    spec.loader.exec_module(mod)
    mod.SRC = files.src
    mod.OUT = files.out
    mod.FROG_CACHE = files.frog_cache
    return mod


def build(*, run_frog: bool = True, files: SetFiles = SetFiles()
          ) -> tuple[ModuleType, list, list[str]]:
    """Parse the source, attach Frog tags, derive gold columns; return (module, sents, problems)."""
    eb = load_eval_build(files)
    sentences = eb.parse_source(files.src)
    for n, s in enumerate(sentences, 1):
        s.sid = f"{files.sent_prefix}{n:04d}"
    eb.frog_tags(sentences, run=run_frog)
    problems = eb.derive(sentences)
    return eb, sentences, problems


def key_counts(sentences: list) -> collections.Counter[str]:
    """Counts per key form and function, finite verbs per tag, questions, passives."""
    c: collections.Counter[str] = collections.Counter()
    for s in sentences:
        c["sentences"] += 1
        if s.tokens[-1].form == "?":
            c["questions"] += 1
        for t in s.tokens:
            c["tokens"] += 1
            form = t.form.lower()
            if form in COUNTED_FORMS:
                c[f"form {form}"] += 1
                c[f"form {form} as {t.deprel}"] += 1
            if t.xpos.startswith("WW|pv"):
                c["finite verbs"] += 1
                c[f"finite {t.xpos}"] += 1
            if t.deprel in COUNTED_DEPRELS:
                c[f"deprel {t.deprel}"] += 1
            if t.frog_tag != t.xpos:
                c["frog corrected"] += 1
                c[f"frog corrected {t.frog_tag} -> {t.xpos}"] += 1
    return c


def main(argv: list[str] | None = None, files: SetFiles = SetFiles(),
         description: str | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=description or __doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--review", type=int, default=0, help="print sentences from this number on")
    ap.add_argument("--corrections", action="store_true", help="list Frog tags that were changed")
    args = ap.parse_args(argv)
    eb, sentences, problems = build(files=files)
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    if args.review:
        eb.review(sentences, args.review)
    eb.write_conllu(sentences, files.out)
    c = key_counts(sentences)
    for k in sorted(c):
        if args.corrections or not k.startswith("frog corrected "):
            print(f"{k}\t{c[k]}")
    a = eb.stats(sentences)["agree"]
    print(
        f"frog agreement before correction: key pronouns {a['key_ok']}/{a['key_total']}, "
        f"finite verbs {a['pv_ok']}/{a['pv_total']}, all tokens {a['all_ok']}/{a['all_total']}"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
