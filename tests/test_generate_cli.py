"""``dreamcontent generate`` and the batch runner: outputs, errors, stdout, parallel runs.

Most tests feed JSON exports (re-rendering without generating), so they need neither the
generator nor the Dutch pipeline; the end-to-end tests at the bottom run the real generator
on the example dream files in dreams/.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dreamcontent.cli import generate_cmd
from dreamcontent.cli.generate_cmd import generate
from dreamcontent.export import FORMATS
from dreamcontent.export.batch import (
    BatchOptions,
    collect_inputs,
    output_stems,
    plan_workers,
    process_file,
    run,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "golden" / "export" / "voorbeeld.json"
DREAMS = ROOT / "dreams"
MODEL_META = ROOT / "dreamcontent" / "data" / "nl_dreamcontent" / "meta.json"
ALL = ["-f", "md", "-f", "html", "-f", "json", "-f", "csv", "-f", "xlsx", "-f", "docx"]


def invoke(*args: str, cwd: Path | None = None):
    runner = CliRunner()
    old = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        return runner.invoke(generate, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    """Two good JSON exports (one with edited text) and one broken file."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLE, src / "fysio.json")
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["organisatie"]["naam"] = "Cijferhuis"
    (src / "cijferhuis.json").write_text(json.dumps(data, ensure_ascii=False),
                                         encoding="utf-8")
    (src / "kapot.json").write_text('{"organisatie": {"naam": "X"},\n  "klanttypen": [1,}\n',
                                    encoding="utf-8")
    return src


def files_in(d: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(d.iterdir())}


# --- batch with a broken file -----------------------------------------------------------------

def test_broken_file_is_reported_the_others_are_exported(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "uit"
    res = invoke(str(inputs / "cijferhuis.json"), str(inputs / "kapot.json"),
                 str(inputs / "fysio.json"), *ALL, "-o", str(out))
    assert res.exit_code == 1
    assert (f"{inputs / 'kapot.json'}:2:20: geen geldige JSON: hier verwacht ik een waarde"
            in res.stderr)
    assert "1 invoerbestand met fouten" in res.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f"{stem}.{ext}" for stem in ("cijferhuis", "fysio") for ext in FORMATS)
    # nothing of the broken input, no temporary files left behind
    assert not any(n.startswith("kapot") or n.endswith(".tmp") or n.startswith(".")
                   for n in names)
    assert "Cijferhuis" in (out / "cijferhuis.md").read_text(encoding="utf-8")


def test_old_output_of_a_now_broken_input_is_kept_and_flagged(inputs: Path,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "uit"
    good = inputs / "fysio.json"
    assert invoke(str(good), "-f", "md", "-f", "csv", "-o", str(out)).exit_code == 0
    before = files_in(out)
    good.write_text('{"organisatie": ', encoding="utf-8")  # the input breaks
    res = invoke(str(good), "-f", "md", "-f", "csv", "-f", "json", "-o", str(out))
    assert res.exit_code == 1
    assert files_in(out) == before  # nothing deleted or half-written
    for name in ("fysio.md", "fysio.csv"):
        warning = f"let op: {out / name} is niet bijgewerkt; het komt uit een eerdere run"
        assert warning in res.stderr
    assert "fysio.json is niet bijgewerkt" not in res.stderr  # there was no old json output


def test_no_stale_warning_on_a_first_run(inputs: Path, tmp_path: Path) -> None:
    res = invoke(str(inputs / "kapot.json"), "-o", str(tmp_path / "uit"))
    assert res.exit_code == 1
    assert "niet bijgewerkt" not in res.stderr


def test_missing_path_is_reported_and_the_rest_still_runs(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "uit"
    res = invoke(str(inputs / "fysio.json"), str(tmp_path / "weg.yaml"), "-o", str(out))
    assert res.exit_code == 1
    assert f"{tmp_path / 'weg.yaml'}: bestand of map niet gevonden" in res.stderr
    assert (out / "fysio.md").exists()


def test_failure_while_writing_leaves_no_partial_file(inputs: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """An interruption during the write of one output leaves neither it nor a temp file."""
    out = tmp_path / "uit"
    out.mkdir()
    real_fdopen = os.fdopen

    class Boom(KeyboardInterrupt):
        pass

    def failing_fdopen(fd: int, *a: object, **kw: object):
        fh = real_fdopen(fd, *a, **kw)

        class Half:
            def __enter__(self):
                return self

            def __exit__(self, *exc: object) -> None:
                fh.close()

            def write(self, data: bytes) -> int:
                fh.write(data[: len(data) // 2])
                raise Boom()

        return Half()

    monkeypatch.setattr("dreamcontent.io.os.fdopen", failing_fdopen)
    res = invoke(str(inputs / "fysio.json"), "-f", "docx", "-o", str(out))
    assert res.exit_code == 130  # "afgebroken", as for Ctrl-C
    assert list(out.iterdir()) == []


def test_rerun_overwrites_with_identical_bytes(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "uit"
    args = (str(inputs / "fysio.json"), str(inputs / "cijferhuis.json"), *ALL, "-o", str(out))
    assert invoke(*args).exit_code == 0
    first = files_in(out)
    for p in out.iterdir():  # spoil the files: a re-run must restore them exactly
        p.write_bytes(b"oud")
    assert invoke(*args).exit_code == 0
    assert files_in(out) == first


def test_parallel_run_gives_the_same_outputs_as_serial(inputs: Path) -> None:
    sources = [inputs / "fysio.json", inputs / "kapot.json", inputs / "cijferhuis.json"] * 2
    options = BatchOptions(formats=tuple(FORMATS), render_options=(("bom", True),))
    serial = list(run(sources, options, jobs=1))
    parallel = list(run(sources, options, jobs=2))
    assert [o.source for o in parallel] == sources
    assert [(o.outputs, o.errors) for o in parallel] == [(o.outputs, o.errors) for o in serial]
    assert [o.ok for o in serial] == [True, False, True] * 2


def test_plan_workers() -> None:
    opts = BatchOptions()
    assert plan_workers(1, None, opts) == 1
    assert plan_workers(3, 2, opts) == 2
    assert plan_workers(2, 8, opts) == 2
    big = plan_workers(50, None, opts)
    assert big == (2 if (os.cpu_count() or 1) >= 2 else 1)


# --- naming -----------------------------------------------------------------------------------

def test_output_stems_unique_and_deterministic() -> None:
    stems, notes = output_stems([Path("a/x.yaml"), Path("b/x.yaml"), Path("c/y.yaml"),
                                 Path("d/X.yml")])
    assert stems == ["a-x", "b-x", "y", "d-X"]
    assert len(notes) == 3 and "a/x.yaml" in notes[0] and "a-x.*" in notes[0]
    stems, notes = output_stems([Path("a/x.yaml"), Path("b/a-x.yaml"), Path("z/x.yml")])
    assert stems == ["a-x", "b-a-x", "z-x"] or stems[0] != stems[1]
    assert len(set(s.casefold() for s in stems)) == 3
    assert output_stems([Path("p.yaml"), Path("q.yaml")]) == (["p", "q"], [])


def test_same_stem_in_two_folders_cli(inputs: Path, tmp_path: Path) -> None:
    other = tmp_path / "ander"
    other.mkdir()
    shutil.copy(SAMPLE, other / "fysio.json")
    out = tmp_path / "uit"
    res = invoke(str(inputs / "fysio.json"), str(other / "fysio.json"), "-f", "csv",
                 "-o", str(out))
    assert res.exit_code == 0, res.stderr
    assert sorted(p.name for p in out.iterdir()) == ["ander-fysio.csv", "in-fysio.csv"]
    assert "de uitvoer heet ander-fysio.*" in res.stderr


def test_collect_inputs_expands_directories_and_drops_repeats(tmp_path: Path) -> None:
    d = tmp_path / "dromen"
    (d / "sub").mkdir(parents=True)
    for name in ("b.yaml", "a.yml", "sub/c.yaml", "notities.txt"):
        (d / name).write_text("x: 1\n", encoding="utf-8")
    plan = collect_inputs([d, d / "a.yml", tmp_path / "weg"])
    assert [p.relative_to(d).as_posix() for p in plan.sources] == ["a.yml", "b.yaml",
                                                                   "sub/c.yaml"]
    assert plan.errors == [f"{tmp_path / 'weg'}: bestand of map niet gevonden"]


# --- standard output --------------------------------------------------------------------------

def test_markdown_to_stdout_by_default(inputs: Path) -> None:
    res = invoke(str(inputs / "fysio.json"))
    assert res.exit_code == 0
    assert res.stdout.startswith("# Droomvragen en content: Fysio Vooruit & Co\n")
    assert res.stderr == ""


def test_several_inputs_to_stdout(inputs: Path) -> None:
    a, b = str(inputs / "fysio.json"), str(inputs / "cijferhuis.json")
    md = invoke(a, b, "-o", "-").stdout
    assert md.count("# Droomvragen en content:") == 2 and "\n\n---\n\n# Droom" in md
    js = json.loads(invoke(a, b, "-f", "json").stdout)
    assert [d["organisatie"]["naam"] for d in js] == ["Fysio Vooruit & Co", "Cijferhuis"]
    assert isinstance(json.loads(invoke(a, "-f", "json").stdout), dict)
    csv_out = invoke(a, b, "-f", "csv", "--bom").stdout_bytes
    assert csv_out.startswith(b"\xef\xbb\xbfklanttype,droom,")
    assert csv_out.count(b"klanttype,droom,niveau") == 1 and csv_out.count(b"\xef\xbb\xbf") == 1
    single = invoke(a, "-f", "csv").stdout_bytes
    assert csv_out.count(b"\r\nrecreatieve hardloper,") == 2 * single.count(
        b"\r\nrecreatieve hardloper,")


@pytest.mark.parametrize("args, message", [
    (["-f", "docx"], "docx is een binair formaat en kan niet naar het scherm"),
    (["-f", "xlsx", "-o", "-"], "xlsx is een binair formaat"),
    (["-f", "md", "-f", "csv"], "naar het scherm kan maar één formaat tegelijk"),
])
def test_usage_errors_exit_2_in_dutch(inputs: Path, args: list[str], message: str) -> None:
    res = invoke(str(inputs / "fysio.json"), *args)
    assert res.exit_code == 2
    assert res.stderr.startswith("fout: ") and message in res.stderr
    assert res.stdout == ""


def test_html_for_several_inputs_needs_an_output_dir(inputs: Path) -> None:
    res = invoke(str(inputs / "fysio.json"), str(inputs / "cijferhuis.json"), "-f", "html")
    assert res.exit_code == 2 and "html naar het scherm kan maar voor één" in res.stderr
    assert invoke(str(inputs / "fysio.json"), "-f", "html").stdout.startswith("<!DOCTYPE html>")


def test_unknown_format_is_rejected_by_click(inputs: Path) -> None:
    res = invoke(str(inputs / "fysio.json"), "-f", "pdf")
    assert res.exit_code == 2 and "pdf" in res.stderr


# --- help, progress bar, import cost ----------------------------------------------------------

def test_help_is_dutch_with_examples_and_lists_every_format() -> None:
    res = CliRunner().invoke(generate, ["--help"])
    assert res.exit_code == 0
    assert "Voorbeelden:" in res.stdout and "dreamcontent generate dreams/" in res.stdout
    for name in FORMATS:
        assert f"  {name}  " in res.stdout
    assert tuple(FORMATS) == generate_cmd.FORMAT_NAMES


@pytest.mark.parametrize("tty, ci, expected", [
    (True, None, True), (True, "true", False), (False, None, False),
])
def test_progress_bar_only_on_a_terminal_outside_ci(monkeypatch: pytest.MonkeyPatch, tty: bool,
                                                    ci: str | None, expected: bool) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    assert generate_cmd._show_progress() is expected


def test_progress_bar_and_errors_on_a_terminal(inputs: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generate_cmd, "_show_progress", lambda: True)
    res = invoke(str(inputs / "fysio.json"), str(inputs / "kapot.json"), "-o",
                 str(tmp_path / "uit"))
    assert res.exit_code == 1
    # (not a real terminal here, so click shows only the label of the bar)
    assert res.stderr.startswith("Bezig")
    # the error is held back until the bar is done, then shown on its own line
    assert f"\n{inputs / 'kapot.json'}:2:20: geen geldige JSON" in res.stderr


def test_cli_module_does_not_import_heavy_libraries() -> None:
    import subprocess

    code = ("import sys, dreamcontent.cli.generate_cmd; "
            "print(sorted(m for m in ('spacy', 'openpyxl', 'docx', 'jinja2') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


# --- end to end with the real generator -------------------------------------------------------

needs_model = pytest.mark.skipif(not MODEL_META.exists(),
                                 reason="het taalmodel is nog niet getraind")


@needs_model
def test_generate_example_dreams_in_all_formats(tmp_path: Path) -> None:
    out = tmp_path / "uit"
    res = invoke(str(DREAMS), *ALL, "-o", str(out))
    assert res.exit_code == 0, res.stderr
    stems = sorted(p.stem for p in DREAMS.glob("*.yaml"))
    assert sorted({p.stem for p in out.iterdir()}) == stems
    for stem in stems:
        data = json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))
        for kt in data["klanttypen"]:
            for droom in kt["dromen"]:
                assert 1 <= len(droom["elementen"]) <= 12
                for el in droom["elementen"]:
                    assert len(el["vragen"]) == 3
                    html = (out / f"{stem}.html").read_text(encoding="utf-8")
                    # every question appears in the page (escaped like the template does)
                    from markupsafe import escape

                    assert all(str(escape(v)) in html for v in el["vragen"])


@needs_model
def test_real_batch_parallel_equals_serial(tmp_path: Path) -> None:
    sources = sorted(DREAMS.glob("*.yaml"))
    options = BatchOptions(formats=("json", "docx"))
    serial = [o.outputs for o in run(sources, options, jobs=1)]
    parallel = [o.outputs for o in run(sources, options, jobs=2)]
    assert serial == parallel and all(serial)


@needs_model
def test_broken_dream_file_in_a_batch(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    good = sorted(DREAMS.glob("*.yaml"))[0]
    shutil.copy(good, src / good.name)
    (src / "kapot.yaml").write_text("organisatie:\n  naam: X\nklanttypen:\n  - naam: [\n",
                                    encoding="utf-8")
    out = tmp_path / "uit"
    res = invoke(str(src), "-f", "md", "-f", "xlsx", "-o", str(out))
    assert res.exit_code == 1
    assert f"{src / 'kapot.yaml'}:" in res.stderr
    assert sorted(p.name for p in out.iterdir()) == [f"{good.stem}.md", f"{good.stem}.xlsx"]
    outcome = process_file(src / "kapot.yaml", BatchOptions())
    assert not outcome.ok and outcome.outputs == {}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_missing_pipeline_stops_the_run_with_exit_2(inputs: Path, tmp_path: Path, jobs: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from dreamcontent.errors import ModelError

    def no_model(path: Path, options: BatchOptions):
        raise ModelError("het Nederlandse taalmodel ontbreekt in /nergens")

    monkeypatch.setattr("dreamcontent.export.batch.build_result", no_model)
    out = tmp_path / "uit"
    res = invoke(str(inputs / "fysio.json"), str(inputs / "cijferhuis.json"), "-j", jobs,
                 "-o", str(out))
    assert res.exit_code == 2
    assert res.stderr == "fout: het Nederlandse taalmodel ontbreekt in /nergens\n"
    assert not out.exists()


def test_output_dir_that_is_a_file_is_a_clear_error(inputs: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "uit"
    blocker.write_text("geen map", encoding="utf-8")
    res = invoke(str(inputs / "fysio.json"), "-f", "md", "-o", str(blocker))
    assert res.exit_code == 2
    assert f"{blocker / 'fysio.md'}: kan niet schrijven" in res.stderr
    assert blocker.read_text(encoding="utf-8") == "geen map"


@needs_model
def test_top_seed_and_templates_reach_the_generator(tmp_path: Path) -> None:
    src = str(DREAMS / "fysio-vooruit.yaml")
    top2 = json.loads(invoke(src, "--top", "2", "-f", "json").stdout)
    assert all(len(d["elementen"]) <= 2 for kt in top2["klanttypen"] for d in kt["dromen"])
    seed0 = invoke(src, "-f", "json").stdout
    assert invoke(src, "-f", "json", "--seed", "0").stdout == seed0
    assert invoke(src, "-f", "json", "--seed", "7").stdout != seed0
    bank = tmp_path / "bank" / "vragen"
    bank.mkdir(parents=True)
    (bank / "implicatie.j2").write_text("{% macro kapot(e) %}Wat {{ e.np \n{% endmacro %}\n",
                                        encoding="utf-8")
    res = invoke(src, "--templates", str(tmp_path / "bank"), "-f", "json")
    assert res.exit_code == 1 and res.stdout == ""
    assert f"{bank / 'implicatie.j2'}:2:" in res.stderr
    missing = invoke(src, "--templates", str(tmp_path / "nergens"))
    assert missing.exit_code == 2


def _run_in_terminal(args: list[str], env_extra: dict[str, str]) -> tuple[str, int]:
    pexpect = pytest.importorskip("pexpect")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env.update(env_extra)
    cli = str(Path(sys.executable).with_name("dreamcontent"))
    child = pexpect.spawn(cli, ["generate", *args], env=env, encoding="utf-8", timeout=60,
                          dimensions=(24, 120))
    child.expect(pexpect.EOF)
    child.close()
    return child.before, child.exitstatus


def test_real_terminal_shows_progress_bar_but_not_in_ci(inputs: Path, tmp_path: Path) -> None:
    files = [str(inputs / "fysio.json"), str(inputs / "cijferhuis.json")]
    out, status = _run_in_terminal([*files, "-f", "csv", "-o", str(tmp_path / "a")], {})
    assert status == 0
    assert "Bezig" in out and "2/2" in out
    out, status = _run_in_terminal([*files, "-f", "csv", "-o", str(tmp_path / "b")],
                                   {"CI": "true"})
    assert status == 0
    assert "Bezig" not in out and "2 bestanden geschreven" in out


def test_csv_separator_option(inputs: Path) -> None:
    res = invoke(str(inputs / "fysio.json"), "-f", "csv", "--scheidingsteken", "puntkomma")
    assert res.exit_code == 0
    assert res.stdout.startswith("klanttype;droom;niveau;element;impact;latent;partner;")
