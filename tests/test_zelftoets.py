"""Tests for ``dreamcontent zelftoets``: answer-file mode, advice, and a real terminal session."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dreamcontent.cli import cli
from dreamcontent.dreamfile import load_dream_file
from dreamcontent.errors import ConfigError
from dreamcontent.method.zelftoets import (
    DREMPEL,
    KEYS,
    STELLINGEN,
    answer_template,
    answers_yaml,
    evaluate,
    format_zelftoets,
    load_answers,
    parse_answers,
)

ROOT = Path(__file__).resolve().parent.parent
CIJFERHUIS = ROOT / "dreams" / "cijferhuis.yaml"

SCORES = {
    "dromen-en-bijdrage": 8,
    "purpose-met-trots": 9,
    "werk-voor-de-droom": 5,
    "weinig-prijsdiscussie": 4,
    "gezonde-marge": 8,
    "geen-grootheidswaan": 10,
    "klant-voelt-verbonden": 7,
}


def _answers(tmp_path: Path, scores: dict[str, int] = SCORES) -> Path:
    path = tmp_path / "antwoorden.yaml"
    path.write_text(answers_yaml(scores), encoding="utf-8")
    return path


def test_seven_statements_with_stable_keys() -> None:
    assert len(STELLINGEN) == 7 and len(set(KEYS)) == 7
    assert all(s.tekst.endswith(".") for s in STELLINGEN)


# --- answer file validation ---------------------------------------------------------------


def test_answer_file_round_trip(tmp_path: Path) -> None:
    assert load_answers(_answers(tmp_path)) == SCORES


def test_template_lists_every_statement_and_is_incomplete() -> None:
    template = answer_template()
    for s in STELLINGEN:
        assert s.tekst in template and f"{s.key}: " in template
    with pytest.raises(ConfigError):
        parse_answers(template, "sjabloon.yaml")


def test_answer_file_errors_have_file_line_col() -> None:
    text = (
        "dromen-en-bijdrage: 7\n"
        "purpose-met-trots: 11\n"
        'werk-voor-de-droom: "5"\n'
        "weinig-prijsdiscusie: 4\n"
        "gezonde-marge: 6\n"
        "gezonde-marge: 6\n"
        "geen-grootheidswaan: true\n"
        "klant-voelt-verbonden: 7.5\n"
    )
    with pytest.raises(ConfigError) as info:
        parse_answers(text, "a.yaml")
    assert str(info.value).splitlines() == [
        "a.yaml:2:20: 'purpose-met-trots' moet een heel getal van 1 tot 10 zijn (gevonden: 11)",
        "a.yaml:3:21: 'werk-voor-de-droom' moet een heel getal van 1 tot 10 zijn (gevonden: "
        'tekst "5"; schrijf het getal zonder aanhalingstekens)',
        "a.yaml:4:1: onbekende stelling 'weinig-prijsdiscusie' — bedoel je "
        "'weinig-prijsdiscussie'?",
        "a.yaml:6:1: 'gezonde-marge' staat er twee keer in",
        "a.yaml:7:22: 'geen-grootheidswaan' moet een heel getal van 1 tot 10 zijn "
        "(gevonden: true)",
        "a.yaml:8:24: 'klant-voelt-verbonden' moet een heel getal van 1 tot 10 zijn "
        "(gevonden: 7.5)",
        "a.yaml: ontbreekt: 'weinig-prijsdiscussie'",
    ]


@pytest.mark.parametrize(("text", "fragment"), [
    ("", "het antwoordbestand is leeg"),
    ("- 7\n- 8\n", "a.yaml:1:1: het antwoordbestand moet per regel"),
    ("dromen-en-bijdrage: [7\n", "a.yaml:2:1: dit is geen geldige YAML"),
])
def test_answer_file_shape_errors(text: str, fragment: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_answers(text, "a.yaml")
    assert fragment in str(info.value)


# --- advice -------------------------------------------------------------------------------


def test_advice_only_below_threshold() -> None:
    rap = evaluate(SCORES)
    for u in rap.uitslagen:
        assert bool(u.advies) == (u.score < DREMPEL), u.stelling.key
    assert rap.gemiddelde == pytest.approx(sum(SCORES.values()) / 7)


def test_advice_points_back_to_the_dream_file() -> None:
    df = load_dream_file(CIJFERHUIS)
    rap = evaluate(SCORES, df)
    by_key = {u.stelling.key: " ".join(u.advies) for u in rap.uitslagen}
    prijs = by_key["weinig-prijsdiscussie"]
    # the latent element with the highest impact is named, and the generated questions
    top = max((e for kt in df.klanttypen for d in kt.dromen for e in d.elementen if e.latent),
              key=lambda e: e.impact)
    assert f"'{top.naam}' (impact {top.impact})" in prijs
    assert f"dreamcontent generate {df.path}" in prijs
    werk = by_key["werk-voor-de-droom"]
    own = [e for kt in df.klanttypen for d in kt.dromen for e in d.elementen if not e.partner]
    assert max(own, key=lambda e: e.impact).naam in werk
    assert "verbondenheid" in by_key["klant-voelt-verbonden"]


def test_advice_without_dream_file_names_the_commands() -> None:
    text = format_zelftoets(evaluate(SCORES))
    assert "dreamcontent check DROOMBESTAND" in text or "dreamcontent generate DROOMBESTAND" in text
    assert "--droombestand" in text


def test_evaluate_rejects_out_of_range() -> None:
    with pytest.raises(ConfigError):
        evaluate({**SCORES, "gezonde-marge": 0})


# --- CLI: answer-file mode ------------------------------------------------------------------


def _run(*args: str):
    return CliRunner().invoke(cli, ["zelftoets", *args])


def test_cli_answer_file_text_and_json(tmp_path: Path) -> None:
    path = _answers(tmp_path)
    res = _run("--antwoorden", str(path), "-d", str(CIJFERHUIS))
    assert res.exit_code == 0, res.output
    assert "! 4. We belanden zelden in een discussie over de prijs." in res.stdout
    assert "score: 4/10" in res.stdout
    res = _run("--antwoorden", str(path), "--format", "json")
    data = json.loads(res.stdout)
    assert data["drempel"] == DREMPEL
    assert [s["score"] for s in data["stellingen"]] == [SCORES[k] for k in KEYS]
    assert data["stellingen"][0]["advies"] == [] and data["stellingen"][3]["advies"]


def test_cli_bad_answer_file_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("dromen-en-bijdrage: 12\n", encoding="utf-8")
    res = _run("--antwoorden", str(path))
    assert res.exit_code == 2
    assert f"{path}:1:21:" in res.stderr and "Traceback" not in res.output


def test_cli_without_terminal_asks_for_answer_file() -> None:
    res = _run()
    assert res.exit_code == 2 and "--antwoorden" in res.stderr


def test_cli_template() -> None:
    res = _run("--sjabloon")
    assert res.exit_code == 0 and res.stdout == answer_template()


# --- a real terminal session ------------------------------------------------------------------


def test_interactive_session_in_a_real_terminal(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    saved = tmp_path / "bewaard.yaml"
    env = {**os.environ, "COLUMNS": "200", "TERM": "dumb", "PYTHONIOENCODING": "utf-8"}
    child = pexpect.spawn(
        sys.executable,
        ["-m", "dreamcontent", "zelftoets", "-d", str(CIJFERHUIS), "--bewaar", str(saved)],
        cwd=str(ROOT), env=env, encoding="utf-8", timeout=60, dimensions=(50, 200),
    )
    answers = [SCORES[k] for k in KEYS]
    child.expect("WHY-zelftoets: geef elke stelling een score")
    for i, (s, score) in enumerate(zip(STELLINGEN, answers, strict=True), start=1):
        child.expect_exact(f"{i}/7. {s.tekst}")
        child.expect_exact("Score (1-10):")
        if i == 2:  # a wrong answer is asked again, with a Dutch message
            child.sendline("11")
            child.expect_exact("Geef een heel getal van 1 tot 10.")
            child.expect_exact("Score (1-10):")
        child.sendline(str(score))
    child.expect_exact("Gemiddelde: 7.3")
    child.expect(pexpect.EOF)
    child.close()
    output = child.before
    assert child.exitstatus == 0, output
    assert load_answers(saved) == SCORES


def test_help_has_example() -> None:
    res = _run("--help")
    assert res.exit_code == 0
    assert "Voorbeelden:" in res.output and "dreamcontent zelftoets --antwoorden" in res.output
