"""Smoke tests for the benchmark harness (benchmarks/_worker.py) on tiny inputs.

No timing assertions: these check that every measurement runs against the current lint and
generate APIs and that what it measures is the real work (same findings on every path).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from dreamcontent.nl.pipeline import model_path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _load(name: str) -> ModuleType:
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


worker = _load("_worker")

needs_model = pytest.mark.skipif(not (model_path() / "meta.json").exists(),
                                 reason="the trained pipeline is not there yet")


def test_text_of_size_reaches_the_size_in_paragraphs() -> None:
    text = worker.text_of_size(5_000)
    assert len(text.encode("utf-8")) >= 5_000
    paras = text.split("\n\n")
    assert len(paras) > 1
    assert all(p.strip() and "\n" not in p for p in paras)
    assert worker.count_words(paras) == len(text.split())


def test_text_of_size_is_deterministic() -> None:
    assert worker.text_of_size(3_000) == worker.text_of_size(3_000)


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from dreamcontent.nl.pipeline import get_nlp

    return get_nlp()


@needs_model
def test_parallel_lint_finds_what_serial_lint_finds(nlp) -> None:  # type: ignore[no-untyped-def]
    from dreamcontent.lint import lint_texts

    paras = worker.text_of_size(30_000).split("\n\n")  # > 64 paragraphs: several chunks
    assert len(paras) > 64
    serial = lint_texts(paras)
    parallel, how = worker.lint_parallel(paras, 2)
    assert "2" in how
    assert [[(f.rule, f.start, f.end) for f in fs] for fs in parallel] == \
        [[(f.rule, f.start, f.end) for f in fs] for fs in serial]


@needs_model
def test_throughput_measures_both_paths(nlp) -> None:  # type: ignore[no-untyped-def]
    from dreamcontent.lint import lint_text, lint_texts

    r = worker.cmd_throughput("3000", "1", "1")
    assert r["words"] > 300 and r["n_process"] == 1
    assert r["lint_path"] == "lint_texts" and r["doc_path"] == "lint_text"
    assert r["raw_wps"] > 0 and r["lint_wps"] > 0 and r["doc_wps"] > 0
    assert r["lint_cpu_ratio"] > 0 and r["doc_cpu_ratio"] > 0
    paras = worker.text_of_size(3000).split("\n\n")
    assert r["lint_findings"] == sum(len(f) for f in lint_texts(paras))
    assert r["doc_findings"] == len(lint_text("\n\n".join(paras)))


@needs_model
def test_scale_lints_the_whole_text(nlp) -> None:  # type: ignore[no-untyped-def]
    from dreamcontent.lint import lint_text

    r = worker.cmd_scale("4000")
    assert r["bytes"] >= 4000
    assert r["findings"] == len(lint_text(worker.text_of_size(4000)))
    assert r["peak_mb"] >= r["base_rss_mb"] > 0


@needs_model
def test_bench_dream_file_has_the_asked_number_of_elements(nlp) -> None:  # type: ignore[no-untyped-def]
    dream = worker.bench_dream_file(30)
    dromen = dream.klanttypen[0].dromen
    assert [len(d.elementen) for d in dromen] == [12, 12, 6]


@needs_model
@pytest.mark.parametrize("gate", ["0", "1"])
def test_generate_runs_with_and_without_gate(nlp, gate: str) -> None:  # type: ignore[no-untyped-def]
    r = worker.cmd_generate("12", gate)
    assert r["elements"] == 12
    assert r["gate_mode"] in (("off",) if gate == "0" else ("real", "no-stop"))
    assert r["elements_per_s"] > 0


@needs_model
def test_no_stop_gate_does_the_real_gate_work(nlp) -> None:  # type: ignore[no-untyped-def]
    """On a dream the real gate accepts, the no-stop generator finds no faults and writes the
    same content (so timing it times the real gate's work)."""
    from dreamcontent.errors import TemplateError
    from dreamcontent.generate import generate
    from dreamcontent.lint import lint_texts

    dream = worker.bench_dream_file(12)
    try:
        real = generate(dream, gate=True)
    except TemplateError:
        pytest.skip("the real gate refuses this dream with the current pipeline")
    calls: list[int] = []

    def lint(texts: list[str]) -> list[list[object]]:
        calls.append(len(texts))
        return lint_texts(texts)

    gen, counts = worker._no_stop_generator(lint)
    mine = gen.generate(dream, top=12, gate=True)
    assert counts["faults"] == 0
    assert calls and calls[0] >= 12 * 3  # at least the three questions of every element
    assert mine.to_json_dict() == real.to_json_dict()
