"""One benchmark measurement in a fresh interpreter; prints one JSON line (see bench.py)."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "ud-dutch"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def corpus_paragraphs() -> list[str]:
    """Dutch running text: treebank sentences, four to a paragraph, in file order."""
    from dreamcontent.nl.training import TREEBANK_V1_EXTRA, TREEBANK_V2, read_conllu

    sents: list[str] = []
    for name in (*TREEBANK_V2, TREEBANK_V1_EXTRA):
        path = SHARED / name
        if path.exists():
            sents.extend(s.text for s in read_conllu(path))
    if not sents:  # no treebanks beside the repo: fall back to the example dream files
        for f in sorted((ROOT / "dreams").glob("*.yaml")):
            sents.extend(line.strip("-# ").strip() for line in f.read_text().splitlines()
                         if line.strip())
    return [" ".join(sents[i:i + 4]) for i in range(0, len(sents), 4)]


def text_of_size(nbytes: int) -> str:
    paras = corpus_paragraphs()
    out: list[str] = []
    size = 0
    i = 0
    while size < nbytes:
        p = paras[i % len(paras)]
        out.append(p)
        size += len(p.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(out)


def cmd_page_text() -> dict:
    return {"text": text_of_size(3_500)}


def cmd_throughput(nbytes: str, n_process: str) -> dict:
    from dreamcontent.lint import lint_texts
    from dreamcontent.nl.pipeline import get_nlp

    nlp = get_nlp()
    paras = text_of_size(int(nbytes)).split("\n\n")
    words = sum(len(p.split()) for p in paras)
    n = int(n_process)
    list(nlp.pipe(paras[:50]))  # warm up
    t0 = time.perf_counter()
    for _ in nlp.pipe(paras, batch_size=64, n_process=n):
        pass
    raw = time.perf_counter() - t0
    t0 = time.perf_counter()
    lint_texts(paras, n_process=n)
    lint = time.perf_counter() - t0
    return {"words": words, "raw_wps": words / raw, "lint_wps": words / lint}


def cmd_scale(nbytes: str) -> dict:
    from dreamcontent.lint import lint_text
    from dreamcontent.nl.pipeline import get_nlp

    get_nlp()
    text = text_of_size(int(nbytes))
    t0 = time.perf_counter()
    findings = lint_text(text)
    wall = time.perf_counter() - t0
    return {"wall_s": wall, "peak_mb": peak_mb(), "findings": len(findings)}


def cmd_generate(n: str, gate: str) -> dict:
    from dreamcontent.dreamfile import load_dream_file
    from dreamcontent.generate import generate
    from dreamcontent.model import DreamFile, Droom, Element, Klanttype
    from dreamcontent.nl.pipeline import get_nlp

    get_nlp()
    examples = [load_dream_file(p) for p in sorted((ROOT / "dreams").glob("*.yaml"))]
    pool: list[Element] = []
    dreams: list[Droom] = []
    for df in examples:
        for kt in df.klanttypen:
            for d in kt.dromen:
                dreams.append(d)
                pool.extend(d.elementen)
    total = int(n)
    new_dreams: list[Droom] = []
    k = 0
    while k < total:
        base = dreams[len(new_dreams) % len(dreams)]
        els = []
        for j in range(min(12, total - k)):
            e = pool[(k + j) % len(pool)]
            els.append(Element(naam=e.naam, impact=e.impact, latent=e.latent,
                               partner=e.partner, dimensie=e.dimensie, beeld=e.beeld,
                               index=j))
        k += len(els)
        new_dreams.append(Droom(droom=base.droom, elementen=els, niveau=base.niveau))
    dream = DreamFile(organisatie=examples[0].organisatie,
                      klanttypen=[Klanttype(naam="benchmark", dromen=new_dreams)],
                      path="<benchmark>")
    generate(DreamFile(organisatie=dream.organisatie,
                       klanttypen=[Klanttype(naam="warm", dromen=new_dreams[:1])]),
             gate=gate == "1")
    t0 = time.perf_counter()
    generate(dream, top=12, gate=gate == "1")
    wall = time.perf_counter() - t0
    return {"wall_s": wall, "elements_per_s": total / wall, "peak_mb": peak_mb()}


def cmd_frog_compare(nbytes: str, frog: str) -> dict:
    from dreamcontent.nl.pipeline import get_nlp

    nlp = get_nlp()
    text = text_of_size(int(nbytes))
    paras = text.split("\n\n")
    words = sum(len(p.split()) for p in paras)
    t0 = time.perf_counter()
    for _ in nlp.pipe(paras, batch_size=64):
        pass
    spacy_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "klein.txt"
        small.write_text("Dit is een zin.\n", encoding="utf-8")
        big = Path(tmp) / "groot.txt"
        big.write_text(text, encoding="utf-8")
        skip = "--skip=mpncla"
        t0 = time.perf_counter()
        subprocess.run([frog, "--threads=1", skip, "-t", str(small)], capture_output=True,
                       check=True)
        startup = time.perf_counter() - t0
        t0 = time.perf_counter()
        subprocess.run([frog, "--threads=1", skip, "-t", str(big)], capture_output=True,
                       check=True)
        frog_s = time.perf_counter() - t0 - startup
    return {"words": words, "spacy_wps": words / spacy_s, "frog_wps": words / max(frog_s, 1e-9),
            "frog_startup_s": startup}


COMMANDS = {
    "page-text": cmd_page_text,
    "throughput": cmd_throughput,
    "scale": cmd_scale,
    "generate": cmd_generate,
    "frog-compare": cmd_frog_compare,
}

if __name__ == "__main__":
    result = COMMANDS[sys.argv[1]](*sys.argv[2:])
    print(json.dumps(result))
