"""One benchmark measurement in a fresh interpreter; prints one JSON line (see bench.py).

Usage: ``python benchmarks/_worker.py MODE ARGS...`` with MODE one of ``COMMANDS``. Every
measurement runs in its own process so that its peak memory (``ru_maxrss``) is its own and no
cache of an earlier measurement helps a later one. The functions are importable too (the
smoke test runs them on tiny sizes).

Texts: Dutch running text from the UD Dutch treebanks in ``/work/shared/ud-dutch`` (news,
Wikipedia and manuals; four sentences to a paragraph, in file order, repeated to reach the
size asked for). Without the treebanks the example dream files are used.
"""

from __future__ import annotations

import functools
import inspect
import json
import multiprocessing as mp
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DREAMCONTENT_UD_DIR", ROOT.parent / "shared" / "ud-dutch"))
#: Frog, tagging only: no tokenizer (one pre-tokenised sentence per line, ``-n``), no
#: lemmatizer, morphological analyser, chunker, multi-word units, NER or parser.
FROG_TAG_ONLY = "--skip=tmnclap"
#: Frog as the training scripts run it (tagger plus lemmatizer and morphological analysis).
FROG_TRAINING = "--skip=tmnc"


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    """Current resident memory of this process, in MB."""
    with open("/proc/self/statm", encoding="ascii") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


# ---- texts ----------------------------------------------------------------------------------

@functools.cache
def corpus_sentences() -> tuple[tuple[str, ...], ...]:
    """Sentences as token tuples, in file order (treebanks, else the example dream files)."""
    sents: list[tuple[str, ...]] = []
    try:
        from dreamcontent.nl.training import TREEBANK_V1_EXTRA, TREEBANK_V2, read_conllu
    except ImportError:  # pragma: no cover - training helpers always ship with the package
        names: tuple[str, ...] = ()
    else:
        names = (*TREEBANK_V2, TREEBANK_V1_EXTRA)
        for name in names:
            path = SHARED / name
            if path.exists():
                sents.extend(tuple(t.form for t in s.tokens) for s in read_conllu(path))
    if not sents:
        for f in sorted((ROOT / "dreams").glob("*.yaml")):
            for line in f.read_text(encoding="utf-8").splitlines():
                line = line.split(":", 1)[-1].strip(" -#\"'")
                if len(line.split()) >= 3:
                    sents.append(tuple(line.split()))
    return tuple(sents)


def _detok(tokens: Sequence[str]) -> str:
    """Running text from treebank tokens (no space before closing punctuation)."""
    out: list[str] = []
    for tok in tokens:
        if out and tok in {".", ",", ":", ";", "!", "?", ")", "''", "'"}:
            out[-1] += tok
        else:
            out.append(tok)
    return " ".join(out)


@functools.cache
def corpus_paragraphs() -> tuple[str, ...]:
    sents = [_detok(s) for s in corpus_sentences()]
    return tuple(" ".join(sents[i:i + 4]) for i in range(0, len(sents), 4))


def text_of_size(nbytes: int, start: int = 0) -> str:
    """At least ``nbytes`` UTF-8 bytes of paragraphs separated by blank lines, from
    paragraph ``start`` on (so that pages of a site differ)."""
    paras = corpus_paragraphs()
    out: list[str] = []
    size = 0
    i = start
    while size < nbytes:
        p = paras[i % len(paras)]
        out.append(p)
        size += len(p.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(out)


def count_words(texts: Sequence[str]) -> int:
    """Words as whitespace-separated strings (the unit of every words/s figure here)."""
    return sum(len(t.split()) for t in texts)


# ---- measurements ---------------------------------------------------------------------------

def cmd_page_text(nbytes: str = "3500", page: str = "0") -> dict[str, Any]:
    return {"text": text_of_size(int(nbytes), start=int(page) * 7)}


def cmd_load() -> dict[str, Any]:
    """Where a cold lint's fixed cost goes: imports, pipeline load, the first small doc."""
    t0 = time.perf_counter()
    import spacy  # noqa: F401

    t1 = time.perf_counter()
    from dreamcontent.lint import get_linter
    from dreamcontent.nl.pipeline import get_nlp, model_path

    t2 = time.perf_counter()
    nlp = get_nlp()
    t3 = time.perf_counter()
    get_linter()
    t4 = time.perf_counter()
    nlp("Je krijgt vandaag je offerte.")
    t5 = time.perf_counter()
    meta_path = model_path() / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(meta_path.stat().st_mtime))
    return {"import_spacy_s": t1 - t0, "import_lint_s": t2 - t1, "load_pipeline_s": t3 - t2,
            "build_rules_s": t4 - t3, "first_doc_s": t5 - t4, "rss_mb": rss_mb(),
            "peak_mb": peak_mb(), "pipeline": nlp.pipe_names, "model_path": str(model_path()),
            "model_name": f"{meta.get('lang')}_{meta.get('name')}", "model_version":
            meta.get("version"), "model_written": stamp}


def _lint_chunk(chunk: list[str]) -> list[list[Any]]:
    from dreamcontent.lint import lint_texts

    return lint_texts(chunk)


def lint_parallel(paras: list[str], n_process: int) -> tuple[list[list[Any]], str]:
    """Lint ``paras`` on ``n_process`` processes; returns the findings and how it was done.

    Uses ``lint_texts(..., n_process=n)`` when the lint API offers it; otherwise a pool of
    forked processes (the pipeline is loaded before the fork and shared copy-on-write, as
    ``nlp.pipe(n_process=n)`` does), each linting chunks of 64 paragraphs in order.
    """
    from dreamcontent.lint import lint_texts

    if n_process == 1:
        return lint_texts(paras), "lint_texts"
    if "n_process" in inspect.signature(lint_texts).parameters:
        return lint_texts(paras, n_process=n_process), f"lint_texts(n_process={n_process})"
    chunks = [paras[i:i + 64] for i in range(0, len(paras), 64)]
    with mp.get_context("fork").Pool(n_process) as pool:
        parts = pool.map(_lint_chunk, chunks, chunksize=1)
    return [f for part in parts for f in part], f"fork pool of {n_process} x lint_texts"


def _timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds of this process and its reaped children, result)."""
    def cpu() -> float:
        s = resource.getrusage(resource.RUSAGE_SELF)
        c = resource.getrusage(resource.RUSAGE_CHILDREN)
        return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime

    c0, t0 = cpu(), time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, cpu() - c0, out


def cmd_throughput(nbytes: str, n_process: str, rotation: str = "0",
                   rounds: str = "2") -> dict[str, Any]:
    """Words/s of the linter against raw ``nlp.pipe`` on the same paragraphs.

    Two lint paths: ``lint_texts(paragraphs)`` (the batch API the generator's gate uses; no
    readability counts) and, on one process, ``lint_text`` of the whole text (the path of
    ``dreamcontent lint``: blocks, text-level rules, readability). Everything runs with its
    defaults (``nlp.pipe`` with the pipeline's batch size). Each path runs ``rounds`` times,
    interleaved, and its fastest round counts (the one least disturbed by other processes on
    a shared machine; wall and CPU minimum taken separately). ``rotation`` changes which
    path goes first, from run to run and round to round.
    """
    from dreamcontent.lint import get_linter, lint_text
    from dreamcontent.nl.pipeline import get_nlp

    nlp = get_nlp()
    get_linter()
    paras = text_of_size(int(nbytes)).split("\n\n")
    text = "\n\n".join(paras)
    words = count_words(paras)
    n = int(n_process)
    list(nlp.pipe(paras[:64]))  # warm up every path
    lint_parallel(paras[:64], 1)
    lint_text("\n\n".join(paras[:64]))

    def raw() -> tuple[int, str]:
        return sum(1 for _ in nlp.pipe(paras, n_process=n)), f"nlp.pipe(n_process={n})"

    def batch() -> tuple[int, str]:
        found, how = lint_parallel(paras, n)
        return sum(len(f) for f in found), how

    def document() -> tuple[int, str]:
        return len(lint_text(text)), "lint_text"

    steps = {"raw": raw, "lint": batch}
    if n == 1:
        steps["doc"] = document
    names = list(steps)
    times: dict[str, tuple[float, float, tuple[int, str]]] = {}
    for r in range(int(rounds)):
        k = (int(rotation) + r) % len(names)
        for name in names[k:] + names[:k]:
            wall, cpu, res = _timed(steps[name])
            if name in times:
                wall, cpu = min(wall, times[name][0]), min(cpu, times[name][1])
            times[name] = (wall, cpu, res)
    raw_wall, raw_cpu, _ = times["raw"]
    out: dict[str, Any] = {"words": words, "paragraphs": len(paras), "n_process": n,
                           "rounds": int(rounds),
                           "raw_wall_s": raw_wall, "raw_cpu_s": raw_cpu,
                           "raw_wps": words / raw_wall}
    for name in names[1:]:
        wall, cpu, (findings, how) = times[name]
        out.update({f"{name}_path": how, f"{name}_wall_s": wall, f"{name}_cpu_s": cpu,
                    f"{name}_wps": words / wall, f"{name}_ratio": raw_wall / wall,
                    f"{name}_cpu_ratio": raw_cpu / cpu if n == 1 else None,
                    f"{name}_findings": findings})
    return out


def cmd_scale(nbytes: str) -> dict[str, Any]:
    """One ``lint_text`` call on one text of ``nbytes`` bytes: time, memory, findings."""
    from dreamcontent.lint import get_linter, lint_text
    from dreamcontent.nl.pipeline import get_nlp

    get_nlp()
    get_linter()
    lint_text("Je krijgt vandaag je offerte.")
    text = text_of_size(int(nbytes))
    base = rss_mb()
    wall, cpu, findings = _timed(lambda: lint_text(text))
    return {"bytes": len(text.encode("utf-8")), "words": len(text.split()), "wall_s": wall,
            "cpu_s": cpu, "peak_mb": peak_mb(), "base_rss_mb": base,
            "growth_mb": peak_mb() - base, "findings": len(findings)}


# ---- generation -----------------------------------------------------------------------------

@functools.cache
def _working_dreams() -> tuple[Any, list[Any], list[Any]]:
    """Example dreams the generator accepts (gate off), and their elements as a pool."""
    from dreamcontent.dreamfile import load_dream_file
    from dreamcontent.errors import DreamcontentError
    from dreamcontent.generate import generate
    from dreamcontent.model import DreamFile, Klanttype

    examples = [load_dream_file(p) for p in sorted((ROOT / "dreams").glob("*.yaml"))]
    dreams: list[Any] = []
    pool: list[Any] = []
    for df in examples:
        for kt in df.klanttypen:
            for d in kt.dromen:
                one = DreamFile(organisatie=df.organisatie,
                                klanttypen=[Klanttype(naam=kt.naam, dromen=[d])], path=df.path)
                try:
                    generate(one, gate=False)
                except DreamcontentError:
                    continue
                dreams.append(d)
                pool.extend(d.elementen)
    if not dreams:
        raise RuntimeError("the generator accepts none of the example dreams in dreams/")
    return examples[0].organisatie, dreams, pool


def bench_dream_file(total: int) -> Any:
    """A dream file with ``total`` elements: dreams of 12 elements from the example files."""
    from dreamcontent.model import DreamFile, Droom, Element, Klanttype

    org, dreams, pool = _working_dreams()
    new_dreams: list[Any] = []
    k = 0
    while k < total:
        base = dreams[len(new_dreams) % len(dreams)]
        els = []
        for j in range(min(12, total - k)):
            e = pool[(k + j) % len(pool)]
            els.append(Element(naam=e.naam, impact=e.impact, latent=e.latent,
                               partner=e.partner, dimensie=e.dimensie, beeld=e.beeld,
                               index=j, loc=e.loc))
        k += len(els)
        new_dreams.append(Droom(droom=base.droom, elementen=els, niveau=base.niveau,
                                loc=base.loc))
    return DreamFile(organisatie=org, klanttypen=[Klanttype(naam="benchmark", dromen=new_dreams)],
                     path="<benchmark>")


def _no_stop_generator(lint: Callable[[list[str]], list[list[Any]]]) -> tuple[Any, dict[str, int]]:
    """A generator whose gate does all of its work but records faults instead of raising.

    It calls the engine's own ``template_faults`` (lint of every text, neutral re-check of the
    suspects) when the engine has it; otherwise its gate lints every text once and counts the
    texts with findings.
    """
    from dreamcontent.generate import Bank, engine

    counts = {"faults": 0, "texts_with_findings": 0}
    faults_fn = getattr(engine, "template_faults", None)

    def counting_lint(texts: list[str]) -> list[list[Any]]:
        found = lint(texts)
        counts["texts_with_findings"] += sum(1 for f in found if f)
        return found if faults_fn is not None else [[] for _ in texts]

    class NoStop(engine.Generator):  # type: ignore[misc, name-defined]
        def _gate(self, rendered: list[tuple[Any, Any]]) -> None:
            if faults_fn is None:
                super()._gate(rendered)
                return
            counts["faults"] += len(faults_fn(self.bank, [r for r, _ in rendered], self.lint))

    return NoStop(Bank(None), seed=0, lint=counting_lint), counts


def cmd_generate(n: str, gate: str, repeats: str = "1") -> dict[str, Any]:
    """Elements per second of ``generate(dream, gate=...)`` for ``n`` elements.

    When the real gate refuses a generated text (TemplateError: generation stops), that run is
    timed again with a generator whose gate does the same work but records the faults instead
    of stopping (``gate_mode`` "no-stop", ``faults`` how many findings it would have refused),
    so the speed is still measured.
    """
    from dreamcontent.errors import TemplateError
    from dreamcontent.generate import generate
    from dreamcontent.lint import lint_texts
    from dreamcontent.nl.pipeline import get_nlp

    get_nlp()
    dream = bench_dream_file(int(n))
    on = gate == "1"
    lint_texts(["Je krijgt vandaag je offerte."])
    mode = "real" if on else "off"
    counts: dict[str, int] = {}
    error = None

    def run(dream: Any = dream) -> Any:
        nonlocal mode, counts, error
        if mode != "no-stop":
            try:
                return generate(dream, top=12, gate=on)
            except TemplateError as exc:
                mode, error = "no-stop", str(exc)[:400]
        gen, counts = _no_stop_generator(lint_texts)
        return gen.generate(dream, top=12, gate=True)

    run(bench_dream_file(min(int(n), 12)))  # warm-up on 12 elements (and the gate check)
    walls = []
    cpus = []
    for _ in range(int(repeats)):
        before = mode
        wall, cpu, result = _timed(run)
        if mode != before:  # the real gate refused a text in this run: time the counted run
            wall, cpu, result = _timed(run)
        walls.append(wall)
        cpus.append(cpu)
    walls.sort()
    wall = walls[len(walls) // 2]
    generated = [ge for gk in result.klanttypen for gd in gk.dromen for ge in gd.elementen]
    elements = len(generated)
    words_out = sum(len(q.split()) for ge in generated for q in ge.vragen) + \
        sum(len(ge.content.tekst.split()) for ge in generated)
    return {"elements": elements, "gate": on, "gate_mode": mode, **counts, "gate_error": error,
            "wall_s": wall, "cpu_s": sorted(cpus)[len(cpus) // 2],
            "elements_per_s": elements / wall, "peak_mb": peak_mb(), "repeats": len(walls),
            "words_per_element": words_out / max(elements, 1)}


# ---- Frog -----------------------------------------------------------------------------------

def _frog_run(frog: str, skip: str, path: Path, cwd: str) -> tuple[float, float]:
    """(wall, CPU) seconds of one Frog run, CPU from the child's own rusage."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([frog, "--threads=1", "-n", skip, "-t", str(path)], cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"frog {skip} failed on {path}")
    return wall, usage.ru_utime + usage.ru_stime


def _spacy_run(nlp: Any, lines: list[str]) -> tuple[float, float]:
    wall, cpu, _ = _timed(lambda: sum(1 for _ in nlp.pipe(lines)))
    return wall, cpu


def cmd_frog_compare(nbytes: str, frog: str, frog_repeat: str = "4") -> dict[str, Any]:
    """Tagging speed on the same pre-tokenised sentences: Frog against nl_dreamcontent.

    Frog runs ``--threads=1 -n`` (one sentence per line, tokenizer off) tagging only, and
    with lemmatizer + morphological analyser as the training scripts use it. Frog is fast
    next to its start-up (loading its models), so it gets the same lines ``frog_repeat``
    times over, and the median of three runs on one sentence is subtracted as start-up.
    spaCy gets the lines as texts through ``nlp.pipe``: the full pipeline, and only
    tok2vec + tagger. Words/s are given for wall and CPU time.
    """
    from dreamcontent.nl.pipeline import get_nlp

    nlp = get_nlp()
    lines: list[str] = []
    size = 0
    sents = corpus_sentences()
    i = 0
    while size < int(nbytes):
        line = " ".join(sents[i % len(sents)])
        lines.append(line)
        size += len(line.encode("utf-8")) + 1
        i += 1
    words = count_words(lines)
    out: dict[str, Any] = {"words": words, "sentences": len(lines)}
    list(nlp.pipe(lines[:64]))
    wall, cpu = _spacy_run(nlp, lines)
    out.update(spacy_full_wps=words / wall, spacy_full_cpu_wps=words / cpu)
    tagger_only = [p for p in nlp.pipe_names if p not in ("tok2vec", "tagger")]
    with nlp.select_pipes(disable=tagger_only):
        list(nlp.pipe(lines[:64]))
        wall, cpu = _spacy_run(nlp, lines)
    out.update(spacy_tagger_wps=words / wall, spacy_tagger_cpu_wps=words / cpu)
    rep = int(frog_repeat)
    out["frog_words"] = words * rep
    with tempfile.TemporaryDirectory() as tmp:  # frog writes frog.*.debug into its cwd
        small = Path(tmp) / "klein.txt"
        small.write_text("Dit is een zin .\n", encoding="utf-8")
        big = Path(tmp) / "groot.txt"
        big.write_text(("\n".join(lines) + "\n") * rep, encoding="utf-8")
        for key, skip in (("frog_tag", FROG_TAG_ONLY), ("frog_training", FROG_TRAINING)):
            starts = sorted(_frog_run(frog, skip, small, tmp) for _ in range(3))
            s_wall, s_cpu = starts[1]
            b_wall, b_cpu = _frog_run(frog, skip, big, tmp)
            out[f"{key}_startup_s"] = s_wall
            out[f"{key}_total_s"] = b_wall
            out[f"{key}_wps"] = words * rep / (b_wall - s_wall) if b_wall > s_wall else None
            out[f"{key}_cpu_wps"] = words * rep / (b_cpu - s_cpu) if b_cpu > s_cpu else None
    return out


COMMANDS: dict[str, Callable[..., dict[str, Any]]] = {
    "page-text": cmd_page_text,
    "load": cmd_load,
    "throughput": cmd_throughput,
    "scale": cmd_scale,
    "generate": cmd_generate,
    "frog-compare": cmd_frog_compare,
}

if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    result = COMMANDS[sys.argv[1]](*sys.argv[2:])
    print(json.dumps(result))
