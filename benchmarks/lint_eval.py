"""Evaluate `dreamcontent lint`: per-rule precision/recall on the labelled eval sentences,
passive / past-tense sentence detection F1 on the held-out treebank split, and throughput
against the raw ``nlp.pipe`` of the same pipeline.

    python benchmarks/lint_eval.py            # everything
    python benchmarks/lint_eval.py --skip-speed --show-errors

Eval sentences: tests/lint/eval/<rule>.tsv (label<TAB>text; " ¶ " separates paragraphs; a
``# config: key=value`` line sets a config option for that file).
Treebank: in each of nl_alpino-ud-dev, nl_alpino-ud-test and nl_lassysmall-ud-dev, the
sentences whose 0-based index satisfies index % 10 == 0 (never used for training or tuning).
Gold: passive = a token with deprel aux:pass; past = a token with Tense=Past whose XPOS starts
with WW|pv|verl.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dreamcontent.lint import LintConfig, get_linter, lint_texts  # noqa: E402
from dreamcontent.lint.readers import Source  # noqa: E402

EVAL_DIR = ROOT / "tests" / "lint" / "eval"
UD_DIR = Path("/work/shared/ud-dutch")
UD_FILES = ("nl_alpino-ud-dev.conllu", "nl_alpino-ud-test.conllu", "nl_lassysmall-ud-dev.conllu")
_CONFIG_KEYS = {"max-alinea": "max_paragraph_words", "max-zin": "max_sentence_words"}


def load_eval(path: Path) -> tuple[list[tuple[int, str]], LintConfig]:
    items = []
    cfg = LintConfig()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# config:"):
            key, _, value = line[len("# config:"):].strip().partition("=")
            cfg = replace(cfg, **{_CONFIG_KEYS[key.strip()]: int(value)})
            continue
        if not line.strip() or line.startswith("#"):
            continue
        label, text = line.split("\t", 1)
        items.append((int(label), text.replace(" ¶ ", "\n\n")))
    return items, cfg


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def eval_rules(show_errors: bool, folder: Path = EVAL_DIR
               ) -> list[tuple[str, int, int, float, float, float]]:
    rows = []
    for path in sorted(folder.glob("*.tsv")):
        rule_id = path.stem
        items, cfg = load_eval(path)
        results = lint_texts([t for _, t in items], config=cfg)
        tp = fp = fn = 0
        for (label, text), findings in zip(items, results, strict=True):
            hit = any(f.rule == rule_id for f in findings)
            if hit and label:
                tp += 1
            elif hit and not label:
                fp += 1
                if show_errors:
                    print(f"  FP {rule_id}: {text}")
            elif label:
                fn += 1
                if show_errors:
                    print(f"  FN {rule_id}: {text}")
        pos = sum(1 for label, _ in items if label)
        rows.append((rule_id, pos, len(items) - pos, *prf(tp, fp, fn)))
    return rows


def read_heldout(dev: bool = False) -> list[tuple[str, bool, bool]]:
    """(text, gold passive, gold past) for every held-out treebank sentence.

    With ``dev``: all sentences outside the held-out split (index % 10 != 0).
    """
    out = []
    for name in UD_FILES:
        index = -1
        text = None
        passive = past = False
        for line in (UD_DIR / name).read_text(encoding="utf-8").splitlines() + [""]:
            if line.startswith("# text = "):
                text = line[len("# text = "):]
            elif line and not line.startswith("#"):
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                if cols[7] == "aux:pass":
                    passive = True
                if "Tense=Past" in cols[5] and cols[4].startswith("WW|pv|verl"):
                    past = True
            elif not line and text is not None:
                index += 1
                if (index % 10 != 0) if dev else (index % 10 == 0):
                    out.append((text, passive, past))
                text = None
                passive = past = False
    return out


def eval_treebank(show_errors: bool, dev: bool = False
                  ) -> dict[str, tuple[int, float, float, float]]:
    data = read_heldout(dev)
    cfg = LintConfig(enable=frozenset({"passief", "verleden-tijd"}))
    results = lint_texts([t for t, _, _ in data], config=cfg)
    out = {}
    for rule_id, gold_index in (("passief", 1), ("verleden-tijd", 2)):
        tp = fp = fn = 0
        for item, findings in zip(data, results, strict=True):
            gold = item[gold_index]
            hit = any(f.rule == rule_id for f in findings)
            tp += hit and gold
            fp += hit and not gold
            fn += gold and not hit
            if show_errors and hit != gold:
                print(f"  {'FP' if hit else 'FN'} {rule_id}: {item[0]}")
        out[rule_id] = (len(data), *prf(tp, fp, fn))
    return out


def speed(repeats: int = 2) -> tuple[float, float, int]:
    """Seconds for raw nlp.pipe and for the linter (rules, readability, offsets included) on
    the same paragraphs: the treebank sentences in paragraphs of five."""
    texts = [t for t, _, _ in read_heldout()]
    for name in UD_FILES:
        for line in (UD_DIR / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                texts.append(line[9:])
    # paragraphs of about five sentences, as in real copy
    paras = [" ".join(texts[i:i + 5]) for i in range(0, len(texts), 5)]
    linter = get_linter()
    nlp = linter.nlp
    list(nlp.pipe(paras[:50]))  # warm up
    # The machine is shared: time raw and lint on the same chunk of paragraphs back to back,
    # alternating which goes first, so load changes hit both sides alike.
    raw = lint = 0.0
    chunk = 64
    for _ in range(repeats):
        for n, i in enumerate(range(0, len(paras), chunk)):
            part = paras[i:i + chunk]
            order = ("raw", "lint") if n % 2 == 0 else ("lint", "raw")
            for which in order:
                t0 = time.perf_counter()
                if which == "raw":
                    for _doc in nlp.pipe(part, batch_size=chunk):
                        pass
                    raw += time.perf_counter() - t0
                else:
                    sources = (Source(path=f"p{k}", text=p, prose=p) for k, p in enumerate(part))
                    for _rep in linter.lint_sources(sources, batch_size=chunk):
                        pass
                    lint += time.perf_counter() - t0
    return raw, lint, len(paras) * repeats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--dev", action="store_true",
                    help="the development sentences (tests/lint/dev) instead of the eval set, "
                    "and treebank sentences outside the held-out split")
    args = ap.parse_args()
    if args.dev:
        print(f"{'rule':24} {'pos':>4} {'neg':>4} {'P':>6} {'R':>6} {'F1':>6}")
        for rule_id, pos, neg, p, r, f in eval_rules(args.show_errors, EVAL_DIR.parent / "dev"):
            print(f"{rule_id:24} {pos:4d} {neg:4d} {p:6.3f} {r:6.3f} {f:6.3f}")
        for rule_id, (n, p, r, f) in eval_treebank(args.show_errors, dev=True).items():
            print(f"treebank-dev {rule_id:14} n={n}  P={p:.3f} R={r:.3f} F1={f:.3f}")
        return

    print("Per-rule results on tests/lint/eval (held-out labelled sentences)")
    print(f"{'rule':24} {'pos':>4} {'neg':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for rule_id, pos, neg, p, r, f in eval_rules(args.show_errors):
        print(f"{rule_id:24} {pos:4d} {neg:4d} {p:6.3f} {r:6.3f} {f:6.3f}")
    print()
    print("Held-out treebank split (index % 10 == 0), sentence-level detection")
    for rule_id, (n, p, r, f) in eval_treebank(args.show_errors).items():
        gold = "aux:pass" if rule_id == "passief" else "Tense=Past (WW|pv|verl)"
        print(f"{rule_id:24} n={n}  P={p:.3f} R={r:.3f} F1={f:.3f}  (gold: {gold})")
    if not args.skip_speed:
        raw, lint, n = speed()
        print()
        print(f"Throughput on {n} paragraphs (chunks of 64, raw and lint back to back): "
              f"raw nlp.pipe {n / raw:.1f} par/s, "
              f"lint {n / lint:.1f} par/s, ratio {raw / lint:.2f}x")


if __name__ == "__main__":
    main()
