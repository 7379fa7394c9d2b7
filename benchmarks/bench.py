"""dreamcontent benchmarks: start-up, lint throughput vs raw nlp.pipe, scaling, generation, Frog.

Run from the repository root (see BENCHMARKS.md):

    python benchmarks/bench.py            # everything, medians of --runs runs
    python benchmarks/bench.py --quick    # fewer runs and sizes, for a smoke check

Every measurement that needs its own peak memory runs in a fresh subprocess
(``benchmarks/_worker.py``), whose ``ru_maxrss`` is read with ``os.wait4``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORKER = Path(__file__).resolve().parent / "_worker.py"


def wall_and_peak(cmd: list[str]) -> tuple[float, float]:
    """Wall time and the child's own peak RSS (MB), via os.wait4."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, _status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    return wall, usage.ru_maxrss / 1024


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def worker(*args: str) -> dict:
    """Run a measurement in a fresh interpreter; it prints one JSON line."""
    out = subprocess.run(
        [sys.executable, str(WORKER), *args], capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        raise RuntimeError(f"worker {args} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def section(title: str) -> None:
    print(f"\n## {title}\n", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--json", type=Path, help="also write all numbers to this JSON file")
    args = ap.parse_args()
    runs = 2 if args.quick else args.runs
    results: dict[str, object] = {}

    exe = shutil.which("dreamcontent") or str(Path(sys.executable).parent / "dreamcontent")
    section("Machine")
    print(f"- {platform.platform()}, Python {platform.python_version()}, "
          f"{os.cpu_count()} cores")

    section("CLI start-up and one-page lint (end to end)")
    walls, peaks = [], []
    for _ in range(runs):
        w, p = wall_and_peak([exe, "--help"])
        walls.append(w)
        peaks.append(p)
    results["help"] = {"wall_s": median(walls), "peak_mb": median(peaks)}
    print(f"- `dreamcontent --help`: {median(walls) * 1000:.0f} ms, peak {median(peaks):.0f} MB")

    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "pagina.txt"
        page.write_text(worker("page-text")["text"], encoding="utf-8")
        walls, peaks = [], []
        for _ in range(runs):
            w, p = wall_and_peak([exe, "lint", str(page)])
            walls.append(w)
            peaks.append(p)
        words = len(page.read_text(encoding="utf-8").split())
        results["lint_page"] = {"words": words, "wall_s": median(walls), "peak_mb": median(peaks)}
        print(f"- `dreamcontent lint pagina.txt` ({words} words): {median(walls):.2f} s, "
              f"peak {median(peaks):.0f} MB")

    section("Lint throughput against raw nlp.pipe (same text, same pipeline)")
    size = "100000" if args.quick else "300000"
    for n_process in (1, 2):
        ratios, lint_wps, raw_wps = [], [], []
        for _ in range(max(1, runs // 2 + 1)):
            r = worker("throughput", size, str(n_process))
            ratios.append(r["lint_wps"] / r["raw_wps"])
            lint_wps.append(r["lint_wps"])
            raw_wps.append(r["raw_wps"])
        results[f"throughput_p{n_process}"] = {
            "raw_wps": median(raw_wps), "lint_wps": median(lint_wps), "ratio": median(ratios)}
        print(f"- {n_process} process(es): raw nlp.pipe {median(raw_wps):,.0f} words/s, "
              f"lint {median(lint_wps):,.0f} words/s, ratio {median(ratios):.2f} (goal ≥ 0.90)")

    section("Cost growth: lint time and peak memory by input size")
    sizes = [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000, 2_500_000]
    growth = []
    for nbytes in sizes:
        walls, peaks = [], []
        reps = 1 if nbytes >= 1_000_000 else max(1, runs // 2)
        for _ in range(reps):
            r = worker("scale", str(nbytes))
            walls.append(r["wall_s"])
            peaks.append(r["peak_mb"])
        growth.append({"bytes": nbytes, "wall_s": median(walls), "peak_mb": median(peaks)})
        print(f"- {nbytes / 1000:>6,.0f} KB: {median(walls):7.2f} s, "
              f"{nbytes / 1000 / median(walls):6.1f} KB/s, peak {median(peaks):.0f} MB")
    results["growth"] = growth

    section("Generation: elements per second, with and without the lint gate")
    gen = []
    for n in (12, 120) if args.quick else (12, 120, 1200):
        for gate in (False, True):
            r = worker("generate", str(n), "1" if gate else "0")
            gen.append({"elements": n, "gate": gate, **r})
            print(f"- {n:>5} elements, gate {'on ' if gate else 'off'}: "
                  f"{r['elements_per_s']:8.1f} elements/s ({r['wall_s']:.2f} s)")
    results["generation"] = gen

    section("Analysis speed compared with Frog (tagging only, same text)")
    frog = shutil.which("frog")
    if frog is None:
        print("- frog not installed (Debian package `frog`): skipped")
    else:
        r = worker("frog-compare", "30000" if args.quick else "100000", frog)
        results["frog"] = r
        print(f"- {r['words']} words: nl_dreamcontent nlp.pipe {r['spacy_wps']:,.0f} words/s "
              f"(all components) vs frog --threads=1 {r['frog_wps']:,.0f} words/s "
              f"(tagger + lemmatizer, startup {r['frog_startup_s']:.1f} s excluded)")

    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
