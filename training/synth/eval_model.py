"""Score a spaCy pipeline on CoNLL-U files with gold tokens (development tool).

    python -m training.synth.eval_model [FILE ...] [--model DIR] [--skip N] [--show N]

Reports tag accuracy overall, on finite verbs (gold WW|pv...) and on je/jij/jou/jouw/u/uw,
plus UAS/LAS, a per-form breakdown of the you-forms, and lists the key-token errors. Default
file: the hand-written corpus, which is not produced by the generator and so shows how well the
pipeline generalises. ``--skip N`` leaves out each file's first N sentences, to score only a
newly added batch (a blind probe before the batch is trained on).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

KEY = {"je", "jij", "jou", "jouw", "u", "uw"}


def read(path: Path) -> list[tuple[str, list[list[str]]]]:
    out = []
    text = ""
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("# text = "):
            text = line[9:]
        elif line and not line.startswith("#"):
            rows.append(line.split("\t"))
        elif not line and rows:
            out.append((text, rows))
            rows = []
    if rows:
        out.append((text, rows))
    return out


def main(argv: list[str] | None = None) -> int:
    import spacy
    from spacy.tokens import Doc

    from dreamcontent.nl.pipeline import model_path

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--show", type=int, default=30)
    parser.add_argument("--skip", type=int, default=0, help="skip each file's first N sentences")
    args = parser.parse_args(argv)
    files = args.files or [Path(__file__).resolve().parents[1] / "marketing" / "train" /
                           "handwritten.conllu"]
    nlp = spacy.load(args.model or model_path())
    c: Counter[str] = Counter()
    errors = []
    for f in files:
        for text, rows in read(f)[args.skip:]:
            words = [r[1] for r in rows]
            spaces = ["SpaceAfter=No" not in r[9] for r in rows]
            doc = Doc(nlp.vocab, words=words, spaces=spaces)
            for _, proc in nlp.pipeline:
                doc = proc(doc)
            for tok, r in zip(doc, rows, strict=True):
                gold_tag, gold_head, gold_dep = r[4], int(r[6]), r[7]
                pred_head = 0 if tok.head.i == tok.i else tok.head.i + 1
                groups = ["all"]
                if gold_tag.startswith("WW|pv"):
                    groups.append("finite verb")
                elif gold_tag.startswith("WW|inf"):
                    groups.append("infinitive")
                if r[1].lower() in KEY:
                    groups.append("je/jij/jou/jouw/u/uw")
                    groups.append("form " + r[1].lower())
                for g in groups:
                    c[g] += 1
                    c[g + " ok"] += tok.tag_ == gold_tag
                if r[3] != "PUNCT":
                    c["dep"] += 1
                    c["uas"] += pred_head == gold_head
                    c["las"] += pred_head == gold_head and tok.dep_.lower() == gold_dep.lower()
                if len(groups) > 1 and tok.tag_ != gold_tag:
                    errors.append(f"{r[1]}: gold {gold_tag} pred {tok.tag_}  | {text}")
    for g in ["all", "finite verb", "infinitive", "je/jij/jou/jouw/u/uw"]:
        if c[g]:
            print(f"tag accuracy {g:22s} {c[g + ' ok'] / c[g]:6.1%}  ({c[g]} tokens)")
    for form in sorted(KEY):
        g = "form " + form
        if c[g]:
            print(f"  {form:5s} {c[g + ' ok'] / c[g]:6.1%}  ({c[g + ' ok']}/{c[g]})")
    if c["dep"]:
        print(f"UAS {c['uas'] / c['dep']:.1%}  LAS {c['las'] / c['dep']:.1%}  ({c['dep']} tokens)")
    for e in errors[:args.show]:
        print("  " + e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
