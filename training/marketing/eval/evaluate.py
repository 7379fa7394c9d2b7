"""Score a spaCy pipeline on the hand-annotated marketing evaluation set.

Reports token-level accuracy (CGN tag, UPOS, morphology, lemma, UAS, LAS) on gold tokenisation,
and the numbers this set exists for: tag accuracy on the second-person pronouns by function
(je/jij/jou/jouw/u/uw as subject, object/reflexive, possessive), on finite verbs (the dt-cases),
and precision/recall of ``aux:pass``.

Usage (from the repository root)::

    python training/marketing/eval/evaluate.py [PIPELINE_DIR]

PIPELINE_DIR defaults to dreamcontent/data/nl_dreamcontent. Development tool only.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONLLU = HERE / "marketing-eval.conllu"
DEFAULT_PIPELINE = HERE.parents[2] / "dreamcontent" / "data" / "nl_dreamcontent"
KEY_FORMS = {"je", "jij", "jou", "jouw", "u", "uw"}


def read_sentences(path: Path = CONLLU) -> list[list[list[str]]]:
    sentences: list[list[list[str]]] = []
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if rows:
                sentences.append(rows)
                rows = []
        elif not line.startswith("#"):
            rows.append(line.split("\t"))
    if rows:
        sentences.append(rows)
    return sentences


def function_of(xpos: str) -> str:
    if "|bez|" in xpos:
        return "possessive"
    if "|nomin|" in xpos:
        return "subject"
    return "object/reflexive"


def score(pipeline: Path) -> dict[str, tuple[int, int]]:
    """Return {measure: (correct, total)}."""
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(pipeline)
    sentences = read_sentences()
    docs = [Doc(nlp.vocab, words=[r[1] for r in rows]) for rows in sentences]
    ok: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()

    def count(name: str, good: bool) -> None:
        total[name] += 1
        ok[name] += good

    for rows, doc in zip(sentences, nlp.pipe(docs), strict=True):
        for row, tok in zip(rows, doc, strict=True):
            gold_head = int(row[6])
            pred_head = 0 if tok.head.i == tok.i else tok.head.i + 1
            count("TAG", tok.tag_ == row[4])
            count("POS", tok.pos_ == row[3])
            count("MORPH", str(tok.morph) == (row[5] if row[5] != "_" else ""))
            count("LEMMA", tok.lemma_ == row[2])
            if row[3] != "PUNCT":
                count("UAS", pred_head == gold_head)
                count("LAS", pred_head == gold_head and tok.dep_.lower() == row[7])
            form = row[1].lower()
            if form in KEY_FORMS:
                count("TAG key pronouns", tok.tag_ == row[4])
                count(f"TAG {form} ({function_of(row[4])})", tok.tag_ == row[4])
            if row[4].startswith("WW|pv"):
                count("TAG finite verbs", tok.tag_ == row[4])
            if row[7] == "aux:pass":
                count("aux:pass recall", tok.dep_ == "aux:pass")
            if tok.dep_ == "aux:pass":
                count("aux:pass precision", row[7] == "aux:pass")
    return {name: (ok[name], total[name]) for name in total}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pipeline", nargs="?", type=Path, default=DEFAULT_PIPELINE)
    args = ap.parse_args(argv)
    results = score(args.pipeline)
    first = ["TAG", "POS", "MORPH", "LEMMA", "UAS", "LAS", "TAG finite verbs", "TAG key pronouns"]
    order = [n for n in first if n in results] + sorted(n for n in results if n not in first)
    for name in order:
        good, n = results[name]
        print(f"{name:<40} {good:>5}/{n:<5} {100 * good / n:6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
