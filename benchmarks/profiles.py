"""Profile the linter and the generator with pyinstrument; print the top functions.

    /work/venv/bin/python benchmarks/profiles.py lint --kb 100
    /work/venv/bin/python benchmarks/profiles.py generate --elements 120 --gate
    /work/venv/bin/python benchmarks/profiles.py lint --html /tmp/lint.html   # full tree
    /work/venv/bin/python benchmarks/profiles.py lint --py-spy --native     # C/Cython frames
    /work/venv/bin/python benchmarks/profiles.py rules --kb 100             # CPU per rule

pyinstrument and py-spy are development tools (``/work/venv/bin/pip install pyinstrument
py-spy``), not dependencies of dreamcontent. pyinstrument cannot see inside spaCy's and
thinc's compiled (Cython) code, so model time shows up as loose ``gemm`` / ``[self]`` frames;
``--py-spy`` samples from outside the process instead (``--native`` adds the C frames) and
keeps only the samples taken inside the profiled call.

The pipeline is loaded and warmed up before profiling starts, so the profile holds only the
work of the call itself. Two tables: functions by *own* time (where the CPU goes), and
dreamcontent / spaCy entry points by *total* time (what they cost including what they call).
Shares are of the profiled wall time (pyinstrument) or of the samples (py-spy).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _worker  # noqa: E402


def _key(frame: Any) -> str:
    path = frame.file_path_short or frame.file_path or "?"
    for marker in ("site-packages/", "dreamcontent/", "benchmarks/"):
        if marker in path:
            path = path[path.index(marker) + (len(marker) if marker == "site-packages/" else 0):]
            break
    return f"{frame.function} ({path}:{frame.line_no})"


def summarise(root: Any, top: int) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """(functions by own time, dreamcontent/spaCy functions by total time) from a frame tree."""
    own: dict[str, float] = defaultdict(float)
    total: dict[str, float] = defaultdict(float)

    def walk(frame: Any, stack: frozenset[str]) -> None:
        k = _key(frame)
        own[k] += frame.total_self_time
        if k not in stack:  # count recursive calls once
            total[k] += frame.time
        for child in frame.children:
            walk(child, stack | {k})

    walk(root, frozenset())
    by_own = sorted(own.items(), key=lambda kv: -kv[1])[:top]
    ours = [(k, v) for k, v in total.items()
            if ("dreamcontent/" in k or "spacy/" in k) and "benchmarks/" not in k]
    by_total = sorted(ours, key=lambda kv: -kv[1])[:top]
    return by_own, by_total


def profile(fn: Callable[[], Any], top: int, html: Path | None, interval: float) -> None:
    from pyinstrument import Profiler

    prof = Profiler(interval=interval)
    prof.start()
    fn()
    prof.stop()
    session = prof.last_session
    root = session.root_frame()
    wall = session.duration
    by_own, by_total = summarise(root, top)
    print(f"Profiled wall time {wall:.2f} s, CPU time {session.cpu_time:.2f} s, "
          f"{session.sample_count} samples\n")
    print("| own time | share | function |\n|---|---|---|")
    for k, v in by_own:
        print(f"| {v:.2f} s | {v / wall:.0%} | `{k}` |")
    print("\n| total time | share | dreamcontent / spaCy function |\n|---|---|---|")
    for k, v in by_total:
        print(f"| {v:.2f} s | {v / wall:.0%} | `{k}` |")
    if html:
        html.write_text(prof.output_html(), encoding="utf-8")
        print(f"\nFull profile: {html}")


def py_spy(argv: list[str], top: int, native: bool, rate: int) -> None:
    """Re-run this script without pyinstrument under ``py-spy record``; summarise its stacks."""
    import shutil
    import subprocess
    import tempfile

    exe = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "stacks.txt"
        cmd = [exe, "record", "--format", "raw", "--function", "--rate", str(rate),
               "--output", str(raw), *(["--native"] if native else []), "--",
               sys.executable, str(Path(__file__).resolve()), *argv, "--bare"]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        lines = raw.read_text(encoding="utf-8").splitlines()
    own: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    n = 0
    for line in lines:
        stack, _, count = line.rpartition(" ")
        frames = stack.split(";")
        idx = next((i for i, f in enumerate(frames)
                    if f.split(" (")[0].endswith("run") and "profiles.py" in f), None)
        if idx is None:
            continue
        c = int(count)
        n += c
        inner = frames[idx + 1:] or frames[idx:]
        own[_short(inner[-1])] += c
        for f in {_short(f) for f in inner}:
            total[f] += c
    if not n:
        raise SystemExit("py-spy recorded no samples inside the profiled call")
    print(f"py-spy: {n} samples inside the profiled call ({rate}/s"
          f"{', native frames' if native else ''})\n")
    print("| own samples | share | function |\n|---|---|---|")
    for k, v in sorted(own.items(), key=lambda kv: -kv[1])[:top]:
        print(f"| {v} | {v / n:.0%} | `{k}` |")
    print("\n| total samples | share | function |\n|---|---|---|")
    for k, v in sorted(total.items(), key=lambda kv: -kv[1])[:top]:
        print(f"| {v} | {v / n:.0%} | `{k}` |")


def _short(frame: str) -> str:
    """``func (/long/path/site-packages/pkg/mod.py:12)`` -> ``func (pkg/mod.py:12)``."""
    func, sep, where = frame.partition(" (")
    for marker in ("site-packages/", str(_worker.ROOT) + "/"):
        if marker in where:
            where = where.split(marker, 1)[1]
    return func + sep + where


def rule_costs(docs: list[Any], raw_cpu: float) -> None:
    """CPU time of every lint rule and of the readability count over already parsed docs.

    Uses the linter's internals (``Linter.rules``, ``Rule.check/finish``, ``TextState``, the
    shared per-Doc ``view``, ``ReadabilityCounter``): a development aid, adjust when they
    change. The shared views are built once (their cost is its own row) and handed to every
    rule, as the engine does.
    """
    from dreamcontent.lint import base
    from dreamcontent.lint.engine import Linter
    from dreamcontent.lint.readability import ReadabilityCounter

    def cpu(fn: Callable[[], Any]) -> float:
        t0 = time.process_time()
        fn()
        return time.process_time() - t0

    make_view = getattr(base, "DocView", None)
    views: list[Any] = []
    rows: list[tuple[str, float, int]] = []
    if make_view is not None:
        rows.append(("shared DocView build", cpu(lambda: views.extend(map(make_view, docs))),
                     0))

    def fresh_state(i: int) -> Any:
        state = base.TextState()
        state.data["para"] = i
        state.data["to_source"] = int  # offsets: the doc's own text is the source
        if views:
            state.data["view"] = views[i]
        return state

    for rule in Linter().rules:
        hits = 0

        def run_rule(rule: Any = rule) -> None:
            nonlocal hits
            state = base.TextState()
            for i, doc in enumerate(docs):
                state.data.update(fresh_state(i).data)
                hits += sum(1 for _ in rule.check(doc, state))
            hits += sum(1 for _ in rule.finish(state))

        rows.append((f"rule `{rule.id}`", cpu(run_rule), hits))

    def readability() -> None:
        counter = ReadabilityCounter()
        for i, doc in enumerate(docs):
            counter.add(views[i] if views else doc, [])

    rows.append(("readability (ReadabilityCounter.add)", cpu(readability), 0))
    total = sum(r[1] for r in rows)
    print(f"{len(docs)} docs; raw nlp.pipe CPU {raw_cpu:.2f} s; all rules + readability CPU "
          f"{total:.2f} s = {total / raw_cpu:.1%} of the pipeline (CPU ratio if nothing else "
          f"cost: {raw_cpu / (raw_cpu + total):.2f})\n")
    print("| part | CPU | share of pipeline CPU | hits |\n|---|---|---|---|")
    for name, t, hits in sorted(rows, key=lambda r: -r[1]):
        print(f"| {name} | {t:.3f} s | {t / raw_cpu:.1%} | {hits} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["lint", "lint-text", "raw", "generate", "rules"],
                    help="lint: lint_texts on paragraphs; lint-text: one lint_text call; "
                    "raw: nlp.pipe on the same paragraphs; generate: generate(); rules: CPU "
                    "time per lint rule on parsed paragraphs")
    ap.add_argument("--kb", type=int, default=100, help="text size for lint/raw (KB)")
    ap.add_argument("--elements", type=int, default=120, help="elements for generate")
    ap.add_argument("--gate", action="store_true", help="generate with the lint gate")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--interval", type=float, default=0.001, help="sampling interval (s)")
    ap.add_argument("--html", type=Path, help="also write pyinstrument's HTML tree here")
    ap.add_argument("--py-spy", action="store_true", help="sample with py-spy instead")
    ap.add_argument("--native", action="store_true", help="py-spy: include C/Cython frames")
    ap.add_argument("--rate", type=int, default=250, help="py-spy samples per second")
    ap.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.py_spy:
        argv = [a for a in sys.argv[1:] if a not in ("--py-spy", "--native")]
        py_spy(argv, args.top, args.native, args.rate)
        return

    from dreamcontent.lint import get_linter, lint_text, lint_texts
    from dreamcontent.nl.pipeline import get_nlp

    nlp = get_nlp()
    get_linter()
    warm = _worker.text_of_size(10_000).split("\n\n")
    lint_texts(warm)
    lint_text("\n\n".join(warm))  # also loads the hyphenation dictionary (readability)
    list(nlp.pipe(warm))
    if args.what == "rules":
        paras = _worker.text_of_size(args.kb * 1000).split("\n\n")
        t0 = time.process_time()
        docs = list(nlp.pipe(paras))
        rule_costs(docs, time.process_time() - t0)
        return
    if args.what == "generate":
        from dreamcontent.generate import generate

        dream = _worker.bench_dream_file(args.elements)
        generate(_worker.bench_dream_file(12), gate=args.gate)

        def run() -> Any:
            return generate(dream, gate=args.gate)
    else:
        text = _worker.text_of_size(args.kb * 1000)
        paras = text.split("\n\n")
        if args.what == "lint":
            def run() -> Any:
                return lint_texts(paras)
        elif args.what == "lint-text":
            def run() -> Any:
                return lint_text(text)
        else:
            def run() -> Any:
                return sum(1 for _ in nlp.pipe(paras))
    if args.bare:
        run()
    else:
        profile(run, args.top, args.html, args.interval)


if __name__ == "__main__":
    main()
