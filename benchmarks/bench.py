"""dreamcontent benchmarks: start-up, lint throughput vs raw nlp.pipe, scaling, generation, Frog.

Run from the repository root (see BENCHMARKS.md):

    /work/venv/bin/python benchmarks/bench.py                 # everything (~10-15 min)
    /work/venv/bin/python benchmarks/bench.py --quick         # smaller sizes, 2 runs
    /work/venv/bin/python benchmarks/bench.py --only throughput,growth --json out.json

The output is Markdown (tables ready for BENCHMARKS.md). Every measurement that needs its own
peak memory or a cold start runs in a fresh subprocess (``benchmarks/_worker.py``); the
figures are medians over ``--runs`` runs (one run for 1 MB and larger inputs and for 1,200
generated elements). The 1-minute load average is printed with every section: the machine is
shared, and a load above the core count makes wall times longer than CPU times.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WORKER = Path(__file__).resolve().parent / "_worker.py"
SECTIONS = ("startup", "throughput", "growth", "generation", "frog")

HELP_GOAL_S = 0.5
RATIO_GOAL = 0.9
#: cost per byte at the largest size may be at most this factor of the cost at 100 KB
LINEAR_TOLERANCE = 1.3


def wall_and_peak(cmd: list[str]) -> tuple[float, float, int]:
    """Wall time, the child's peak RSS (MB) and its exit code.

    Linux counts in a child's ``ru_maxrss`` the memory of the process it was forked from
    (up to the exec), so the peak is taken from GNU time (a tiny process in between, whose
    own size is negligible) when ``/usr/bin/time`` exists, else from ``os.wait4``.
    """
    gnu_time = "/usr/bin/time"
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "time.txt"
        use_time = os.path.exists(gnu_time)
        full = [gnu_time, "-f", "%M", "-o", str(report), *cmd] if use_time else cmd
        t0 = time.perf_counter()
        proc = subprocess.Popen(full, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                cwd=ROOT)
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        code = os.waitstatus_to_exitcode(status)
        if use_time:
            lines = report.read_text(encoding="ascii").split()
            return wall, int(lines[-1]) / 1024, code
    return wall, usage.ru_maxrss / 1024, code


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


RETRIES: list[str] = []


def worker(*args: str) -> dict[str, Any]:
    """Run a measurement in a fresh interpreter; it prints one JSON line.

    A failed measurement is tried once more (the pipeline or the code under test may be
    replaced while a long run is going on); the retry is noted at the end of the report.
    """
    for attempt in (1, 2):
        out = subprocess.run([sys.executable, str(WORKER), *args], capture_output=True,
                             text=True, check=False, cwd=ROOT)
        if out.returncode == 0:
            return json.loads(out.stdout.strip().splitlines()[-1])
        if attempt == 1:
            RETRIES.append(f"{' '.join(args)}: {out.stderr.strip().splitlines()[-1][:200]}")
    raise RuntimeError(f"worker {' '.join(args)} failed twice:\n{out.stderr[-2000:]}")


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (5 min: {five:.2f})"


def section(title: str) -> None:
    print(f"\n## {title}\n\nLoad average at start: {load()}\n", flush=True)


def table(header: list[str], rows: list[list[str]]) -> None:
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    print(flush=True)


def met(ok: bool) -> str:
    return "met" if ok else "**missed**"


def goal_text(ratio: float, cpu_ratio: float | None) -> str:
    """The throughput goal on the wall-time ratio, cross-checked on CPU time when there is one
    (CPU time does not depend on what else the shared machine runs)."""
    text = f"≥ {RATIO_GOAL}: {met(ratio >= RATIO_GOAL)}"
    if cpu_ratio is not None and (cpu_ratio >= RATIO_GOAL) != (ratio >= RATIO_GOAL):
        text += f" (on CPU time: {met(cpu_ratio >= RATIO_GOAL)})"
    return text


def machine(results: dict[str, Any]) -> None:
    fields: dict[str, str] = {}
    with open("/proc/cpuinfo", encoding="ascii", errors="replace") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            fields.setdefault(key.strip(), value.strip())
    cpu = (f"{fields.get('model name', '?')} (family {fields.get('cpu family', '?')}, model "
           f"{fields.get('model', '?')}, {float(fields.get('cpu MHz', 'nan')):.0f} MHz"
           + (f", cache {fields['cache size']}" if "cache size" in fields else "") + ")")
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    versions = {}
    for dist in ("spacy", "thinc", "numpy"):
        # from the metadata, not by importing: this process must stay small, since a child's
        # peak RSS (os.wait4) includes the parent image it was forked from before exec
        try:
            versions[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:  # pragma: no cover
            versions[dist] = "missing"
    info = worker("load")
    results["machine"] = {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(mem_gb, 1),
                          "python": platform.python_version(), "platform": platform.platform(),
                          **versions, "model": info}
    section("Machine")
    print(f"- CPU: {cpu}, {os.cpu_count()} cores, {mem_gb:.1f} GB memory")
    print(f"- {platform.platform()}; Python {platform.python_version()}, spaCy "
          f"{versions['spacy']}, thinc {versions['thinc']}, numpy {versions['numpy']}")
    print(f"- Pipeline: {info['model_path']} ({info['model_name']} {info['model_version']}, "
          f"written {info['model_written']}; "
          f"{', '.join(info['pipeline'])})")
    print(f"- Cold start of a lint (one fresh process): import spaCy "
          f"{info['import_spacy_s']:.2f} s, import dreamcontent.lint "
          f"{info['import_lint_s']:.2f} s, load pipeline {info['load_pipeline_s']:.2f} s, "
          f"build rules {info['build_rules_s'] * 1000:.0f} ms, first doc "
          f"{info['first_doc_s'] * 1000:.0f} ms; RSS after loading {info['rss_mb']:.0f} MB")
    print(flush=True)


def startup(results: dict[str, Any], runs: int) -> None:
    section("CLI start-up and one-page lint (end to end)")
    exe = shutil.which("dreamcontent") or str(Path(sys.executable).parent / "dreamcontent")
    rows = []

    def measure(label: str, cmd: list[str], key: str, goal: float | None) -> None:
        walls, peaks = [], []
        for _ in range(runs):
            w, p, _code = wall_and_peak(cmd)
            walls.append(w)
            peaks.append(p)
        results[key] = {"wall_s": median(walls), "peak_mb": median(peaks), "runs": runs,
                        "walls": walls}
        goal_txt = f"< {goal} s: {met(median(walls) < goal)}" if goal else "-"
        rows.append([label, f"{median(walls):.3f} s", f"{min(walls):.3f} s",
                     f"{median(peaks):.0f} MB", goal_txt])

    measure("`python -c pass` (interpreter floor)", [sys.executable, "-c", "pass"],
            "python_floor", None)
    measure("`dreamcontent --help`", [exe, "--help"], "help", HELP_GOAL_S)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "pagina.txt"
        page.write_text(worker("page-text", "3500")["text"] + "\n", encoding="utf-8")
        words = len(page.read_text(encoding="utf-8").split())
        measure(f"`dreamcontent lint pagina.txt` ({words} words, 3.5 KB)",
                [exe, "lint", str(page)], "lint_page", None)
        results["lint_page"]["words"] = words
        # A website folder: 40 different pages of 3.5 KB, one process and two (-j 2).
        site = Path(tmp) / "site"
        site.mkdir()
        site_words = 0
        for i in range(40):
            text = worker("page-text", "3500", str(i))["text"] + "\n"
            (site / f"pagina{i:02d}.txt").write_text(text, encoding="utf-8")
            site_words += len(text.split())
        for n in (1, 2):
            extra = ["-j", str(n)] if n > 1 else []
            measure(f"`dreamcontent lint site/{' -j 2' if n > 1 else ''}` (40 files, "
                    f"{site_words:,} words)", [exe, "lint", str(site), *extra],
                    f"lint_site_p{n}", None)
    table(["command", "median wall", "best wall", "peak RSS", "goal"], rows)


def throughput(results: dict[str, Any], runs: int, nbytes: int) -> None:
    section("Lint throughput against raw nlp.pipe (same paragraphs, same pipeline)")
    rows = []
    for n_process in (1, 2):
        rs = [worker("throughput", str(nbytes), str(n_process), str(i)) for i in range(runs)]
        out: dict[str, Any] = {"words": rs[0]["words"], "raw_wps": median([r["raw_wps"]
                                                                          for r in rs]),
                               "runs": rs}
        for name in ("lint", "doc"):
            if f"{name}_wps" not in rs[0]:
                continue
            ratio = median([r[f"{name}_ratio"] for r in rs])
            cpus = [r[f"{name}_cpu_ratio"] for r in rs if r[f"{name}_cpu_ratio"] is not None]
            cpu_ratio = median(cpus) if cpus else None
            out[name] = {"path": rs[0][f"{name}_path"],
                         "wps": median([r[f"{name}_wps"] for r in rs]), "ratio": ratio,
                         "cpu_ratio": cpu_ratio, "ratios": [r[f"{name}_ratio"] for r in rs]}
            what = ("`lint_texts(paragraphs)`" if n_process == 1 else out[name]["path"]) \
                if name == "lint" else "`lint_text(whole text)` (CLI path, with readability)"
            rows.append([str(n_process), what, f"{out['words']:,}", f"{out['raw_wps']:,.0f}",
                         f"{out[name]['wps']:,.0f}", f"{ratio:.2f}",
                         f"{cpu_ratio:.2f}" if cpu_ratio is not None else "-",
                         goal_text(ratio, cpu_ratio)])
        results[f"throughput_p{n_process}"] = out
    table(["processes", "lint path", "words", "raw nlp.pipe words/s", "lint words/s",
           "ratio (wall)", "ratio (CPU)", "goal"], rows)


def growth(results: dict[str, Any], runs: int, sizes: list[int]) -> None:
    section("Cost growth: one lint_text call by input size")
    out = []
    rows = []
    for nbytes in sizes:
        reps = 1 if nbytes >= 1_000_000 else runs
        rs = [worker("scale", str(nbytes)) for _ in range(reps)]
        g = {"bytes": rs[0]["bytes"], "words": rs[0]["words"],
             "wall_s": median([r["wall_s"] for r in rs]), "cpu_s": median([r["cpu_s"] for r in rs]),
             "peak_mb": median([r["peak_mb"] for r in rs]),
             "base_rss_mb": median([r["base_rss_mb"] for r in rs]),
             "findings": rs[0]["findings"], "runs": reps}
        out.append(g)
        rows.append([f"{nbytes / 1000:,.0f} KB", f"{g['words']:,}", str(reps),
                     f"{g['wall_s']:.2f} s", f"{g['cpu_s']:.2f} s",
                     f"{g['cpu_s'] / g['bytes'] * 1e6:.2f} s", f"{g['words'] / g['wall_s']:,.0f}",
                     f"{g['peak_mb']:.0f} MB", f"{g['peak_mb'] - g['base_rss_mb']:+.0f} MB",
                     f"{g['findings']:,}"])
    results["growth"] = out
    table(["size", "words", "runs", "wall", "CPU", "CPU per MB", "words/s (wall)", "peak RSS",
           "peak - RSS before", "findings"], rows)
    ref = next((g for g in out if g["bytes"] >= 90_000), out[0])
    big = out[-1]
    factor = (big["cpu_s"] / big["bytes"]) / (ref["cpu_s"] / ref["bytes"])
    mem_extra = big["peak_mb"] - ref["peak_mb"]
    results["growth_check"] = {"cpu_per_byte_factor": factor, "peak_extra_mb": mem_extra}
    print(f"- Linear time: CPU per byte at {big['bytes'] / 1e6:.1f} MB is {factor:.2f}x that at "
          f"{ref['bytes'] / 1e3:.0f} KB (≤ {LINEAR_TOLERANCE}: {met(factor <= LINEAR_TOLERANCE)})")
    print(f"- Memory: peak at {big['bytes'] / 1e6:.1f} MB is {mem_extra:+.0f} MB against "
          f"{ref['bytes'] / 1e3:.0f} KB for {big['bytes'] / ref['bytes']:.0f}x the text",
          flush=True)


def generation(results: dict[str, Any], runs: int, counts: list[int]) -> None:
    section("Generation: elements per second, with and without the lint gate")
    out = []
    rows = []
    for n in counts:
        reps = 1 if n >= 1000 else (runs if n <= 12 else max(1, runs // 2))
        for gate in (False, True):
            r = worker("generate", str(n), "1" if gate else "0", str(reps))
            out.append(r)
            note = ""
            if r["gate_mode"] == "no-stop":
                note = (f"the real gate stopped on a refused text; timed with the same gate "
                        f"work, not stopping ({r.get('faults', '?')} findings it would refuse)")
            rows.append([f"{n:,}", "on" if gate else "off", str(reps), f"{r['wall_s']:.2f} s",
                         f"{r['cpu_s']:.2f} s", f"{r['elements_per_s']:,.1f}",
                         f"{r['words_per_element']:.0f}", f"{r['peak_mb']:.0f} MB", note])
    results["generation"] = out
    table(["elements", "gate", "runs", "wall (median)", "CPU", "elements/s", "words/element",
           "peak RSS", "note"], rows)


def frog(results: dict[str, Any], nbytes: int) -> None:
    section("Analysis speed compared with Frog (same pre-tokenised sentences)")
    exe = shutil.which("frog")
    if exe is None:
        print("- frog not installed (Debian package `frog`): skipped")
        return
    r = worker("frog-compare", str(nbytes), exe)
    results["frog"] = r

    def wps(x: float | None) -> str:
        return f"{x:,.0f}" if x else "too fast to separate from start-up"

    print(f"{r['words']:,} words in {r['sentences']:,} sentences, one per line (Frog: the same "
          f"lines {r['frog_words'] // r['words']} times, {r['frog_words']:,} words). Frog's "
          f"start-up (loading its models: {r['frog_tag_startup_s']:.1f} s tagging only, "
          f"{r['frog_training_startup_s']:.1f} s with lemmatizer) is subtracted.\n")
    table(["analyser", "words/s (wall)", "words/s (CPU)"], [
        ["nl_dreamcontent, full pipeline (tok2vec, tagger, morphologizer, parser, lemmatizer)",
         wps(r["spacy_full_wps"]), wps(r["spacy_full_cpu_wps"])],
        ["nl_dreamcontent, tok2vec + tagger only", wps(r["spacy_tagger_wps"]),
         wps(r["spacy_tagger_cpu_wps"])],
        ["`frog --threads=1 -n --skip=tmnclap` (tagging only)", wps(r["frog_tag_wps"]),
         wps(r["frog_tag_cpu_wps"])],
        ["`frog --threads=1 -n --skip=tmnc` (tagger + lemmatizer + morphology)",
         wps(r["frog_training_wps"]), wps(r["frog_training_cpu_wps"])],
    ])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="runs per measurement (median)")
    ap.add_argument("--quick", action="store_true", help="small sizes, 2 runs")
    ap.add_argument("--only", default=",".join(SECTIONS),
                    help=f"comma-separated sections: {', '.join(SECTIONS)}")
    ap.add_argument("--json", type=Path, help="also write all numbers to this JSON file")
    args = ap.parse_args()
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    unknown = only - set(SECTIONS)
    if unknown:
        ap.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    runs = 2 if args.quick else args.runs
    results: dict[str, Any] = {"started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
                               "runs": runs, "quick": args.quick, "failed": {}}
    t_start = time.perf_counter()
    print(f"# dreamcontent benchmarks, {results['started']}")
    machine(results)
    steps: list[tuple[str, Callable[[], None]]] = [
        ("startup", lambda: startup(results, runs)),
        ("throughput", lambda: throughput(results, runs, 30_000 if args.quick else 100_000)),
        ("growth", lambda: growth(results, runs, [10_000, 100_000] if args.quick
                                  else [10_000, 100_000, 1_000_000, 2_500_000])),
        ("generation", lambda: generation(results, runs, [12, 120] if args.quick
                                          else [12, 120, 1200])),
        ("frog", lambda: frog(results, 30_000 if args.quick else 100_000)),
    ]
    for name, step in steps:
        if name not in only:
            continue
        t0 = time.perf_counter()
        try:
            step()
        except Exception as exc:  # one broken section must not lose the others
            results["failed"][name] = str(exc)
            print(f"\n**{name} failed:** {exc}\n", flush=True)
        results.setdefault("section_s", {})[name] = time.perf_counter() - t0
    results["retries"] = RETRIES
    for r in RETRIES:
        print(f"- retried once after a failure: {r}")
    results["total_s"] = time.perf_counter() - t_start
    results["load_end"] = os.getloadavg()
    print(f"\nTotal {results['total_s'] / 60:.1f} min; load average at the end: {load()}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
