"""Compare the corpus tags with Frog's on a sample (development only; Frog is not a runtime need).

    python -m training.synth.frog_compare [FILE ...] [--n 500] [--seed 1] [--show 40]

Reports agreement on all tokens, on finite verbs (WW|pv...) and on je/jij/jou/jouw/u/uw, and
lists the disagreements grouped by (our tag, Frog's tag) so they can be checked by hand.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

KEY_WORDS = {"je", "jij", "jou", "jouw", "u", "uw"}


def read_conllu(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    sents = []
    text = ""
    toks: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("# text = "):
            text = line[9:]
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            toks.append((cols[1], cols[4]))
        elif not line and toks:
            sents.append((text, toks))
            toks = []
    if toks:
        sents.append((text, toks))
    return sents


def frog_tags(sentences: list[list[str]]) -> list[list[tuple[str, str]]]:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.txt"
        src.write_text("\n".join(" ".join(s) for s in sentences) + "\n", encoding="utf-8")
        out = subprocess.run(
            ["frog", "--threads=1", "-t", str(src), "-n", "--skip=tmnc"],
            capture_output=True, text=True, check=True,
        ).stdout
    result: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in out.split("\n"):
        if not line.strip():
            if cur:
                result.append(cur)
                cur = []
            continue
        cols = line.split("\t")
        tag = cols[4].replace("(", "|").replace(",", "|").rstrip(")").rstrip("|")
        cur.append((cols[1], tag))
    if cur:
        result.append(cur)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=40)
    args = parser.parse_args(argv)
    files = args.files or [Path(__file__).resolve().parents[1] / "marketing" / "train" /
                           "synth.conllu"]
    sents = [s for f in files for s in read_conllu(f)]
    rng = random.Random(args.seed)
    sample = rng.sample(sents, min(args.n, len(sents)))
    frog = frog_tags([[form for form, _ in toks] for _, toks in sample])
    counts: Counter[str] = Counter()
    disagreements: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    misaligned = 0
    for (text, ours), theirs in zip(sample, frog, strict=False):
        if [f for f, _ in ours] != [f for f, _ in theirs]:
            misaligned += 1
            continue
        for (form, tag), (_, ftag) in zip(ours, theirs, strict=True):
            groups = ["all"]
            if tag.startswith("WW|pv") or ftag.startswith("WW|pv"):
                groups.append("finite verb")
            if form.lower() in KEY_WORDS:
                groups.append(form.lower())
                groups.append("je/jij/jou/jouw/u/uw")
            for grp in groups:
                counts[grp + " total"] += 1
                if tag == ftag:
                    counts[grp + " agree"] += 1
            if tag != ftag and len(groups) > 1:
                disagreements[(form.lower() if form.lower() in KEY_WORDS else "WW", tag,
                               ftag)].append(text)
    print(f"sentences compared: {len(sample) - misaligned} (misaligned: {misaligned})")
    for grp in ["all", "finite verb", "je/jij/jou/jouw/u/uw", "je", "jij", "jou", "jouw", "u",
                "uw"]:
        total = counts[grp + " total"]
        if total:
            print(f"  {grp:22s} {counts[grp + ' agree'] / total:6.1%}  ({total} tokens)")
    print("disagreements (finite verbs and key pronouns), most frequent first:")
    for (word, tag, ftag), texts in sorted(disagreements.items(), key=lambda kv: -len(kv[1]))[
            :args.show]:
        print(f"  {len(texts):4d}  {word:5s} ours={tag:45s} frog={ftag}")
        print(f"        e.g. {texts[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
