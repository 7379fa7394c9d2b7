"""Build training/marketing/train/handwritten.conllu from handwritten_src.txt.

    python -m training.synth.handwritten --frog     # retag with Frog (cache)
    python -m training.synth.handwritten --review   # every token: final tag vs Frog's tag
    python -m training.synth.handwritten            # write the CoNLL-U (no Frog needed)
    python -m training.synth.handwritten --block s6a [--frog|--review]

``--block NAME`` builds a separate block instead: ``handwritten_NAME_src.txt`` (Frog cache
``handwritten_NAME_frog.tsv``) -> ``training/marketing/train/handwritten-NAME.conllu``, so
several writers can add training sentences at once without sharing a file.

Dependencies are hand-made in the source file. Tags and lemmas are Frog's (cached, so the build
is deterministic and Frog stays a development-time tool), corrected by:
1. rules that follow from the hand-made dependencies (which je/u it is: subject, object,
   reflexive or possessive; AUX for aux/cop/aux:pass; particle verbs get the full lemma);
2. explicit ``#TAG`` / ``=lemma`` overrides in the source after checking every tag by hand.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "handwritten_src.txt"
FROG_CACHE = HERE / "handwritten_frog.tsv"
OUT = HERE.parents[0] / "marketing" / "train" / "handwritten.conllu"


def block_paths(name: str | None) -> tuple[Path, Path, Path, str]:
    """(source, Frog cache, output, sentence-id prefix) of the main file or a named block."""
    if not name:
        return SRC, FROG_CACHE, OUT, "handwritten-"
    if not name.isalnum():
        raise ValueError(f"block name must be letters and digits: {name!r}")
    return (HERE / f"handwritten_{name}_src.txt", HERE / f"handwritten_{name}_frog.tsv",
            OUT.with_name(f"handwritten-{name}.conllu"), f"handwritten-{name}-")

if __package__ in (None, ""):
    sys.path.insert(0, str(HERE.parents[1]))

from training.synth.tagmap import feats_for, upos_for  # noqa: E402

SUBJ = ("nsubj", "nsubj:pass")
PRON_BY_ROLE = {
    "je": {"subj": "VNW|pers|pron|nomin|red|2v|ev",
           "poss": "VNW|bez|det|stan|red|2v|ev|prenom|zonder|agr",
           "obj": "VNW|pr|pron|obl|red|2v|getal"},
    "u": {"subj": "VNW|pers|pron|nomin|vol|2b|getal",
          "poss": "VNW|bez|det|stan|vol|2|getal|prenom|zonder|agr",
          "obj": "VNW|pr|pron|obl|vol|2|getal"},
}
FIXED_TAGS = {
    "jij": "VNW|pers|pron|nomin|vol|2v|ev",
    "jou": "VNW|pers|pron|obl|vol|2v|ev",
    "jouw": "VNW|bez|det|stan|vol|2v|ev|prenom|zonder|agr",
    "uw": "VNW|bez|det|stan|vol|2|getal|prenom|zonder|agr",
}
NO_SPACE_BEFORE = {".", ",", "?", "!", ":", ";"}
# "ons" before a het-noun is the possessive (Frog reads it as the object pronoun)
ONS_POSS = "VNW|bez|det|stan|vol|1|mv|prenom|zonder|evon"
# day and month names on their own are N|eigen in the treebanks (SPEC|deeleigen only in flat
# multi-word names); Frog tags them SPEC|deeleigen
CALENDAR = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december"}
NAME_TAG = "N|eigen|ev|basis|zijd|stan"


def parse_source(path: Path = SRC) -> list[list[dict[str, str]]]:
    sents = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        toks = []
        for item in line.split():
            form, _, rest = item.partition("@")
            lemma = ""
            tag = ""
            if "=" in rest:
                rest, _, lemma = rest.partition("=")
            if "#" in rest:
                rest, _, tag = rest.partition("#")
            head, _, deprel = rest.partition(":")
            if not form or not head.isdigit() or not deprel:
                raise ValueError(f"{path.name}:{lineno}: bad token {item!r}")
            toks.append({"form": form, "head": head, "deprel": deprel, "tag": tag,
                         "lemma": lemma, "line": str(lineno)})
        sents.append(toks)
    return sents


def run_frog(sents: list[list[dict[str, str]]], cache: Path = FROG_CACHE) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.txt"
        src.write_text("\n".join(" ".join(t["form"] for t in s) for s in sents) + "\n",
                       encoding="utf-8")
        out = subprocess.run(["frog", "--threads=1", "-t", str(src), "-n", "--skip=tmnc"],
                             capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.split("\n"):
        if not line.strip():
            rows.append("")
            continue
        cols = line.split("\t")
        tag = cols[4].replace("(", "|").replace(",", "|").rstrip(")").rstrip("|")
        rows.append("\t".join([cols[1], cols[2], tag]))
    text = "\n".join(rows).strip("\n") + "\n"
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    cache.write_text(text, encoding="utf-8")


def read_frog(cache: Path = FROG_CACHE) -> list[list[tuple[str, str, str]]]:
    sents = []
    for block in cache.read_text(encoding="utf-8").strip().split("\n\n"):
        sents.append([tuple(line.split("\t")) for line in block.split("\n")])  # type: ignore
    return sents


def annotate(sents, frog):  # type: ignore[no-untyped-def]
    """Final (form, lemma, upos, xpos, head, deprel, frog_tag) rows per sentence."""
    out = []
    for toks, ftoks in zip(sents, frog, strict=True):
        forms = [t["form"] for t in toks]
        if forms != [f[0] for f in ftoks]:
            raise ValueError(f"Frog cache out of date at line {toks[0]['line']}: rerun --frog")
        rows = []
        for i, (tok, (_, flemma, ftag)) in enumerate(zip(toks, ftoks, strict=True), 1):
            low = tok["form"].lower()
            deprel = tok["deprel"]
            tag = ftag
            if low in PRON_BY_ROLE:
                role = "subj" if deprel in SUBJ else "poss" if deprel == "nmod:poss" else "obj"
                tag = PRON_BY_ROLE[low][role]
            elif low in FIXED_TAGS:
                tag = FIXED_TAGS[low]
            elif deprel == "compound:prt" and tag == "VZ|init":
                tag = "VZ|fin"  # separable particles are VZ|fin in CGN
            elif low == "dat" and deprel == "mark":
                tag = "VG|onder"
            elif low == "ons" and deprel == "nmod:poss" and not tag.startswith("VNW|bez"):
                tag = ONS_POSS
            elif low in CALENDAR and deprel != "flat" and tag == "SPEC|deeleigen":
                tag = NAME_TAG
            if tok["tag"]:
                tag = tok["tag"]
            lemma = tok["lemma"] or flemma
            if tag.startswith(("N|eigen", "SPEC")):
                lemma = tok["lemma"] or tok["form"]
            elif lemma != lemma.lower() and not tok["lemma"]:
                lemma = lemma.lower()
            prts = [t["form"].lower() for t in toks
                    if t["deprel"] == "compound:prt" and t["head"] == str(i)]
            if prts and not tok["lemma"] and not lemma.startswith(prts[0]):
                lemma = prts[0] + lemma
            lemma = lemma.replace("_", "")
            if tag.startswith("WW"):  # treebank: AUX exactly for aux, aux:pass and cop
                upos = "AUX" if deprel in ("aux", "aux:pass", "cop") else "VERB"
            else:
                upos = upos_for(tag)
            rows.append((tok["form"], lemma, upos, tag, tok["head"], deprel, ftag))
        out.append(rows)
    return out


def to_conllu(rows, n: int, prefix: str = "handwritten-") -> str:  # type: ignore[no-untyped-def]
    text = ""
    lines = []
    for i, (form, lemma, upos, tag, head, deprel, _) in enumerate(rows, 1):
        nxt = rows[i][0] if i < len(rows) else None
        space = nxt is not None and nxt not in NO_SPACE_BEFORE
        text += form + (" " if space else "")
        misc = "SpaceAfter=No" if nxt is not None and not space else "_"
        lines.append("\t".join([str(i), form, lemma, upos, tag, feats_for(tag, upos), head,
                                deprel, f"{head}:{deprel}", misc]))
    return f"# sent_id = {prefix}{n:03d}\n# text = {text}\n" + "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--frog", action="store_true", help="retag with Frog (cache)")
    parser.add_argument("--review", action="store_true", help="print tags for checking")
    parser.add_argument("--block", default=None, help="build handwritten_BLOCK_src.txt")
    args = parser.parse_args(argv)
    src, cache, out, prefix = block_paths(args.block)
    sents = parse_source(src)
    if args.frog or not cache.exists():
        run_frog(sents, cache)
    rows = annotate(sents, read_frog(cache))
    if args.review:
        changed = total = 0
        for n, sent in enumerate(rows, 1):
            parts = []
            for form, lemma, _, tag, _, deprel, ftag in sent:
                total += 1
                mark = ""
                if tag != ftag:
                    changed += 1
                    mark = f" [frog {ftag}]"
                parts.append(f"{form}/{tag}/{lemma}/{deprel}{mark}")
            print(f"{n:3d} " + "  ".join(parts))
        print(f"{changed} of {total} tags differ from Frog's")
        return 0
    out.write_text("\n".join(to_conllu(s, n, prefix) for n, s in enumerate(rows, 1)),
                   encoding="utf-8")
    print(f"{len(rows)} sentences, {sum(len(s) for s in rows)} tokens -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
