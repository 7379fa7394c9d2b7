"""Batch export: many input files, several formats, one output file per input and format.

The pieces, each usable on its own:

- ``collect_inputs(paths)``: files and directories -> input files (dream files, or JSON
  exports to re-render), with a per-argument error for paths that cannot be used;
- ``output_stems(sources)``: ``<input stem>`` per input, made unique when two inputs share a
  stem (``a/x.yaml`` and ``b/x.yaml`` -> ``a-x`` and ``b-x``), with notes for the user;
- ``process_file(path, options)``: load, generate and render all formats of one input, in
  memory, returning a ``FileOutcome`` (never raises for a bad input);
- ``run(sources, options, jobs)``: ``FileOutcome``s in input order, serially or with a pool of
  worker processes that load the Dutch pipeline once each;
- ``write_outcome(outcome, out_dir, stem)``: writes every output atomically.
- ``stale_outputs(out_dir, stem, formats)``: earlier outputs a failed input leaves untouched.

Nothing here prints; the CLI (``dreamcontent generate``) reports.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import signal
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dreamcontent.errors import DreamcontentError, ModelError
from dreamcontent.io import atomic_write

#: Inputs with this suffix are JSON exports that are rendered again without generating.
JSON_SUFFIXES = (".json",)
#: From this many input files on, ``jobs=None`` uses a pool of worker processes.
#: Measured on the 3 example files (~30 elements each), CPU time: loading the pipeline ~2.0 s
#: once; per file ~1.1-1.3 s to generate (lint gate included) and ~0.3 s to render all six
#: formats. The parent loads the pipeline and the exporter libraries before forking, so a
#: worker costs little and on an idle 2-core machine a pool pays from 2 files on. On the
#: shared, saturated development machine (load average 6-8) wall time did not improve
#: (3 files: 15.8 s serial vs 14.2-18.1 s with 2 workers; 9 files: 41.5 s vs 46.8 s), so the
#: automatic threshold stays conservative.
PARALLEL_MIN_FILES = 4
MAX_AUTO_WORKERS = 2


@dataclass(frozen=True)
class BatchOptions:
    """What to produce for every input. Picklable, so it can go to worker processes."""

    formats: tuple[str, ...] = ("md",)
    top: int = 12
    templates_dir: str | None = None
    seed: int = 0
    #: extra keyword options for the exporters, e.g. (("bom", True), ("layout", "klanttype"))
    render_options: tuple[tuple[str, Any], ...] = ()


@dataclass
class FileOutcome:
    """The result of one input file: rendered bytes per format, or error lines."""

    source: Path
    outputs: dict[str, bytes] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    #: set when the run cannot go on at all (e.g. the Dutch pipeline is missing)
    fatal: str | None = None

    @property
    def ok(self) -> bool:
        return not self.errors and self.fatal is None


@dataclass
class InputPlan:
    sources: list[Path]
    errors: list[str]  # one line per unusable argument


def collect_inputs(paths: Sequence[str | Path]) -> InputPlan:
    """Expand the command line arguments into input files, keeping their order.

    Directories expand to their dream files (``*.yaml``/``*.yml``, sorted); a file given by
    name is used whatever its suffix (``.json`` = a JSON export). The same file named twice is
    used once. A missing path becomes an error line and the other paths still count.
    """
    sources: list[Path] = []
    errors: list[str] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            errors.append(f"{p}: bestand of map niet gevonden")
            continue
        if p.is_file():
            found = [p]
        else:
            from dreamcontent.dreamfile import find_dream_files

            try:
                found = find_dream_files([p])
            except DreamcontentError as exc:
                errors.extend(error_lines(exc, p))
                continue
        if p.is_dir() and not found:
            errors.append(f"{p}: geen droombestanden (*.yaml, *.yml) in deze map")
        for f in found:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                sources.append(f)
    return InputPlan(sources, errors)


def output_stems(sources: Sequence[Path]) -> tuple[list[str], list[str]]:
    """A unique output stem per input (same order) and Dutch notes about renamed ones.

    Stems are compared case-insensitively (Windows and macOS file systems). Colliding inputs
    get their folder name in front (``a-x``); if that still collides, a number (``x-2``).
    """
    stems = [s.stem for s in sources]
    groups: dict[str, list[int]] = {}
    for i, stem in enumerate(stems):
        groups.setdefault(stem.casefold(), []).append(i)
    notes: list[str] = []
    result = list(stems)
    for members in groups.values():
        if len(members) < 2:
            continue
        for i in members:
            parent = sources[i].parent.name
            result[i] = f"{parent}-{stems[i]}" if parent else stems[i]
    taken: set[str] = set()
    for i, stem in enumerate(result):
        candidate, n = stem, 2
        while candidate.casefold() in taken:
            candidate = f"{stem}-{n}"
            n += 1
        taken.add(candidate.casefold())
        result[i] = candidate
    for i, (src, stem) in enumerate(zip(sources, result, strict=True)):
        if stem != stems[i]:
            notes.append(f"let op: {src} heeft dezelfde naam als een ander invoerbestand; "
                         f"de uitvoer heet {stem}.*")
    return result, notes


def error_lines(exc: DreamcontentError, source: Path) -> list[str]:
    """``file:line:col: message`` lines for an error (one per problem), naming the file."""
    lines = [line for line in str(exc).splitlines() if line.strip()]
    name = str(source)
    return [line if line.startswith(name) or exc.path else f"{name}: {line}" for line in lines]


def build_result(path: Path, options: BatchOptions) -> Any:
    """Load one input and produce its ``GenerationResult`` (generate, or read a JSON export)."""
    if path.suffix.lower() in JSON_SUFFIXES:
        from dreamcontent.export.reader import load_result_json

        return load_result_json(path)
    from dreamcontent.dreamfile import load_dream_file
    from dreamcontent.generate import generate

    templates = Path(options.templates_dir) if options.templates_dir else None
    dream = load_dream_file(path)
    return generate(dream, top=options.top, templates_dir=templates, seed=options.seed)


def process_file(path: Path, options: BatchOptions) -> FileOutcome:
    """Load, generate and render every requested format of one input, all in memory."""
    from dreamcontent.export import render

    outcome = FileOutcome(source=path)
    try:
        result = build_result(path, options)
        kwargs = dict(options.render_options)
        for fmt in options.formats:
            outcome.outputs[fmt] = render(result, fmt, **kwargs)
    except ModelError as exc:
        outcome.fatal = str(exc)
        outcome.outputs.clear()
    except DreamcontentError as exc:
        outcome.errors = error_lines(exc, path)
        outcome.outputs.clear()
    except (RecursionError, MemoryError, ValueError, TypeError, KeyError, IndexError,
            AttributeError, OSError) as exc:
        # A bug or an unforeseen input must not stop the other files of the batch.
        outcome.errors = [f"{path}: interne fout ({type(exc).__name__}: {exc}); "
                          "meld dit met het invoerbestand erbij"]
        outcome.outputs.clear()
    return outcome


def plan_workers(n_files: int, jobs: int | None, options: BatchOptions) -> int:
    """How many worker processes: ``jobs`` if given, else 2 for large batches, else 1."""
    if jobs is not None:
        return max(1, min(jobs, n_files))
    cpus = os.cpu_count() or 1
    if n_files >= PARALLEL_MIN_FILES and cpus >= 2:
        return min(MAX_AUTO_WORKERS, cpus, n_files)
    return 1


def _init_worker(load_pipeline: bool) -> None:
    """Pool initializer: load the Dutch pipeline once per worker process.

    Workers ignore Ctrl-C: the parent handles it, stops the pool and exits with code 130,
    instead of every worker printing its own traceback.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not load_pipeline:
        return
    try:
        from dreamcontent.nl.pipeline import get_nlp

        get_nlp()
    except DreamcontentError:
        # Reported per file by process_file; an initializer that raises would make the pool
        # restart the worker forever.
        pass


def _preload_exporters(formats: Sequence[str]) -> None:
    """Import the exporters' libraries before forking, so workers do not each import them."""
    modules = {"xlsx": "openpyxl", "docx": "docx", "html": "jinja2"}
    for fmt in formats:
        if fmt in modules:
            importlib.import_module(modules[fmt])


def _process_star(args: tuple[Path, BatchOptions]) -> FileOutcome:
    return process_file(*args)


def run(sources: Sequence[Path], options: BatchOptions,
        jobs: int | None = None) -> Iterator[FileOutcome]:
    """Yield one ``FileOutcome`` per source, in input order (also with several workers).

    Raises ModelError as soon as an outcome says the pipeline is unusable.
    """
    workers = plan_workers(len(sources), jobs, options)
    if workers <= 1:
        outcomes: Iterator[FileOutcome] = (process_file(s, options) for s in sources)
        yield from _stop_on_fatal(outcomes)
        return
    methods = multiprocessing.get_all_start_methods()
    # fork: workers start fast and inherit an already loaded pipeline (copy-on-write)
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    needs_nlp = any(s.suffix.lower() not in JSON_SUFFIXES for s in sources)
    if needs_nlp and ctx.get_start_method() == "fork":
        # Load once here: forked workers share it (copy-on-write) instead of each loading it
        # again, which costs seconds of CPU per worker. A missing pipeline stops the run now.
        from dreamcontent.nl.pipeline import get_nlp

        get_nlp()
    if ctx.get_start_method() == "fork":
        _preload_exporters(options.formats)
    with ctx.Pool(workers, initializer=_init_worker, initargs=(needs_nlp,)) as pool:
        outcomes = pool.imap(_process_star, [(s, options) for s in sources], chunksize=1)
        yield from _stop_on_fatal(outcomes)


def _stop_on_fatal(outcomes: Iterator[FileOutcome]) -> Iterator[FileOutcome]:
    for outcome in outcomes:
        if outcome.fatal is not None:
            raise ModelError(outcome.fatal)
        yield outcome


def stale_outputs(out_dir: Path, stem: str, formats: Sequence[str]) -> list[Path]:
    """Outputs of an earlier run for ``stem`` that a failed input leaves as they were."""
    from dreamcontent.export import get_exporter

    found = (out_dir / f"{stem}.{get_exporter(fmt).extension}" for fmt in formats)
    return [p for p in found if p.is_file()]


def write_outcome(outcome: FileOutcome, out_dir: Path, stem: str) -> list[Path]:
    """Write every rendered format of one input atomically; returns the written paths."""
    from dreamcontent.export import get_exporter

    written = []
    for fmt, data in outcome.outputs.items():
        target = out_dir / f"{stem}.{get_exporter(fmt).extension}"
        atomic_write(target, data)
        written.append(target)
    return written
