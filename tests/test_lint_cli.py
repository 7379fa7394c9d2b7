"""`dreamcontent lint` and `dreamcontent regels` end to end (click runner).

The plumbing tests run on a blank Dutch pipeline saved to a temporary directory (word-list
rules work without a parser); tests of the rules themselves use the real model
(test_lint_rules.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner

from dreamcontent.cli import cli

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def blank_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("model") / "blank_nl"
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(path)
    return path


@pytest.fixture
def run(blank_model: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DREAMCONTENT_MODEL", str(blank_model))
    monkeypatch.chdir(tmp_path)  # no pyproject.toml of the repo

    def _run(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(cli, ["lint", *args], input=input, catch_exceptions=False)

    return _run


def test_text_output_and_exit_code(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("Misschien is dit iets.\nBekijk uw offerte.\n")
    res = run("a.txt", "--geen-kleur")
    assert res.exit_code == 1
    assert "a.txt:1:1: warning twijfelwoord: Twijfelwoord: 'Misschien'." in res.output
    assert "a.txt:2:8: error aanspreekvorm-u:" in res.output
    assert "Leesbaarheid: Flesch-Douma" in res.output
    assert res.output.strip().splitlines()[-1].startswith("2 meldingen in 1 bestand")


def test_fail_on_and_clean_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("Misschien is dit iets.\n")
    assert run("a.txt").exit_code == 0  # only a warning; default --fail-on error
    assert run("a.txt", "--fail-on", "warning").exit_code == 1
    (tmp_path / "b.txt").write_text("Wij bellen je morgen.\n")
    res = run("b.txt")
    assert res.exit_code == 0 and "Geen meldingen in 1 bestand." in res.output


def test_json_contract(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.md").write_text("# Titel\n\nBekijk `uw` code en uw offerte.\n")
    res = run("a.md", "--format", "json", "--geen-leesbaarheid")
    data = json.loads(res.output)
    assert isinstance(data, list) and len(data) == 1
    f = data[0]
    assert {k: f[k] for k in ("path", "line", "column", "rule", "severity")} == {
        "path": "a.md", "line": 3, "column": 21, "rule": "aanspreekvorm-u", "severity": "error"}
    assert f["suggestion"] == "Schrijf 'jouw'." and "'uw'" in f["message"]
    with_read = json.loads(run("a.md", "--format", "json").output)
    assert with_read[-1]["rule"] == "leesbaarheid" and "flesch_douma" in with_read[-1][
        "leesbaarheid"]


def test_github_format(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("Bekijk uw offerte.\n")
    res = run("a.txt", "--format", "github")
    assert res.output.startswith("::error file=a.txt,line=1,col=8,")


def test_stdin(run) -> None:  # type: ignore[no-untyped-def]
    res = run("-", "--format", "json", "--geen-leesbaarheid", input="Eigenlijk wel.\n")
    data = json.loads(res.output)
    assert data[0]["path"] == "<stdin>" and data[0]["rule"] == "twijfelwoord"


def test_directory_recursion_and_bad_files(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = tmp_path / "content"
    (d / "sub").mkdir(parents=True)
    (d / "goed.md").write_text("Wij bellen je morgen.\n")
    (d / "sub" / "fout.txt").write_text("Bekijk uw offerte.\n")
    (d / "sub" / "plaatje.txt").write_bytes(b"\x00\x01\x02binary")
    (d / "sub" / "latin.md").write_bytes("caf\xe9 uw".encode("latin-1"))
    (d / "leeg.txt").write_text("")
    res = run("content", "--format", "json", "--geen-leesbaarheid")
    assert res.exit_code == 2
    assert "plaatje.txt" in res.stderr and "latin.md" in res.stderr
    data = json.loads(res.stdout)
    assert [f["path"] for f in data] == [str(Path("content/sub/fout.txt"))]


def test_processes_give_the_serial_output(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = tmp_path / "site"
    d.mkdir()
    for i in range(7):
        (d / f"p{i}.txt").write_text(f"Bekijk uw offerte {i}.\nMisschien is dit iets.\n" * (i + 1))
    (d / "p3.txt").write_bytes(b"\x00binary")  # unreadable, reported in between
    for fmt in ("text", "json"):
        serial = run("site", "--format", fmt, "--geen-kleur")
        parallel = run("site", "--format", fmt, "--geen-kleur", "-j", "2")
        assert parallel.exit_code == serial.exit_code == 2
        assert parallel.stdout == serial.stdout
        assert "p3.txt" in parallel.stderr
    res = run("site", "--fix", "--processen", "3")
    assert "jouw offerte 6" in (d / "p6.txt").read_text()
    assert "Bekijk uw" not in (d / "p0.txt").read_text()
    assert res.exit_code == 2  # the unreadable file


def test_fix_and_diff(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "a.md"
    original = "Bekijk `uw` code.\n\nDownload uw gids en uw checklist.\n"
    p.write_text(original)
    res = run("a.md", "--diff")
    assert "+Download jouw gids en jouw checklist." in res.stdout
    assert p.read_text() == original
    res = run("a.md", "--fix")
    assert p.read_text() == "Bekijk `uw` code.\n\nDownload jouw gids en jouw checklist.\n"
    assert res.exit_code == 0


def test_fix_keeps_line_endings_and_bom(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffBekijk uw offerte.\r\nTot ziens.\r\n".encode())
    run("a.txt", "--fix")
    assert p.read_bytes() == "\ufeffBekijk jouw offerte.\r\nTot ziens.\r\n".encode()


def test_options_and_config(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("Misschien. Bekijk uw offerte.\n")
    res = run("a.txt", "--disable", "aanspreekvorm-u,aanspreekvorm-gemengd", "--format", "json",
              "--geen-leesbaarheid")
    assert [f["rule"] for f in json.loads(res.output)] == ["twijfelwoord"]
    (tmp_path / ".dreamcontent.toml").write_text('[lint]\nenable = ["aanspreekvorm-u"]\n')
    res = run("a.txt", "--format", "json", "--geen-leesbaarheid")
    assert [f["rule"] for f in json.loads(res.output)] == ["aanspreekvorm-u"]
    res = run("a.txt", "--disable", "bestaat-niet")
    assert res.exit_code == 2 and "bestaat-niet" in res.stderr and "Traceback" not in res.output


def test_missing_file_is_exit_2(run) -> None:  # type: ignore[no-untyped-def]
    res = run("bestaat-niet.md")
    assert res.exit_code == 2 and "bestaat-niet.md" in res.stderr
    assert "Geen meldingen" not in res.stdout  # nothing was read, so no all-clear summary


def test_regels_lists_every_rule() -> None:
    from dreamcontent.lint.rules import RULES

    res = CliRunner().invoke(cli, ["regels"])
    assert res.exit_code == 0
    for rid in RULES:
        assert rid in res.output
    alias = CliRunner().invoke(cli, ["rules", "dt-fout", "--format", "json"])
    assert json.loads(alias.output)[0]["id"] == "dt-fout"


def test_docs_rules_md_is_up_to_date() -> None:
    from dreamcontent.lint.docs import rules_markdown

    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown(), (
        "docs/rules.md is outdated: run `dreamcontent regels --format markdown > docs/rules.md`")


def test_help_has_examples_and_cli_modules_do_not_import_spacy() -> None:
    for cmd in ("lint", "regels"):
        res = CliRunner().invoke(cli, [cmd, "--help"])
        assert res.exit_code == 0 and "Voorbeelden:" in res.output
    code = ("import sys, dreamcontent.cli.lint_cmd, dreamcontent.cli.rules_cmd; "
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
