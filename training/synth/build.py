"""Build training/marketing/train/synth.conllu: ``python -m training.synth [--n N] [--seed S]``.

Deterministic for a given seed; exact duplicate sentences are skipped.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):  # allow ``python training/synth/build.py``
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from training.synth.conllu import Sentence  # noqa: E402
from training.synth.grammar import generate_sentence  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO / "training" / "marketing" / "train" / "synth.conllu"
DEFAULT_SEED = 20261122
DEFAULT_N = 6000
# The verb-breadth file: the same shapes, 90% of the verbs from Frog-attested verbs.
BREADTH_OUT = REPO / "training" / "marketing" / "train" / "synth-verbs.conllu"
BREADTH_SEED = 20261123
BREADTH_N = 4000
BREADTH = 0.9


def build(n: int, seed: int, *, breadth: float = 0.0,
          prefix: str = "synth") -> tuple[list[str], Counter[str]]:
    rng = random.Random(seed)
    seen: set[str] = set()
    blocks: list[str] = []
    shapes: Counter[str] = Counter()
    attempts = 0
    while len(blocks) < n and attempts < n * 20:
        attempts += 1
        shape, toks = generate_sentence(rng, breadth=breadth)
        sent = Sentence(toks)
        text = sent.text()
        if text in seen:
            continue
        seen.add(text)
        blocks.append(sent.to_conllu(f"{prefix}-{len(blocks) + 1:05d}-{shape[2:]}"))
        shapes[shape] += 1
    return blocks, shapes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbs", action="store_true",
                        help="build the verb-breadth file synth-verbs.conllu instead")
    parser.add_argument("--n", type=int, default=None, help="number of sentences")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.verbs:
        n, seed, out, breadth, prefix = BREADTH_N, BREADTH_SEED, BREADTH_OUT, BREADTH, "verbs"
    else:
        n, seed, out, breadth, prefix = DEFAULT_N, DEFAULT_SEED, DEFAULT_OUT, 0.0, "synth"
    args.n = args.n or n
    args.seed = args.seed if args.seed is not None else seed
    args.out = args.out or out
    blocks, shapes = build(args.n, args.seed, breadth=breadth, prefix=prefix)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(blocks) + "\n", encoding="utf-8")
    tokens = sum(b.count("\n") - 2 for b in blocks)
    print(f"{len(blocks)} sentences, {tokens} tokens -> {args.out}")
    for shape, count in shapes.most_common():
        print(f"  {shape:28s} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
